// Child-process entry: receives a dump run over IPC, runs it in PGlite and sends back the
// catalog. It is a separate process (not a worker thread) so that running out of its heap limit
// (--max-old-space-size, set by load-dump.ts) ends only this process: a worker thread's heap
// limit can abort the whole auditor when it is reached inside a garbage collection.
import { runInPglite, type DumpRun } from './run-in-pglite.js';

const send = (message: unknown): Promise<void> => new Promise((resolve) => {
  if (!process.send) return resolve();
  process.send(message, undefined, {}, () => resolve());
});

// The auditor gone (or done with this run): nothing is left to answer. A statement busy inside
// PGlite's WebAssembly does not yield to this; the auditor's SIGKILL at the time limit covers that.
process.once('disconnect', () => process.exit());

process.once('message', (run: DumpRun) => {
  runInPglite(run, () => void send({ started: true }))
    .then(
      (result) => send({ result }),
      (error: unknown) => send({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
    .finally(() => process.disconnect?.());
});
