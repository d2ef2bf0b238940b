// JUnit XML, for CI systems that show test results: one test suite per rule, one test case per
// rule × target. A FAIL is a <failure> carrying the message, evidence and fix; NOT_EVALUATED,
// MANUAL and SUPPRESSED are <skipped> with the reason; passes the report only counts become one
// passing case per rule ("N items comply").
import { pick, type Lang } from '../i18n/bilingual.js';
import { basisText } from './basis-text.js';
import { evidencePlace } from './evidence-place.js';
import { escapeMarkup as x } from './markup-escape.js';
import type { AuditReport, ReportFinding, ReportRule } from './report-schema.js';
import { statusName } from './severity-label.js';

export interface JunitOptions {
  lang: Lang;
}

export function renderJunit(report: AuditReport, { lang }: JunitOptions): string {
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of report.findings) {
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  const suites = report.rules.map((rule) => suite(rule, byRule.get(rule.id) ?? [], lang));
  const total = sum(suites, 'tests');
  const failures = sum(suites, 'failures');
  const skipped = sum(suites, 'skipped');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pipl-audit ${x(report.tool.version)}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  skipped: number;
}

function suite(rule: ReportRule, findings: ReportFinding[], lang: Lang): Suite {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  const title = pick(rule.title, lang);
  for (const f of findings) {
    const name = `${rule.id} ${f.target.label}`;
    const open = `    <testcase classname="${x(rule.id)}" name="${x(name)}" time="0">`;
    if (f.status === 'PASS') {
      cases.push(`    <testcase classname="${x(rule.id)}" name="${x(name)}" time="0"/>`);
    } else if (f.status === 'FAIL') {
      failures++;
      cases.push(open, `      <failure message="${x(pick(f.message, lang))}" type="${x(f.severity)}">${x(details(rule, f, lang))}</failure>`, '    </testcase>');
    } else {
      skipped++;
      const why = f.suppression
        ? `${statusName('SUPPRESSED', lang)}: ${f.suppression.reason} (${f.suppression.approver}${f.suppression.reference ? `, ${f.suppression.reference}` : ''}; ${lang === 'zh' ? '有效期至' : 'expires'} ${f.suppression.expires})`
        : `${statusName(f.status, lang)}: ${pick(f.reason ?? f.message, lang)}`;
      cases.push(open, `      <skipped message="${x(why)}"/>`, '    </testcase>');
    }
  }
  const listedPasses = findings.filter((f) => f.status === 'PASS').length;
  const countedPasses = rule.counts.PASS - listedPasses;
  if (countedPasses > 0) {
    cases.push(`    <testcase classname="${x(rule.id)}" name="${x(`${rule.id} ${lang === 'zh' ? `${countedPasses} 项合规` : `${countedPasses} item(s) comply`}`)}" time="0"/>`);
  }
  if (cases.length === 0) {
    skipped++;
    cases.push(
      `    <testcase classname="${x(rule.id)}" name="${x(`${rule.id} ${lang === 'zh' ? '不适用' : 'not applicable'}`)}" time="0">`,
      `      <skipped message="${x(lang === 'zh' ? '没有本规则适用的对象' : 'no item this rule applies to')}"/>`,
      '    </testcase>',
    );
  }
  const tests = findings.length + (countedPasses > 0 ? 1 : 0) + (findings.length === 0 && countedPasses <= 0 ? 1 : 0);
  const xml = [
    `  <testsuite name="${x(`${rule.id} ${title}`)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    '    <properties>',
    `      <property name="severity" value="${x(rule.severity)}"/>`,
    `      <property name="theme" value="${x(rule.theme)}"/>`,
    `      <property name="basis" value="${x(rule.basis.map((b) => basisText(b, lang)).join('; '))}"/>`,
    ...(rule.counts.known ? [`      <property name="known" value="${rule.counts.known}"/>`] : []),
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { xml, tests, failures, skipped };
}

function details(rule: ReportRule, f: ReportFinding, lang: Lang): string {
  const zh = lang === 'zh';
  return [
    pick(f.message, lang),
    `${zh ? '依据' : 'basis'}: ${rule.basis.map((b) => basisText(b, lang)).join('; ')}`,
    ...f.evidence.map((e) => `${zh ? '证据' : 'at'} ${evidencePlace(e)} ${e.pointer}`),
    `${zh ? '整改' : 'fix'}: ${pick(rule.remediation, lang)}`,
    `fingerprint: ${f.fingerprint}`,
  ].join('\n');
}

function sum(suites: Suite[], key: 'tests' | 'failures' | 'skipped'): number {
  return suites.reduce((n, s) => n + s[key], 0);
}
