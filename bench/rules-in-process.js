// The rules alone: the inventory loaded and built once, then `runRules` (views and rule
// evaluation, as the audit runs them) timed in CPU — for comparing two builds' rule phase without
// the load, the evidence walk and the report, each build in its own process, alternated.
//
// Usage: node bench/rules-in-process.js FILE   (prints one line: CPU of runRules, findings)
//   PIPL_BENCH_DIST=DIR measures another build of the tool (default: the repository's dist/).
//   e.g. for i in 1 2 3; do PIPL_BENCH_DIST=/tmp/old/dist node bench/rules-in-process.js F; node bench/rules-in-process.js F; done
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/rules-in-process.js FILE');
  process.exit(2);
}
const DIST = process.env.PIPL_BENCH_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const fromDist = (path) => import(pathToFileURL(join(DIST, path)).href);
const [{ loadTaxonomy, resolvePacks, compilePacks }, { readSourceInput }, { IMPORTERS }, { buildInventory }, { runRules }] = await Promise.all(
  ['index.js', 'sources/source-input.js', 'importers/registry.js', 'inventory/build-inventory.js', 'rules/run-rules.js'].map(fromDist),
);
const taxonomy = loadTaxonomy();
const input = readSourceInput(file, file);
input.document();
const importer = IMPORTERS.find((i) => i.detect(input));
const result = importer.load([input], {});
const inventory = buildInventory([{ files: [{ path: input.path, sha256: input.sha256, format: importer.format }], format: importer.format, result }], taxonomy);
const rules = compilePacks(resolvePacks(undefined, inventory, process.cwd()), {});
const asOf = inventory.system?.asOf ?? new Date().toISOString().slice(0, 10);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const start = cpuMs();
const run = runRules(inventory, rules, { taxonomy, asOf, includePassed: false });
console.log(`${DIST}: runRules CPU ${(cpuMs() - start).toFixed(0)} ms, ${run.findings.length} findings`);
