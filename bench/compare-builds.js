// Runs several Node commands interleaved, run by run (A, B, C, A, B, C …), each measured as the
// benchmark phases measure (bench/measure-child.js: GNU time, CPU = user + system, peak RSS), and
// prints each run and the medians — for comparing two builds beside a floor on a shared machine,
// where the load falls on all of them alike.
//
// Usage: node bench/compare-builds.js RUNS LABEL=ARG|ARG|… [LABEL=ARG|…]…
//   e.g. node bench/compare-builds.js 3 'floor=bench/parse-floor.js|F.json' \
//          'before=/tmp/old/dist/cli/main.js|audit|F.json|--format|json|-o|/tmp/b.json|--fail-on|none' \
//          'after=dist/cli/main.js|audit|F.json|--format|json|-o|/tmp/a.json|--fail-on|none'
//   (a build elsewhere needs rules/, taxonomy/, frameworks/, schemas/ and node_modules/ beside its dist/)
import { loadavg } from 'node:os';
import { measureNode, median } from './measure-child.js';

const runs = Number(process.argv[2]);
const specs = process.argv.slice(3).map((spec) => {
  const eq = spec.indexOf('=');
  return { label: spec.slice(0, eq), argv: spec.slice(eq + 1).split('|') };
});
if (!(runs > 0) || specs.length === 0) {
  console.error('usage: node bench/compare-builds.js RUNS LABEL=ARG|ARG|… [LABEL=…]…');
  process.exit(2);
}
const results = new Map(specs.map((s) => [s.label, []]));
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
for (let r = 0; r < runs; r++) {
  for (const { label, argv } of specs) {
    const m = measureNode(argv, { cwd: process.cwd() });
    results.get(label).push(m);
    console.log(`${label} run ${r + 1}: CPU ${seconds(m.cpuMs)}, wall ${seconds(m.wallMs)}, peak RSS ${megabytes(m.maxRssBytes)}, load ${m.loadAverage1m.toFixed(1)}`);
  }
}
for (const [label, list] of results) {
  console.log(`${label} median of ${list.length}: CPU ${seconds(median(list.map((x) => x.cpuMs)))}, wall ${seconds(median(list.map((x) => x.wallMs)))}, peak RSS ${megabytes(median(list.map((x) => x.maxRssBytes)))} (load ${list.map((x) => x.loadAverage1m.toFixed(1)).join('/')}, now ${loadavg()[0].toFixed(1)})`);
}
