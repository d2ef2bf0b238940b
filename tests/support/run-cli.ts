// Test support: run the built CLI as a user would, in a child process.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const log = process.env.PIPL_TEST_CLI_LOG;
  if (log) {
    const state = expect.getState();
    appendFileSync(log, JSON.stringify({ file: state.testPath, test: state.currentTestName, args, cwd: options.cwd ?? REPO_ROOT, env: options.env, ms: Math.round(performance.now() - started), code: result.status }) + '\n');
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
