// The four prosecution cases end to end: each examples/<case>/before/ must make the findings the
// case describes FAIL, and each after/ (the ordered rectification) must have no FAIL at all.
// The expected lists are the contract, written out by hand — never derived from the output.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { withAspects } from '../src/findings/fold-aspects.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { sharedAudit } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface CaseExpectation {
  /** Rule ids that must FAIL on before/ (at least one finding each). */
  failsBefore: string[];
  /** Sub-items of the CAC compliance-audit guideline (frameworks/cac-2025.yaml) the case's failures fall under. */
  guidelineFailsBefore: string[];
}

const CASES: Record<string, CaseExpectation> = {
  // Courier outlet and bar-guns (Shenzhen Bao'an): 查单系统权限设置过大, 账号和密码安保级别低, 巴枪管理不到位.
  courier: {
    failsBefore: [
      // query permissions too broad: any waybill by phone number, unmasked, no quota
      'PIPL-QRY-001',
      'PIPL-QRY-002',
      'PIPL-QRY-005',
      'PIPL-QRY-006',
      // the shared supervisor account and its low-security password policy
      'PIPL-CRED-001',
      'PIPL-CRED-003',
      'PIPL-CRED-004',
      'PIPL-CRED-005',
      'PIPL-CRED-006',
      'PIPL-CRED-009',
      // bar-guns: unbound, no log-in, any waybill, full unmasked fields, not managed
      'PIPL-DEV-001',
      'PIPL-DEV-002',
      'PIPL-DEV-003',
      'PIPL-DEV-004',
      // waybills never destroyed; not a privacy waybill on the bar-gun
      'PIPL-RET-001',
      'PIPL-RET-003',
      'PIPL-EXP-001',
      'PIPL-EXP-002',
      // lookups and scans left no trace; no review by a professional firm within a year
      'PIPL-LOG-001',
      'PIPL-LOG-002',
      'PIPL-ORG-001',
      // the Casbin policy of the waybill service: /api/waybills/* for the supervisor role
      'PIPL-CAS-001',
      // the Keycloak realm: the lookup role hidden inside outlet-staff, "Everyone at an outlet" (the
      // project file maps it to a baseline role granting nothing of its own), weak stored passwords,
      // public clients with password grants and wildcard redirects, no login events
      'PIPL-IDP-004',
      'PIPL-IDP-002',
      'PIPL-IDP-005',
      'PIPL-IDP-006',
      'PIPL-IDP-008',
      // the back-end code: lookup by any phone number, MD5 passwords (no deletion job, stated in the
      // manifest or found in the code, is PIPL-RET-003's finding, not also PIPL-CODE-008's)
      'PIPL-CODE-001',
      'PIPL-CODE-003',
      // the waybill database (db/waybill-dump.sql): PUBLIC SELECT, the service as superuser, md5
      'PIPL-DB-002',
      'PIPL-DB-004',
      'PIPL-DB-006',
    ],
    guidelineFailsBefore: ['3.4', '16.3', '19.7', '20.1', '20.2', '20.3'],
  },
  // Hospitals and insurance agents (Yichun): agents read names, ID numbers, phones and surgery types
  // at nurse stations and by logging into the medical-record system.
  hospital: {
    failsBefore: [
      // outsiders' accounts, hospital-wide access to health data with no care relationship
      'PIPL-QRY-001',
      'PIPL-QRY-002',
      'PIPL-QRY-006',
      'PIPL-QRY-009',
      'PIPL-QRY-010',
      'PIPL-MED-001',
      // the shared nurse-station log-in, left logged in; no second factor at MLPS level 3
      'PIPL-CRED-001',
      'PIPL-CRED-005',
      'PIPL-CRED-006',
      // the paper roster at the nurse station: ID and phone numbers printed, never destroyed
      'PIPL-MED-002',
      'PIPL-QRY-003',
      'PIPL-QRY-004',
      'PIPL-SPI-006',
      'PIPL-RET-005',
      // sensitive health data: no separate consent, no PIA, stored in clear
      'PIPL-SPI-001',
      'PIPL-SPI-002',
      'PIPL-SPI-003',
      // the EMR database dump (db/emr-dump.sql): logins reading beyond their roles, PUBLIC
      // SELECT, no row-level security, the HIS application as superuser, md5/plaintext passwords
      'PIPL-DB-001',
      'PIPL-DB-002',
      'PIPL-DB-003',
      'PIPL-DB-004',
      'PIPL-DB-006',
      // provided to insurance agencies without consent or basis
      'PIPL-PROV-001',
      'PIPL-PROV-005',
      // reads not logged, logs not reviewed
      'PIPL-LOG-001',
      'PIPL-LOG-002',
      'PIPL-LOG-006',
      // staff not trained
      'PIPL-ORG-004',
    ],
    guidelineFailsBefore: ['8.1', '19.7', '19.8', '20.3', '21'],
  },
  // Investor data sold to fraud rings (Qingtongxia): phone numbers with brokerage information.
  brokerage: {
    failsBefore: [
      // every client's phone number beside their holdings, listable and exportable
      'PIPL-FIN-001',
      'PIPL-FIN-003',
      'PIPL-QRY-001',
      'PIPL-QRY-002',
      'PIPL-QRY-003',
      'PIPL-QRY-004',
      'PIPL-QRY-005',
      'PIPL-QRY-006',
      'PIPL-QRY-010',
      // weak credentials, a leaver's account still in use, an idle intern account
      'PIPL-CRED-003',
      'PIPL-CRED-004',
      'PIPL-CRED-006',
      'PIPL-CRED-007',
      'PIPL-CRED-008',
      'PIPL-CRED-009',
      'PIPL-QRY-009',
      // no financial-information grading: stored in clear; exported lists never expire
      'PIPL-SPI-003',
      'PIPL-RET-005',
      // exports not logged
      'PIPL-LOG-001',
      'PIPL-LOG-002',
      // client lists handed to an outside partner on a bundled clause
      'PIPL-PROV-001',
      'PIPL-PROV-005',
    ],
    guidelineFailsBefore: ['8.1', '19.7', '20.2', '20.3'],
  },
  // Gym biometrics (Wuxi Xinwu): forced collection, no collection list, card photos reused as face
  // credentials, deletion refused, unencrypted transmission, no periodic deletion.
  gym: {
    failsBefore: [
      'PIPL-FACE-001',
      'PIPL-FACE-002',
      'PIPL-FACE-003',
      'PIPL-FACE-004',
      'PIPL-NOT-001',
      'PIPL-NOT-002',
      'PIPL-NOT-003',
      'PIPL-NOT-004',
      'PIPL-SPI-001',
      'PIPL-SPI-002',
      'PIPL-SPI-003',
      'PIPL-SPI-004',
      'PIPL-RET-001',
      'PIPL-RET-003',
      'PIPL-RET-006',
      'PIPL-RET-007',
      'PIPL-VEN-001',
      'PIPL-PROV-002',
      'PIPL-PROV-004',
      // the vendor's back end receives faces and fingerprints unencrypted
      'PIPL-PROV-007',
      // never reviewed; after/ reports PI management to the regulator
      'PIPL-ORG-001',
    ],
    guidelineFailsBefore: ['2.1', '2.2', '3.2', '13.1', '13.4', '16.2', '20.2'],
  },
};

/** The case's report, audited once for the whole test run (several tests read each). */
async function run(path: string): Promise<AuditReport> {
  return sharedAudit({ paths: [path], frameworks: ['cac-2025'] });
}

/** The rules with a finding of a status, a finding folded into another as an aspect of its cause included. */
function ruleIds(report: AuditReport, status: string): string[] {
  return [...new Set(withAspects(report.findings).filter((f) => f.status === status).map((f) => f.ruleId))].sort();
}

for (const [name, expected] of Object.entries(CASES)) {
  describe(`case ${name}`, () => {
    it('before/ fails every rule the case describes', async () => {
      const report = await run(`examples/${name}/before`);
      const failed = new Set(ruleIds(report, 'FAIL'));
      const missing = expected.failsBefore.filter((id) => !failed.has(id));
      expect(missing, `rules that should FAIL on examples/${name}/before but do not`).toEqual([]);
    });

    it('before/ shows the guideline items its failures fall under as FAIL, citing the findings', async () => {
      const report = await run(`examples/${name}/before`);
      const framework = report.frameworks?.[0];
      const subItems = new Map(framework?.items.flatMap((i) => i.subItems.map((s) => [s.id, s])) ?? []);
      const notFailed = expected.guidelineFailsBefore.filter((id) => subItems.get(id)?.status !== 'FAIL');
      expect(notFailed, `guideline sub-items that should FAIL on examples/${name}/before`).toEqual([]);
      // A cited finding may be an aspect folded into another rule's finding: it is listed there, whole.
      const fingerprints = new Set(withAspects(report.findings).map((f) => f.fingerprint));
      for (const id of expected.guidelineFailsBefore) {
        const cited = subItems.get(id)?.findings ?? [];
        expect(cited.length).toBeGreaterThan(0);
        expect(cited.filter((fp) => !fingerprints.has(fp))).toEqual([]);
      }
    });

    it('after/ has no FAIL', async () => {
      const report = await run(`examples/${name}/after`);
      const failed = report.findings.filter((f) => f.status === 'FAIL').map((f) => `${f.ruleId} ${f.target.key}`);
      expect(failed, `FAIL findings on examples/${name}/after`).toEqual([]);
      const failedItems = report.frameworks?.[0]?.items.filter((i) => i.status === 'FAIL').map((i) => i.id);
      expect(failedItems, `guideline items failing on examples/${name}/after`).toEqual([]);
    });

    it('after/ states everything the rules need (no NOT_EVALUATED)', async () => {
      const report = await run(`examples/${name}/after`);
      expect(ruleIds(report, 'NOT_EVALUATED'), `NOT_EVALUATED on examples/${name}/after`).toEqual([]);
    });

    it('before/ and after/ describe the same system', async () => {
      const before = await run(`examples/${name}/before`);
      const after = await run(`examples/${name}/after`);
      expect(after.system?.id).toBe(before.system?.id);
      expect(before.summary.rulesRun).toBeGreaterThan(0);
    });
  });
}

describe('fingerprints', () => {
  it('do not depend on the directory pipl-audit runs in (a copy of the courier project elsewhere)', async () => {
    const copy = tempDir({});
    cpSync(join(ROOT, 'examples/courier/before'), copy, { recursive: true });
    const here = await run('examples/courier/before');
    const there = await audit({ paths: ['.'], cwd: copy });
    const keys = (r: AuditReport) => r.findings.map((f) => `${f.fingerprint} ${f.ruleId} ${f.target.key}`).sort();
    expect(keys(there)).toEqual(keys(here));
    expect(here.findings.some((f) => f.ruleId.startsWith('PIPL-CODE-'))).toBe(true);
  });
});
