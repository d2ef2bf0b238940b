// Several outputs in one run, end to end: every file written, text still on the terminal; and on
// bad input (unknown format, unwritable path, bad baseline) exit 2 with no output file at all,
// those runs in-process (tests/support/run-cli-in-process.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const COURIER = join(REPO_ROOT, 'examples/courier/before');

describe('audit with several outputs', () => {
  it('writes each format to its file and prints the text report', () => {
    const dir = tempDir({});
    const run = runCli(
      ['audit', COURIER, '--lang', 'en', '-f', 'sarif', '-o', 'out.sarif', '-f', 'html', '-o', 'report.html', '-f', 'junit', '-o', 'junit.xml', '-f', 'markdown', '-o', 'report.md', '-f', 'csv', '-o', 'report.csv', '-f', 'json', '-o', 'report.json'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'out.sarif', 'report.csv', 'report.html', 'report.json', 'report.md']);
    expect(run.stdout).toMatch(/^\d+ rules run: \d+ rules? failed \(\d+ items? in \d+ findings?/m);
    // No progress line (standard error is not a terminal): only the reason for exit 1.
    expect(run.stderr).toMatch(/^pipl-audit: exit 1: \d+ FAIL findings? at or above high \(--fail-on\)\n$/);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: unknown[] };
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]?.results).toHaveLength(report.findings.length);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(join(dir, 'report.csv'))[0]).toBe(0xef);
  });

  it('gives identical bytes on identical input, for every format', () => {
    const args = (dir: string) => ['audit', COURIER, '--lang', 'zh', '-f', 'sarif', '-o', join(dir, 's'), '-f', 'html', '-o', join(dir, 'h'), '-f', 'csv', '-o', join(dir, 'c'), '-f', 'junit', '-o', join(dir, 'j'), '-f', 'markdown', '-o', join(dir, 'm')];
    const a = tempDir({});
    const b = tempDir({});
    runCli(args(a));
    runCli(args(b));
    for (const f of ['s', 'h', 'c', 'j', 'm']) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('writes nothing when one of several paths cannot be written', async () => {
    const dir = tempDir({});
    const run = await runCliInProcess(['audit', COURIER, '-f', 'sarif', '-o', 'out.sarif', '-f', 'html', '-o', 'missing-dir/report.html'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write output/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing on an unknown format, an output without a format, or a bad baseline', async () => {
    const dir = tempDir({ 'bad-baseline.json': '{"reportVersion": 0, "findings": []}' });
    const unknown = await runCliInProcess(['audit', COURIER, '-f', 'sarif', '-o', 'out.sarif', '-f', 'pdf', '-o', 'r.pdf'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "pdf"');
    const orphan = await runCliInProcess(['audit', COURIER, '-f', 'sarif', '-o', 'out.sarif', '-o', 'again.sarif', '-f', 'html'], { cwd: dir });
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain('--output again.sarif must follow the --format it is for');
    const baseline = await runCliInProcess(['audit', COURIER, '-f', 'sarif', '-o', 'out.sarif', '--baseline', 'bad-baseline.json'], { cwd: dir });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('bad-baseline.json:1:2: error: /reportVersion: report version 0 cannot serve as a baseline');
    expect(readdirSync(dir)).toEqual(['bad-baseline.json']);
    expect(existsSync(join(dir, 'out.sarif'))).toBe(false);
  });
});
