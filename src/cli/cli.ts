// The pipl-audit command line as `pipl-audit` runs it: the process-wide set-up (signals, the
// heap's growth, a closed pipe), then the program (./program.ts) on the process's own argv and
// streams, its result as the exit code.
import { removeTemporaryFilesOnSignal } from './output-file.js';
import { limitHeapGrowth } from './heap-growth.js';
import { runCli } from './program.js';

removeTemporaryFilesOnSignal();
limitHeapGrowth();

// A reader that stops early (`pipl-audit audit . | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv);
