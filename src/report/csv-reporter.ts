// CSV, one finding a row, for spreadsheets: UTF-8 with a byte-order mark (so Excel in a Chinese
// locale reads it as UTF-8, not GBK), CRLF line ends, fields quoted per RFC 4180. A cell that a
// spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe. A finding
// with other rules' FAILs folded into it (one cause) lists them in the last column, `aspects`.
import { pick, type Lang } from '../i18n/bilingual.js';
import { targetLabelText } from '../i18n/target-label-text.js';
import type { Severity } from '../rules/rule-schema.js';
import { aspectsText } from './aspect-heading.js';
import { basisText } from './basis-text.js';
import { evidencePlace } from './evidence-place.js';
import { severityName, statusName } from './severity-label.js';
import { themeName } from './theme-label.js';
import type { AuditReport } from './report-schema.js';

export interface CsvOptions {
  lang: Lang;
}

export const CSV_COLUMNS = [
  'status', 'severity', 'rule', 'title', 'theme', 'target', 'message', 'reason', 'basis', 'file', 'line', 'column', 'pointer',
  'remediation', 'suppressed_by', 'suppression_reason', 'approver', 'reference', 'expires', 'fingerprint', 'aspects',
] as const;

/**
 * The header row in Chinese. A spreadsheet in Chinese reads Chinese column names; the status and
 * severity cells are Chinese too (不合规, 严重 …), while rule ids, files, pointers and fingerprints
 * stay as they are. English keeps the machine-friendly names above.
 */
export const CSV_COLUMNS_ZH: Record<(typeof CSV_COLUMNS)[number], string> = {
  status: '结论',
  severity: '严重程度',
  rule: '规则编号',
  title: '规则名称',
  theme: '主题',
  target: '对象',
  message: '说明',
  reason: '原因',
  basis: '法律依据',
  file: '文件',
  line: '行',
  column: '列',
  pointer: '位置（JSON 指针）',
  remediation: '整改建议',
  suppressed_by: '豁免依据（例外）',
  suppression_reason: '豁免理由',
  approver: '批准人',
  reference: '审批文号',
  expires: '到期日',
  fingerprint: '指纹',
  aspects: '同一原因的其他方面',
};

export function renderCsv(report: AuditReport, options: CsvOptions): string {
  return [...renderCsvChunks(report, options)].join('');
}

/** The file in pieces of a few thousand rows, BOM first. */
export function* renderCsvChunks(report: AuditReport, { lang }: CsvOptions): Generator<string> {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  yield '\uFEFF';
  const rows: string[] = [(lang === 'zh' ? CSV_COLUMNS.map((c) => CSV_COLUMNS_ZH[c]) : [...CSV_COLUMNS]).join(',')];
  for (const f of report.findings) {
    const rule = rules.get(f.ruleId);
    const first = f.evidence[0];
    const s = f.suppression;
    const values: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
      status: lang === 'zh' ? statusName(f.status, lang) : f.status,
      severity: lang === 'zh' ? severityName(f.severity, lang) : f.severity,
      rule: f.ruleId,
      title: pick(rule?.title, lang),
      theme: lang === 'zh' ? themeName(f.theme, lang) : f.theme,
      target: targetLabelText(f.target, lang),
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
      // Other rules' FAILs folded into this finding (one cause): each rule, severity, message and place.
      aspects: f.aspects && f.aspects.length > 0 ? aspectsText(f.aspects, lang, (sev) => (lang === 'zh' ? severityName(sev as Severity, lang) : sev), evidencePlace) : '',
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
