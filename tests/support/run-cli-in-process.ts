// Test support: run the CLI's program in this process (runCli in src/cli/program.ts) with its
// output captured, for tests about what a command prints, writes and exits with — not about a
// process as a user starts it (signals, the heap flag, the bundle, stdin and terminals, the
// process's own exit), which keep spawning the built CLI with ./run-cli.ts. It saves each run
// a Node start and the CLI's module loading (the modules stay loaded in the test's worker).
//
// Same arguments, environment (LANG=C, NO_COLOR=1, then the test's) and working folder as
// runCli, and the same result shape. With PIPL_TEST_CLI_SPAWN=1 every call spawns the built
// CLI instead (./run-cli.ts): the way to check that a converted file passes both ways.
//
// The program sets process-wide state for a run (working folder, environment, exit code, the
// language) and restores it after; runs are therefore awaited one at a time, never concurrently.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { runCli as RunProgram } from '../../src/cli/program.js';
import { CLI, REPO_ROOT, runCli, type CliResult } from './run-cli.js';

/**
 * The built program (dist/cli/program.js, as tsc wrote it), loaded by Node itself rather than
 * through vitest's transform: loading the CLI's ~580 modules from src/ through vitest cost a
 * test file 6–8 s of CPU, more than the spawns it saved; Node loads the built ones in a fraction
 * of that. Like the spawn helper, it needs a build.
 */
const PROGRAM = CLI.replace(/main\.js$/, 'program.js');
// require() of the ES module (Node ≥ 20.19 loads one without top-level await): Node's own loader,
// which vitest does not route through its transform, as it does an import() in a test's code.
const nativeRequire = createRequire(import.meta.url);
let program: { runCli: typeof RunProgram } | undefined;

class Capture {
  private readonly chunks: Buffer[] = [];
  write(text: string | Uint8Array): boolean {
    this.chunks.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text));
    return true;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

let running = false;

export async function runCliInProcess(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  if (process.env.PIPL_TEST_CLI_SPAWN === '1') return runCli(args, options);
  if (running) throw new Error('runCliInProcess: one run at a time (await the previous one)');
  running = true;
  const started = performance.now();
  const stdout = new Capture();
  const stderr = new Capture();
  let code: number;
  try {
    program ??= nativeRequire(PROGRAM) as { runCli: typeof RunProgram };
    code = await program.runCli([process.execPath, CLI, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...options.env },
      stdout,
      stderr,
    });
  } finally {
    running = false;
  }
  const log = process.env.PIPL_TEST_CLI_LOG;
  if (log) {
    const state = expect.getState();
    appendFileSync(log, JSON.stringify({ file: state.testPath, test: state.currentTestName, args, cwd: options.cwd ?? REPO_ROOT, env: options.env, ms: Math.round(performance.now() - started), code, inProcess: true }) + '\n');
  }
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
