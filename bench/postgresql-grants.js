// The PostgreSQL import on a dump with many grants (bench/generate-pg-grants.js): loads it once
// (statements run in PGlite, catalog read back), then times the step that turns the catalog into
// facts — every login × table × column — with this build and, for comparison, other builds.
//
// Usage: node bench/postgresql-grants.js [--file FILE] [--runs N] [--compare DIST …]
//   --compare DIST  also time postgres-facts.js of another build (e.g. one made from main)
import { performance } from 'node:perf_hooks';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const file = resolve(option('file', `${ROOT}/bench/out/pg-grants.sql`));
const runs = Number(option('runs', '3'));
const compare = args.flatMap((a, i) => (a === '--compare' ? [resolve(args[i + 1])] : []));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dist = `${ROOT}/dist`;
const { loadDump } = await import(pathToFileURL(`${dist}/importers/postgresql/load-dump.js`).href);
const { readSourceInput } = await import(pathToFileURL(`${dist}/sources/source-input.js`).href);

let started = performance.now();
const { catalog, lines } = await loadDump([readSourceInput(file, file)], undefined, { timeSeconds: 3600, memoryMb: 4096, statementSeconds: 3600 });
const loadMs = performance.now() - started;
const grants = catalog.relations.reduce((n, r) => n + r.acl.length + [...r.columnAcl.values()].reduce((m, a) => m + a.length, 0), 0);
console.log(`${file}: ${catalog.relations.length} relations, ${catalog.roles.size} roles, ${grants} ACL entries; load (PGlite, catalog) ${(loadMs / 1000).toFixed(2)} s`);

for (const build of [dist, ...compare]) {
  const { postgresFacts } = await import(pathToFileURL(`${build}/importers/postgresql/postgres-facts.js`).href);
  const times = [];
  let reads = 0;
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    const facts = postgresFacts(catalog, lines);
    times.push(performance.now() - started);
    // A read with wholeTable reaches every column of its table (the columns map then lists only
    // those a column grant adds a path to).
    const width = new Map(facts.tables.map((t) => [t.key, t.columns.length]));
    reads = facts.logins.reduce((n, l) => n + [...l.reads].reduce((m, [key, r]) => m + (r.wholeTable ? width.get(key) : r.columns.size), 0), 0);
  }
  console.log(`${build}: catalog → facts median ${(median(times) / 1000).toFixed(2)} s (runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}), ${reads} readable (login, column) pairs`);
}
