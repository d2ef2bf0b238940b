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

// PIPL-QRY-010 groups by whose facts decide the trigger (the grant view's `triggerPoint`): grants
// that state no gate of their own on an interface open at any time are one cause (the interface);
// a grant with its own trigger, approval or break-glass, another interface, another scope or other
// sensitive categories shown are causes of their own. Where PIPL-QRY-001 fails on each member's
// grant (one finding per grant: its rows rest on the scope), the group folds member by member.
const TRIGGER_MANIFEST = `apiVersion: pipl-audit/v1
system: { id: fleet, name: { zh: 车队, en: Fleet } }
stores:
  - id: tracks
    kind: table
    records: 200
    fields:
      - { name: plate, category: vehicle.licence-plate }
      - { name: lat, category: location.precise }
  - id: renters
    kind: table
    records: 200
    fields:
      - { name: name, category: identity.name }
      - { name: phone, category: contact.phone }
      - { name: idno, category: identity.id-number }
      - { name: lat, category: location.precise }
interfaces:
  - { id: track, kind: query-screen, store: tracks, lookupKeys: [plate], returns: [plate, lat], masked: [], trigger: none, logged: false }
  - { id: track-b, kind: query-screen, store: tracks, lookupKeys: [plate], returns: [plate, lat], masked: [], trigger: none, logged: false }
  - { id: renter-lookup, kind: query-screen, store: renters, lookupKeys: [phone], returns: [name, phone, idno, lat], masked: [], trigger: none, logged: false, rateLimit: none }
roles:
  - id: service
    grants: [{ interface: track, actions: [read], scope: any }]
  - id: dispatch
    grants: [{ interface: track, actions: [read], scope: any }]
  - id: risk
    grants: [{ interface: track, actions: [read], scope: any, trigger: none }]
  - id: audit
    grants: [{ interface: track, actions: [read], scope: organization }]
  - id: other
    grants: [{ interface: track-b, actions: [read], scope: any }]
  - id: desk
    grants: [{ interface: renter-lookup, actions: [read], scope: any }]
  - id: desk-lead
    grants: [{ interface: renter-lookup, actions: [read], scope: any }]
`;

describe('PIPL-QRY-010: one finding per trigger point', () => {
  const runTrigger = async () => audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': TRIGGER_MANIFEST }), asOf: '2024-01-01', exceptions: false });

  it('groups the grants an interface open at any time decides, and keeps grant-level gates, other targets and scopes apart', async () => {
    const report = await runTrigger();
    const found = fails(report, 'PIPL-QRY-010').filter((f) => !f.target.key.includes('renter-lookup'));
    expect(found.map((f) => [f.target.key, f.members?.items.map((m) => m.key).sort()]).sort()).toEqual(
      [
        ['triggerPoint=interface:track;scope=any;unmaskedSensitiveCategories=[location.precise]', ['dispatch>track', 'service>track']],
        // The grant states its own trigger: its own cause (a grant-level gate is fixed on the grant).
        ['triggerPoint=grant:risk>track;scope=any;unmaskedSensitiveCategories=[location.precise]', ['risk>track']],
        ['triggerPoint=interface:track;scope=organization;unmaskedSensitiveCategories=[location.precise]', ['audit>track']],
        ['triggerPoint=interface:track-b;scope=any;unmaskedSensitiveCategories=[location.precise]', ['other>track-b']],
      ].sort(),
    );
    // Counted per grant, as before.
    expect(report.rules.find((r) => r.id === 'PIPL-QRY-010')?.counts.FAIL).toBe(7);
  });

  it('folds member by member into PIPL-QRY-001 where it fails on each grant, each aspect with its grant’s own fingerprint', async () => {
    const report = await runTrigger();
    expect(fails(report, 'PIPL-QRY-010').some((f) => f.target.key.includes('renter-lookup'))).toBe(false);
    const hosts = fails(report, 'PIPL-QRY-001').filter((f) => f.target.key.endsWith('>renter-lookup'));
    expect(hosts.map((f) => f.target.key).sort()).toEqual(['desk-lead>renter-lookup', 'desk>renter-lookup']);
    for (const host of hosts) {
      const aspect = host.aspects?.find((a) => a.ruleId === 'PIPL-QRY-010');
      expect(aspect?.target.key).toBe(host.target.key);
      expect(aspect?.fingerprint).toBe(fingerprintOf('PIPL-QRY-010', host.target.key));
      expect(aspect?.members).toBeUndefined();
    }
  });
});
