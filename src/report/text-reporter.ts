// The terminal report: findings grouped by status and severity, each with its article,
// evidence and fix; a summary line last. Colour only when asked (on a TTY).
import { coverageKindName, coverageNameText, coverageNoteText } from '../i18n/coverage-note-text.js';
import type { FrameworkResult } from '../frameworks/framework-result.js';
import { frameworkCoverageLine, frameworkItemHeading, frameworkStatusName, guidelineItemsText } from './framework-labels.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import { inputErrorZh } from '../i18n/input-error-text.js';
import { targetLabelText } from '../i18n/target-label-text.js';
import type { Finding } from '../findings/finding.js';
import { SEVERITIES } from '../rules/rule-schema.js';
import { basisText } from './basis-text.js';
import { LegalCitations } from './legal-citation.js';
import { gateNotices } from './gate-notices.js';
import { terminalSafe } from './terminal-text.js';
import { CHUNK_LINES, drainLines } from './drain-lines.js';
import { evidencePlace } from './evidence-place.js';
import { memberExamples, membersHeading, moreMembers } from './member-examples.js';
import { aspectsHeading } from './aspect-heading.js';
import type { AuditReport } from './report-schema.js';
import { severityName, statusName } from './severity-label.js';
import { appendAll } from '../collections/append-all.js';

export interface TextOptions {
  lang: Lang;
  color: boolean;
}

const COLORS = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function renderText(report: AuditReport, options: TextOptions): string {
  return [...renderTextChunks(report, options)].join('');
}

/** The same text in pieces of a few thousand lines, so a national-scale listing is never one giant string. */
export function* renderTextChunks(report: AuditReport, { lang, color }: TextOptions): Generator<string> {
  const c = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  // Every string that came from the inputs is stripped of control characters as it is shown.
  const rules = new Map(report.rules.map((r) => [r.id, terminalSafe(r)]));
  const out: string[] = [];
  const system = terminalSafe(report.system);
  const systemName = system ? `${pick(system.name, lang) || system.id} (${system.id})` : '';
  out.push(c('bold', `pipl-audit ${report.tool.version}${systemName ? ' — ' + systemName : ''}`) + c('dim', `  ${lang === 'zh' ? '评估基准日' : 'as of'} ${report.asOf}`));
  for (const d of terminalSafe(report.diagnostics)) {
    // Warnings the readers left in the report, in the report's language where the catalogue of
    // reader messages has the Chinese.
    const zh = lang === 'zh' ? (d.messageZh ?? inputErrorZh(d).messageZh) : undefined;
    const severity = zh === undefined ? d.severity : d.severity === 'error' ? '错误' : '警告';
    out.push(c('dim', `${d.file}${d.line ? ':' + d.line : ''}: ${severity}: ${zh ?? d.message}`));
  }
  out.push('');

  const location = (f: Finding) =>
    f.evidence.map((e) => `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''} ${c('dim', e.pointer)}`);

  const failed = report.findings.filter((f) => f.status === 'FAIL');
  const citations = new LegalCitations();
  for (const severity of SEVERITIES) {
    const group = failed.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(c(severity, `${severityName(severity, lang)} (${group.length})`));
    for (const f of group.map(terminalSafe)) {
      const rule = rules.get(f.ruleId);
      out.push(`  ${c(severity, '✗')} ${c('bold', f.ruleId)}  ${pick(rule?.title, lang)}`);
      out.push(`    ${pick(f.message, lang)}`);
      if (rule) out.push(`    ${lang === 'zh' ? '依据' : 'basis'}: ${rule.basis.map((b) => basisText(b, lang, citations)).join(lang === 'zh' ? '；' : '; ')}`);
      if (rule?.guideline) out.push(`    ${lang === 'zh' ? '审计指引条目' : 'audit guideline'}: ${guidelineItemsText(rule.guideline, lang)}`);
      for (const [i, place] of location(f).entries()) out.push(`    ${i === 0 ? (lang === 'zh' ? '证据' : 'at') : '  '}  ${place}`);
      out.push(...memberLines(f, lang, c));
      out.push(...aspectLines(f, rules, lang, c));
      if (rule) out.push(`    ${lang === 'zh' ? '整改' : 'fix'}: ${pick(rule.remediation, lang)}`);
      if (out.length >= CHUNK_LINES) yield drainLines(out);
    }
    out.push('');
  }
  for (const status of ['NOT_EVALUATED', 'MANUAL', 'SUPPRESSED'] as const) {
    const group = report.findings.filter((f) => f.status === status);
    if (group.length === 0) continue;
    out.push(c('bold', `${statusName(status, lang)} (${group.length})`));
    for (const f of group.map(terminalSafe)) {
      const s = f.suppression;
      if (s) out.push(`  ~ ${f.ruleId}  ${targetLabelText(f.target, lang)}: ${pick(f.message, lang)} ${c('dim', `[${s.exception}: ${s.reason}; ${lang === 'zh' ? '批准人' : 'approved by'} ${s.approver}; ${lang === 'zh' ? '有效期至' : 'expires'} ${s.expires}]`)}`);
      else out.push(`  ? ${f.ruleId}  ${targetLabelText(f.target, lang)}: ${pick(f.reason ?? f.message, lang)}`);
      out.push(...memberLines(f, lang, c));
      if (out.length >= CHUNK_LINES) yield drainLines(out);
    }
    out.push('');
  }
  const attention = terminalSafe((report.exceptions ?? []).filter((e) => e.state !== 'active'));
  if (attention.length > 0) {
    out.push(c('bold', `${lang === 'zh' ? '需处理的豁免' : 'EXCEPTIONS NEEDING ATTENTION'} (${attention.length})`));
    for (const e of attention) {
      const where = `${e.file}${e.line ? `:${e.line}` : ''}`;
      const what = e.state === 'expired'
        ? (lang === 'zh' ? `已于 ${e.expires} 到期，不再豁免${e.matched > 0 ? `（仍涉及 ${e.matched} 项发现）` : ''}` : `expired on ${e.expires}, no longer suppresses${e.matched > 0 ? ` (${e.matched} finding(s) it covered)` : ''}`)
        : (lang === 'zh' ? '未匹配任何发现' : 'matched no finding');
      out.push(`  ! ${where}  ${e.id} (${e.rule} ${e.target}): ${what}`);
    }
    out.push('');
  }
  const baseline = terminalSafe(report.baseline);
  if (baseline) out.push(c('dim', lang === 'zh' ? `基线 ${baseline.file}：${baseline.known} 项已知发现未列出` : `baseline ${baseline.file}: ${baseline.known} known finding(s) not listed`));
  appendAll(out, coverageLines(report, lang, c));
  for (const framework of terminalSafe(report.frameworks ?? [])) appendAll(out, frameworkLines(framework, lang, c));
  out.push(...gateNoticeLines(report, lang).map((line) => c('bold', line)));
  out.push(summaryLine(report, lang));
  yield drainLines(out);
}

const MAX_COVERAGE_LINES = 20;

/** A framework item by item: each item's status, and the reason of every sub-item that is not a plain PASS or N/A. */
function frameworkLines(framework: FrameworkResult, lang: Lang, c: (code: 'bold' | 'dim', text: string) => string): string[] {
  const out = [c('bold', pick(framework.title, lang)), `  ${frameworkCoverageLine(framework, lang)}`];
  for (const item of framework.items) {
    out.push(`  ${frameworkItemHeading(item, lang)}  ${c('bold', frameworkStatusName(item.status, lang))}`);
    for (const sub of item.subItems) {
      if (item.subItems.length === 1 && sub.id === item.id) out.push(`    ${c('dim', pick(sub.reason, lang))}`);
      else out.push(`    ${sub.id} ${frameworkStatusName(sub.status, lang)}: ${c('dim', pick(sub.reason, lang))}`);
    }
  }
  out.push('');
  return out;
}

/** The other rules' FAILs folded into a finding as aspects of its cause, each with its message and where it is stated. */
function aspectLines(f: Finding, rules: ReadonlyMap<string, AuditReport['rules'][number]>, lang: Lang, c: (code: 'bold' | 'dim', text: string) => string): string[] {
  if (!f.aspects || f.aspects.length === 0) return [];
  const out = [`    ${aspectsHeading(f.aspects, lang)}:`];
  for (const a of f.aspects) {
    out.push(`      - ${c('bold', a.ruleId)} ${severityName(a.severity, lang)}  ${pick(rules.get(a.ruleId)?.title, lang)}`);
    out.push(`        ${pick(a.message, lang)}`);
    for (const e of a.evidence) out.push(c('dim', `        ${evidencePlace(e)}`));
  }
  return out;
}

/** A grouped finding's count and first members, each with where it is stated. */
function memberLines(f: Finding, lang: Lang, c: (code: 'bold' | 'dim', text: string) => string): string[] {
  if (!f.members) return [];
  const { shown, more } = memberExamples(f.members);
  const out = [`    ${membersHeading(f.members, lang)}:`];
  for (const m of shown) out.push(`      - ${m.label}  ${c('dim', m.evidence.map(evidencePlace).join(' '))}`);
  if (more > 0) out.push(c('dim', `      ${moreMembers(more, lang)}`));
  return out;
}

/** Objects of the exports the mapping did not tie to the manifest: listed, never silently dropped. */
function coverageLines(report: AuditReport, lang: 'zh' | 'en', c: (code: 'bold' | 'dim', text: string) => string): string[] {
  if (report.coverage.length === 0) return [];
  const out = [c('bold', lang === 'zh' ? `未映射的导出对象 (${report.coverage.length})` : `Not mapped to the manifest (${report.coverage.length})`)];
  for (const note of report.coverage.slice(0, MAX_COVERAGE_LINES).map(terminalSafe)) {
    out.push(`  ${coverageKindName(note.kind, lang)} ${coverageNameText(note, lang)}  ${c('dim', `${note.file}${note.line ? `:${note.line}` : ''}`)}  ${coverageNoteText(note, lang)}`);
  }
  if (report.coverage.length > MAX_COVERAGE_LINES) {
    const more = report.coverage.length - MAX_COVERAGE_LINES;
    out.push(c('dim', lang === 'zh' ? `  …另有 ${more} 项，见 JSON 报告的 coverage` : `  … ${more} more in the JSON report's coverage`));
  }
  out.push('');
  return out;
}

/** The gate notices as terminal lines, one each, marked `!` (also printed by the CLI when every format goes to a file). */
export function gateNoticeLines(report: AuditReport, lang: Lang): string[] {
  return gateNotices(report).map((n) => `! ${terminalSafe(pick(n.text, lang))}`);
}

export function summaryLine(report: AuditReport, lang: Lang): string {
  const { counts, failedBySeverity, rulesRun } = report.summary;
  // Reports written before rules and findings were counted apart: count them from the listing.
  const failedFindings = report.findings.filter((f) => f.status === 'FAIL');
  const rulesFailed = report.summary.rulesFailed ?? new Set(failedFindings.map((f) => f.ruleId)).size;
  const findingsFailed = report.summary.findingsFailed ?? failedFindings.length;
  const bySeverity = SEVERITIES.filter((s) => (failedBySeverity[s] ?? 0) > 0)
    .map((s) => (lang === 'zh' ? `${severityName(s, lang)} ${failedBySeverity[s]}` : `${failedBySeverity[s]} ${severityName(s, lang).toLowerCase()}`))
    .join(lang === 'zh' ? '、' : ', ');
  if (lang === 'zh') {
    const apart = `${counts.SUPPRESSED ? `，已豁免 ${counts.SUPPRESSED} 项` : ''}${counts.known ? `，基线已知 ${counts.known} 项` : ''}`;
    const failed = `${rulesFailed} 条规则不合规（涉及 ${counts.FAIL} 项，归为 ${findingsFailed} 个发现${bySeverity ? `：${bySeverity}` : ''}）`;
    const todo = report.summary.factsToState ? `；尚有 ${report.summary.factsToState} 项事实待补充（清单与项目文件中的 # TODO）` : '';
    return `共运行 ${rulesRun} 条规则：${failed}；逐项计：合规 ${counts.PASS} 项，未能评估 ${counts.NOT_EVALUATED} 项，需人工核查 ${counts.MANUAL} 项${apart}${todo}。`;
  }
  const apart = `${counts.SUPPRESSED ? `, ${counts.SUPPRESSED} suppressed` : ''}${counts.known ? `, ${counts.known} known` : ''}`;
  const failed = `${rulesFailed} ${rulesFailed === 1 ? 'rule' : 'rules'} failed (${plural(counts.FAIL, 'item')} in ${plural(findingsFailed, 'finding')}${bySeverity ? `: ${bySeverity}` : ''})`;
  const todo = report.summary.factsToState ? `; ${plural(report.summary.factsToState, 'fact')} still to state (# TODO in the manifest and project file)` : '';
  return `${rulesRun} rules run: ${failed}; items: ${counts.PASS} passed, ${counts.NOT_EVALUATED} not evaluated, ${counts.MANUAL} manual${apart}${todo}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
