// The "scales" phase of `npm run bench` (alone: `npm run bench -- scales`): the national courier
// inventory at 0.5×, 1× and 2× (bench/generate-courier.js --scale), each audited once through the
// CLI beside its JSON.parse floor, to show how CPU and memory grow with the input. Goals: CPU
// within 3× the parse floor; peak RSS within 1.2 GB at 1× and under 2 GB at 2×.
//
// Usage: node bench/national-scales.js [--scales 0.5,1,2] [--seed N] [--dist DIR]   (table, then one JSON line)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const scales = option('--scales', '0.5,1,2').split(',').map(Number);
const seed = Number(option('--seed', 20240630));
const dist = resolve(option('--dist', join(ROOT, 'dist')));
const GOAL_RSS = { 1: 1.2 * 1024 ** 3, 2: 2 * 1024 ** 3 };
mkdirSync(OUT, { recursive: true });

const generator = createHash('sha256').update(readFileSync(join(ROOT, 'bench', 'generate-courier.js'))).digest('hex');
function manifestAt(scale) {
  const file = join(OUT, `courier-national-x${scale}.json`);
  const meta = `${file}.meta`;
  const wanted = JSON.stringify({ seed, scale, generator });
  if (existsSync(file) && existsSync(meta) && readFileSync(meta, 'utf8') === wanted) return file;
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate-courier.js'), '--out', file, '--seed', String(seed), '--scale', String(scale)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generate-courier.js --scale ${scale} failed:\n${r.stderr}`);
  writeFileSync(meta, wanted);
  return file;
}

/** CPU (user + system) and max RSS of one child, from GNU time. */
function measured(argv) {
  const timeFile = join(OUT, '.scales-time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  const [wall, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  rmSync(timeFile, { force: true });
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, maxRssBytes: kb * 1024 };
}

const rows = [];
for (const scale of scales) {
  const file = manifestAt(scale);
  const floor = measured([join(ROOT, 'bench', 'parse-floor.js'), file]);
  const report = join(OUT, `report-x${scale}.json`);
  const audit = measured([join(dist, 'cli', 'main.js'), 'audit', file, '--format', 'json', '-o', report, '--fail-on', 'none']);
  rmSync(report, { force: true });
  rows.push({ scale, bytes: statSync(file).size, floor, audit, cpuRatio: audit.cpuMs / floor.cpuMs, loadAverage1m: loadavg()[0] });
}

const mb = (bytes) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
for (const r of rows) {
  const rssGoal = GOAL_RSS[r.scale];
  console.log(
    `  ${`${r.scale}×`.padEnd(5)} ${mb(r.bytes).padStart(8)}: audit ${sec(r.audit.wallMs)} wall, CPU ${sec(r.audit.cpuMs)} = ${r.cpuRatio.toFixed(2)}× the floor's ${sec(r.floor.cpuMs)} / goal ≤ 3× ${r.cpuRatio <= 3 ? 'OK' : 'OVER'}; peak RSS ${mb(r.audit.maxRssBytes)}` +
      (rssGoal ? ` / goal ${r.scale === 2 ? '<' : '≤'} ${mb(rssGoal)} ${r.audit.maxRssBytes <= rssGoal ? 'OK' : 'OVER'}` : '') +
      ` (load ${r.loadAverage1m.toFixed(2)})`,
  );
}
console.log(JSON.stringify({ seed, rows }));
