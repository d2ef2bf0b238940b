// The `keycloak` phase of `npm run bench` (alone: `npm run bench -- keycloak`): a 300,000-user
// realm export (bench/generate-keycloak.js) audited whole through the CLI, beside its floor —
// a Node process that reads the same file and JSON.parses it (bench/parse-floor.js). Runs are
// interleaved (floor, audit, floor, audit, …) so the shared machine's load falls on both alike;
// medians are reported. Goals: CPU ≤ 2× the floor's, peak RSS ≤ 1.5× the floor's.
// The audit is dated (--as-of) to the generated realm's date, so dormancy is judged as of then.
//
// Usage: node bench/keycloak-scale.js [--users N] [--runs N] [--dist DIR]   (table, then one JSON line)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './command-line-option.js';
import { mb, measureNode, median, sec } from './measure-child.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const users = Number(option('--users', '300000'));
const runs = Number(option('--runs', '3'));
const dist = resolve(option('--dist', join(ROOT, 'dist')));
mkdirSync(OUT, { recursive: true });

const file = join(OUT, `keycloak-realm-${users}.json`);
const meta = `${file}.meta`;
const generator = createHash('sha256').update(readFileSync(join(ROOT, 'bench', 'generate-keycloak.js'))).update(readFileSync(join(ROOT, 'examples', 'courier', 'before', 'keycloak', 'realm-export.json'))).digest('hex');
if (!(existsSync(file) && existsSync(meta) && readFileSync(meta, 'utf8') === generator)) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate-keycloak.js'), '--out', file, '--users', String(users)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`generate-keycloak.js failed:\n${r.stderr}`);
  writeFileSync(meta, generator);
}

const report = join(OUT, 'keycloak-report.json');
const floors = [];
const audits = [];
for (let i = 0; i < runs; i++) {
  floors.push(measureNode([join(ROOT, 'bench', 'parse-floor.js'), file]));
  audits.push(measureNode([join(dist, 'cli', 'main.js'), 'audit', file, '--as-of', '2022-06-01', '--format', 'json', '-o', report, '--fail-on', 'none'], { cwd: ROOT }));
}
const summary = JSON.parse(readFileSync(report, 'utf8')).summary;
rmSync(report, { force: true });
const m = (list, key) => median(list.map((x) => x[key]));
const floor = { cpuMs: m(floors, 'cpuMs'), wallMs: m(floors, 'wallMs'), maxRssBytes: m(floors, 'maxRssBytes') };
const audit = { cpuMs: m(audits, 'cpuMs'), wallMs: m(audits, 'wallMs'), maxRssBytes: m(audits, 'maxRssBytes') };
const cpuRatio = audit.cpuMs / floor.cpuMs;
const rssRatio = audit.maxRssBytes / floor.maxRssBytes;
const load = loadavg()[0];
console.log(`  realm: ${users.toLocaleString('en')} users, ${mb(statSync(file).size)}; findings: ${Object.entries(summary.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  floor (read + JSON.parse), median of ${runs}: CPU ${sec(floor.cpuMs)}, wall ${sec(floor.wallMs)}, peak RSS ${mb(floor.maxRssBytes)}`);
console.log(`  audit (CLI, JSON report), median of ${runs}: CPU ${sec(audit.cpuMs)}, wall ${sec(audit.wallMs)}, peak RSS ${mb(audit.maxRssBytes)}  [runs: ${audits.map((a) => `${sec(a.cpuMs)} ${mb(a.maxRssBytes)}`).join('; ')}]`);
console.log(`  CPU / floor ${cpuRatio.toFixed(2)}× / goal ≤ 2× ${cpuRatio <= 2 ? 'OK' : 'OVER'}; peak RSS / floor ${rssRatio.toFixed(2)}× / goal ≤ 1.5× ${rssRatio <= 1.5 ? 'OK' : 'OVER'} (load average ${load.toFixed(2)})`);
console.log(JSON.stringify({ users, file, floors, audits, floor, audit, cpuRatio, rssRatio, loadAverage1m: load, counts: summary.counts }, (k, v) => (k === 'stdout' ? undefined : v)));
