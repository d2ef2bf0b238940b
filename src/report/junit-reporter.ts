// JUnit XML, for CI systems that show test results: one test suite per rule, one test case per
// rule × target. A FAIL is a <failure> carrying the message, evidence and fix (and the other
// rules' FAILs folded into it as aspects of one cause); NOT_EVALUATED,
// MANUAL and SUPPRESSED are <skipped> with the reason; passes the report only counts become one
// passing case per rule ("N items comply").
import { pick, type Lang } from '../i18n/bilingual.js';
import { targetLabelText } from '../i18n/target-label-text.js';
import { basisText } from './basis-text.js';
import { evidencePlace } from './evidence-place.js';
import { gateNotices } from './gate-notices.js';
import { escapeMarkup as x } from './markup-escape.js';
import type { AuditReport, ReportFinding, ReportRule } from './report-schema.js';
import { severityName, statusName } from './severity-label.js';
import { aspectsHeading } from './aspect-heading.js';

export interface JunitOptions {
  lang: Lang;
}

export function renderJunit(report: AuditReport, options: JunitOptions): string {
  return [...renderJunitChunks(report, options)].join('');
}

/** The document in pieces: the totals first (counted without rendering), then one suite at a time. */
export function* renderJunitChunks(report: AuditReport, { lang }: JunitOptions): Generator<string> {
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of report.findings) {
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  const counts = report.rules.map((rule) => suiteCounts(rule, byRule.get(rule.id) ?? []));
  const total = (key: keyof SuiteCounts) => counts.reduce((n, c) => n + (c[key] as number), 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="pipl-audit ${x(report.tool.version)}" tests="${total('tests')}" failures="${total('failures')}" errors="0" skipped="${total('skipped')}" time="0">\n`;
  const notices = gateNotices(report);
  if (notices.length > 0) {
    // What switched parts of the gate off, as properties of a suite of no test (JUnit has no
    // document-level properties): disabled rules one by one, and every gate notice.
    const props = [
      ...(report.gate?.disabledRules ?? []).map((r) => `      <property name="disabled-rule" value="${x(r.id)}"/>`),
      ...notices.map((n) => `      <property name="gate-warning" value="${x(pick(n.text, lang))}"/>`),
    ];
    yield `  <testsuite name="pipl-audit.gate" tests="0" failures="0" errors="0" skipped="0" time="0">
    <properties>
${props.join('\n')}
    </properties>
  </testsuite>
`;
  }
  for (const [i, rule] of report.rules.entries()) yield suite(rule, byRule.get(rule.id) ?? [], counts[i] as SuiteCounts, lang) + '\n';
  yield '</testsuites>\n';
}

interface SuiteCounts {
  tests: number;
  failures: number;
  skipped: number;
  /** Passes the report counts but does not list: one passing case for all of them. */
  countedPasses: number;
}

function suiteCounts(rule: ReportRule, findings: ReportFinding[]): SuiteCounts {
  const failures = findings.filter((f) => f.status === 'FAIL').length;
  const listedPasses = findings.filter((f) => f.status === 'PASS').length;
  const countedPasses = Math.max(0, rule.counts.PASS - listedPasses);
  const notApplicable = findings.length === 0 && countedPasses === 0 ? 1 : 0;
  return {
    tests: findings.length + (countedPasses > 0 ? 1 : 0) + notApplicable,
    failures,
    skipped: findings.length - failures - listedPasses + notApplicable,
    countedPasses,
  };
}

function suite(rule: ReportRule, findings: ReportFinding[], counts: SuiteCounts, lang: Lang): string {
  const cases: string[] = [];
  const title = pick(rule.title, lang);
  // Two items may share a label (one grant read from two exports): their keys tell them apart.
  const labelCount = new Map<string, number>();
  for (const f of findings) labelCount.set(f.target.label, (labelCount.get(f.target.label) ?? 0) + 1);
  for (const f of findings) {
    // The case's name in the report's language (a grouped cause reads `account.mfa = （未说明）`
    // in Chinese), like every other text of the report. CI systems key a case's history on
    // classname + name: the classname stays the rule id, and the name is the same on every run
    // in one language (a team audits in one language; switching it renames the cases once, as
    // renaming a test would). The target key, the id that never changes, is kept where two labels
    // collide.
    const label = targetLabelText(f.target, lang);
    const name = (labelCount.get(f.target.label) ?? 0) > 1 ? `${rule.id} ${label} [${f.target.key}]` : `${rule.id} ${label}`;
    // `file` and `line` (read by GitLab, Jenkins and the JUnit XML dialects of most CI systems)
    // point at the finding's first evidence place.
    const place = f.evidence[0];
    const at = place ? ` file="${x(place.file)}"${place.line ? ` line="${place.line}"` : ''}` : '';
    const open = `    <testcase classname="${x(rule.id)}" name="${x(name)}"${at} time="0">`;
    if (f.status === 'PASS') {
      cases.push(`    <testcase classname="${x(rule.id)}" name="${x(name)}"${at} time="0"/>`);
    } else if (f.status === 'FAIL') {
      cases.push(open, `      <failure message="${x(pick(f.message, lang))}" type="${x(f.severity)}">${x(details(rule, f, lang))}</failure>`, '    </testcase>');
    } else {
      const why = f.suppression
        ? `${statusName('SUPPRESSED', lang)}: ${f.suppression.reason} (${f.suppression.approver}${f.suppression.reference ? `, ${f.suppression.reference}` : ''}; ${lang === 'zh' ? '有效期至' : 'expires'} ${f.suppression.expires})`
        : `${statusName(f.status, lang)}: ${pick(f.reason ?? f.message, lang)}`;
      cases.push(open, `      <skipped message="${x(why)}"/>`, '    </testcase>');
    }
  }
  const n = counts.countedPasses;
  if (n > 0) {
    cases.push(`    <testcase classname="${x(rule.id)}" name="${x(`${rule.id} ${lang === 'zh' ? `${n} 项合规` : `${n} item(s) comply`}`)}" time="0"/>`);
  }
  if (cases.length === 0) {
    cases.push(
      `    <testcase classname="${x(rule.id)}" name="${x(`${rule.id} ${lang === 'zh' ? '不适用' : 'not applicable'}`)}" time="0">`,
      `      <skipped message="${x(lang === 'zh' ? '没有本规则适用的对象' : 'no item this rule applies to')}"/>`,
      '    </testcase>',
    );
  }
  return [
    `  <testsuite name="${x(`${rule.id} ${title}`)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`,
    '    <properties>',
    `      <property name="severity" value="${x(rule.severity)}"/>`,
    `      <property name="theme" value="${x(rule.theme)}"/>`,
    `      <property name="basis" value="${x(rule.basis.map((b) => basisText(b, lang)).join('; '))}"/>`,
    ...(rule.counts.known ? [`      <property name="known" value="${rule.counts.known}"/>`] : []),
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function details(rule: ReportRule, f: ReportFinding, lang: Lang): string {
  const zh = lang === 'zh';
  return [
    pick(f.message, lang),
    `${zh ? '依据' : 'basis'}: ${rule.basis.map((b) => basisText(b, lang)).join('; ')}`,
    ...f.evidence.map((e) => `${zh ? '证据' : 'at'} ${evidencePlace(e)} ${e.pointer}`),
    `${zh ? '整改' : 'fix'}: ${pick(rule.remediation, lang)}`,
    `fingerprint: ${f.fingerprint}`,
    // Other rules' FAILs folded into this one (one cause): each with its message, places and fingerprint.
    ...(f.aspects && f.aspects.length > 0
      ? [
          `${aspectsHeading(f.aspects, lang)}:`,
          ...f.aspects.flatMap((a) => [
            `- ${a.ruleId} (${severityName(a.severity, lang)}): ${pick(a.message, lang)}`,
            ...a.evidence.map((e) => `  ${zh ? '证据' : 'at'} ${evidencePlace(e)} ${e.pointer}`),
            `  fingerprint: ${a.fingerprint}`,
          ]),
        ]
      : []),
  ].join('\n');
}

