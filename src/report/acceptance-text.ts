// A verification on a terminal: one line per item and per new or regressed finding, and the verdict.
import { pick, type Lang } from '../i18n/bilingual.js';
import type { VerifyResult } from '../verify/verify-result-schema.js';
import { changeName, itemStatusName, verdictName, word } from './acceptance-labels.js';
import { reservationCount } from '../verify/reservations.js';
import { severityName } from './severity-label.js';

export function renderAcceptanceText(result: VerifyResult, lang: Lang): string {
  const out: string[] = [];
  const s = result.summary;
  if (result.recommendation) {
    out.push(`${pick(result.recommendation.issuer, lang)} ${result.recommendation.reference} (${result.recommendation.issued}) → ${pick(result.recommendation.addressee, lang)}`);
    for (const item of result.items) {
      out.push(`  ${String(item.number).padStart(2)}. ${itemStatusName(item.status, lang).padEnd(lang === 'zh' ? 5 : 15)} ${firstLine(pick(item.text, lang))}`);
      for (const r of item.reasons) out.push(`        ${pick(r, lang)}`);
    }
  }
  for (const c of result.changes) {
    if (c.change !== 'NEW' && c.change !== 'REGRESSED') continue;
    const at = c.after?.evidence[0];
    out.push(`  ${changeName(c.change, lang).toUpperCase()} ${severityName(c.severity, lang)} ${c.ruleId} ${c.target.label}${at ? `  ${at.file}${at.line ? `:${at.line}` : ''}` : ''}`);
  }
  for (const n of result.notes) out.push(`  ! ${pick(n, lang)}`);
  out.push(
    result.recommendation
      ? word('summaryLine', lang, { total: result.items.length, ...s.items, new: s.new, regressed: s.regressed, failOn: s.failOn })
      : word('comparisonLine', lang, { new: s.new, regressed: s.regressed, resolved: s.resolved, unchanged: s.unchanged, notComparable: s.notComparable, failOn: s.failOn }),
  );
  const open = reservationCount(result.reservations);
  if (open > 0) out.push(word('reservationsLine', lang, { n: open }));
  out.push(verdictName(s.verdict, lang));
  return out.join('\n') + '\n';
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}
