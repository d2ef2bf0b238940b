// Worker-thread entry: runs a dump in PGlite and posts back the catalog (see load-dump.ts for
// the limits the parent thread enforces on this thread).
import { parentPort, workerData } from 'node:worker_threads';
import { runInPglite, type DumpRun } from './run-in-pglite.js';

const run = workerData as DumpRun;
runInPglite(run, () => parentPort?.postMessage({ started: true })).then(
  (result) => parentPort?.postMessage({ result }),
  (error: unknown) => parentPort?.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
