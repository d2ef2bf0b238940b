// Whole-CLI wall time of the examples that include a PostgreSQL dump, for this build and others
// (e.g. one made from main), runs interleaved so that the machine's load falls on all alike.
//
// Usage: node bench/postgresql-startup.js [--runs N] [--compare DIST …]
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
const builds = [`${ROOT}/dist`, ...args.flatMap((a, i) => (a === '--compare' ? [resolve(args[i + 1])] : []))];
const examples = ['examples/courier/before', 'examples/hospital/before'];
const out = mkdtempSync(join(tmpdir(), 'pipl-audit-bench-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const times = new Map();
for (let run = 0; run < runs; run++) {
  for (const example of examples) {
    for (const build of builds) {
      const started = performance.now();
      const child = spawnSync(process.execPath, [`${build}/cli/main.js`, 'audit', example, '--format', 'json', '-o', join(out, 'report.json'), '--fail-on', 'none'], { cwd: ROOT, encoding: 'utf8' });
      const ms = performance.now() - started;
      if (child.status !== 0) throw new Error(`${build} on ${example}: exit ${child.status}\n${child.stderr}`);
      const key = `${example}\t${build}`;
      times.set(key, [...(times.get(key) ?? []), ms]);
    }
  }
}
for (const [key, values] of times) {
  const [example, build] = key.split('\t');
  console.log(`${example}  ${build}: median ${(median(values) / 1000).toFixed(2)} s (runs ${values.map((v) => (v / 1000).toFixed(2)).join(', ')})`);
}
