// Markdown for a pull-request comment: summary tables, then findings by severity (most severe
// first), each in a collapsible <details> with basis, evidence and fix.
import { describe, expect, it } from 'vitest';
import { applyExceptions } from '../src/exceptions/apply-exceptions.js';
import { renderMarkdown } from '../src/report/markdown-reporter.js';
import { SEVERITIES } from '../src/rules/rule-schema.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { courierReport } from './support/courier-report.js';

describe('Markdown reporter', () => {
  it('has a summary table, then severity sections in order, one <details> per finding', async () => {
    const report = await courierReport();
    const md = renderMarkdown(report, { lang: 'en' });
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^## pipl-audit — /);
    expect(md).toContain('| Severity | Failed |');
    expect(md).toContain(`| CRITICAL | ${report.summary.failedBySeverity.critical} |`);
    expect(md).toContain(`| FAIL | ${report.summary.counts.FAIL} |`);
    const headings = lines.filter((l) => l.startsWith('### ')).map((l) => l.replace(/ \(\d+\)$/, ''));
    // One section per severity that has a FAIL, most severe first, then the other statuses.
    const severityHeadings = SEVERITIES.filter((s) => (report.summary.failedBySeverity[s] ?? 0) > 0).map((s) => `### ${s.toUpperCase()}`);
    expect(headings.slice(0, severityHeadings.length)).toEqual(severityHeadings);
    expect(severityHeadings.slice(0, 2)).toEqual(['### CRITICAL', '### HIGH']);
    expect(headings.at(-1)).toBe('### MANUAL CHECK');
    expect(md.split('<details>').length - 1).toBe(report.findings.length);
    expect(md.split('</details>').length - 1).toBe(report.findings.length);
    const criticalAt = md.indexOf('### CRITICAL');
    const qry = md.indexOf('<code>PIPL-QRY-001</code>');
    expect(qry).toBeGreaterThan(criticalAt);
    expect(qry).toBeLessThan(md.indexOf('### HIGH'));
    expect(md).toContain('- Evidence: <code>examples/courier/before/access.yaml:');
    expect(md).toContain('PIPL Art. 51(4) (law)');
  });

  it('escapes table and markup characters from the user\'s text, and lists exceptions needing attention', async () => {
    const base = await courierReport();
    const first = base.findings[0] as AuditReport['findings'][number];
    const tricky: AuditReport = { ...base, findings: [{ ...first, message: { zh: 'x', en: 'a | b <script>' }, target: { key: 'k', label: '<b>' } }] };
    const md = renderMarkdown(tricky, { lang: 'en' });
    expect(md).toContain('a \\| b &lt;script&gt;');
    expect(md).not.toContain('<b>');
    const withExceptions = applyExceptions(base, [{ id: 'OLD', file: 'e.yaml', line: 4, rule: 'PIPL-QRY-001', target: '*', reason: 'r', approver: 'a', expires: '2020-01-01' }]);
    const md2 = renderMarkdown(withExceptions, { lang: 'zh' });
    expect(md2).toContain('### 需处理的豁免');
    expect(md2).toMatch(/\| OLD \| <code>PIPL-QRY-001<\/code> \| \\\* \| 已到期 \| 2020-01-01 \| e\.yaml:4 \|/);
  });
});
