// One finding per cause in the query-rights rules: PIPL-QRY-003 groups the grants that take PI out
// through one interface without approval (the fix is on the interface), PIPL-QRY-007 the sensitive
// grants of one privileged role (the fix is the role's standing access). A baseline written before
// the grouping, which lists every grant's own fingerprint, still knows the group; verify's targets
// find a grouped grant finding through its members.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { applyBaseline } from '../src/baseline/apply-baseline.js';
import { fingerprintOf } from '../src/findings/fingerprint.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { findingConcerns } from '../src/verify/target-selector.js';
import { tempDir } from './support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: shop, name: { zh: 商城, en: Shop } }
stores:
  - id: members
    kind: table
    records: 200
    fields:
      - { name: name, category: identity.name }
      - { name: phone, category: contact.phone }
      - { name: diagnosis, category: health.diagnosis }
interfaces:
  - { id: member-export, kind: export, store: members, bulk: true, returns: [name, phone], masked: [], approval: { required: false }, watermark: false, logged: true, rowLimit: 100 }
  - { id: member-list, kind: list, store: members, returns: [name, phone, diagnosis], masked: [], logged: true, rowLimit: 50, approval: { required: false } }
  - { id: member-screen, kind: query-screen, store: members, returns: [name, diagnosis], masked: [], logged: true, approval: { required: true, reasonRequired: true } }
roles:
  - id: ops
    grants: [{ interface: member-export, actions: [export], scope: organization }]
  - id: analyst
    grants: [{ interface: member-export, actions: [export], scope: any }]
  - id: dba
    grants: [{ store: members, actions: [copy], scope: any, approval: { required: false } }]
  - id: sysadmin
    kind: admin
    grants:
      - { interface: member-list, actions: [read], scope: organization, approval: { required: false } }
      - { store: members, actions: [read, manage], scope: organization, approval: { required: false } }
      - { interface: member-screen, actions: [read], scope: organization }
`;

async function run(): Promise<AuditReport> {
  const dir = tempDir({ 'm.yaml': MANIFEST });
  return audit({ paths: ['m.yaml'], cwd: dir, asOf: '2024-01-01', exceptions: false });
}

const fails = (report: AuditReport, rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'FAIL');

describe('query-rights: one finding per cause', () => {
  it('PIPL-QRY-003: two roles exporting through one unapproved interface are one finding; a store grant stays its own', async () => {
    const report = await run();
    const found = fails(report, 'PIPL-QRY-003');
    expect(found.map((f) => [f.target.key, f.members?.items.map((m) => m.key).sort()]).sort()).toEqual([
      ['controlPoint=grant:dba>store:members', ['dba>store:members']],
      ['controlPoint=interface:member-export', ['analyst>member-export', 'ops>member-export']],
    ].sort());
  });

  it('PIPL-QRY-007: the privileged role is one finding; the screen approved per use with a reason is not a member', async () => {
    const report = await run();
    const found = fails(report, 'PIPL-QRY-007');
    expect(found).toHaveLength(1);
    expect(found[0]?.target.key).toBe('role=sysadmin');
    expect(found[0]?.members?.items.map((m) => m.key).sort()).toEqual(['sysadmin>member-list', 'sysadmin>store:members']);
  });

  it('a baseline listing every member on its own knows the group; missing one member, the group is new', async () => {
    const report = await run();
    const group = fails(report, 'PIPL-QRY-003').find((f) => f.target.key === 'controlPoint=interface:member-export');
    const memberPrints = (group?.members?.items ?? []).map((m) => fingerprintOf('PIPL-QRY-003', m.key));
    expect(memberPrints).toHaveLength(2);
    const others = report.findings.filter((f) => f !== group).map((f) => f.fingerprint);
    const baseline = (prints: string[]) => ({ file: 'b.json', sha256: '0'.repeat(64), fingerprints: new Set(prints), systemId: 'shop' });
    const all = applyBaseline(report, baseline([...others, ...memberPrints]));
    expect(all.knownFindings?.some((f) => f.fingerprint === group?.fingerprint)).toBe(true);
    const partial = applyBaseline(report, baseline([...others, memberPrints[0] as string]));
    expect(partial.findings.find((f) => f.fingerprint === group?.fingerprint)?.baselineState).toBe('new');
  });

  it("verify's targets find a grouped grant finding through its members", async () => {
    const report = await run();
    const group = fails(report, 'PIPL-QRY-003').find((f) => f.target.key === 'controlPoint=interface:member-export');
    expect(group).toBeDefined();
    expect(findingConcerns(group!, { kind: 'interfaces', id: 'member-export' })).toBe(true);
    expect(findingConcerns(group!, { kind: 'roles', id: 'analyst' })).toBe(true);
    expect(findingConcerns(group!, { kind: 'roles', id: 'dba' })).toBe(false);
    expect(findingConcerns(group!, { kind: 'interfaces', id: 'member-list' })).toBe(false);
  });
});
