// Two builds' code scanners in one process, alternated over batches of files, for changes too
// small to show through the noise of separate processes on a shared machine: a load change
// falls on both builds alike. Prints the CPU time each build's parseCodeFile took over all
// batches, their ratio (B / A), and whether both gave the same facts for every file (compared
// as JSON on the first round).
//
// Usage: node bench/code-facts-ab.js DIST_A DIST_B DIR [--rounds N] [--batch N]
//   e.g. node bench/code-facts-ab.js /tmp/before/dist dist bench/out/code-base
//   (a build elsewhere needs node_modules/ reachable from its dist/, as a git worktree has it)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';

const [distA, distB, dir] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = option('--rounds', 2);
const batchSize = option('--batch', 250);
if (!distA || !distB || !dir) {
  console.error('usage: node bench/code-facts-ab.js DIST_A DIST_B DIR [--rounds N] [--batch N]');
  process.exit(2);
}
const load = (dist, path) => import(pathToFileURL(join(resolve(dist), path)).href);
const { discoverFiles } = await load(distB, 'sources/discover-files.js');
const { CODE_EXTENSIONS } = await load(distB, 'importers/typescript/select-code-files.js');
const scanners = { A: await load(distA, 'importers/typescript/parse-code-file.js'), B: await load(distB, 'importers/typescript/parse-code-file.js') };
const files = discoverFiles([dir], process.cwd(), new Set(CODE_EXTENSIONS)).map((f) => ({ path: f.displayPath, text: readFileSync(f.fsPath, 'utf8') }));

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const total = { A: 0, B: 0 };
const differing = [];
const load0 = loadavg()[0];
for (let round = 0; round < rounds; round++) {
  for (let start = 0, n = 0; start < files.length; start += batchSize, n++) {
    const batch = files.slice(start, start + batchSize);
    // Which build goes first alternates by batch and by round.
    const order = (n + round) % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    const facts = {};
    for (const build of order) {
      const c0 = cpuMs();
      facts[build] = batch.map((f) => scanners[build].parseCodeFile(f.path, f.text));
      total[build] += cpuMs() - c0;
    }
    if (round === 0) batch.forEach((f, i) => JSON.stringify(facts.A[i]) !== JSON.stringify(facts.B[i]) && differing.push(f.path));
  }
}
console.log(
  JSON.stringify({
    files: files.length,
    rounds,
    cpuMsA: Math.round(total.A),
    cpuMsB: Math.round(total.B),
    ratio: Number((total.B / total.A).toFixed(3)),
    sameFacts: differing.length === 0,
    differing: differing.slice(0, 10),
    loadAverage: [load0, loadavg()[0]].map((l) => Number(l.toFixed(1))),
  }),
);
