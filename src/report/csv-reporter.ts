// CSV, one finding a row, for spreadsheets: UTF-8 with a byte-order mark (so Excel in a Chinese
// locale reads it as UTF-8, not GBK), CRLF line ends, fields quoted per RFC 4180. A cell that a
// spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe.
import { pick, type Lang } from '../i18n/bilingual.js';
import { basisText } from './basis-text.js';
import type { AuditReport } from './report-schema.js';

export interface CsvOptions {
  lang: Lang;
}

export const CSV_COLUMNS = [
  'status', 'severity', 'rule', 'title', 'theme', 'target', 'message', 'reason', 'basis', 'file', 'line', 'column', 'pointer',
  'remediation', 'suppressed_by', 'suppression_reason', 'approver', 'reference', 'expires', 'fingerprint',
] as const;

export function renderCsv(report: AuditReport, options: CsvOptions): string {
  return [...renderCsvChunks(report, options)].join('');
}

/** The file in pieces of a few thousand rows, BOM first. */
export function* renderCsvChunks(report: AuditReport, { lang }: CsvOptions): Generator<string> {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  yield '\uFEFF';
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const f of report.findings) {
    const rule = rules.get(f.ruleId);
    const first = f.evidence[0];
    const s = f.suppression;
    const values: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
      status: f.status,
      severity: f.severity,
      rule: f.ruleId,
      title: pick(rule?.title, lang),
      theme: f.theme,
      target: f.target.label,
      message: pick(f.message, lang),
      reason: f.reason ? pick(f.reason, lang) : '',
      basis: rule ? rule.basis.map((b) => basisText(b, lang)).join('; ') : '',
      file: first?.file,
      line: first?.line,
      column: first?.column,
      pointer: first?.pointer,
      remediation: pick(rule?.remediation, lang),
      suppressed_by: s?.exception,
      suppression_reason: s?.reason,
      approver: s?.approver,
      reference: s?.reference,
      expires: s?.expires,
      fingerprint: f.fingerprint,
    };
    rows.push(CSV_COLUMNS.map((c) => csvField(values[c])).join(','));
    if (rows.length >= 4096) yield rows.splice(0).join('\r\n') + '\r\n';
  }
  if (rows.length > 0) yield rows.join('\r\n') + '\r\n';
}

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
