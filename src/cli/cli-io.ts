// Where the command line writes and what it was called with: the process's own streams and
// argv when run as `pipl-audit`, a test's captures when the program runs in-process (runCli in
// ./program.ts). Commands write through cliStdout()/cliStderr() rather than process.stdout, and
// record cliArgv() rather than process.argv, so that one in-process run prints exactly what a
// spawned one would, and nothing of the test runner's.

export interface CliStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string | Uint8Array): unknown;
}

export interface CliIo {
  /** The whole command line as process.argv has it: node, the script, then the arguments. */
  argv: readonly string[];
  stdout: CliStream;
  stderr: CliStream;
}

let current: CliIo | undefined;

function io(): CliIo {
  return current ?? { argv: process.argv, stdout: process.stdout, stderr: process.stderr };
}

export function cliStdout(): CliStream {
  return io().stdout;
}

export function cliStderr(): CliStream {
  return io().stderr;
}

export function cliArgv(): readonly string[] {
  return io().argv;
}

/** Sets where the program writes for one run; returns what was set before, to restore. */
export function setCliIo(next: CliIo | undefined): CliIo | undefined {
  const before = current;
  current = next;
  return before;
}
