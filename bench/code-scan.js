// The code scan in one process, as the audit runs it: discover, read and hash the files, parse
// and extract (in this thread or in WORKERS worker threads), link into inventory entities.
// Prints one JSON line: files, routes, wallMs by step, files per second, cpuMs (the process's user +
// system time over the same span, all threads), maxRssBytes.
//
// Usage: node bench/code-scan.js DIR [--workers N]   (PIPL_BENCH_DIST: the build to measure)
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.env.PIPL_BENCH_DIST ?? 'dist');
const dir = process.argv[2];
const workers = process.argv[3] === '--workers' ? Number(process.argv[4]) : 0;
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { typescriptImporter } = await load('importers/typescript/index.js');
const { discoverFiles } = await load('sources/discover-files.js');
const { readSourceInput } = await load('sources/source-input.js');
const { emptyInventory } = await load('inventory/inventory.js');

const c0 = process.cpuUsage();
const t0 = performance.now();
const files = discoverFiles([dir], process.cwd(), new Set(typescriptImporter.extensions));
const inputs = files.map((f) => readSourceInput(f.fsPath, f.displayPath));
const t1 = performance.now();
const declared = emptyInventory();
declared.stores.push({ id: 'waybills', kind: 'table', fields: [{ name: 'recipient_phone', category: 'contact.phone' }] });
const result = await typescriptImporter.load(inputs, { cwd: process.cwd(), baseDir: process.cwd(), options: { workers }, mapping: { stores: { waybill: 'waybills', parcel: 'waybills' } }, declared });
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
const codeFiles = result.manifest.codeBases[0].files;
console.log(
  JSON.stringify({
    workers,
    files: codeFiles,
    routes: result.manifest.codeRoutes.length,
    queries: result.manifest.codeRoutes.reduce((n, r) => n + r.queries.length, 0),
    deletionJobs: result.manifest.deletionJobs.length,
    readMs: t1 - t0,
    scanMs: t2 - t1,
    totalMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    filesPerSecond: codeFiles / ((t2 - t0) / 1000),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
