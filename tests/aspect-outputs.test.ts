// Findings of one cause folded into another (`aspects`, src/findings/fold-aspects.ts) are shown in
// the formats a compliance officer or a CI system reads besides text, Markdown, HTML and SARIF:
// the CSV's last column, the JUnit failure text and the audit-report document, in both languages.
import { describe, expect, it } from 'vitest';
import { renderAuditReportHtml } from '../src/report/audit-report-html.js';
import { CSV_COLUMNS, renderCsv } from '../src/report/csv-reporter.js';
import { renderJunit } from '../src/report/junit-reporter.js';
import { courierReport } from './support/courier-report.js';
import { parseCsv } from './support/parse-csv.js';
import { descendants, parseXml } from './support/parse-xml.js';

const GRANT = 'outlet-supervisor>waybill-lookup';

async function hostAndAspects() {
  const report = await courierReport();
  const host = report.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.target.key === GRANT && f.status === 'FAIL');
  if (!host?.aspects?.length) throw new Error('courier before/ folds other rules into the supervisor lookup finding');
  return { report, host, aspects: host.aspects };
}

describe('folded findings (aspects)', () => {
  it('CSV: the aspects column lists each folded rule with its severity, message and place; empty where nothing folded', async () => {
    const { report, host, aspects } = await hostAndAspects();
    const column = CSV_COLUMNS.indexOf('aspects');
    for (const lang of ['en', 'zh'] as const) {
      const rows = parseCsv(renderCsv(report, { lang }).slice(1));
      const row = rows.find((r) => r[CSV_COLUMNS.indexOf('fingerprint')] === host.fingerprint);
      const cell = row?.[column] ?? '';
      for (const a of aspects) {
        expect(cell).toContain(`${a.ruleId} (`);
        expect(cell).toContain(a.message[lang]);
      }
      // severities named in the report language (the English CSV keeps the machine names)
      expect(cell).toContain(lang === 'zh' ? `${aspects[0]?.ruleId} (${{ critical: '严重', high: '高', medium: '中', low: '低', info: '提示' }[aspects[0]?.severity ?? 'info']})` : `${aspects[0]?.ruleId} (${aspects[0]?.severity})`);
      const plain = rows.find((r) => r[CSV_COLUMNS.indexOf('rule')] === 'PIPL-CRED-003');
      expect(plain?.[column]).toBe('');
    }
  });

  it('JUnit: the failure text lists the aspects under the heading, with their places and fingerprints', async () => {
    const { report, host, aspects } = await hostAndAspects();
    for (const lang of ['en', 'zh'] as const) {
      const root = parseXml(renderJunit(report, { lang }));
      const cases = descendants(root, 'testcase').filter((c) => c.attributes.classname === 'PIPL-QRY-001');
      const failure = cases.flatMap((c) => descendants(c, 'failure')).find((f) => f.text.includes(host.fingerprint));
      expect(failure?.text).toContain(lang === 'zh' ? '同一原因的其他方面' : 'same cause, also failing');
      for (const a of aspects) {
        expect(failure?.text).toContain(`- ${a.ruleId} (`);
        expect(failure?.text).toContain(`fingerprint: ${a.fingerprint}`);
      }
    }
  });

  it('audit report: the finding lists its aspects, in Chinese and in English', async () => {
    const { report, aspects } = await hostAndAspects();
    const zh = renderAuditReportHtml(report, 'zh');
    const en = renderAuditReportHtml(report, 'en');
    expect(zh).toContain('同一原因的其他方面');
    expect(en).toContain('same cause, also failing');
    for (const a of aspects) {
      expect(zh).toContain(`<span class="rule">${a.ruleId}</span>`);
      expect(en).toContain(`<span class="rule">${a.ruleId}</span>`);
    }
  });
});
