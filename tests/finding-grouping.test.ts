// One finding per cause: a rule with `groupBy` makes one finding per shared cause listing every
// item as a member (with the place it is stated at), fingerprinted by rule and cause so that it
// survives members coming, going and moving; the summary counts rules apart from items; the same
// grant stated by two sources is one finding citing both; verify follows a group's members.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import type { Finding } from '../src/findings/finding.js';
import { fingerprintOf } from '../src/findings/fingerprint.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { summaryLine } from '../src/report/text-reporter.js';
import { compareReports, indexReport } from '../src/verify/compare-reports.js';
import { courierReport } from './support/courier-report.js';
import { tempDir } from './support/temp-dir.js';

const PACK = {
  'pack/pack.yaml': 'name: group-pack\nversion: 0.0.1\ntitle: { zh: 测试, en: Test }\n',
  'pack/T-MFA-001.yaml': `id: T-MFA-001
title: { zh: 双因素, en: Second factor }
theme: credentials
severity: high
basis: [{ instrument: GB/T 22239-2019, provision: 8.1.4.1 d), kind: national-standard, verified: false }]
view: account
applies: { required: [active], properties: { active: { const: true } } }
require:
  properties:
    policy: { type: object, required: [mfa], properties: { mfa: { const: all } } }
evidence: [/policy/mfa]
groupBy: [/policy/id]
message: { zh: "账号 {account.id} 无第二因素", en: "Account {account.id} has no second factor" }
remediation: { zh: 要求双因素, en: Require a second factor }
`,
};

function manifest(order: number[]): string {
  const accounts = [
    '  - { id: agent-1, type: personal, credentialPolicy: agents }',
    '  - { id: agent-2, type: personal, credentialPolicy: agents }',
    '  - { id: agent-3, type: personal, credentialPolicy: agents }',
    '  - { id: admin-1, type: personal, credentialPolicy: admins }',
    '  - { id: strong-1, type: personal, credentialPolicy: strong }',
  ];
  return `apiVersion: pipl-audit/v1
credentialPolicies:
  - { id: agents, mfa: none }
  - { id: admins, mfa: privileged }
  - { id: strong, mfa: all }
accounts:
${order.map((i) => accounts[i]).join('\n')}
`;
}

async function run(order: number[]): Promise<AuditReport> {
  const dir = tempDir({ ...PACK, 'm.yaml': manifest(order) });
  return audit({ paths: ['m.yaml'], cwd: dir, packs: ['pack'], asOf: '2024-01-01' });
}

describe('groupBy: one finding per shared cause', () => {
  it('makes one FAIL per credential policy, listing every account with its line', async () => {
    const report = await run([0, 1, 2, 3, 4]);
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    expect(fails.map((f) => f.target.key).sort()).toEqual(['policy.id=admins', 'policy.id=agents']);
    const agents = fails.find((f) => f.target.key === 'policy.id=agents') as Finding;
    expect(agents.members?.count).toBe(3);
    expect(agents.members?.items.map((m) => m.key)).toEqual(['agent-1', 'agent-2', 'agent-3']);
    // Each member cites its own line in the manifest; the cause (the policy) is cited first.
    expect(agents.members?.items.map((m) => m.evidence[0]?.line)).toEqual([7, 8, 9]);
    expect(agents.evidence[0]).toMatchObject({ file: 'm.yaml', line: 3 });
    expect(agents.fingerprint).toBe(fingerprintOf('T-MFA-001', 'policy.id=agents'));
    expect(agents.message.en).toMatch(/^3 items with the same cause \(policy\.id = agents\); for example: Account agent-1 has no second factor/);
  });

  it('counts items per rule as before, and rules apart from items in the summary', async () => {
    const report = await run([0, 1, 2, 3, 4]);
    expect(report.rules.find((r) => r.id === 'T-MFA-001')?.counts).toMatchObject({ FAIL: 4, PASS: 1 });
    expect(report.summary).toMatchObject({ rulesFailed: 1, findingsFailed: 2 });
    expect(summaryLine(report, 'en')).toContain('1 rule failed (4 items in 2 findings: 2 high)');
    expect(summaryLine(report, 'zh')).toContain('1 条规则不合规（涉及 4 项，归为 2 个发现');
  });

  it('keeps the fingerprint of a cause when its members change or move', async () => {
    const all = await run([0, 1, 2, 3, 4]);
    const fewer = await run([4, 2, 3]);
    const print = (r: AuditReport) => r.findings.filter((f) => f.status === 'FAIL').map((f) => `${f.target.key} ${f.fingerprint}`).sort();
    expect(print(fewer)).toEqual(print(all));
    expect(fewer.findings.find((f) => f.target.key === 'policy.id=agents')?.members?.count).toBe(1);
  });
});

describe('the same grant stated by two sources', () => {
  it('is one PIPL-QRY-001 finding on courier before/, citing the Casbin line, the code’s definition and the route', async () => {
    const report = await courierReport();
    const qry = report.findings.filter((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL');
    expect(qry.map((f) => f.target.key)).toEqual(['outlet-supervisor>waybill-lookup']);
    const files = new Set(qry[0]?.evidence.map((e) => e.file));
    // Every source of the grant — the Casbin line, the accesscontrol definition and the route whose
    // role check and query show it (docs/code-scanning.md) — and the manifest that states the
    // interface facts its decision-table row rests on.
    expect(files).toEqual(new Set(['examples/courier/before/casbin/policy.csv', 'examples/courier/before/backend/src/access.ts', 'examples/courier/before/backend/src/waybills.ts', 'examples/courier/before/data.yaml']));
  });
});

describe('verify with grouped findings', () => {
  const group = (key: string, status: Finding['status'], members: string[]): Finding => ({
    ruleId: 'T-MFA-001',
    status,
    severity: 'high',
    theme: 'credentials',
    view: 'account',
    target: { key, label: key },
    message: { zh: 'x', en: 'x' },
    evidence: [],
    fingerprint: fingerprintOf('T-MFA-001', key),
    members: { count: members.length, items: members.map((m) => ({ key: m, label: m, evidence: [] })) },
  });
  const report = (findings: Finding[]) =>
    ({ rules: [{ id: 'T-MFA-001' }], findings }) as unknown as AuditReport;

  it('calls a group whose members still fail under another cause UNCHANGED, not RESOLVED and NEW', () => {
    const before = indexReport(report([group('policy.id=agents', 'FAIL', ['a1', 'a2'])]));
    const after = indexReport(report([group('policy.id=agents-v2', 'FAIL', ['a1', 'a2'])]));
    expect(compareReports(before, after).map((c) => c.change)).toEqual(['UNCHANGED']);
  });

  it('cannot tell when the members are no longer evaluated, and resolves when they pass', () => {
    const before = indexReport(report([group('policy.id=agents', 'FAIL', ['a1', 'a2'])]));
    const unknown = indexReport(report([group('policy.id=', 'NOT_EVALUATED', ['a1', 'a2'])]));
    expect(compareReports(before, unknown).map((c) => c.change)).toEqual(['NOT_COMPARABLE']);
    const passed = indexReport(report([group('policy.id=agents', 'PASS', ['a1', 'a2'])]));
    expect(compareReports(before, passed).map((c) => c.change)).toEqual(['RESOLVED']);
  });
});

describe('a cause stated only on some items (groupUnstated: apart): PIPL-QRY-012', () => {
  // Grants to children's data that state no approval are one NOT_EVALUATED for that unstated fact
  // (src/rules/unstated-cause.ts), keyed by the role while one role holds them all, every grant a
  // member; a grant whose approval is stated stays its own finding, as without groupBy, so its fold into PIPL-QRY-007 is unchanged.
  const manifest = `apiVersion: pipl-audit/v1
stores:
  - { id: children, kind: table, subjects: { kinds: [students], minorsUnder14: true }, fields: [{ name: child_name, category: identity.name }, { name: guardian_phone, category: contact.phone }] }
interfaces:
  - { id: roster, kind: list, store: children, returns: [child_name, guardian_phone] }
  - { id: pickup-list, kind: list, store: children, returns: [child_name, guardian_phone] }
  - { id: health-notes, kind: list, store: children, returns: [child_name] }
roles:
  - { id: teacher, kind: business, grants: [{ interface: roster, actions: [read], scope: unit }, { interface: pickup-list, actions: [read], scope: unit }, { interface: health-notes, actions: [read], scope: unit, approval: { required: false } }] }
  - { id: nurse, kind: business, grants: [{ interface: health-notes, actions: [read], scope: unit }] }
`;
  it('is one NOT_EVALUATED for the unstated approval, naming each role and listing each grant, and the stated-unapproved grant its own FAIL', async () => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest }), asOf: '2024-01-01', exceptions: false });
    const qry012 = report.findings.filter((f) => f.ruleId === 'PIPL-QRY-012').map((f) => [f.status, f.target.key, f.members?.items.map((m) => m.key).sort() ?? null]);
    expect(qry012.sort()).toEqual([
      ['FAIL', 'teacher>health-notes', null],
      ['NOT_EVALUATED', 'approvalUnstatedRole=*;unstated=/grant/approval | /interface/approval', ['nurse>health-notes', 'teacher>pickup-list', 'teacher>roster']],
    ]);
    const unstated = report.findings.find((f) => f.ruleId === 'PIPL-QRY-012' && f.status === 'NOT_EVALUATED');
    expect(unstated?.target.label).toBe('approvalUnstatedRole = teacher, nurse');
  });
  it('keeps the unstated approval of one role keyed by the role', async () => {
    const one = manifest.replace(/\n  - \{ id: nurse.*\n/, '\n');
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': one }), asOf: '2024-01-01', exceptions: false });
    expect(report.findings.filter((f) => f.ruleId === 'PIPL-QRY-012' && f.status === 'NOT_EVALUATED').map((f) => f.target.key)).toEqual(['approvalUnstatedRole=teacher']);
  });
});

describe('one unstated fact on an interface (PIPL-QRY-001 on an interface leaving lookupKeys out)', () => {
  // Every grant searching an interface that leaves lookupKeys out is NOT_EVALUATED for that one
  // missing key: one finding per interface, every grant a member. A grant on an interface that
  // states its keys keeps its own FAIL, and an own-scoped grant still passes on its own.
  const manifest = `apiVersion: pipl-audit/v1
stores:
  - { id: waybills, kind: table, fields: [{ name: waybill_no, category: logistics.waybill-number }, { name: recipient_name, category: identity.name }, { name: recipient_phone, category: contact.phone }] }
interfaces:
  - { id: lookup, kind: query-screen, store: waybills, returns: [waybill_no, recipient_name, recipient_phone], masked: [], trigger: none, rateLimit: none, logged: false }
  - { id: by-phone, kind: query-screen, store: waybills, lookupKeys: [recipient_phone], returns: [waybill_no, recipient_name, recipient_phone], masked: [], trigger: none, rateLimit: none, logged: false }
roles:
  - { id: supervisor, kind: business, grants: [{ interface: lookup, actions: [read], scope: any }, { interface: by-phone, actions: [read], scope: any }] }
  - { id: dispatcher, kind: business, grants: [{ interface: lookup, actions: [read], scope: unit }] }
  - { id: courier, kind: business, grants: [{ interface: lookup, actions: [read], scope: own }] }
`;
  it('is one NOT_EVALUATED per interface listing each grant; FAIL and PASS stay one per grant', async () => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest }), asOf: '2024-01-01', exceptions: false, includePassed: true });
    const qry001 = report.findings.filter((f) => f.ruleId === 'PIPL-QRY-001').map((f) => [f.status, f.target.key, f.members?.items.map((m) => m.key).sort() ?? null]);
    expect(qry001.sort()).toEqual([
      ['FAIL', 'supervisor>by-phone', null],
      ['NOT_EVALUATED', 'lookupKeysUnstatedInterface=lookup', ['dispatcher>lookup', 'supervisor>lookup']],
      ['PASS', 'courier>lookup', null],
    ]);
  });
});
