// A triggered access that leaves no trace lacks only the record of the read. Where the system's
// audit log records no reads at all (PIPL-LOG-001 row reads-unlogged), that is one fact at one
// place: the gated-unlogged rows of PIPL-QRY-002, PIPL-QRY-006 and PIPL-QRY-010, and PIPL-QRY-010's
// job-wide-unlogged row (a business role whose organisation-wide job lists every record as its
// work), fold into it. Where the log records reads, an interface stating `logged: false` is a gap of
// its own and they stay apart.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { withAspects } from '../src/findings/fold-aspects.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { tempDir } from './support/temp-dir.js';

const manifest = (events: string) => `apiVersion: pipl-audit/v1
system: { id: care, name: { zh: 护理院, en: Care home } }
stores:
  - id: residents
    kind: table
    records: 300
    multiTenant: false
    fields:
      - { name: name, category: identity.name }
      - { name: id_no, category: identity.id-number }
      - { name: diagnosis, category: health.diagnosis }
  - id: payments
    kind: table
    records: 3000
    multiTenant: false
    fields:
      - { name: card_no, category: identity.member-id }
      - { name: amount, category: financial.transaction }
interfaces:
  - { id: resident-card, kind: query-screen, store: residents, returns: [name, id_no, diagnosis], masked: [id_no], rowLimit: 1, trigger: care-relationship, logged: false }
  - { id: payment-list, kind: list, store: payments, lookupKeys: [], returns: [card_no, amount], masked: [], rowLimit: 100, trigger: none, logged: false }
roles:
  - { id: aide, kind: business, jobScope: unit, grants: [{ interface: resident-card, actions: [read], scope: unit }] }
  - { id: duty-manager, kind: business, jobScope: unit, grants: [{ interface: resident-card, actions: [read], scope: organization }] }
  - { id: cashier, kind: business, jobScope: organization, grants: [{ interface: payment-list, actions: [read], scope: organization }] }
auditLogging: { events: [${events}], fields: [user, time, event], retention: P180D }
`;

async function run(events: string): Promise<AuditReport> {
  const dir = tempDir({ 'm.yaml': manifest(events) });
  return audit({ paths: ['m.yaml'], cwd: dir, asOf: '2024-01-01', exceptions: false });
}

const rowOf = (report: AuditReport, rule: string, key: string) =>
  withAspects(report.findings).find((f) => f.ruleId === rule && f.status === 'FAIL' && (f.target.key === key || f.members?.items.some((m) => m.key === key)))?.decision?.row;

describe('triggered or job-wide access that only lacks a read log', () => {
  it('folds into PIPL-LOG-001 where the audit log records no reads', async () => {
    const report = await run('login, update, export');
    const log = report.findings.find((f) => f.ruleId === 'PIPL-LOG-001' && f.status === 'FAIL');
    expect(log?.decision?.row).toBe('reads-unlogged');
    const aspects = (log?.aspects ?? []).map((a) => `${a.ruleId} ${a.decision?.row ?? ''}`);
    expect(aspects).toEqual(expect.arrayContaining(['PIPL-QRY-002 gated-unlogged', 'PIPL-QRY-006 gated-unlogged', 'PIPL-QRY-010 job-wide-unlogged']));
    expect(rowOf(report, 'PIPL-QRY-002', 'aide>resident-card')).toBe('gated-unlogged');
    expect(rowOf(report, 'PIPL-QRY-006', 'duty-manager>resident-card')).toBe('gated-unlogged');
    for (const rule of ['PIPL-QRY-006', 'PIPL-QRY-010']) {
      expect(report.findings.filter((f) => f.ruleId === rule && f.status === 'FAIL').map((f) => f.target.key)).toEqual([]);
    }
    // The cashier's list shows amounts unmasked across the organisation: masking is PIPL-QRY-002's own
    // cause (row org-unlogged), not the missing log, and stays its own finding.
    expect(report.findings.filter((f) => f.ruleId === 'PIPL-QRY-002' && f.status === 'FAIL').map((f) => `${f.target.key} ${f.decision?.row ?? ''}`)).toEqual(['cashier>payment-list org-unlogged']);
  });

  it('stays apart where the log records reads (an interface stating logged: false bypasses it)', async () => {
    const report = await run('login, read, update, export');
    expect(report.findings.find((f) => f.ruleId === 'PIPL-LOG-001')?.status).not.toBe('FAIL');
    const own = (rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'FAIL').map((f) => f.decision?.row);
    expect(own('PIPL-QRY-002')).toContain('gated-unlogged');
    expect(own('PIPL-QRY-006')).toContain('gated-unlogged');
    expect(own('PIPL-QRY-010')).toContain('job-wide-unlogged');
  });
});
