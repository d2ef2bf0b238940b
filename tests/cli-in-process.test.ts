// The CLI run in-process (runCli in src/cli/program.ts, through tests/support/run-cli-in-process.ts)
// prints the same bytes and exits with the same code as the CLI spawned as a user runs it, and
// leaves the test's process as it found it: working folder, environment, exit code.
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

describe('the CLI in-process', () => {
  // Help, version, commander's parse errors (English and Chinese), a command's output, a usage
  // error of a command and an input error with its location.
  const RUNS: Array<{ args: string[]; env?: Record<string, string> }> = [
    { args: ['--version'] },
    { args: ['--help'] },
    { args: ['audit', '--help', '--lang', 'zh'] },
    { args: ['nope'] },
    { args: ['audit', '--bogus', '--lang', 'zh'] },
    { args: ['rules', 'explain', 'PIPL-QRY-001', '--lang', 'zh'] },
    { args: ['rules', 'explain', 'NOPE-1'] },
    { args: ['schema', 'nope'], env: { LANG: 'zh_CN.UTF-8' } },
    { args: ['audit', 'examples/gym/before', '--quiet', '--fail-on', 'severe'] },
    { args: ['audit', 'no/such/dir', '--lang', 'zh'] },
  ];
  for (const { args, env } of RUNS) {
    it(`pipl-audit ${args.join(' ')}${env ? ` (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}: the same bytes and exit code as spawned`, async () => {
      const spawned = runCli(args, env ? { env } : {});
      const inProcess = await runCliInProcess(args, env ? { env } : {});
      expect(inProcess).toEqual(spawned);
    });
  }

  it('restores the working folder, the environment and the exit code', async () => {
    const cwd = process.cwd();
    const env = process.env;
    const exitCode = process.exitCode;
    const dir = tempDir({ 'bad.yaml': 'version: [\n' });
    const r = await runCliInProcess(['audit', 'bad.yaml'], { cwd: dir, env: { PIPL_TEST_MARK: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\.yaml:1: error: not read/m);
    expect(process.cwd()).toBe(cwd);
    expect(process.env).toBe(env);
    expect(process.env.PIPL_TEST_MARK).toBeUndefined();
    expect(process.exitCode).toBe(exitCode);
  });
});
