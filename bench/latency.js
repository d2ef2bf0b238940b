// The latency phase of `npm run bench` (alone: `npm run bench -- latency`): small projects end to
// end through the CLI as a user runs them, against the goals of a CI gate run on every push —
// the courier example (manifest, Keycloak, Casbin, a PostgreSQL dump, TypeScript code) ≤ 1.5 s and
// a manifest-only project (gym) ≤ 0.8 s wall, the courier example with the cache of dump loads off
// (`--no-cache`: PGlite loads the dump, as on a first run) and filled (no PGlite: every later run
// of an unchanged dump, the default) — and the floor under the uncached courier run: a fresh Node
// process that starts PGlite from its cached data directory and closes it.
//
// Usage: node bench/latency.js [--runs N] [--dist DIR]   (prints a table, then one JSON line)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 5));
const dist = resolve(option('--dist', join(ROOT, 'dist')));
const out = mkdtempSync(join(tmpdir(), 'pipl-audit-latency-'));
// The cache of dump loads in a folder of this run (filled by one run before the timed ones), as a
// CI gate re-auditing an unchanged dump has it in node_modules/.cache: no PGlite at all.
const DUMP_CACHE = join(out, 'dump-cache');
const GOALS = [
  { name: 'courier, --no-cache', path: 'examples/courier/before', goalMs: 1500, flags: ['--no-cache'] },
  { name: 'courier, cache filled', path: 'examples/courier/before', goalMs: 1500, flags: ['--cache-location', DUMP_CACHE] },
  { name: 'gym (manifest only)', path: 'examples/gym/before', goalMs: 800, flags: ['--cache-location', DUMP_CACHE] },
];
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One child process, timed around it; CPU and max RSS of the child tree from /usr/bin/time when present, else its own. */
function timed(argv, env = {}) {
  const timeFile = join(out, 'time.txt');
  const gnuTime = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, 'true']).status === 0;
  const started = performance.now();
  const child = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
    : spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`${argv.join(' ')}: exit ${child.status}\n${child.stderr}`);
  if (!gnuTime) return { wallMs };
  const [kb, user, system] = spawnSync('tail', ['-n', '1', timeFile], { encoding: 'utf8' }).stdout.trim().split(/\s+/).map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, maxRssBytes: kb * 1024 };
}

const FLOOR_SCRIPT = join(out, 'pglite-floor.mjs');
// What no audit of a dump can undercut: Node's start, loading PGlite, starting it from the cached
// data directory (as start-pglite.ts does), one statement, closing it.
writeFileSync(
  FLOOR_SCRIPT,
  `import { pathToFileURL } from 'node:url';
const { startPglite } = await import(pathToFileURL(${JSON.stringify(join(dist, 'importers', 'postgresql', 'start-pglite.js'))}).href);
const db = await startPglite({});
await db.exec('SELECT 1');
await db.close();
`,
);

const loadBefore = loadavg();
const samples = new Map();
const add = (key, sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
timed([FLOOR_SCRIPT]); // fills the data-directory cache once, as the first audit after installing does
const auditArgs = (path, flags) => [join(dist, 'cli', 'main.js'), 'audit', path, '--format', 'json', '-o', join(out, 'report.json'), '--fail-on', 'none', ...flags];
timed(auditArgs('examples/courier/before', ['--cache-location', DUMP_CACHE])); // fills the dump cache
for (let run = 0; run < runs; run++) {
  // Interleaved, so that the machine's load falls on all alike.
  for (const goal of GOALS) add(goal.name, timed(auditArgs(goal.path, goal.flags)));
  add('pglite floor', timed([FLOOR_SCRIPT]));
}
const loadAfter = loadavg();
rmSync(out, { recursive: true, force: true });

const summary = (key) => {
  const list = samples.get(key);
  return {
    medianWallMs: median(list.map((s) => s.wallMs)),
    medianCpuMs: list[0].cpuMs === undefined ? undefined : median(list.map((s) => s.cpuMs)),
    medianMaxRssBytes: list[0].maxRssBytes === undefined ? undefined : median(list.map((s) => s.maxRssBytes)),
    wallMs: list.map((s) => Math.round(s.wallMs)),
  };
};
const result = {
  runs,
  loadAverage1m: { before: loadBefore[0], after: loadAfter[0] },
  goals: GOALS.map((g) => ({ name: g.name, path: g.path, goalMs: g.goalMs, ...summary(g.name) })),
  pgliteFloor: summary('pglite floor'),
};
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => (bytes === undefined ? '' : `, ${Math.round(bytes / 1024 ** 2)} MB`);
console.log(`latency (median of ${runs}; load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after):`);
for (const g of result.goals) {
  console.log(`  ${g.name.padEnd(22)} ${sec(g.medianWallMs)} / goal ${sec(g.goalMs)} = ${(g.medianWallMs / g.goalMs).toFixed(2)} ${g.medianWallMs <= g.goalMs ? 'OK' : 'OVER'}  (CPU ${g.medianCpuMs === undefined ? '?' : sec(g.medianCpuMs)}${mb(g.medianMaxRssBytes)}; runs ${g.wallMs.map((ms) => sec(ms)).join(', ')})`);
}
const f = result.pgliteFloor;
console.log(`  ${'PGlite floor'.padEnd(22)} ${sec(f.medianWallMs)}  (node + import + start from the cached data directory + close; CPU ${f.medianCpuMs === undefined ? '?' : sec(f.medianCpuMs)}${mb(f.medianMaxRssBytes)})`);
console.log(JSON.stringify(result));
