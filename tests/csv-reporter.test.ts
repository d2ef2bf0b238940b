// CSV: a byte-order mark first (Excel in a Chinese locale), one finding a row, and quoting that
// survives a round trip through an independent RFC 4180 reader.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_COLUMNS_ZH, renderCsv } from '../src/report/csv-reporter.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { courierReport } from './support/courier-report.js';
import { parseCsv } from './support/parse-csv.js';

describe('CSV reporter', () => {
  it('starts with a UTF-8 BOM and has one row per finding, in Chinese when asked', async () => {
    const report = await courierReport();
    const csv = renderCsv(report, { lang: 'zh' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv.slice(1));
    // Chinese column names and Chinese status and severity values; ids, paths and fingerprints as they are.
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => CSV_COLUMNS_ZH[c]));
    expect(rows[0]?.[0]).toBe('结论');
    expect(rows).toHaveLength(report.findings.length + 1);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(report.findings.map((x) => ({ FAIL: '不合规', PASS: '合规', NOT_EVALUATED: '未能评估', MANUAL: '需人工核查', SUPPRESSED: '已豁免' })[x.status])));
    for (const r of rows.slice(1)) expect(['严重', '高', '中', '低', '提示']).toContain(r[1]);
    const qry = rows.find((r) => r[2] === 'PIPL-QRY-001');
    const f = report.findings.find((x) => x.ruleId === 'PIPL-QRY-001');
    expect(qry?.[6]).toBe(f?.message.zh);
    expect(qry?.[9]).toBe(f?.evidence[0]?.file);
    expect(qry?.[9]).toMatch(/^examples\/courier\/before\/./);
    expect(Number(qry?.[10])).toBe(f?.evidence[0]?.line);
    expect(qry?.[19]).toBe(f?.fingerprint);
  });

  it('round-trips commas, quotes, line breaks and Chinese text; defuses spreadsheet formulas', async () => {
    const base = await courierReport();
    const first = base.findings[0] as AuditReport['findings'][number];
    const messages = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'crlf\r\nline', '  padded ', '网点主管，"任意"手机号', '=HYPERLINK("http://x")', '-1', '@SUM(A1)'];
    const report: AuditReport = { ...base, findings: messages.map((m, i) => ({ ...first, fingerprint: String(i).padStart(32, '0'), message: { zh: m, en: m } })) };
    const rows = parseCsv(renderCsv(report, { lang: 'en' }).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]?.[0]).toBe(first.status);
    const read = rows.slice(1).map((r) => r[6]);
    expect(read).toEqual(messages.map((m) => (/^[=+\-@]/.test(m) ? `'${m}` : m)));
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });
});
