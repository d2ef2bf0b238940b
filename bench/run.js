// The national-scale benchmark (`npm run bench`): generate a courier inventory, audit it with the
// CLI as a user would, and report the median wall time and peak memory against the budget.
//
//   1. generate   bench/generate-courier.js in its own process (timed, not part of the budget)
//   2. floor      bench/parse-floor.js: read + JSON.parse of the same file, nothing else
//   3. audit      `node dist/cli/main.js audit FILE --format json -o bench/out/report.json
//                 --fail-on none`, spawned RUNS times; wall time measured around the child,
//                 max RSS from /usr/bin/time when installed, otherwise from a preloaded hook
//                 (bench/rss-hook.js) that reports the child's own process.resourceUsage()
//   4. phases     bench/audit-phases.js: the library call audit() in-process, then the same
//                 pipeline step by step, to show where the time goes
//   5. code       bench/generate-code.js writes a 5,000-file TypeScript back-end; then
//                 bench/code-parse-floor.js (read + ts.createSourceFile, the floor) and
//                 bench/code-scan.js (the importer: discover, read, parse, extract, link), in
//                 one thread and with worker threads, each in its own process
//   6. report     a table on stdout and bench/out/results.json
//
// Usage: node bench/run.js [--runs N] [--scale F] [--seed N] [--reuse] [--no-phases] [--no-code] [--code-files N] [--strict] [--rss-hook]
//   --reuse      keep bench/out/courier-national.json if the same generator made it with the same
//                seed and scale (generation is deterministic, so the bytes would be the same)
//   --strict     exit 1 when the median is over budget
//   --rss-hook   take max RSS from bench/rss-hook.js even when /usr/bin/time is installed
//   --dist DIR   benchmark another build of the tool (default: dist/), e.g. to compare a change
//   --no-code    skip the code-scan phase; --code-files N sizes its generated code base
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const MANIFEST = join(OUT, 'courier-national.json');
const META = join(OUT, 'courier-national.meta.json');
const REPORT = join(OUT, 'report.json');
const RESULTS = join(OUT, 'results.json');
const BUDGET = { wallMs: 10_000, rssBytes: 2 * 1024 ** 3 };
const GNU_TIME = '/usr/bin/time';

/** The phases, each runnable alone (`npm run bench -- latency`); all of them by default. */
const PHASES = ['latency', 'national', 'scales', 'keycloak', 'casbin', 'postgresql', 'code', 'yaml'];

function parseArgs(argv) {
  const args = { runs: 3, scale: 1, seed: 20240630, reuse: false, phases: true, code: true, codeFiles: 5000, strict: false, rssHook: false, dist: join(ROOT, 'dist'), only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (PHASES.includes(a)) args.only.push(a);
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--reuse') args.reuse = true;
    else if (a === '--no-phases') args.phases = false;
    else if (a === '--no-code') args.code = false;
    else if (a === '--code-files') args.codeFiles = Number(argv[++i]);
    else if (a === '--strict') args.strict = true;
    else if (a === '--rss-hook') args.rssHook = true;
    else if (a === '--dist') args.dist = resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(args.runs >= 1) || !(args.scale > 0) || !Number.isInteger(args.seed)) throw new Error('--runs ≥ 1, --scale > 0, --seed an integer');
  return args;
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rel = (p) => relative(ROOT, p);

/** Runs a node script to completion and returns its last stdout line parsed as JSON. */
function nodeJson(script, args, env = process.env) {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function generate(args) {
  // The file is reused only if made by this very generator (its hash) with the same seed and scale.
  const generator = createHash('sha256').update(readFileSync(join(ROOT, 'bench', 'generate-courier.js'))).digest('hex');
  const wanted = { seed: args.seed, scale: args.scale, generator };
  if (args.reuse && existsSync(MANIFEST) && existsSync(META)) {
    const meta = JSON.parse(readFileSync(META, 'utf8'));
    if (meta.seed === wanted.seed && meta.scale === wanted.scale && meta.generator === wanted.generator) return { ...meta.result, reused: true };
  }
  const t0 = performance.now();
  const result = nodeJson('bench/generate-courier.js', ['--out', MANIFEST, '--seed', String(args.seed), '--scale', String(args.scale)]);
  result.wallMs = performance.now() - t0;
  writeFileSync(META, JSON.stringify({ ...wanted, result }, null, 2) + '\n');
  return { ...result, reused: false };
}

/**
 * One audit exactly as a user runs it, in a child process. Wall time is taken around the child
 * (node start-up included). Max RSS comes from GNU time when present; otherwise the child is
 * started with `--import bench/rss-hook.js`, which writes its own maxRSS to a file on exit.
 */
function auditOnce(forceHook) {
  const cliArgs = [CLI_ARG, 'audit', rel(MANIFEST), '--format', 'json', '-o', rel(REPORT), '--fail-on', 'none'];
  const timeFile = join(OUT, '.time.txt');
  const hookFile = join(OUT, '.rss.json');
  rmSync(timeFile, { force: true });
  rmSync(hookFile, { force: true });
  const useGnuTime = !forceHook && existsSync(GNU_TIME);
  const [command, argv, env] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...cliArgs], process.env]
    : [process.execPath, ['--import', join(ROOT, 'bench', 'rss-hook.js'), ...cliArgs], { ...process.env, PIPL_BENCH_RSS_FILE: hookFile }];
  return new Promise((resolvePromise, reject) => {
    const stderr = [];
    const t0 = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`audit failed (exit ${code}):\n${Buffer.concat(stderr).toString()}`));
      let maxRssBytes;
      let cpuMs;
      let method;
      if (useGnuTime) {
        // The last line: GNU time prints "Command exited with non-zero status" lines above it.
        const [, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
        maxRssBytes = kb * 1024;
        cpuMs = (user + system) * 1000;
        method = '/usr/bin/time %M';
      } else {
        ({ maxRssBytes, cpuMs } = JSON.parse(readFileSync(hookFile, 'utf8')));
        method = 'process.resourceUsage().maxRSS (rss-hook)';
      }
      rmSync(timeFile, { force: true });
      rmSync(hookFile, { force: true });
      resolvePromise({ wallMs, cpuMs, maxRssBytes, method });
    });
  });
}

/** What the report says: findings by status, counts by status, and the rules that fail most. */
function summariseReport() {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  const findingsByStatus = {};
  for (const f of report.findings) findingsByStatus[f.status] = (findingsByStatus[f.status] ?? 0) + 1;
  return {
    bytes: statSync(REPORT).size,
    rulesRun: report.summary.rulesRun,
    packs: report.packs.map((p) => `${p.name}@${p.version} (${p.rules})`),
    findings: report.findings.length,
    findingsByStatus,
    countsByStatus: report.summary.counts,
    failedBySeverity: report.summary.failedBySeverity,
    topFailingRules: report.rules
      .filter((r) => r.counts.FAIL > 0)
      .sort((a, b) => b.counts.FAIL - a.counts.FAIL)
      .slice(0, 10)
      .map((r) => ({ id: r.id, fail: r.counts.FAIL, judged: r.counts.FAIL + r.counts.PASS + r.counts.NOT_EVALUATED })),
  };
}

function table(rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
}

const args = parseArgs(process.argv.slice(2));
const wants = (phase) => args.only.length === 0 || args.only.includes(phase);
const CLI = join(args.dist, 'cli', 'main.js');
// The CLI as the command line names it: relative inside the repository, absolute outside it.
const CLI_ARG = CLI.startsWith(ROOT) ? rel(CLI) : CLI;
mkdirSync(OUT, { recursive: true });
if (!existsSync(CLI)) throw new Error(`${rel(CLI)} is missing: run \`npm run build\` first (npm run bench does)`);

console.log(`pipl-audit benchmark, phases: ${PHASES.filter(wants).join(', ')}; load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores`);
/** Runs a phase script that prints a table and then one JSON line; echoes the table, returns the JSON. */
function phaseScript(script, argv) {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status})`);
  const lines = r.stdout.trim().split('\n');
  const json = JSON.parse(lines.pop());
  console.log(lines.join('\n'));
  return json;
}
const phaseResults = {};
if (wants('latency')) {
  console.log('\nlatency: the small examples end to end …');
  phaseResults.latency = phaseScript('bench/latency.js', ['--runs', String(Math.max(args.runs, 5)), '--dist', args.dist]);
}
if (wants('scales')) {
  console.log('\nnational scale at 0.5×, 1×, 2× …');
  phaseResults.scales = phaseScript('bench/national-scales.js', ['--dist', args.dist, '--seed', String(args.seed)]);
}
if (wants('keycloak')) {
  console.log('\nKeycloak realm, 300,000 users (bench/keycloak-scale.js) …');
  phaseResults.keycloak = phaseScript('bench/keycloak-scale.js', ['--dist', args.dist, '--runs', String(args.runs)]);
}
if (wants('casbin')) {
  console.log("\nCasbin policy, 2,000,000 lines; 400,000 beside casbin's own load (bench/casbin-scale.js) …");
  phaseResults.casbin = phaseScript('bench/casbin-scale.js', ['--dist', args.dist, '--runs', String(args.runs)]);
}
if (wants('postgresql')) {
  console.log("\nPostgreSQL dump with 56,000 grants beside PGlite's own load (bench/postgresql-load.js) …");
  phaseResults.postgresql = phaseScript('bench/postgresql-load.js', ['--dist', args.dist, '--runs', String(args.runs)]);
}
if (wants('yaml')) {
  console.log('\nYAML manifest (bench/yaml-manifest.js) …');
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'yaml-manifest.js'), '--reuse', '--dist', args.dist], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench/yaml-manifest.js failed (exit ${r.status})`);
}
if (!wants('national') && !wants('code')) {
  writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, loadAverage: loadavg() }, ...phaseResults }, null, 2) + '\n');
  process.exit(0);
}
const national = wants('national');
if (!national) {
  console.log(`\ncode scan over ${args.codeFiles.toLocaleString('en')} generated TypeScript files …`);
  const code = codeScanPhase(args);
  printCode(code);
  writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, loadAverage: loadavg() }, ...phaseResults, code }, null, 2) + '\n');
  process.exit(0);
}
console.log(`\ngenerating the courier inventory (seed ${args.seed}, scale ${args.scale}) …`);
const gen = generate(args);
const fileBytes = statSync(MANIFEST).size;

console.log('measuring the JSON.parse floor …');
const floors = [];
for (let i = 0; i < args.runs; i++) floors.push(nodeJson('bench/parse-floor.js', [MANIFEST]));

const runs = [];
for (let i = 0; i < args.runs; i++) {
  process.stdout.write(`audit run ${i + 1}/${args.runs} … `);
  const r = await auditOnce(args.rssHook);
  runs.push(r);
  console.log(`${sec(r.wallMs)} wall, ${sec(r.cpuMs)} CPU, ${mb(r.maxRssBytes)}`);
}
const report = summariseReport();

let phases;
if (args.phases) {
  console.log('in-process phase breakdown …');
  phases = nodeJson('bench/audit-phases.js', [rel(MANIFEST)], { ...process.env, PIPL_BENCH_DIST: args.dist });
}

/**
 * The code scan against its goal: at least 0.7× the TypeScript parse-only throughput. Each figure
 * is the median of the interleaved runs; the goal is judged on CPU time (user + system of the
 * process), which a loaded machine disturbs far less than wall time, and the wall-time ratio is
 * printed beside it.
 */
function printCode(code) {
  const fps = (files, ms) => `${Math.round(files / (ms / 1000)).toLocaleString('en')} files/s`;
  const floorWall = median(code.floors.map((f) => f.readMs + f.parseMs));
  const floorCpu = median(code.floors.map((f) => f.cpuMs));
  const files = code.floors[0].files;
  console.log(`\ncode scan (${code.generated.files.toLocaleString('en')} files, ${mb(code.generated.bytes)} of TypeScript in ${code.dir}; medians of ${code.floors.length} interleaved runs):`);
  const rows = [['floor: read + ts.createSourceFile', `${sec(floorWall)} wall (${fps(files, floorWall)}), ${sec(floorCpu)} CPU (${fps(files, floorCpu)}), ${mb(median(code.floors.map((f) => f.maxRssBytes)))} RSS`]];
  let bestCpuRatio = 0;
  let wallRatio = 0;
  for (const workers of [...new Set(code.scans.map((s) => s.workers))]) {
    const runs = code.scans.filter((s) => s.workers === workers);
    const wall = median(runs.map((s) => s.totalMs));
    const cpu = median(runs.map((s) => s.cpuMs));
    const s = runs[0];
    rows.push([
      `scan, ${workers === 0 ? 'one thread' : `${workers} worker threads`}`,
      `${sec(wall)} wall (${fps(s.files, wall)}, ${(floorWall / wall).toFixed(2)}× the floor's throughput), ${sec(cpu)} CPU (${fps(s.files, cpu)}, ${(floorCpu / cpu).toFixed(2)}×), ${mb(median(runs.map((r) => r.maxRssBytes)))} RSS; ${s.routes.toLocaleString('en')} routes, ${s.queries.toLocaleString('en')} queries, ${s.deletionJobs} deletion jobs`,
    ]);
    if (workers === 0) {
      bestCpuRatio = floorCpu / cpu;
      wallRatio = floorWall / wall;
    }
  }
  console.log(table(rows));
  console.log(`  goal: code scan throughput ≥ 0.70× the parse-only floor — measured ${bestCpuRatio.toFixed(2)}× on CPU time (${wallRatio.toFixed(2)}× on wall time), one thread: ${bestCpuRatio >= 0.7 ? 'OK' : 'UNDER'} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
}

/** The code-scan phase: a generated back-end, the TypeScript parse floor, the scan with and without workers. */
function codeScanPhase(args) {
  const dir = join(OUT, 'code-base');
  const t0 = performance.now();
  const generated = nodeJson('bench/generate-code.js', ['--out', dir, '--files', String(args.codeFiles)]);
  generated.wallMs = performance.now() - t0;
  const env = { ...process.env, PIPL_BENCH_DIST: args.dist };
  // Interleaved, so that a change in the machine's load touches floor and scans alike.
  const floors = [];
  const scans = [];
  for (let i = 0; i < args.runs; i++) {
    floors.push({ ...nodeJson('bench/code-parse-floor.js', [dir]), load1: loadavg()[0] });
    for (const workers of [0, 2]) scans.push({ ...nodeJson('bench/code-scan.js', [dir, '--workers', String(workers)], env), load1: loadavg()[0] });
  }
  return { dir: rel(dir), generated, floors, scans };
}

let code;
if (args.code && wants('code')) {
  console.log(`code scan over ${args.codeFiles.toLocaleString('en')} generated TypeScript files …`);
  code = codeScanPhase(args);
}

const audit = {
  command: `node ${CLI_ARG} audit ${rel(MANIFEST)} --format json -o ${rel(REPORT)} --fail-on none`,
  runs,
  medianWallMs: median(runs.map((r) => r.wallMs)),
  medianCpuMs: median(runs.map((r) => r.cpuMs)),
  medianMaxRssBytes: median(runs.map((r) => r.maxRssBytes)),
};
const floor = {
  medianReadMs: median(floors.map((f) => f.readMs)),
  medianParseMs: median(floors.map((f) => f.parseMs)),
  medianMaxRssBytes: median(floors.map((f) => f.maxRssBytes)),
  runs: floors,
};
const withinBudget = { wall: audit.medianWallMs <= BUDGET.wallMs, rss: audit.medianMaxRssBytes <= BUDGET.rssBytes };
const results = {
  ...phaseResults,
  date: new Date().toISOString(),
  tool: { dist: args.dist.startsWith(ROOT) ? rel(args.dist) : args.dist },
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, totalMemBytes: totalmem(), node: process.version, loadAverage1m: loadavg()[0] },
  manifest: { file: rel(MANIFEST), bytes: fileBytes, seed: args.seed, scale: args.scale, ...gen },
  floor,
  audit,
  budget: { ...BUDGET, withinBudget },
  report,
  phases,
  code,
};
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');

const statusText = Object.entries(report.findingsByStatus)
  .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
  .join(', ');
console.log(`\npipl-audit national courier benchmark (${results.machine.cpus} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version})\n`);
console.log(
  table([
    ['manifest', `${rel(MANIFEST)} (${mb(fileBytes)})`],
    ['contents', `${gen.outlets.toLocaleString('en')} outlets, ${gen.accounts.toLocaleString('en')} accounts, ${gen.roles.toLocaleString('en')} roles, ${gen.deviceEntries.toLocaleString('en')} device entries (${gen.handhelds.toLocaleString('en')} handhelds)`],
    ['generation', `${sec(gen.wallMs)}${gen.reused ? ' (reused file)' : ''} — not part of the budget`],
    ['floor: read + JSON.parse', `${sec(floor.medianReadMs)} + ${sec(floor.medianParseMs)}, ${mb(floor.medianMaxRssBytes)} RSS`],
    [`audit wall time (median of ${runs.length})`, `${sec(audit.medianWallMs)}  [${runs.map((r) => sec(r.wallMs)).join(', ')}]  budget ${sec(BUDGET.wallMs)} ${withinBudget.wall ? 'OK' : 'OVER'}`],
    [`audit CPU user+sys (median)`, `${sec(audit.medianCpuMs)}  (all threads, GC helpers included; steadier than wall time on a shared machine)`],
    [`audit peak RSS (median of ${runs.length})`, `${mb(audit.medianMaxRssBytes)}  [${runs.map((r) => mb(r.maxRssBytes)).join(', ')}]  budget ${mb(BUDGET.rssBytes)} ${withinBudget.rss ? 'OK' : 'OVER'}  (${runs[0].method})`],
    ['rules run', `${report.rulesRun} (${report.packs.join(', ')})`],
    ['findings', `${report.findings.toLocaleString('en')}: ${statusText}`],
    ['report', `${rel(REPORT)} (${mb(report.bytes)})`],
  ]),
);
{
  // The goals of the national inventory: CPU within 3× the parse floor's, peak RSS within 1.2 GB.
  const floorMs = floor.medianReadMs + floor.medianParseMs;
  const ratio = audit.medianCpuMs / floorMs;
  console.log(`\ngoals (load average ${loadavg()[0].toFixed(2)}):`);
  console.log(`  CPU / parse floor   ${ratio.toFixed(2)}× / goal ≤ 3× ${ratio <= 3 ? 'OK' : 'OVER'}  (audit CPU ${sec(audit.medianCpuMs)}, floor ${sec(floorMs)} wall of one thread)`);
  console.log(`  peak RSS            ${mb(audit.medianMaxRssBytes)} / goal ≤ 1,229 MB ${audit.medianMaxRssBytes <= 1.2 * 1024 ** 3 ? 'OK' : 'OVER'}`);
}
if (phases) {
  console.log(`\nin-process (library audit(): ${sec(phases.whole.auditMs)} + render ${sec(phases.whole.renderMs)}, ${mb(phases.whole.maxRssBytes)} RSS); step by step:`);
  console.log(table(Object.entries(phases.steps.timings).map(([k, v]) => [k, sec(v)])));
  console.log(`  views: ${Object.entries(phases.steps.viewMs).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${sec(v)}`).join(', ')}`);
  console.log(`  slowest rules: ${phases.steps.slowestRules.map((r) => `${r.id} ${sec(r.ms)}`).join(', ')}`);
}
if (code) printCode(code);
console.log(`\nwritten: ${rel(RESULTS)}`);
if (args.strict && !(withinBudget.wall && withinBudget.rss)) process.exitCode = 1;
