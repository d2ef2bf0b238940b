// The `casbin` phase of `npm run bench` (alone: `npm run bench -- casbin`): a 2,000,000-line
// Casbin policy (bench/generate-casbin.js: the courier example's model and manifests, one domain
// per outlet) audited whole through the CLI — goal: peak RSS within 2 GB — and, on a 400,000-line
// policy of the same shape, the audit beside casbin's own enforcer loading the same model and
// policy (bench/casbin-enforcer-floor.js) — goal: the audit keeps being faster (CPU ratio < 1).
// casbin's own load is not run at 2,000,000 lines: it had not finished after 19 minutes on the
// shared machine. Runs are interleaved; medians are reported.
//
// Usage: node bench/casbin-scale.js [--lines N] [--compare-lines N] [--runs N] [--dist DIR]   (table, then one JSON line)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './command-line-option.js';
import { mb, measureNode, median, sec } from './measure-child.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const lines = Number(option('--lines', '2000000'));
const compareLines = Number(option('--compare-lines', '400000'));
const runs = Number(option('--runs', '3'));
const dist = resolve(option('--dist', join(ROOT, 'dist')));
const GOAL_RSS = 2 * 1024 ** 3;

const example = join(ROOT, 'examples', 'courier', 'before');
const generator = createHash('sha256');
generator.update(readFileSync(join(ROOT, 'bench', 'generate-casbin.js')));
for (const f of ['system.yaml', 'data.yaml', 'access.yaml', 'keycloak/realm-export.json', 'casbin/model.conf']) generator.update(readFileSync(join(example, f)));
const hash = generator.digest('hex');

/** The generated project of `n` policy lines, made again only when the generator or the example changed. */
function project(n) {
  const dir = join(OUT, `casbin-${n}`);
  const meta = join(OUT, `casbin-${n}.meta`);
  if (!(existsSync(join(dir, 'casbin', 'policy.csv')) && existsSync(meta) && readFileSync(meta, 'utf8') === hash)) {
    rmSync(dir, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate-casbin.js'), '--out', dir, '--lines', String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`generate-casbin.js failed:\n${r.stderr}`);
    writeFileSync(meta, hash);
  }
  return dir;
}

const report = join(OUT, 'casbin-report.json');
// Each measurement is echoed to stderr as it ends, so a long phase that fails later still shows it.
const echo = (label, r) => (console.error(`    ${label}: CPU ${sec(r.cpuMs)}, wall ${sec(r.wallMs)}, peak RSS ${mb(r.maxRssBytes)} (load ${r.loadAverage1m.toFixed(2)})`), r);
const auditOf = (dir) => echo(`audit of ${dir.slice(OUT.length + 1)}`, measureNode([join(dist, 'cli', 'main.js'), 'audit', dir, '--format', 'json', '-o', report, '--fail-on', 'none'], { cwd: ROOT }));
const enforcerOf = (dir) => echo(`casbin's own load of ${dir.slice(OUT.length + 1)}`, measureNode([join(ROOT, 'bench', 'casbin-enforcer-floor.js'), join(dir, 'casbin', 'model.conf'), join(dir, 'casbin', 'policy.csv')], { cwd: ROOT }));
const m = (list, key) => median(list.map((x) => x[key]));
const medians = (list) => ({ cpuMs: m(list, 'cpuMs'), wallMs: m(list, 'wallMs'), maxRssBytes: m(list, 'maxRssBytes') });
const line = (label, list) => `${label}, median of ${list.length}: CPU ${sec(m(list, 'cpuMs'))}, wall ${sec(m(list, 'wallMs'))}, peak RSS ${mb(m(list, 'maxRssBytes'))}  [runs: ${list.map((a) => `${sec(a.cpuMs)} ${mb(a.maxRssBytes)}`).join('; ')}]`;

const small = project(compareLines);
const floors = [];
const smallAudits = [];
for (let i = 0; i < runs; i++) {
  floors.push(enforcerOf(small));
  smallAudits.push(auditOf(small));
}
const large = project(lines);
const audits = [];
for (let i = 0; i < runs; i++) audits.push(auditOf(large));
const summary = JSON.parse(readFileSync(report, 'utf8')).summary;
rmSync(report, { force: true });
const floor = medians(floors);
const smallAudit = medians(smallAudits);
const audit = medians(audits);
const cpuRatio = smallAudit.cpuMs / floor.cpuMs;
const load = loadavg()[0];
console.log(`  ${compareLines.toLocaleString('en')} lines (${mb(statSync(join(small, 'casbin', 'policy.csv')).size)}):`);
console.log(`    ${line("casbin's own newEnforcer load", floors)}`);
console.log(`    ${line('audit (CLI, JSON report)', smallAudits)}`);
console.log(`    CPU / casbin's own load ${cpuRatio.toFixed(2)}× / goal < 1× ${cpuRatio < 1 ? 'OK' : 'OVER'} (load average ${load.toFixed(2)})`);
console.log(`  ${lines.toLocaleString('en')} lines (${mb(statSync(join(large, 'casbin', 'policy.csv')).size)}); findings: ${Object.entries(summary.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`    ${line('audit (CLI, JSON report)', audits)}`);
console.log(`    peak RSS ${mb(audit.maxRssBytes)} / goal ≤ ${mb(GOAL_RSS)} ${audit.maxRssBytes <= GOAL_RSS ? 'OK' : 'OVER'}; CPU ${sec(audit.cpuMs)} (load average ${load.toFixed(2)})`);
console.log(JSON.stringify({ lines, compareLines, floors, smallAudits, audits, floor, smallAudit, audit, cpuRatio, loadAverage1m: load, counts: summary.counts }, (k, v) => (k === 'stdout' ? undefined : v)));
