// A free organisation-wide grant to sensitive PI that a wildcard policy line gives (an /admin/*
// pattern over every back-office screen) is that line's reach: PIPL-QRY-010's free rows fold into
// PIPL-CAS-001's FAIL on the line when every grant of the finding is one the line gives. A group
// that also holds a grant stated without the wildcard (another role's own grant on the screen)
// stays its own finding: the screen's missing trigger is then a cause of its own.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { tempDir } from './support/temp-dir.js';

const manifest = (keeperGrant: boolean) => `apiVersion: pipl-audit/v1
system: { id: dorms, name: { zh: 宿舍, en: Dormitories } }
stores:
  - id: gate-events
    kind: table
    records: 200
    multiTenant: false
    fields:
      - { name: student_no, category: identity.member-id }
      - { name: passed_at, category: location.whereabouts }
interfaces:
  - { id: late-returns, kind: query-screen, store: gate-events, lookupKeys: [student_no], returns: [student_no, passed_at], masked: [], rowLimit: 200, trigger: none, logged: true }
roles:
  - id: it-admin
    kind: admin
    grants: [{ interface: late-returns, actions: [read], scope: organization, pattern: "/api/admin/*" }]
${keeperGrant ? '  - { id: keeper, kind: business, jobScope: unit, grants: [{ interface: late-returns, actions: [read], scope: organization }] }' : ''}
`;

async function run(keeperGrant: boolean): Promise<AuditReport> {
  const dir = tempDir({ 'm.yaml': manifest(keeperGrant) });
  return audit({ paths: ['m.yaml'], cwd: dir, asOf: '2024-01-01', exceptions: false });
}

describe('a wildcard line giving free organisation-wide access to sensitive PI', () => {
  it('is one PIPL-CAS-001 finding with PIPL-QRY-010 as its aspect', async () => {
    const report = await run(false);
    const cas = report.findings.find((f) => f.ruleId === 'PIPL-CAS-001' && f.status === 'FAIL');
    expect(cas?.aspects?.map((a) => `${a.ruleId} ${a.decision?.row ?? ''}`)).toContain('PIPL-QRY-010 free-unmasked');
    expect(report.findings.some((f) => f.ruleId === 'PIPL-QRY-010' && f.status === 'FAIL')).toBe(false);
  });

  it('stays a PIPL-QRY-010 finding of its own where another role holds the screen without the wildcard', async () => {
    const report = await run(true);
    const own = report.findings.filter((f) => f.ruleId === 'PIPL-QRY-010' && f.status === 'FAIL');
    expect(own).toHaveLength(1);
    expect(own[0]?.members?.items.map((m) => m.key).sort()).toEqual(['it-admin>late-returns', 'keeper>late-returns']);
  });
});
