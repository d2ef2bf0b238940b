// SARIF 2.1.0, for GitHub code scanning and other SARIF consumers: rules with bilingual help, a
// documentation page (helpUri, under the report's documentation base), legal basis and severity in properties and tags; one result per
// finding with its evidence as physical (file, line, column) and logical (JSON pointer)
// locations relative to the repository root (%SRCROOT%), our fingerprint as partialFingerprints,
// suppressed findings kept with their `suppressions`, and — with a baseline — the findings the
// baseline already holds kept as `baselineState: "unchanged"` (code scanning closes an alert whose
// result is missing from an upload). Within GitHub's upload limits (sarif-limits.ts).
// It renders the report; it decides nothing.
import { coverageKindName, coverageNameText, coverageNoteText } from '../i18n/coverage-note-text.js';
import { gateNotices } from './gate-notices.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import type { Severity } from '../rules/rule-schema.js';
import { basisText } from './basis-text.js';
import { DEFAULT_DOCUMENTATION_BASE, ruleDocumentationUri } from './documentation-links.js';
import type { AuditReport, ReportFinding, ReportRule } from './report-schema.js';
import { artifactLocation, originalUriBaseIds, type SarifRoot } from './sarif-artifact.js';
import { compressedSize, GITHUB_SARIF_LIMITS, selectResults } from './sarif-limits.js';
import { severityName, statusName } from './severity-label.js';

export interface SarifOptions {
  lang: Lang;
  /** The repository root artifact URIs are relative to (CLI: --sarif-root); absent: the report's paths as they are. */
  root?: SarifRoot;
  /** Override GitHub's limits (tests); the defaults are GITHUB_SARIF_LIMITS. */
  limits?: Partial<Record<keyof typeof GITHUB_SARIF_LIMITS, number>>;
}

type SarifLimits = Record<keyof typeof GITHUB_SARIF_LIMITS, number>;

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'piplAuditFingerprint/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub reads `security-severity` (0–10) to rank alerts: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
/**
 * SARIF 2.1.0 §3.27.9: "open" — the rule was evaluated and there was insufficient information to
 * decide (a NOT_EVALUATED finding names the fact to state); "review" — a human must decide (a
 * MANUAL finding carries the check). "notApplicable" is a rule that does not apply to the target:
 * such rules list no finding (they are counted per rule as notApplicable).
 */
const KIND = { FAIL: 'fail', NOT_EVALUATED: 'open', MANUAL: 'review', PASS: 'pass' } as const;
/** Room kept for the notifications saying what was left out, in compressed bytes. */
const NOTICE_ROOM = 16_384;

export function renderSarif(report: AuditReport, options: SarifOptions): string {
  return [...renderSarifChunks(report, options)].join('');
}

const RESULTS_PLACEHOLDER = '\u0000results\u0000';

/**
 * The SARIF log in pieces: everything but the results is serialised at once, the results one at
 * a time in its place, so a national-scale log is never one giant string. The pieces
 * concatenate to exactly JSON.stringify(log, null, 2) + '\n'.
 */
export function* renderSarifChunks(report: AuditReport, options: SarifOptions): Generator<string> {
  const { lang, root } = options;
  const limits: SarifLimits = { ...GITHUB_SARIF_LIMITS, ...(options.limits ?? {}) };
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const fallbackFile = report.inputs[0]?.path;
  // The documentation base: the project's or command line's (docsUrl, --docs-url), else package.json's homepage.
  const docs = report.tool.documentation ?? DEFAULT_DOCUMENTATION_BASE;
  // Known findings (a baseline's) are kept as unchanged results: left out, code scanning would close their alerts.
  const findings = report.knownFindings && report.knownFindings.length > 0 ? [...report.findings, ...report.knownFindings] : report.findings;
  // When exceptions were applied every result says whether it is suppressed (§3.27.23: all or none).
  const suppressionsKnown = report.exceptions !== undefined || findings.some((f) => f.suppression);
  const context: ResultContext = { ruleIndex, fallbackFile, lang, root, suppressionsKnown, maxRelated: limits.locationsPerResult };
  const serialise = (f: ReportFinding) => JSON.stringify(sarifResult(f, context).result, null, 2);

  const frame = (notifications: Notification[]) => {
    const run = {
      tool: {
        driver: {
          name: report.tool.name,
          version: report.tool.version,
          semanticVersion: report.tool.version,
          informationUri: docs,
          rules: report.rules.map((r) => sarifRule(r, lang, limits.tagsPerRule, docs)),
        },
      },
      invocations: [invocation(report, lang, root, notifications)],
      ...(root ? { originalUriBaseIds: originalUriBaseIds(root) } : {}),
      results: RESULTS_PLACEHOLDER,
      columnKind: 'utf16CodeUnits',
      properties: {
        asOf: report.asOf,
        ...(report.system ? { system: report.system } : {}),
        summary: report.summary,
        ...(report.baseline ? { baseline: report.baseline } : {}),
        ...(report.gate ? { gate: report.gate } : {}),
      },
    };
    return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
  };

  // Which results fit GitHub's limits: decided before anything is written, in keep order.
  const budget = limits.compressedBytes - compressedSize(frame([])) - NOTICE_ROOM;
  const kept = selectResults(findings, serialise, budget, limits.resultsPerRun);
  let cutRelated = 0;
  for (const [i, f] of findings.entries()) if (kept[i] && relatedCount(f) > limits.locationsPerResult) cutRelated++;
  const notices = limitNotices(findings, kept, cutRelated, limits, lang);

  const text = frame(notices);
  const marker = JSON.stringify(RESULTS_PLACEHOLDER);
  const at = text.indexOf(marker);
  yield text.slice(0, at);
  const keyIndent = at - text.lastIndexOf('\n', at) - 1 - '"results": '.length;
  const itemIndent = ' '.repeat(keyIndent + 2);
  const last = kept.lastIndexOf(1);
  if (last < 0) yield '[]';
  else {
    yield '[\n';
    for (const [i, f] of findings.entries()) {
      if (!kept[i]) continue;
      yield `${itemIndent}${serialise(f).replace(/\n/g, '\n' + itemIndent)}${i < last ? ',' : ''}\n`;
    }
    yield `${' '.repeat(keyIndent)}]`;
  }
  yield text.slice(at + marker.length);
}

function sarifRule(rule: ReportRule, lang: Lang, maxTags: number, docs: string) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const instruments = [...new Set(rule.basis.map((b) => b.instrument))];
  const helpUri = ruleDocumentationUri(rule.id, rule.pack, docs);
  return {
    id: rule.id,
    shortDescription: { text: pick(rule.title, lang) },
    fullDescription: { text: `${pick(rule.title, lang)} / ${pick(rule.title, other)}` },
    ...(helpUri ? { helpUri } : {}),
    help: {
      text: `${pick(rule.remediation, lang)}\n\n${lang === 'zh' ? '依据' : 'Basis'}: ${rule.basis.map((b) => basisText(b, lang)).join('; ')}`,
      markdown: [lang, other].map((l) => helpMarkdown(rule, l)).join('\n\n---\n\n'),
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [...new Set(['privacy', 'security', 'pipl', rule.theme, rule.severity, ...instruments])].slice(0, maxTags),
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
      severity: rule.severity,
      theme: rule.theme,
      pack: rule.pack,
      basis: rule.basis,
      ...(rule.cases.length > 0 ? { cases: rule.cases } : {}),
    },
  };
}

function helpMarkdown(rule: ReportRule, lang: Lang): string {
  const zh = lang === 'zh';
  return [
    `**${rule.id} ${pick(rule.title, lang)}** (${severityName(rule.severity, lang)})`,
    '',
    `${zh ? '整改' : 'Fix'}: ${pick(rule.remediation, lang)}`,
    '',
    `${zh ? '依据' : 'Basis'}:`,
    ...rule.basis.map((b) => `- ${basisText(b, lang)}`),
  ].join('\n');
}

interface ResultContext {
  ruleIndex: Map<string, number>;
  fallbackFile: string | undefined;
  lang: Lang;
  root: SarifRoot | undefined;
  suppressionsKnown: boolean;
  maxRelated: number;
}

function relatedCount(f: ReportFinding): number {
  let n = Math.max(0, f.evidence.length - 1);
  for (const member of f.members?.items ?? []) n += member.evidence.length;
  for (const aspect of f.aspects ?? []) n += aspect.evidence.length;
  return n;
}

function sarifResult(f: ReportFinding, { ruleIndex, fallbackFile, lang, root, suppressionsKnown, maxRelated }: ResultContext) {
  const status = f.suppression?.status ?? (f.status === 'SUPPRESSED' ? 'FAIL' : f.status);
  const kind = KIND[status];
  const reason = f.reason ? ` — ${pick(f.reason, lang)}` : '';
  const at = (e: ReportFinding['evidence'][number]) => location(e, root);
  const [first, ...rest] = f.evidence.map(at);
  // A grouped finding keeps every member: each is a related location, its message naming the item.
  for (const member of f.members?.items ?? []) {
    for (const e of member.evidence) {
      if (rest.length >= maxRelated) break;
      rest.push({ ...at(e), message: { text: member.label } });
    }
  }
  // Other rules' FAILs folded in as aspects of the same cause: each place, its message naming the rule.
  for (const aspect of f.aspects ?? []) {
    for (const e of aspect.evidence) {
      if (rest.length >= maxRelated) break;
      rest.push({ ...at(e), message: { text: `${aspect.ruleId}: ${pick(aspect.message, lang)}` } });
    }
  }
  const total = relatedCount(f);
  const related = rest.slice(0, maxRelated);
  const omitted = total - related.length;
  const primary = first ?? (fallbackFile !== undefined ? { physicalLocation: { artifactLocation: artifactLocation(fallbackFile, root) } } : undefined);
  const omittedText = omitted > 0 ? (lang === 'zh' ? `（另有 ${omitted} 处位置未列出，见 JSON 报告）` : ` (${omitted} more locations in the JSON report)`) : '';
  const result = {
    ruleId: f.ruleId,
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    kind,
    level: kind === 'fail' ? LEVEL[f.severity] : 'none',
    message: { text: `${pick(f.message, lang)}${reason}${omittedText}` },
    ...(primary ? { locations: [primary] } : {}),
    ...(related.length > 0 ? { relatedLocations: related.map((l, i) => ({ id: i + 1, ...l })) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${f.suppression.reason} (${lang === 'zh' ? '批准' : 'approved by'} ${f.suppression.approver}${f.suppression.reference ? `, ${f.suppression.reference}` : ''}; ${lang === 'zh' ? '有效期至' : 'expires'} ${f.suppression.expires})`,
              properties: { ...f.suppression },
            },
          ],
        }
      : suppressionsKnown
        ? { suppressions: [] }
        : {}),
    properties: {
      status: f.status,
      severity: f.severity,
      theme: f.theme,
      target: f.target,
      ...(f.members ? { members: f.members.count } : {}),
      ...(f.aspects ? { aspects: f.aspects.map((a) => ({ ruleId: a.ruleId, severity: a.severity, fingerprint: a.fingerprint })) } : {}),
      ...(omitted > 0 ? { relatedLocationsOmitted: omitted } : {}),
    },
  };
  return { result };
}

type Location = { physicalLocation: object; logicalLocations?: object[]; message?: { text: string } };

function location(e: ReportFinding['evidence'][number], root: SarifRoot | undefined): Location {
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(e.file, root),
      ...(e.line ? { region: { startLine: e.line, ...(e.column ? { startColumn: e.column } : {}) } } : {}),
    },
    ...(e.pointer ? { logicalLocations: [{ fullyQualifiedName: e.pointer }] } : {}),
  };
}

interface Notification {
  level: string;
  message: { text: string };
  locations: object[];
}

/** What GitHub's limits made us leave out, said in the run (and so on the code scanning tool status page). */
function limitNotices(findings: readonly ReportFinding[], kept: Uint8Array, cutRelated: number, limits: SarifLimits, lang: Lang): Notification[] {
  const out: Notification[] = [];
  const zh = lang === 'zh';
  const left = findings.filter((_, i) => !kept[i]);
  if (left.length > 0) {
    const groups = new Map<string, number>();
    for (const f of left) {
      const key = `${statusName(f.status, lang)} ${severityName(f.severity, lang)}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    const detail = [...groups].map(([k, n]) => `${n} ${k}`).join(zh ? '，' : ', ');
    const unchanged = left.filter((f) => f.baselineState === 'unchanged').length;
    out.push({
      level: 'warning',
      message: {
        text: zh
          ? `GitHub 代码扫描每次运行最多接受 ${limits.resultsPerRun} 条结果、压缩后 ${limits.compressedBytes / 1_000_000} MB：${findings.length} 条中留下最严重的 ${findings.length - left.length} 条，未列出 ${left.length} 条（${detail}）${unchanged > 0 ? `，其中 ${unchanged} 条基线已知，其告警将被关闭` : ''}。完整发现见 JSON 报告。`
          : `GitHub code scanning accepts at most ${limits.resultsPerRun} results per run and ${limits.compressedBytes / 1_000_000} MB compressed: of ${findings.length} results the ${findings.length - left.length} most severe are kept and ${left.length} left out (${detail})${unchanged > 0 ? `; ${unchanged} of them are known to the baseline and their alerts will close` : ''}. The JSON report has every finding.`,
      },
      locations: [],
    });
  }
  if (cutRelated > 0) {
    out.push({
      level: 'note',
      message: {
        text: zh
          ? `${cutRelated} 条结果的相关位置超过 ${limits.locationsPerResult} 处（分组发现的成员），每条只列前 ${limits.locationsPerResult} 处；完整列表见 JSON 报告。`
          : `${cutRelated} result${cutRelated === 1 ? ' has' : 's have'} more than ${limits.locationsPerResult} related locations (a grouped finding's members): the first ${limits.locationsPerResult} of each are kept; the JSON report lists them all.`,
      },
      locations: [],
    });
  }
  return out;
}

function invocation(report: AuditReport, lang: Lang, root: SarifRoot | undefined, limitNotifications: Notification[]) {
  const configuration = (report.exceptions ?? [])
    .filter((e) => e.state !== 'active')
    .map((e) => ({
      level: 'warning',
      message: {
        text:
          e.state === 'expired'
            ? lang === 'zh'
              ? `豁免 ${e.id}（${e.rule} ${e.target}）已于 ${e.expires} 到期，不再生效`
              : `exception ${e.id} (${e.rule} ${e.target}) expired on ${e.expires} and no longer suppresses`
            : lang === 'zh'
              ? `豁免 ${e.id}（${e.rule} ${e.target}）未匹配任何发现`
              : `exception ${e.id} (${e.rule} ${e.target}) matched no finding`,
      },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, root), ...(e.line ? { region: { startLine: e.line } } : {}) } }],
    }));
  for (const notice of gateNotices(report)) configuration.push({ level: 'warning', message: { text: pick(notice.text, lang) }, locations: [] });
  const execution: Notification[] = report.diagnostics.map((d) => ({
    level: d.severity === 'error' ? 'error' : 'warning',
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file, root), ...(d.line ? { region: { startLine: d.line, ...(d.column ? { startColumn: d.column } : {}) } } : {}) } }],
  }));
  // Export objects the mapping did not tie to the manifest: said in the log, never silently dropped.
  for (const note of report.coverage) {
    execution.push({
      level: 'note',
      message: {
        text: lang === 'zh' ? `未映射到清单的导出对象：${coverageKindName(note.kind, lang)} ${coverageNameText(note, lang)}（${coverageNoteText(note, lang)}）` : `not mapped to the manifest: ${note.kind} ${note.name} (${note.note})`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(note.file, root),
            ...(note.line ? { region: { startLine: note.line, ...(note.column ? { startColumn: note.column } : {}) } } : {}),
          },
        },
      ],
    });
  }
  execution.push(...limitNotifications);
  return {
    executionSuccessful: true,
    ...(configuration.length > 0 ? { toolConfigurationNotifications: configuration } : {}),
    ...(execution.length > 0 ? { toolExecutionNotifications: execution } : {}),
  };
}
