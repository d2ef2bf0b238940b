// Worker-thread entry: evaluates one Casbin source (model check, policy load, every enforce())
// and posts the outcome back in one message (see run-casbin-import.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { CasbinJob } from './casbin-job.js';
import { importCasbin } from './import-casbin.js';

importCasbin(workerData as CasbinJob).then(
  (outcome) => parentPort?.postMessage({ kind: 'outcome', outcome }),
  (error: Error) => parentPort?.postMessage({ kind: 'crash', message: error.message, stack: error.stack }),
);
