// Markdown, for a pull-request comment: a summary table, then the findings by severity, each
// in a collapsible <details> with message, legal basis, evidence and fix; then what could not be
// evaluated, manual checks, suppressed findings and exceptions that need attention.
import { coverageKindName, coverageNameText, coverageNoteText } from '../i18n/coverage-note-text.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import { targetLabelText } from '../i18n/target-label-text.js';
import { SEVERITIES } from '../rules/rule-schema.js';
import { basisText } from './basis-text.js';
import { LegalCitations } from './legal-citation.js';
import { frameworkCoverageLine, frameworkItemHeading, frameworkStatusName, guidelineItemsText } from './framework-labels.js';
import { gateNotices } from './gate-notices.js';
import { CHUNK_LINES, drainLines } from './drain-lines.js';
import { evidencePlace } from './evidence-place.js';
import { escapeMarkup } from './markup-escape.js';
import { memberExamples, membersHeading, moreMembers } from './member-examples.js';
import { aspectsHeading } from './aspect-heading.js';
import { terminalText } from './terminal-text.js';
import type { AuditReport, ReportFinding, ReportRule } from './report-schema.js';
import { severityName, statusName } from './severity-label.js';
import { appendAll } from '../collections/append-all.js';

export interface MarkdownOptions {
  lang: Lang;
  /**
   * At most this many characters (UTF-16 code units, which never undercount characters): the
   * findings are listed most severe first until the next would not fit, then one line says how
   * many were left out. For a pull-request comment: GITHUB_COMMENT_LIMIT.
   */
  budget?: number;
}

/** GitHub refuses issue and pull-request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** What the closing lines (left-out note, exceptions table) may take beyond the listed findings. */
const CLOSING_RESERVE = 2_000;

export function renderMarkdown(report: AuditReport, options: MarkdownOptions): string {
  return [...renderMarkdownChunks(report, options)].join('');
}

/** The document in pieces of a few thousand lines. */
export function* renderMarkdownChunks(report: AuditReport, { lang, budget }: MarkdownOptions): Generator<string> {
  const zh = lang === 'zh';
  const citations = new LegalCitations();
  // Characters written so far (each line and its newline); findings that would pass the budget are counted, not listed.
  let used = 0;
  let omitted = 0;
  const fits = (lines: string[]): boolean => {
    if (budget === undefined) return true;
    const size = lines.reduce((n, l) => n + l.length + 1, 0);
    if (omitted > 0 || used + size > budget - CLOSING_RESERVE) return false;
    used += size;
    return true;
  };
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const out: string[] = [];
  const system = report.system ? ` — ${md(pick(report.system.name, lang) || report.system.id)} (${mdCode(report.system.id)})` : '';
  out.push(`## pipl-audit${system}`, '');
  out.push(`${zh ? '评估基准日' : 'As of'} ${report.asOf} · pipl-audit ${report.tool.version} · ${zh ? `运行规则 ${report.summary.rulesRun} 条` : `${report.summary.rulesRun} rules run`}`, '');

  const { counts, failedBySeverity } = report.summary;
  out.push(`| ${zh ? '严重程度' : 'Severity'} | ${zh ? '不合规' : 'Failed'} |`, '|---|---:|');
  for (const s of SEVERITIES) out.push(`| ${severityName(s, lang)} | ${failedBySeverity[s] ?? 0} |`);
  out.push('');
  out.push(`| ${zh ? '状态' : 'Status'} | ${zh ? '数量' : 'Count'} |`, '|---|---:|');
  out.push(`| ${statusName('FAIL', lang)} | ${counts.FAIL} |`);
  out.push(`| ${statusName('NOT_EVALUATED', lang)} | ${counts.NOT_EVALUATED} |`);
  out.push(`| ${statusName('MANUAL', lang)} | ${counts.MANUAL} |`);
  out.push(`| ${statusName('SUPPRESSED', lang)} | ${counts.SUPPRESSED ?? 0} |`);
  out.push(`| ${statusName('PASS', lang)} | ${counts.PASS} |`);
  if (report.baseline) out.push(`| ${zh ? '基线中已知' : 'Known (baseline)'} | ${report.baseline.known} |`);
  out.push('');
  const notices = gateNotices(report);
  if (notices.length > 0) {
    out.push(...notices.map((n) => `> **${zh ? '注意' : 'Warning'}:** ${md(pick(n.text, lang))}`), '');
  }

  used += out.reduce((n, l) => n + l.length + 1, 0);
  // Most severe first: FAIL by severity, then what could not be evaluated, manual checks, suppressed.
  const failed = report.findings.filter((f) => f.status === 'FAIL');
  const sections = [
    ...SEVERITIES.map((severity) => ({ heading: severityName(severity, lang), group: failed.filter((f) => f.severity === severity) })),
    ...(['NOT_EVALUATED', 'MANUAL', 'SUPPRESSED'] as const).map((status) => ({ heading: statusName(status, lang), group: report.findings.filter((f) => f.status === status) })),
  ];
  for (const { heading, group } of sections) {
    if (group.length === 0) continue;
    const title = [`### ${heading} (${group.length})`, ''];
    if (!fits(title)) {
      omitted += group.length;
      continue;
    }
    out.push(...title);
    for (const f of group) {
      const lines = details(f, rules.get(f.ruleId), lang, citations);
      if (!fits(lines)) {
        omitted++;
        continue;
      }
      appendAll(out, lines);
      if (out.length >= CHUNK_LINES) yield drainLines(out);
    }
  }
  // What follows the findings (the left-out note, the exceptions and coverage tables) gets the
  // closing reserve: with a budget, a table row that would not fit is counted, not listed.
  let room = budget === undefined ? Infinity : budget - used - 200;
  const put = (...lines: string[]): boolean => {
    const size = lines.reduce((n, l) => n + l.length + 1, 0);
    if (size > room) return false;
    room -= size;
    out.push(...lines);
    return true;
  };
  if (omitted > 0) {
    put(
      zh
        ? `> 为不超过 ${budget} 个字符，另有 ${omitted} 项发现未在此列出（已按严重程度优先列出）；完整内容见 JSON、SARIF 或 HTML 报告。`
        : `> ${omitted} more finding${omitted === 1 ? '' : 's'} left out to stay within ${budget} characters (the most severe are listed first); the JSON, SARIF or HTML report has them all.`,
      '',
    );
  }
  const table = (heading: string, header: string, separator: string, rows: Iterable<string>, leftOut: (n: number) => string) => {
    if (!put(heading, '', header, separator)) return;
    let unlisted = 0;
    for (const row of rows) if (unlisted > 0 || !put(row)) unlisted++;
    put('');
    if (unlisted > 0) put(leftOut(unlisted), '');
  };

  const attention = (report.exceptions ?? []).filter((e) => e.state !== 'active');
  if (attention.length > 0) {
    table(
      `### ${zh ? '需处理的豁免' : 'Exceptions needing attention'}`,
      `| ${zh ? '豁免' : 'Exception'} | ${zh ? '规则' : 'Rule'} | ${zh ? '对象' : 'Target'} | ${zh ? '状态' : 'State'} | ${zh ? '到期' : 'Expires'} | ${zh ? '位置' : 'Where'} |`,
      '|---|---|---|---|---|---|',
      attention.map((e) => {
        const state = e.state === 'expired' ? (zh ? '已到期' : 'expired') : zh ? '未匹配' : 'unmatched';
        return `| ${md(e.id)} | ${mdCode(e.rule)} | ${md(e.target)} | ${state} | ${md(e.expires)} | ${md(e.file)}${e.line ? `:${e.line}` : ''} |`;
      }),
      (n) => (zh ? `> 另有 ${n} 条豁免未列出；见 JSON 报告的 exceptions。` : `> ${n} more exception${n === 1 ? '' : 's'} not listed; the JSON report's exceptions has them all.`),
    );
  }
  if (report.coverage.length > 0) {
    table(
      `### ${zh ? '未映射到清单的导出对象' : 'Not mapped to the manifest'} (${report.coverage.length})`,
      `| ${zh ? '类型' : 'Kind'} | ${zh ? '名称' : 'Name'} | ${zh ? '位置' : 'Where'} | ${zh ? '说明' : 'Note'} |`,
      '|---|---|---|---|',
      report.coverage.map((n) => `| ${md(coverageKindName(n.kind, zh ? 'zh' : 'en'))} | ${md(coverageNameText(n, zh ? 'zh' : 'en'))} | ${md(n.file)}${n.line ? `:${n.line}` : ''} | ${md(coverageNoteText(n, zh ? 'zh' : 'en'))} |`),
      (n) => (zh ? `> 另有 ${n} 个未映射对象未列出；完整列表见 JSON 报告的 coverage。` : `> ${n} more unmapped object${n === 1 ? '' : 's'} not listed; the JSON report's coverage has them all.`),
    );
  }
  for (const framework of report.frameworks ?? []) {
    table(
      `### ${md(pick(framework.title, lang))}`,
      `| ${zh ? '条目' : 'Item'} | ${zh ? '结论' : 'Result'} | ${zh ? '说明' : 'Why'} |`,
      '|---|---|---|',
      framework.items.flatMap((item) => {
        const only = item.subItems.length === 1 && item.subItems[0]?.id === item.id ? item.subItems[0] : undefined;
        if (only) return [`| ${md(frameworkItemHeading(item, lang))} | ${frameworkStatusName(only.status, lang)} | ${md(pick(only.reason, lang))} |`];
        return [
          `| ${md(frameworkItemHeading(item, lang))} | ${frameworkStatusName(item.status, lang)} | |`,
          ...item.subItems.map((sub) => `| ${md(`${sub.id} ${pick(sub.text, lang)}`)} | ${frameworkStatusName(sub.status, lang)} | ${md(pick(sub.reason, lang))} |`),
        ];
      }),
      (n) => (zh ? `> 另有 ${n} 个子项未列出；见 JSON 报告的 frameworks。` : `> ${n} more sub-item${n === 1 ? '' : 's'} not listed; the JSON report's frameworks has them all.`),
    );
    put(`> ${md(frameworkCoverageLine(framework, lang))}`, '');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  yield drainLines(out);
}

function details(f: ReportFinding, rule: ReportRule | undefined, lang: Lang, citations: LegalCitations): string[] {
  const zh = lang === 'zh';
  const lines = [`<details><summary><code>${html(f.ruleId)}</code> ${html(pick(rule?.title, lang))} — ${html(targetLabelText(f.target, lang))}</summary>`, ''];
  lines.push(md(pick(f.message, lang)), '');
  if (f.reason) lines.push(`- ${zh ? '原因' : 'Reason'}: ${md(pick(f.reason, lang))}`);
  if (f.suppression) {
    const s = f.suppression;
    lines.push(`- ${zh ? '豁免' : 'Suppressed by'} ${md(s.exception)}: ${md(s.reason)} (${zh ? '批准人' : 'approved by'} ${md(s.approver)}${s.reference ? `, ${md(s.reference)}` : ''}; ${zh ? '有效期至' : 'expires'} ${md(s.expires)})`);
  }
  if (rule) lines.push(`- ${zh ? '依据' : 'Basis'}: ${rule.basis.map((b) => md(basisText(b, lang, citations))).join(zh ? '；' : '; ')}`);
  if (rule?.guideline) lines.push(`- ${zh ? '审计指引条目' : 'Audit guideline'}: ${md(guidelineItemsText(rule.guideline, lang))}`);
  for (const e of f.evidence) lines.push(`- ${zh ? '证据' : 'Evidence'}: ${mdCode(evidencePlace(e))}${e.pointer ? ` ${mdCode(e.pointer)}` : ''}`);
  if (f.members) {
    const { shown, more } = memberExamples(f.members);
    lines.push(`- ${membersHeading(f.members, lang)}:`);
    for (const m of shown) lines.push(`  - ${md(m.label)}${m.evidence.map((e) => ` ${mdCode(evidencePlace(e))}`).join('')}`);
    if (more > 0) lines.push(`  - ${md(moreMembers(more, lang))}`);
  }
  if (f.aspects && f.aspects.length > 0) {
    lines.push(`- ${md(aspectsHeading(f.aspects, lang))}:`);
    for (const a of f.aspects) lines.push(`  - ${mdCode(a.ruleId)} ${md(severityName(a.severity, lang))}: ${md(pick(a.message, lang))}${a.evidence.map((e) => ` ${mdCode(evidencePlace(e))}`).join('')}`);
  }
  if (rule) lines.push(`- ${zh ? '整改' : 'Fix'}: ${md(pick(rule.remediation, lang))}`);
  lines.push('', '</details>', '');
  return lines;
}

/**
 * Text as Markdown shows it literally: control characters dropped, line breaks (which could
 * end a table row, an HTML block or start a heading) turned into spaces, the HTML characters as
 * entities and every Markdown punctuation character backslash-escaped.
 */
function md(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** Text inside raw HTML (the `<details>` summary): entities, on one line. */
function html(text: string): string {
  return escapeMarkup(oneLine(text)).replace(/`/g, '&#96;');
}

/**
 * Text in code type: an HTML `<code>` element with the text escaped, since a Markdown code span
 * cannot hold every backtick run a file name may contain.
 */
function mdCode(text: string): string {
  return `<code>${md(text)}</code>`;
}

function oneLine(text: string): string {
  return terminalText(text).replace(/\s+/g, ' ').trim();
}
