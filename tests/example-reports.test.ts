// The courier example's filed reports (examples/courier/reports/) are what the command in its README
// produces today: byte for byte, so a change of rules, wording or layout shows up in review.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

describe('examples/courier/reports', () => {
  it('the audit report and the guideline report are up to date', () => {
    const dir = tempDir({});
    const result = runCli(['audit', 'examples/courier/before', '--lang', 'zh', '--framework', 'cac-2025', '-f', 'audit-report', '-o', join(dir, 'a.html'), '-f', 'markdown', '-o', join(dir, 'r.md')]);
    expect(result.code).toBe(1);
    const stale = [
      ['audit-report.zh.html', 'a.html'],
      ['report-with-guideline.zh.md', 'r.md'],
    ].filter(([committed, fresh]) => readFileSync(join(REPO_ROOT, 'examples/courier/reports', committed as string), 'utf8') !== readFileSync(join(dir, fresh as string), 'utf8'));
    expect(stale.map(([name]) => name), 'regenerate with the command in examples/courier/README.md').toEqual([]);
  });
});
