// Test support for the install tests: the package's version, a command run as a CI job would
// run it, and a workspace as a vendor repository has it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace as a vendor repository has it: the courier case under compliance/. */
export function vendorWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-workspace-'));
  cpSync(join(REPO_ROOT, 'examples/courier/before'), join(dir, 'compliance'), { recursive: true });
  return dir;
}
