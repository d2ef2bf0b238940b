// Child-process entry: receives a dump run over IPC, runs it in PGlite and sends back the
// catalog. It is a separate process (not a worker thread) so that running out of its heap limit
// (--max-old-space-size, set by load-dump.ts) ends only this process: a worker thread's heap
// limit can abort the whole auditor when it is reached inside a garbage collection.
import type { PGlite } from '@electric-sql/pglite';
import { runInPglite, startDatabase, type DumpRun } from './run-in-pglite.js';

const send = (message: unknown): Promise<void> => new Promise((resolve) => {
  if (!process.send) return resolve();
  process.send(message, undefined, {}, () => resolve());
});

// The auditor gone (or done with this run): nothing is left to answer. A statement busy inside
// PGlite's WebAssembly does not yield to this; the auditor's SIGKILL at the time limit covers that.
process.once('disconnect', () => process.exit());

// First message: the extensions to start PGlite with, sent as soon as the source is read, so that
// PGlite starts while the auditor reads the rest; second: the statements to run.
let started: Promise<PGlite> | undefined;
let extensions: readonly string[] = [];
process.on('message', (message: { prepare?: { extensions: string[] }; run?: DumpRun }) => {
  if (message.prepare) {
    extensions = message.prepare.extensions;
    started = startDatabase(extensions);
    // A failure to start is reported when the statements arrive.
    started.catch(() => undefined);
    return;
  }
  const run = message.run;
  if (!run) return;
  // The prepared PGlite serves when it has every extension the statements create.
  const db = started && run.extensions.every((name) => extensions.includes(name)) ? started : undefined;
  if (started && !db) void started.then((unused) => unused.close(), () => undefined);
  runInPglite(run, () => void send({ started: true }), db)
    .then(
      (result) => send({ result }),
      (error: unknown) => send({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
    .finally(() => process.disconnect?.());
});
