// Test support: a copy of the repository's source as a fresh clone would have it (the files git
// tracks or would track, as they are in the working tree), without node_modules or dist.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export function sourceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-source-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0')) {
    if (!file || !existsSync(join(REPO_ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(dir, file));
  }
  return dir;
}
