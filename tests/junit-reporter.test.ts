// JUnit XML: well formed, one test case per rule × target, failures carrying the message.
import { describe, expect, it } from 'vitest';
import { applyExceptions } from '../src/exceptions/apply-exceptions.js';
import { renderJunit } from '../src/report/junit-reporter.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { courierReport } from './support/courier-report.js';
import { descendants, parseXml } from './support/parse-xml.js';

describe('JUnit reporter', () => {
  it('the XML checker rejects what is not well formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>fish & chips</a>')).toThrow();
    expect(parseXml('<a x="&lt;&amp;">t&#39;</a>').attributes.x).toBe('<&');
  });

  it('renders one well-formed test case per rule and target, a failure per FAIL with its message', async () => {
    const report = await courierReport();
    const root = parseXml(renderJunit(report, { lang: 'en' }));
    expect(root.name).toBe('testsuites');
    const suites = descendants(root, 'testsuite');
    expect(suites).toHaveLength(report.rules.length);
    const cases = descendants(root, 'testcase');
    const ids = cases.map((c) => `${c.attributes.classname}\0${c.attributes.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    // Every listed finding is its own case, named by rule and target.
    for (const f of report.findings) {
      const matching = cases.filter((c) => c.attributes.classname === f.ruleId && (c.attributes.name === `${f.ruleId} ${f.target.label}` || c.attributes.name === `${f.ruleId} ${f.target.label} [${f.target.key}]`));
      expect(matching, `${f.ruleId} ${f.target.label}`).toHaveLength(1);
      // The case points at the finding's first evidence place, as CI test views expect.
      expect(matching[0]?.attributes.file).toBe(f.evidence[0]?.file);
      expect(matching[0]?.attributes.line).toBe(f.evidence[0]?.line === undefined ? undefined : String(f.evidence[0].line));
      const failure = matching[0]?.children.find((c) => c.name === 'failure');
      if (f.status === 'FAIL') {
        expect(failure?.attributes.message).toBe(f.message.en);
        expect(failure?.attributes.type).toBe(f.severity);
        expect(failure?.text).toContain(f.fingerprint);
      } else {
        expect(failure).toBeUndefined();
        expect(matching[0]?.children.some((c) => c.name === 'skipped')).toBe(true);
      }
    }
    const failures = cases.filter((c) => c.children.some((x) => x.name === 'failure'));
    // One case per finding: a grouped finding (one cause, many items) is one failure.
    const failing = report.findings.filter((f) => f.status === 'FAIL').length;
    expect(failures).toHaveLength(failing);
    expect(Number(root.attributes.failures)).toBe(failing);
    expect(Number(root.attributes.tests)).toBe(cases.length);
    // A rule with no listed finding still shows up: as its counted passes or as not applicable.
    const silent = report.rules.filter((r) => !report.findings.some((f) => f.ruleId === r.id));
    for (const rule of silent) expect(cases.some((c) => c.attributes.classname === rule.id)).toBe(true);
  });

  it('names the cases in the report language: a grouped cause in Chinese under zh, the classname and the target key unchanged', async () => {
    const base = await courierReport();
    const first = base.findings.find((f) => f.status === 'FAIL') as AuditReport['findings'][number];
    const grouped: AuditReport = { ...base, findings: [{ ...first, target: { key: 'k-1', label: 'account.mfa = (not stated), account.kind = personal' } }] };
    const zh = descendants(parseXml(renderJunit(grouped, { lang: 'zh' })), 'testcase').find((c) => c.attributes.classname === first.ruleId);
    expect(zh?.attributes.name).toBe(`${first.ruleId} account.mfa = （未说明），account.kind = personal`);
    const en = descendants(parseXml(renderJunit(grouped, { lang: 'en' })), 'testcase').find((c) => c.attributes.classname === first.ruleId);
    expect(en?.attributes.name).toBe(`${first.ruleId} account.mfa = (not stated), account.kind = personal`);
    // Two findings with one label: the stable target key tells them apart in both languages.
    const twice: AuditReport = { ...grouped, findings: [grouped.findings[0]!, { ...grouped.findings[0]!, target: { key: 'k-2', label: grouped.findings[0]!.target.label } }] };
    const names = descendants(parseXml(renderJunit(twice, { lang: 'zh' })), 'testcase').filter((c) => c.attributes.classname === first.ruleId).map((c) => c.attributes.name);
    expect(names).toEqual([`${first.ruleId} account.mfa = （未说明），account.kind = personal [k-1]`, `${first.ruleId} account.mfa = （未说明），account.kind = personal [k-2]`]);
  });

  it('escapes markup in targets and messages, and shows a suppressed finding as skipped with its reason', async () => {
    const base = await courierReport();
    const first = base.findings[0] as AuditReport['findings'][number];
    const tricky: AuditReport = { ...base, findings: [{ ...first, target: { key: first.target.key, label: 'a<b>&"c"' }, message: { zh: '<x>', en: 'say "hi" & <bye>\u0001' } }] };
    const root = parseXml(renderJunit(tricky, { lang: 'en' }));
    const failure = descendants(root, 'failure')[0];
    expect(failure?.attributes.message).toBe('say "hi" & <bye>');
    expect(descendants(root, 'testcase').some((c) => c.attributes.name?.endsWith('a<b>&"c"'))).toBe(true);

    const suppressed = applyExceptions(base, [{ id: 'EX-9', file: 'x.yaml', rule: first.ruleId, target: first.target.key, reason: 'accepted until the migration', approver: 'DPO', expires: '2099-01-01' }]);
    const skipped = descendants(parseXml(renderJunit(suppressed, { lang: 'en' })), 'testcase').find((c) => c.attributes.name === `${first.ruleId} ${first.target.label}`);
    expect(skipped?.children[0]?.name).toBe('skipped');
    expect(skipped?.children[0]?.attributes.message).toContain('accepted until the migration');
  });
});
