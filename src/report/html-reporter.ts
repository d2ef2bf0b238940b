// The HTML report: one self-contained file that opens offline. A Content-Security-Policy of
// default-src 'none' (inline style and script only) makes sure it fetches nothing. Summary by
// severity and theme with inline SVG charts, the reach matrix (who can reach which sensitive PI,
// with what scope), every finding with its message in both languages, legal basis with its kind,
// evidence and fix, filterable by severity, theme, status and text; then exceptions and inputs.
import { coverageKindName, coverageNameText, coverageNoteText } from '../i18n/coverage-note-text.js';
import type { FrameworkResult } from '../frameworks/framework-result.js';
import { LegalCitations } from './legal-citation.js';
import { frameworkCoverageLine, frameworkItemHeading, frameworkStatusName, guidelineItemsText } from './framework-labels.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import { targetLabelText } from '../i18n/target-label-text.js';
import { termName } from '../i18n/terms.js';
import { SEVERITIES, THEMES, type Severity } from '../rules/rule-schema.js';
import { basisKindName } from './basis-text.js';
import { gateNotices } from './gate-notices.js';
import { CHUNK_LINES, drainLines } from './drain-lines.js';
import { evidencePlace } from './evidence-place.js';
import { memberExamples, membersHeading, moreMembers } from './member-examples.js';
import { aspectsHeading } from './aspect-heading.js';
import { barChart, type Bar } from './html-charts.js';
import { HTML_FILTER_SCRIPT } from './html-filter-script.js';
import { HTML_STYLE } from './html-style.js';
import { escapeMarkup as x } from './markup-escape.js';
import type { AuditReport, Reach, ReachCell, ReportFinding, ReportRule } from './report-schema.js';
import { severityName, statusName } from './severity-label.js';
import { themeName } from './theme-label.js';

export interface HtmlOptions {
  lang: Lang;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const SEVERITY_COLOR: Record<Severity, string> = { critical: '#7f1d1d', high: '#dc2626', medium: '#d97706', low: '#0e7490', info: '#6b7280' };
const STATUS_ORDER = ['FAIL', 'NOT_EVALUATED', 'MANUAL', 'SUPPRESSED', 'PASS'] as const;

export function renderHtml(report: AuditReport, options: HtmlOptions): string {
  return [...renderHtmlChunks(report, options)].join('');
}

/** The page in pieces (findings a few thousand lines at a time). */
export function* renderHtmlChunks(report: AuditReport, { lang }: HtmlOptions): Generator<string> {
  const zh = lang === 'zh';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const systemName = report.system ? pick(report.system.name, lang) || report.system.id : '';
  const title = `${t('个人信息保护合规审计报告', 'PIPL audit report')}${systemName ? ` — ${systemName}` : ''}`;
  const { counts } = report.summary;

  const parts: string[] = [];
  parts.push(
    '<!doctype html>',
    `<html lang="${zh ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="pipl-audit ${x(report.tool.version)}">`,
    `<title>${x(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${x(title)}</h1>`,
    `<div class="meta">${t('评估基准日', 'As of')} ${x(report.asOf)} · pipl-audit ${x(report.tool.version)}${report.system ? ` · ${t('系统', 'system')} <code>${x(report.system.id)}</code>` : ''} · ${t(`运行规则 ${report.summary.rulesRun} 条`, `${report.summary.rulesRun} rules run`)}</div>`,
    '</header>',
    '<main>',
  );

  // Summary: cards, then charts by severity and by theme.
  parts.push(`<section id="summary"><h2>${t('概览', 'Summary')}</h2><div class="cards">`);
  const card = (label: string, value: number, id: string) => `<div class="card" id="count-${id}"><b>${value}</b>${x(label)}</div>`;
  parts.push(
    card(statusName('FAIL', lang), counts.FAIL, 'fail'),
    card(statusName('NOT_EVALUATED', lang), counts.NOT_EVALUATED, 'not-evaluated'),
    card(statusName('MANUAL', lang), counts.MANUAL, 'manual'),
    card(statusName('SUPPRESSED', lang), counts.SUPPRESSED ?? 0, 'suppressed'),
    card(statusName('PASS', lang), counts.PASS, 'pass'),
    ...(report.baseline ? [card(t('基线中已知（未列出）', 'known from baseline (not listed)'), report.baseline.known, 'known')] : []),
    '</div><div class="charts">',
  );
  const failed = report.findings.filter((f) => f.status === 'FAIL');
  parts.push(
    barChart(
      t('不合规项（按严重程度）', 'Failed checks by severity'),
      SEVERITIES.map((s) => ({ label: severityName(s, lang), segments: [{ name: severityName(s, lang), value: report.summary.failedBySeverity[s] ?? 0, color: SEVERITY_COLOR[s] }] })),
    ),
  );
  const themeBars: Bar[] = THEMES.filter((th) => failed.some((f) => f.theme === th)).map((th) => ({
    label: themeName(th, lang),
    segments: SEVERITIES.map((s) => ({ name: severityName(s, lang), value: failed.filter((f) => f.theme === th && f.severity === s).length, color: SEVERITY_COLOR[s] })),
  }));
  if (themeBars.length > 0) parts.push(barChart(t('不合规项（按主题）', 'Failed checks by theme'), themeBars));
  parts.push('</div>');
  const notices = gateNotices(report);
  if (notices.length > 0) parts.push(`<ul class="gate-notices" id="gate-notices">${notices.map((n) => `<li data-kind="${n.kind}"><strong>${t('注意', 'Warning')}:</strong> ${x(pick(n.text, lang))}</li>`).join('')}</ul>`);
  parts.push('</section>');

  if (report.reach) parts.push(reachSection(report.reach, lang));
  yield drainLines(parts);
  yield* findingsSection(report, rules, lang);
  parts.push(exceptionsSection(report, lang));
  parts.push(coverageSection(report, lang));
  for (const framework of report.frameworks ?? []) parts.push(frameworkSection(framework, lang));

  parts.push(`<section id="inputs"><h2>${t('输入文件', 'Inputs')}</h2><table><thead><tr><th>${t('文件', 'File')}</th><th>${t('格式', 'Format')}</th><th>SHA-256</th></tr></thead><tbody>`);
  for (const input of report.inputs) parts.push(`<tr><td>${x(input.path)}</td><td>${x(input.format)}</td><td><code>${x(input.sha256)}</code></td></tr>`);
  parts.push('</tbody></table>');
  parts.push(`<table><thead><tr><th>${t('规则包', 'Rule pack')}</th><th>${t('版本', 'Version')}</th><th>${t('规则数', 'Rules')}</th><th>${t('内容哈希', 'Content hash')}</th></tr></thead><tbody>`);
  for (const p of report.packs) parts.push(`<tr><td>${x(p.name)}</td><td>${x(p.version)}</td><td>${p.rules}</td><td><code>${x(p.hash)}</code></td></tr>`);
  parts.push('</tbody></table></section>');

  parts.push('</main>', `<script>${HTML_FILTER_SCRIPT}</script>`, '</body>', '</html>');
  yield drainLines(parts);
}

function reachSection(reach: Reach, lang: Lang): string {
  const zh = lang === 'zh';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const out: string[] = [`<section id="reach"><h2>${t('谁能查看哪些个人信息', 'Who can reach which personal information')}</h2>`];
  out.push(
    `<p class="muted">${t(
      '每格为该角色（或该类账号）可查看此类个人信息的最宽范围，敏感个人信息（《个人信息保护法》第二十八条）列在前；斜体表示仅以脱敏方式显示。已继承的权限计入，过期授权不计。',
      'Each cell is the widest scope with which the role (or account type) reaches that category; sensitive PI (PIPL Art. 28) comes first; italics: shown masked only. Inherited grants count, expired ones do not.',
    )}</p>`,
  );
  if (reach.categories.length === 0) {
    out.push(`<p id="reach-empty">${t('没有角色可查看个人信息。', 'No role reaches personal information.')}</p></section>`);
    return out.join('\n');
  }
  const head = (first: string, second: string) =>
    `<thead><tr><th>${x(first)}</th><th>${x(second)}</th>${reach.categories.map((c) => `<th title="${x(c.key)}"${c.sensitive ? ' class="sensitive"' : ''}>${x(pick(c.name, lang))}${c.sensitive ? ' <span class="badge critical">' + t('敏感', 'sensitive') + '</span>' : ''}</th>`).join('')}</tr></thead>`;
  const row = (label: string, count: number, cells: ReachCell[]) => {
    const byCategory = new Map(cells.map((c) => [c.category, c]));
    const tds = reach.categories.map((c) => {
      const cell = byCategory.get(c.key);
      if (!cell) return '<td class="cell">—</td>';
      return `<td class="cell scope-${cell.scope}${cell.unmasked ? '' : ' masked'}" data-scope="${cell.scope}">${x(termName(cell.scope, lang))}</td>`;
    });
    return `<tr><th scope="row">${label}</th><td>${count}</td>${tds.join('')}</tr>`;
  };
  out.push(`<div class="matrix"><table id="reach-roles">${head(t('角色', 'Role'), t('持有账号数', 'Holders'))}<tbody>`);
  for (const r of reach.roles) out.push(row(`<code>${x(r.id)}</code>${r.privileged ? ` <span class="badge status">${t('特权', 'privileged')}</span>` : ''}`, r.holders, r.cells));
  out.push('</tbody></table></div>');
  if (reach.rolesWithoutReach > 0) out.push(`<p class="muted">${t(`另有 ${reach.rolesWithoutReach} 个角色不能查看个人信息。`, `${reach.rolesWithoutReach} more role(s) reach no PI.`)}</p>`);
  if (reach.accountTypes.length > 0) {
    out.push(`<div class="matrix"><table id="reach-account-types">${head(t('账号类型', 'Account type'), t('启用账号数', 'Active accounts'))}<tbody>`);
    for (const a of reach.accountTypes) out.push(row(x(termName(a.type, lang)), a.accounts, a.cells));
    out.push('</tbody></table></div>');
  }
  out.push('</section>');
  return out.join('\n');
}

function* findingsSection(report: AuditReport, rules: Map<string, ReportRule>, lang: Lang): Generator<string> {
  const citations = new LegalCitations();
  const zh = lang === 'zh';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const other: Lang = zh ? 'en' : 'zh';
  const present = <T extends string>(values: readonly T[], of: (f: ReportFinding) => T) => values.filter((v) => report.findings.some((f) => of(f) === v));
  const option = (value: string, label: string) => `<option value="${x(value)}">${x(label)}</option>`;
  const out: string[] = [`<section id="findings"><h2>${t('发现', 'Findings')}</h2>`];
  out.push(
    '<form class="filters" onsubmit="return false">',
    `<label>${t('严重程度', 'Severity')} <select id="filter-severity">${option('', t('全部', 'all'))}${present(SEVERITIES, (f) => f.severity).map((s) => option(s, severityName(s, lang))).join('')}</select></label>`,
    `<label>${t('主题', 'Theme')} <select id="filter-theme">${option('', t('全部', 'all'))}${present(THEMES, (f) => f.theme).map((th) => option(th, themeName(th, lang))).join('')}</select></label>`,
    `<label>${t('状态', 'Status')} <select id="filter-status">${option('', t('全部', 'all'))}${present(STATUS_ORDER, (f) => f.status).map((s) => option(s, statusName(s, lang))).join('')}</select></label>`,
    `<label>${t('搜索', 'Search')} <input id="filter-text" type="search" placeholder="${t('规则、对象、文件、条文…', 'rule, target, file, article…')}"></label>`,
    `<span>${t('显示', 'Showing')} <output id="visible-count">${report.findings.length}</output> / ${report.findings.length}</span>`,
    '</form>',
    `<p id="no-match" hidden>${t('没有符合筛选条件的发现。', 'No finding matches the filters.')}</p>`,
  );
  if (report.findings.length === 0) out.push(`<p id="no-findings">${t('没有需要列出的发现。', 'No findings to list.')}</p>`);
  for (const f of report.findings) {
    const rule = rules.get(f.ruleId);
    const dl: string[] = [];
    if (f.reason) dl.push(`<dt>${t('原因', 'Reason')}</dt><dd>${x(pick(f.reason, lang))}</dd>`);
    if (f.suppression) {
      const s = f.suppression;
      dl.push(
        `<dt>${t('豁免', 'Exception')}</dt><dd>${x(s.exception)}: ${x(s.reason)} — ${t('批准人', 'approved by')} ${x(s.approver)}${s.reference ? `, ${x(s.reference)}` : ''}; ${t('有效期至', 'expires')} ${x(s.expires)} (${t('原状态', 'was')} ${x(statusName(s.status, lang))})</dd>`,
      );
    }
    if (rule) {
      dl.push(
        `<dt>${t('依据', 'Basis')}</dt><dd><ul>${rule.basis
          .map((b) => `<li>${x(lang === 'zh' ? (citations.cite(b.instrument, b.provision) ?? `${b.instrument} ${b.provision}`) : `${b.instrument} ${b.provision}`)} <span class="muted">(${x(basisKindName(b.kind, lang))}${b.verified ? '' : t('，条文未核实', ', text unverified')})</span></li>`)
          .join('')}</ul></dd>`,
      );
      if (rule.guideline) dl.push(`<dt>${t('审计指引条目', 'Audit guideline')}</dt><dd>${x(guidelineItemsText(rule.guideline, lang))}</dd>`);
    }
    if (f.evidence.length > 0) dl.push(`<dt>${t('证据', 'Evidence')}</dt><dd><ul>${f.evidence.map((e) => `<li><code>${x(evidencePlace(e))}</code> <code>${x(e.pointer)}</code></li>`).join('')}</ul></dd>`);
    if (f.members) {
      const { shown, more } = memberExamples(f.members);
      dl.push(
        `<dt>${x(membersHeading(f.members, lang))}</dt><dd><ul class="members">${shown.map((m) => `<li>${x(m.label)} ${m.evidence.map((e) => `<code>${x(evidencePlace(e))}</code>`).join(' ')}</li>`).join('')}${more > 0 ? `<li class="muted">${x(moreMembers(more, lang))}</li>` : ''}</ul></dd>`,
      );
    }
    if (f.aspects && f.aspects.length > 0) {
      dl.push(
        `<dt>${x(aspectsHeading(f.aspects, lang))}</dt><dd><ul class="aspects">${f.aspects.map((a) => `<li><code>${x(a.ruleId)}</code> <span class="badge ${a.severity}">${x(severityName(a.severity, lang))}</span> ${x(pick(a.message, lang))} ${a.evidence.map((e) => `<code>${x(evidencePlace(e))}</code>`).join(' ')}</li>`).join('')}</ul></dd>`,
      );
    }
    if (rule) dl.push(`<dt>${t('整改', 'Fix')}</dt><dd>${x(pick(rule.remediation, lang))}<div class="alt" lang="${other}">${x(pick(rule.remediation, other))}</div></dd>`);
    out.push(
      `<article class="finding sev-${f.severity} status-${f.status}" data-severity="${f.severity}" data-theme="${f.theme}" data-status="${f.status}" data-fingerprint="${f.fingerprint}">`,
      `<h3><span class="badge ${f.severity}">${x(severityName(f.severity, lang))}</span><span class="badge status">${x(statusName(f.status, lang))}</span><code>${x(f.ruleId)}</code> ${x(pick(rule?.title, lang))}</h3>`,
      `<div class="muted">${x(themeName(f.theme, lang))} · ${x(targetLabelText(f.target, lang))}</div>`,
      `<p>${x(pick(f.message, lang))}</p><p class="alt" lang="${other}">${x(pick(f.message, other))}</p>`,
      `<dl>${dl.join('')}</dl>`,
      '</article>',
    );
    if (out.length >= CHUNK_LINES) yield drainLines(out);
  }
  out.push('</section>');
  yield drainLines(out);
}

/** Objects of the exports the mapping did not tie to the manifest: listed, never silently dropped. */
/** A framework item by item, each sub-item with its status and why. */
function frameworkSection(framework: FrameworkResult, lang: Lang): string {
  const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const out = [
    `<section id="framework-${x(framework.id)}" class="framework"><h2>${x(pick(framework.title, lang))}</h2>`,
    `<p class="muted">${x(frameworkCoverageLine(framework, lang))}</p>`,
    `<table><thead><tr><th>${t('条目', 'Item')}</th><th>${t('结论', 'Result')}</th><th>${t('说明', 'Why')}</th></tr></thead><tbody>`,
  ];
  for (const item of framework.items) {
    out.push(`<tr class="framework-item"><th colspan="2">${x(frameworkItemHeading(item, lang))}</th><td><span class="status" data-status="${item.status}">${x(frameworkStatusName(item.status, lang))}</span></td></tr>`);
    for (const sub of item.subItems) {
      const label = sub.id === item.id ? '' : `${sub.id} `;
      out.push(`<tr><td>${x(label + pick(sub.text, lang))}</td><td><span class="status" data-status="${sub.status}">${x(frameworkStatusName(sub.status, lang))}</span></td><td>${x(pick(sub.reason, lang))}</td></tr>`);
    }
  }
  out.push('</tbody></table>', `<p class="muted">${x(pick(framework.source, lang))}${framework.source.verified ? '' : t('（条目文字为概括，引用前请对照官方文本）', ' (item texts condensed: check the official text before quoting)')}</p></section>`);
  return out.join('');
}

function coverageSection(report: AuditReport, lang: Lang): string {
  if (report.coverage.length === 0) return '';
  const t = (zhText: string, enText: string) => (lang === 'zh' ? zhText : enText);
  const out = [
    `<section id="coverage"><h2>${t('未映射到清单的导出对象', 'Not mapped to the manifest')} (${report.coverage.length})</h2><table><thead><tr><th>${t('类型', 'Kind')}</th><th>${t('名称', 'Name')}</th><th>${t('位置', 'Where')}</th><th>${t('说明', 'Note')}</th></tr></thead><tbody>`,
  ];
  for (const n of report.coverage) out.push(`<tr><td>${x(coverageKindName(n.kind, lang))}</td><td>${x(coverageNameText(n, lang))}</td><td><code>${x(n.file)}${n.line ? `:${n.line}` : ''}</code></td><td>${x(coverageNoteText(n, lang))}</td></tr>`);
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function exceptionsSection(report: AuditReport, lang: Lang): string {
  const exceptions = report.exceptions ?? [];
  if (exceptions.length === 0) return '';
  const zh = lang === 'zh';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const stateName = { active: t('生效', 'active'), expired: t('已到期（不再豁免）', 'expired (no longer suppresses)'), unmatched: t('未匹配任何发现', 'matched no finding') };
  const out = [
    `<section id="exceptions"><h2>${t('豁免', 'Exceptions')}</h2><table><thead><tr><th>${t('编号', 'Id')}</th><th>${t('规则', 'Rule')}</th><th>${t('对象', 'Target')}</th><th>${t('理由', 'Reason')}</th><th>${t('批准人', 'Approver')}</th><th>${t('依据文号', 'Reference')}</th><th>${t('到期', 'Expires')}</th><th>${t('状态', 'State')}</th><th>${t('匹配', 'Matched')}</th></tr></thead><tbody>`,
  ];
  for (const e of exceptions) {
    out.push(
      `<tr class="state-${e.state}"><td>${x(e.id)}<div class="muted">${x(e.file)}${e.line ? `:${e.line}` : ''}</div></td><td><code>${x(e.rule)}</code></td><td>${x(e.target)}</td><td>${x(e.reason)}</td><td>${x(e.approver)}</td><td>${x(e.reference ?? '')}</td><td>${x(e.expires)}</td><td>${x(stateName[e.state])}</td><td>${e.matched}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}
