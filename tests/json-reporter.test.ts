// The JSON report is produced in pieces for large runs; the pieces must add up to exactly what
// JSON.stringify gives, so streaming changes no byte.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { renderJson } from '../src/report/json-reporter.js';
import { REPO_ROOT } from './support/run-cli.js';

describe('JSON reporter', () => {
  for (const example of ['courier/before', 'gym/after']) {
    it(`matches JSON.stringify byte for byte (${example})`, async () => {
      const report = await audit({ paths: [`examples/${example}`], cwd: REPO_ROOT });
      expect(renderJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
    });
  }

  it('matches it with empty lists and nested text that contains newlines', async () => {
    const report = await audit({ paths: ['examples/courier/after'], cwd: REPO_ROOT, includePassed: true });
    report.diagnostics = [];
    report.findings[0]!.message.en = 'line one\nline two';
    expect(renderJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });
});
