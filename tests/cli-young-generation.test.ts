// An audit of a large input starts the CLI again with a larger young generation
// (src/cli/young-generation.ts): the same report, output and exit code as run as it is, the flag on
// the restarted process's command line, and never restarted when a flag was given. The size
// threshold is lowered by PIPL_AUDIT_RELAUNCH_BYTES so a small example counts as large.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

/** Prints each node process's own flags, as a line of stderr, before the CLI runs. */
const PRINT_FLAGS = `data:text/javascript,process.stderr.write("flags:"+JSON.stringify(process.execArgv.filter(a=>a.startsWith("--max")))+"\\n")`;

function audit(report: string, env: Record<string, string>, nodeFlags: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', PRINT_FLAGS, ...nodeFlags, CLI, 'audit', 'examples/gym/before', '--no-cache', '--as-of', '2025-01-01', '-f', 'json', '-o', report], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env },
  });
  const flags = result.stderr.split('\n').filter((l) => l.startsWith('flags:'));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter((l) => !l.startsWith('flags:')).join('\n'), flags, report: readFileSync(report, 'utf8') };
}

describe('an audit of a large input', () => {
  const dir = tempDir({});

  it('runs again with semi-spaces of 64 MB, with the same report, output and exit code', () => {
    const here = audit(join(dir, 'here.json'), { PIPL_AUDIT_RELAUNCH_BYTES: String(2 ** 40) });
    const again = audit(join(dir, 'again.json'), { PIPL_AUDIT_RELAUNCH_BYTES: '1' });
    expect(here.flags).toEqual(['flags:[]']);
    expect(again.flags).toEqual(['flags:[]', 'flags:["--max-semi-space-size=64"]']);
    expect(again.code).toBe(here.code);
    expect(here.code).toBe(1); // the example has findings at the default fail-on
    expect(again.stdout.replaceAll('again.json', 'here.json')).toBe(here.stdout);
    expect(again.stderr).toBe(here.stderr);
    expect(again.report).toBe(here.report);
  });

  it('is not run again when node was given the flag, on its command line or in NODE_OPTIONS, or is profiling', () => {
    const given = audit(join(dir, 'given.json'), { PIPL_AUDIT_RELAUNCH_BYTES: '1' }, ['--max-semi-space-size=8']);
    expect(given.flags).toEqual(['flags:["--max-semi-space-size=8"]']);
    const inOptions = audit(join(dir, 'options.json'), { PIPL_AUDIT_RELAUNCH_BYTES: '1', NODE_OPTIONS: '--max-semi-space-size=8' });
    expect(inOptions.flags).toEqual(['flags:[]']);
    expect(given.report).toBe(inOptions.report);
    const profiled = audit(join(dir, 'profiled.json'), { PIPL_AUDIT_RELAUNCH_BYTES: '1' }, ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'prof')}`]);
    expect(profiled.flags).toEqual(['flags:[]']);
    expect(profiled.report).toBe(given.report);
  });
});
