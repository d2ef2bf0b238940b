// PGlite's own load of a dump: a Node process that starts PGlite the way pipl-audit starts it (from
// the cached data directory, dist/importers/postgresql/start-pglite.js), runs the dump's whole
// text with one exec(), and closes it — nothing else. The `postgresql` phase
// (bench/postgresql-load.js) compares the audit of the same dump against it.
//
// Usage: node bench/postgresql-load-floor.js DUMP.sql   (PIPL_BENCH_DIST=DIR: another build; prints one JSON line)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.PIPL_BENCH_DIST ?? join(ROOT, 'dist');
const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/postgresql-load-floor.js DUMP.sql');
  process.exit(2);
}
const { startPglite } = await import(pathToFileURL(join(DIST, 'importers', 'postgresql', 'start-pglite.js')).href);
const t0 = performance.now();
const db = await startPglite({});
const t1 = performance.now();
await db.exec(readFileSync(file, 'utf8'));
const t2 = performance.now();
const { rows } = await db.query('SELECT count(*)::int AS n FROM pg_class WHERE relkind = $1', ['r']);
await db.close();
console.log(JSON.stringify({ startMs: t1 - t0, execMs: t2 - t1, tables: rows[0].n }));
