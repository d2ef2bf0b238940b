// Markdown for a pull-request comment: summary tables, then findings by severity (most severe
// first), each in a collapsible <details> with basis, evidence and fix.
import { describe, expect, it } from 'vitest';
import { applyExceptions } from '../src/exceptions/apply-exceptions.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../src/report/markdown-reporter.js';
import { compareFindings } from '../src/findings/finding.js';
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
    // Finding sections end with the manual checks; what the mapping left out follows them.
    expect(headings.filter((h) => !h.startsWith('### Not mapped to the manifest')).at(-1)).toBe('### MANUAL CHECK');
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

  it('with a budget fits a GitHub comment: most severe first, and a line counts what was left out', async () => {
    const base = await courierReport();
    // A large system: the courier findings many times over, each item distinct.
    const findings = Array.from({ length: 60 }, (_, i) => base.findings.map((f) => ({ ...f, target: { ...f.target, key: `${f.target.key}#${i}` }, fingerprint: `${f.fingerprint}${i}` }))).flat().sort(compareFindings);
    const large: AuditReport = { ...base, findings };
    const unlimited = renderMarkdown(large, { lang: 'en' });
    expect(unlimited.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    for (const lang of ['en', 'zh'] as const) {
      const md = renderMarkdown(large, { lang, budget: GITHUB_COMMENT_LIMIT });
      expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
      const listed = md.split('<details>').length - 1;
      expect(listed).toBeGreaterThan(0);
      const note = lang === 'en' ? /> (\d+) more findings left out to stay within 65536 characters/ : /另有 (\d+) 项发现未在此列出/;
      expect(Number(note.exec(md)?.[1])).toBe(findings.length - listed);
    }
    // What is listed is the most severe: exactly the first findings in report order (status, then severity).
    const md = renderMarkdown(large, { lang: 'en', budget: GITHUB_COMMENT_LIMIT });
    const listedRules = [...md.matchAll(/<summary><code>([^<]+)<\/code>/g)].map((m) => m[1]);
    const order = [...findings.filter((f) => f.status === 'FAIL'), ...findings.filter((f) => f.status !== 'FAIL')];
    expect(listedRules).toEqual(order.slice(0, listedRules.length).map((f) => f.ruleId));
    // A report within the budget is rendered in full, unchanged.
    const small: AuditReport = { ...base, findings: base.findings.slice(0, 5) };
    expect(renderMarkdown(small, { lang: 'en', budget: GITHUB_COMMENT_LIMIT })).toBe(renderMarkdown(small, { lang: 'en' }));
  });
});
