// SARIF 2.1.0, for GitHub code scanning and other SARIF consumers: rules with bilingual help,
// legal basis and severity in properties and tags; one result per listed finding with its
// evidence as physical (file, line, column) and logical (JSON pointer) locations, our
// fingerprint as partialFingerprints, and suppressed findings kept with their `suppressions`.
// It renders the report; it decides nothing.
import { gateNotices } from './gate-notices.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import type { Severity } from '../rules/rule-schema.js';
import { basisText } from './basis-text.js';
import type { AuditReport, ReportFinding, ReportRule } from './report-schema.js';
import { severityName } from './severity-label.js';

export interface SarifOptions {
  lang: Lang;
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'piplAuditFingerprint/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub reads `security-severity` (0–10) to rank alerts: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const KIND = { FAIL: 'fail', NOT_EVALUATED: 'open', MANUAL: 'review', PASS: 'pass' } as const;

export function renderSarif(report: AuditReport, options: SarifOptions): string {
  return [...renderSarifChunks(report, options)].join('');
}

const RESULTS_PLACEHOLDER = '\u0000results\u0000';

/**
 * The SARIF log in pieces: everything but the results is serialised at once, the results one at
 * a time in its place, so a national-scale log is never one giant string. The pieces
 * concatenate to exactly JSON.stringify(log, null, 2) + '\n'.
 */
export function* renderSarifChunks(report: AuditReport, { lang }: SarifOptions): Generator<string> {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const fallbackFile = report.inputs[0]?.path;
  const run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        rules: report.rules.map((r) => sarifRule(r, lang)),
      },
    },
    invocations: [invocation(report, lang)],
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
  const text = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
  const marker = JSON.stringify(RESULTS_PLACEHOLDER);
  const at = text.indexOf(marker);
  yield text.slice(0, at);
  const keyIndent = at - text.lastIndexOf('\n', at) - 1 - '"results": '.length;
  const itemIndent = ' '.repeat(keyIndent + 2);
  if (report.findings.length === 0) yield '[]';
  else {
    yield '[\n';
    for (const [i, f] of report.findings.entries()) {
      const json = JSON.stringify(sarifResult(f, ruleIndex.get(f.ruleId), fallbackFile, lang), null, 2).replace(/\n/g, '\n' + itemIndent);
      yield `${itemIndent}${json}${i < report.findings.length - 1 ? ',' : ''}\n`;
    }
    yield `${' '.repeat(keyIndent)}]`;
  }
  yield text.slice(at + marker.length);
}

function sarifRule(rule: ReportRule, lang: Lang) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const instruments = [...new Set(rule.basis.map((b) => b.instrument))];
  return {
    id: rule.id,
    shortDescription: { text: pick(rule.title, lang) },
    fullDescription: { text: `${pick(rule.title, lang)} / ${pick(rule.title, other)}` },
    help: {
      text: `${pick(rule.remediation, lang)}\n\n${lang === 'zh' ? '依据' : 'Basis'}: ${rule.basis.map((b) => basisText(b, lang)).join('; ')}`,
      markdown: [lang, other].map((l) => helpMarkdown(rule, l)).join('\n\n---\n\n'),
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['privacy', 'security', 'pipl', rule.theme, rule.severity, ...instruments],
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

function sarifResult(f: ReportFinding, ruleIndex: number | undefined, fallbackFile: string | undefined, lang: Lang) {
  const status = f.suppression?.status ?? (f.status === 'SUPPRESSED' ? 'FAIL' : f.status);
  const kind = KIND[status];
  const reason = f.reason ? ` — ${pick(f.reason, lang)}` : '';
  const [first, ...rest] = f.evidence.map(location);
  // A grouped finding keeps every member: each is a related location, its message naming the item.
  for (const member of f.members?.items ?? []) {
    for (const e of member.evidence) rest.push({ ...location(e), message: { text: member.label } });
  }
  const primary = first ?? (fallbackFile !== undefined ? { physicalLocation: { artifactLocation: artifact(fallbackFile) } } : undefined);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    kind,
    level: kind === 'fail' ? LEVEL[f.severity] : 'none',
    message: { text: `${pick(f.message, lang)}${reason}` },
    ...(primary ? { locations: [primary] } : {}),
    ...(rest.length > 0 ? { relatedLocations: rest.map((l, i) => ({ id: i + 1, ...l })) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
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
      : {}),
    properties: { status: f.status, severity: f.severity, theme: f.theme, target: f.target, ...(f.members ? { members: f.members.count } : {}) },
  };
}

function location(e: ReportFinding['evidence'][number]): { physicalLocation: object; logicalLocations?: object[]; message?: { text: string } } {
  return {
    physicalLocation: {
      artifactLocation: artifact(e.file),
      ...(e.line ? { region: { startLine: e.line, ...(e.column ? { startColumn: e.column } : {}) } } : {}),
    },
    ...(e.pointer ? { logicalLocations: [{ fullyQualifiedName: e.pointer }] } : {}),
  };
}

/** A relative path becomes a URI reference under the source root; an absolute one a file: URI. */
function artifact(path: string) {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function invocation(report: AuditReport, lang: Lang) {
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
      locations: [{ physicalLocation: { artifactLocation: artifact(e.file), ...(e.line ? { region: { startLine: e.line } } : {}) } }],
    }));
  for (const notice of gateNotices(report)) configuration.push({ level: 'warning', message: { text: pick(notice.text, lang) }, locations: [] });
  const execution: Array<{ level: string; message: { text: string }; locations: object[] }> = report.diagnostics.map((d) => ({
    level: d.severity === 'error' ? 'error' : 'warning',
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(d.file), ...(d.line ? { region: { startLine: d.line, ...(d.column ? { startColumn: d.column } : {}) } } : {}) } }],
  }));
  // Export objects the mapping did not tie to the manifest: said in the log, never silently dropped.
  for (const note of report.coverage) {
    execution.push({
      level: 'note',
      message: {
        text: lang === 'zh' ? `未映射到清单的导出对象：${note.kind} ${note.name}（${note.note}）` : `not mapped to the manifest: ${note.kind} ${note.name} (${note.note})`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(note.file),
            ...(note.line ? { region: { startLine: note.line, ...(note.column ? { startColumn: note.column } : {}) } } : {}),
          },
        },
      ],
    });
  }
  return {
    executionSuccessful: true,
    ...(configuration.length > 0 ? { toolConfigurationNotifications: configuration } : {}),
    ...(execution.length > 0 ? { toolExecutionNotifications: execution } : {}),
  };
}
