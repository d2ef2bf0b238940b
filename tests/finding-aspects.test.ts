// One finding per cause across rules: a narrower rule's FAIL on an item folds into the broader
// rule's FAIL on the same item when its `aspectOf` names the row that decided (PIPL-QRY-002,
// PIPL-QRY-006 and PIPL-CAS-001 into PIPL-QRY-001 on the courier outlet supervisor's lookup). Each
// aspect stays whole in JSON with its own fingerprint, is a related location in SARIF and is shown
// in text; baselines made before the fold still know the finding; a FAIL decided by another row,
// a suppressed host and a link to a rule of another view are handled as the docs say.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMBER_FINDINGS, VIA_KEYS, type Finding } from '../src/findings/finding.js';
import { fingerprintOf } from '../src/findings/fingerprint.js';
import { foldAspects, withAspects, type AspectLinks } from '../src/findings/fold-aspects.js';
import { aspectsHeading } from '../src/report/aspect-heading.js';
import { applyBaseline } from '../src/baseline/apply-baseline.js';
import { baselineOf } from '../src/baseline/baseline-document.js';
import { aspectLinkProblems } from '../src/rules/check-aspect-links.js';
import type { AspectLink, RuleDefinition } from '../src/rules/rule-schema.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { renderSarif } from '../src/report/sarif-reporter.js';
import { renderText, summaryLine } from '../src/report/text-reporter.js';
import { audit } from '../src/audit.js';
import { courierReport } from './support/courier-report.js';
import { tempDir } from './support/temp-dir.js';
import { sharedAudit } from './support/shared-results.js';

const GRANT = 'outlet-supervisor>waybill-lookup';
/** PIPL-CAS-001's cause: the wildcard Casbin line and its holder (one finding however many grants it gives). */
const CAS_LINE = 'grant.pattern=/api/waybills/*;role=outlet-supervisor';

describe('the courier outlet supervisor’s over-broad lookup grant', () => {
  it('is one FAIL finding of PIPL-QRY-001 with PIPL-CAS-001, PIPL-QRY-002 and PIPL-QRY-006 as aspects', async () => {
    const report = await courierReport();
    const onGrant = report.findings.filter((f) => f.target.key === GRANT && f.status === 'FAIL');
    expect(onGrant.map((f) => f.ruleId)).toEqual(['PIPL-QRY-001']);
    const host = onGrant[0] as Finding;
    expect(host.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-CAS-001', 'PIPL-QRY-002', 'PIPL-QRY-006']);
    // Each aspect is whole: its own fingerprint (rule and item, as before the fold; PIPL-CAS-001 is
    // grouped by its policy line, so rule and line, with the grant as its one member), status, evidence.
    for (const a of host.aspects ?? []) {
      expect(a.fingerprint).toBe(fingerprintOf(a.ruleId, a.ruleId === 'PIPL-CAS-001' ? CAS_LINE : GRANT));
      if (a.ruleId === 'PIPL-CAS-001') expect(a.members?.items.map((m) => m.key)).toEqual([GRANT]);
      expect(a.status).toBe('FAIL');
      expect(a.evidence.length).toBeGreaterThan(0);
    }
    // The Casbin wildcard line stays cited, through the PIPL-CAS-001 aspect.
    expect(host.aspects?.find((a) => a.ruleId === 'PIPL-CAS-001')?.evidence[0]).toMatchObject({ file: 'examples/courier/before/casbin/policy.csv', line: 2 });
  });

  it('keeps a narrower FAIL apart where no broader FAIL names its cause (the courier’s bar-gun grant)', async () => {
    const report = await courierReport();
    const rules = report.findings.filter((f) => f.target.key === 'courier>bar-gun-query' && f.status === 'FAIL').map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['PIPL-QRY-002', 'PIPL-QRY-006']));
  });

  it('counts the aspect rules as failed rules, and the group as one finding, in the summary line', async () => {
    const report = await courierReport();
    const failedRules = new Set(withAspects(report.findings).filter((f) => f.status === 'FAIL').map((f) => f.ruleId));
    expect(report.summary.rulesFailed).toBe(failedRules.size);
    expect(report.summary.findingsFailed).toBe(report.findings.filter((f) => f.status === 'FAIL').length);
    expect(summaryLine(report, 'en')).toContain(`${failedRules.size} rules failed (${report.summary.counts.FAIL} items in ${report.summary.findingsFailed} findings`);
  });

  it('lists the aspects in text and as SARIF related locations naming their rule', async () => {
    const report = await courierReport();
    const text = renderText(report, { lang: 'en', color: false });
    expect(text).toContain('same cause, also failing 3 other rules (fixed in the same place):');
    const sarif = JSON.parse(renderSarif(report, { lang: 'en' })) as { runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; relatedLocations?: Array<{ message?: { text: string } }>; properties: { aspects?: Array<{ ruleId: string }> } }> }> };
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === 'PIPL-QRY-001');
    expect(result?.properties.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-CAS-001', 'PIPL-QRY-002', 'PIPL-QRY-006']);
    expect(result?.relatedLocations?.some((l) => l.message?.text.startsWith('PIPL-CAS-001: '))).toBe(true);
    expect(sarif.runs[0]?.results.some((r) => r.ruleId === 'PIPL-CAS-001')).toBe(false);
  });
});

describe('the gym’s member store, biometric data kept with no retention period', () => {
  // One fact (no period on the store), one fix (set it: for biometric data a short one from the
  // end of the membership): PIPL-RET-003 (no deletion job) and PIPL-RET-007 (biometric data kept
  // past need) fold into PIPL-RET-001. Raw face images kept beside identity data (PIPL-FACE-003)
  // is what is stored, not for how long: another fact and another fix, its own finding.
  it('is one PIPL-RET-001 finding with PIPL-RET-003 and PIPL-RET-007 as aspects, PIPL-FACE-003 apart', async () => {
    const report = await sharedAudit({ paths: ['examples/gym/before'], frameworks: ['cac-2025'] });
    const onStore = report.findings.filter((f) => f.target.key === 'members' && f.status === 'FAIL');
    const host = onStore.find((f) => f.ruleId === 'PIPL-RET-001');
    expect(host?.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-RET-003', 'PIPL-RET-007']);
    expect(host?.aspects?.find((a) => a.ruleId === 'PIPL-RET-007')?.fingerprint).toBe(fingerprintOf('PIPL-RET-007', 'members'));
    // The worst severity of the cause: PIPL-RET-007's critical.
    expect(host?.severity).toBe('critical');
    expect(onStore.map((f) => f.ruleId)).not.toContain('PIPL-RET-007');
    expect(onStore.map((f) => f.ruleId)).toContain('PIPL-FACE-003');
  });
});

describe('a biometric store with a short period from the end of the purpose but no deletion job', () => {
  // PIPL-RET-001 passes (a period is set); PIPL-RET-003 (no enabled deletion job) is one of the
  // facts PIPL-RET-007 names on the same store: one finding, RET-007's, with RET-003 as its aspect.
  // With a job, RET-003 passes and a period too long stays RET-007's own finding.
  const manifest = (jobs: string) => `apiVersion: pipl-audit/v1
system: { id: gate, name: Gate }
stores:
  - id: face-templates
    kind: database
    retention: { period: P30D, trigger: membership-end }
    fields:
      - { name: member_name, category: identity.name }
      - { name: face_template, category: biometric.face-template }
deletionJobs: ${jobs}
`;
  it('is one PIPL-RET-007 finding with PIPL-RET-003 as its aspect', async () => {
    const report = await audit({ paths: [join(tempDir({ 'pipl.yaml': manifest('[]') }), 'pipl.yaml')], exceptions: false });
    const onStore = report.findings.filter((f) => f.target.key === 'face-templates' && f.status === 'FAIL' && f.ruleId.startsWith('PIPL-RET-'));
    expect(onStore.map((f) => f.ruleId)).toEqual(['PIPL-RET-007']);
    expect(onStore[0]?.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-RET-003']);
  });
  it('leaves PIPL-RET-007 alone when the job exists and only the period is too long', async () => {
    const jobs = '[{ id: purge, stores: [face-templates], schedule: P1D, action: delete, enabled: true }]';
    const report = await audit({ paths: [join(tempDir({ 'pipl.yaml': manifest(jobs).replace('P30D', 'P90D') }), 'pipl.yaml')], exceptions: false });
    const onStore = report.findings.filter((f) => f.target.key === 'face-templates' && f.status === 'FAIL' && f.ruleId.startsWith('PIPL-RET-'));
    expect(onStore.map((f) => f.ruleId)).toEqual(['PIPL-RET-007']);
    expect(onStore[0]?.aspects).toBeUndefined();
  });
});

describe('a store kept permanently with no statutory basis', () => {
  // One fact (the period is permanent) and one fix (set a period, or name the law): PIPL-RET-002
  // (longer than the category's limit) folds into PIPL-RET-001 (permanent without a basis). A
  // period that is set but too long stays PIPL-RET-002's own finding.
  const manifest = (period: string) => `apiVersion: pipl-audit/v1
system: { id: clinic, name: Clinic }
stores:
  - id: visit-notes
    kind: database
    retention: { period: ${period}, basis: 内部档案管理制度, statutory: false }
    fields:
      - { name: patient_name, category: identity.name }
      - { name: note, category: health.record }
deletionJobs: [{ id: purge, stores: [visit-notes], schedule: P1D, action: delete, enabled: true }]
`;
  it('is one PIPL-RET-001 finding with PIPL-RET-002 as its aspect', async () => {
    const report = await audit({ paths: [join(tempDir({ 'pipl.yaml': manifest('permanent') }), 'pipl.yaml')], exceptions: false });
    const onStore = report.findings.filter((f) => f.target.key === 'visit-notes' && f.status === 'FAIL' && f.ruleId.startsWith('PIPL-RET-'));
    expect(onStore.map((f) => f.ruleId)).toEqual(['PIPL-RET-001']);
    expect(onStore[0]?.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-RET-002']);
  });
  it('leaves PIPL-RET-002 its own finding when a period is set but too long', async () => {
    const report = await audit({ paths: [join(tempDir({ 'pipl.yaml': manifest('P40Y') }), 'pipl.yaml')], exceptions: false });
    const onStore = report.findings.filter((f) => f.target.key === 'visit-notes' && f.status === 'FAIL' && f.ruleId.startsWith('PIPL-RET-'));
    expect(onStore.map((f) => f.ruleId)).toEqual(['PIPL-RET-002']);
    expect(onStore[0]?.aspects).toBeUndefined();
  });
});

describe("a database administrator's login whose power comes from the login itself", () => {
  // PIPL-DB-007 (administrative power from log-in) and PIPL-DB-001 (reads beyond the mapped role)
  // on one login: the excess reads are the power's consequence, one finding, DB-007's.
  const manifest = (globalPrivileges: string) => `apiVersion: pipl-audit/v1
system: { id: crm, name: CRM }
stores:
  - id: clients
    kind: database
    fields:
      - { name: client_name, category: identity.name }
      - { name: phone, category: contact.phone }
roles:
  - id: dba
    kind: admin
    grants: [{ store: clients, actions: [read], scope: organization, fields: [client_name] }]
accounts:
  - { id: dba-1, type: personal, roles: [dba] }
databaseLogins:
  - { id: "mysql:dba_wang@10.0.0.%", engine: mysql, name: dba_wang, host: "10.0.0.%", canLogin: true, superuser: false, grantOption: false, globalPrivileges: ${globalPrivileges}, usedBy: person, account: dba-1, reads: [{ store: clients, fields: [client_name, phone], via: [direct] }] }
`;
  const onLogin = async (globalPrivileges: string) => {
    const report = await audit({ paths: [join(tempDir({ 'pipl.yaml': manifest(globalPrivileges) }), 'pipl.yaml')], exceptions: false });
    return report.findings.filter((f) => f.target.key === 'mysql:dba_wang@10.0.0.%' && f.status === 'FAIL' && f.ruleId.startsWith('PIPL-DB-'));
  };
  it('is one PIPL-DB-007 finding with PIPL-DB-001 as its aspect', async () => {
    const findings = await onLogin('[ALL PRIVILEGES]');
    expect(findings.map((f) => f.ruleId)).toEqual(['PIPL-DB-007']);
    expect(findings[0]?.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-DB-001']);
  });
  it('keeps PIPL-DB-001 its own finding where the login holds no administrative power', async () => {
    const findings = await onLogin('[]');
    expect(findings.map((f) => f.ruleId)).toEqual(['PIPL-DB-001']);
    expect(findings[0]?.aspects).toBeUndefined();
  });
});

describe('the same grant stated by several sources', () => {
  // courier before/ states the supervisor's grant in the manifest, in the Casbin policy and in the
  // code, and maps the Keycloak client role waybill-web/lookup-by-phone onto the manifest role.
  it('gives no rule two findings on one item, aspects included', async () => {
    const report = await courierReport();
    const keys = withAspects(report.findings).map((f) => `${f.ruleId} ${f.target.key}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('is one PIPL-QRY-001 finding for the manifest role the Keycloak role maps to, held by the Keycloak accounts', async () => {
    const report = await courierReport();
    const lookups = report.findings.filter((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL');
    expect(lookups.map((f) => f.target.key)).toEqual([GRANT]);
    // The Keycloak users hold the manifest role (through the mapped client role): one role, not two.
    const heldBy = report.findings.find((f) => f.ruleId === 'PIPL-CRED-002' && f.target.key === 'courier-outlets/courier-0755-03');
    expect(heldBy?.message.en).toContain('outlet-supervisor');
    expect(report.findings.some((f) => f.target.key.includes('lookup-by-phone>'))).toBe(false);
  });
});

describe('baselines and folded aspects', () => {
  /** The report as the version before the fold wrote it: every aspect a finding of its own. */
  const unfolded = (report: AuditReport): AuditReport => ({ ...report, findings: withAspects(report.findings).map(({ aspects: _a, ...f }) => f) });

  it('a baseline made before the fold still knows the folded finding', async () => {
    const report = await courierReport();
    const old = baselineOf(unfolded(report));
    const applied = applyBaseline(report, { file: 'old.json', sha256: '0'.repeat(64), fingerprints: new Set(old.findings.map((f) => f.fingerprint)), systemId: report.system?.id ?? null });
    expect(applied.findings.filter((f) => f.status === 'FAIL')).toEqual([]);
    expect(applied.knownFindings?.some((f) => f.ruleId === 'PIPL-QRY-001' && f.aspects?.length === 3)).toBe(true);
  });

  it('records every aspect’s fingerprint, and lists the group as new when an aspect is new', async () => {
    const report = await courierReport();
    const written = baselineOf(report).findings.map((f) => f.fingerprint);
    expect(written).toContain(fingerprintOf('PIPL-CAS-001', CAS_LINE));
    // A baseline that knows neither the line's group nor its one grant (as a baseline from before the grouping would).
    const withoutCas = new Set(written.filter((f) => f !== fingerprintOf('PIPL-CAS-001', CAS_LINE) && f !== fingerprintOf('PIPL-CAS-001', GRANT)));
    const applied = applyBaseline(report, { file: 'b.json', sha256: '0'.repeat(64), fingerprints: withoutCas, systemId: report.system?.id ?? null });
    expect(applied.findings.filter((f) => f.status === 'FAIL').map((f) => `${f.ruleId} ${f.target.key}`)).toEqual([`PIPL-QRY-001 ${GRANT}`]);
  });
});

describe('foldAspects', () => {
  const finding = (ruleId: string, row: string | undefined, over: Partial<Finding> = {}): Finding => ({
    ruleId,
    status: 'FAIL',
    severity: 'high',
    theme: 'query-rights',
    view: 'grant',
    target: { key: 'r>i', label: 'r → i' },
    message: { zh: ruleId, en: ruleId },
    evidence: [],
    fingerprint: fingerprintOf(ruleId, 'r>i'),
    ...(row ? { decision: { row, rowNumber: 1 } } : {}),
    ...over,
  });
  const links = new Map([['N-002', [{ rule: 'B-001', rows: ['wide'], why: { zh: '', en: '' } }]]]);

  it('folds into a FAIL decided by a listed row, at the worst severity', () => {
    const out = foldAspects([finding('B-001', 'wide'), finding('N-002', undefined, { severity: 'critical' })], links);
    expect(out.map((f) => [f.ruleId, f.severity, f.aspects?.map((a) => a.ruleId)])).toEqual([['B-001', 'critical', ['N-002']]]);
  });

  it('keeps apart a FAIL the broader rule decided by another row, a suppressed host, and another item', () => {
    expect(foldAspects([finding('B-001', 'gated'), finding('N-002', undefined)], links)).toHaveLength(2);
    expect(foldAspects([finding('B-001', 'wide', { status: 'SUPPRESSED' }), finding('N-002', undefined)], links)).toHaveLength(2);
    expect(foldAspects([finding('B-001', 'wide'), finding('N-002', undefined, { target: { key: 'r>j', label: 'r → j' } })], links)).toHaveLength(2);
  });

  it('follows a chain to the finding that stays, and stops at a host that is not a FAIL', () => {
    const why = { zh: '', en: '' };
    const chain = new Map([
      ['N-002', [{ rule: 'B-001', rows: ['wide'], why }]],
      ['N-003', [{ rule: 'N-002', why }]],
    ]);
    const folded = foldAspects([finding('B-001', 'wide'), finding('N-002', undefined), finding('N-003', undefined, { severity: 'critical' })], chain);
    expect(folded.map((f) => [f.ruleId, f.severity, f.aspects?.map((a) => a.ruleId)])).toEqual([['B-001', 'critical', ['N-002', 'N-003']]]);
    // The middle rule's FAIL stays (B-001 decided by another row): the narrowest folds into it.
    const middle = foldAspects([finding('B-001', 'gated'), finding('N-002', undefined), finding('N-003', undefined)], chain);
    expect(middle.map((f) => [f.ruleId, f.aspects?.map((a) => a.ruleId)])).toEqual([['B-001', undefined], ['N-002', ['N-003']]]);
  });

  it('folds a link on: system into the system rule’s FAIL, whatever item it is on, and only by a listed row', () => {
    const why = { zh: '', en: '' };
    const onSystem = new Map([['N-004', [{ rule: 'S-001', on: 'system' as const, rows: ['reads-unlogged'], why }]]]);
    const system = finding('S-001', 'reads-unlogged', { view: 'system', target: { key: 'sys', label: 'sys' } });
    const itf = (key: string) => finding('N-004', undefined, { view: 'interface', target: { key, label: key } });
    const folded = foldAspects([system, itf('a'), itf('b')], onSystem);
    expect(folded.map((f) => [f.ruleId, f.aspects?.map((a) => a.target.key)])).toEqual([['S-001', ['a', 'b']]]);
    expect(foldAspects([{ ...system, decision: { row: 'scans-unlogged', rowNumber: 2 } }, itf('a')], onSystem)).toHaveLength(2);
    expect(foldAspects([{ ...system, status: 'PASS' }, itf('a')], onSystem)).toHaveLength(2);
  });

  // A grouped finding (one policy line over several grants) speaks for each member: it folds whole
  // into the one broader FAIL that speaks for every member, or not at all.
  const grouped = (ruleId: string, row: string | undefined, keys: string[]): Finding =>
    finding(ruleId, row, { target: { key: `line=${keys.join('+')}`, label: 'line' }, members: { count: keys.length, items: keys.map((key) => ({ key, label: key, evidence: [] })) } });

  it('folds a grouped FAIL into the one broader FAIL, grouped or not, that speaks for all its members', () => {
    const intoGroup = foldAspects([grouped('B-001', 'wide', ['r>i', 'r>j']), grouped('N-002', undefined, ['r>i', 'r>j'])], links);
    expect(intoGroup.map((f) => [f.ruleId, f.aspects?.map((a) => a.ruleId)])).toEqual([['B-001', ['N-002']]]);
    const intoItem = foldAspects([finding('B-001', 'wide'), grouped('N-002', undefined, ['r>i'])], links);
    expect(intoItem.map((f) => [f.ruleId, f.aspects?.map((a) => a.ruleId)])).toEqual([['B-001', ['N-002']]]);
  });

  it('keeps a grouped FAIL apart when its members have different broader FAILs, or one has none', () => {
    const two = [finding('B-001', 'wide'), finding('B-001', 'wide', { target: { key: 'r>j', label: 'r → j' }, fingerprint: fingerprintOf('B-001', 'r>j') })];
    expect(foldAspects([...two, grouped('N-002', undefined, ['r>i', 'r>j'])], links)).toHaveLength(3);
    expect(foldAspects([finding('B-001', 'wide'), grouped('N-002', undefined, ['r>i', 'r>k'])], links)).toHaveLength(2);
  });
});

describe('foldAspects with members: each', () => {
  // A group whose cause each member's broader finding already names (PIPL-QRY-010 grouped by the
  // interface's trigger, PIPL-QRY-001 one finding per grant) folds member by member.
  const why = { zh: '', en: '' };
  const each = new Map([['N-002', [{ rule: 'B-001', rows: ['wide'], members: 'each' as const, why }]]]);
  const one = (ruleId: string, key: string, over: Partial<Finding> = {}): Finding => ({
    ruleId,
    status: 'FAIL',
    severity: 'high',
    theme: 'query-rights',
    view: 'grant',
    target: { key, label: key },
    message: { zh: `${ruleId} ${key}`, en: `${ruleId} ${key}` },
    evidence: [],
    fingerprint: fingerprintOf(ruleId, key),
    ...over,
  });
  const wide = (key: string) => one('B-001', key, { decision: { row: 'wide', rowNumber: 1 } });
  const group = (keys: string[]): Finding => ({
    ...one('N-002', `point=${keys.join('+')}`),
    members: { count: keys.length, items: keys.map((key) => ({ key, label: key, evidence: [] })) },
    [MEMBER_FINDINGS]: () => keys.map((key) => one('N-002', key)),
  } as Finding);

  it('folds each member into its own broader FAIL, with the fingerprint it has ungrouped', () => {
    const out = foldAspects([wide('a>i'), wide('b>i'), group(['a>i', 'b>i'])], each);
    expect(out.map((f) => [f.target.key, f.aspects?.map((a) => [a.ruleId, a.target.key, a.fingerprint, a.members])])).toEqual([
      ['a>i', [['N-002', 'a>i', fingerprintOf('N-002', 'a>i'), undefined]]],
      ['b>i', [['N-002', 'b>i', fingerprintOf('N-002', 'b>i'), undefined]]],
    ]);
  });

  it('keeps the group whole where one member has no broader FAIL, or one decided by another row', () => {
    expect(foldAspects([wide('a>i'), group(['a>i', 'b>i'])], each).map((f) => [f.ruleId, f.aspects])).toEqual([
      ['B-001', undefined],
      ['N-002', undefined],
    ]);
    const gated = one('B-001', 'b>i', { decision: { row: 'gated', rowNumber: 2 } });
    expect(foldAspects([wide('a>i'), gated, group(['a>i', 'b>i'])], each)).toHaveLength(3);
    // Without `members: each` (the default, whole) the same group stays apart.
    expect(foldAspects([wide('a>i'), wide('b>i'), group(['a>i', 'b>i'])], new Map([['N-002', [{ rule: 'B-001', rows: ['wide'], why }]]]))).toHaveLength(3);
  });

  it('moves an aspect hosted by the split group to the member for its item, down the chain', () => {
    const chain: AspectLinks = new Map<string, AspectLink[]>([...each, ['N-003', [{ rule: 'N-002', why }]]]);
    const out = foldAspects([wide('a>i'), wide('b>i'), group(['a>i', 'b>i']), one('N-003', 'b>i')], chain);
    expect(out.map((f) => [f.target.key, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)])).toEqual([
      ['a>i', ['N-002 a>i']],
      ['b>i', ['N-002 b>i', 'N-003 b>i']],
    ]);
  });
});

describe('foldAspects with a link via a path (another view)', () => {
  const why = { zh: '', en: '' };
  const links: AspectLinks = new Map<string, AspectLink[]>([['D-005', [{ rule: 'S-003', via: '/cache', why }]]]);
  const store = (key: string): Finding => ({ ruleId: 'S-003', status: 'FAIL', severity: 'high', theme: 'devices', view: 'store', target: { key, label: key }, message: { zh: '', en: '' }, evidence: [], fingerprint: fingerprintOf('S-003', key) });
  const device = (cache: string | undefined): Finding => ({
    ruleId: 'D-005', status: 'FAIL', severity: 'medium', theme: 'devices', view: 'device', target: { key: `cache=${cache}`, label: 'c' }, message: { zh: '', en: '' }, evidence: [], fingerprint: fingerprintOf('D-005', `cache=${cache}`),
    ...(cache === undefined ? {} : { [VIA_KEYS]: { '/cache': cache } }),
  } as Finding);

  it('folds into the broader rule’s FAIL on the entity the path names, and nowhere else', () => {
    expect(foldAspects([store('pad-cache'), device('pad-cache')], links).map((f) => [f.target.key, f.aspects?.map((a) => a.ruleId)])).toEqual([['pad-cache', ['D-005']]]);
    expect(foldAspects([store('other'), device('pad-cache')], links)).toHaveLength(2);
    expect(foldAspects([store('pad-cache'), device(undefined)], links)).toHaveLength(2);
    expect(foldAspects([{ ...store('pad-cache'), status: 'NOT_EVALUATED' }, device('pad-cache')], links)).toHaveLength(2);
  });
});

describe('a tablet fleet caching ID photos in an unencrypted store', () => {
  // PIPL-DEV-005 (the device's cache unencrypted) and PIPL-SPI-003 (the store's sensitive PI
  // unencrypted) both rest on the cache store's `encryption.atRest: false`: one fix, one finding.
  const manifest = (sensitive: boolean) => `apiVersion: pipl-audit/v1
stores:
  - id: pad-cache
    kind: device-cache
    fields:
      - { name: img, category: ${sensitive ? 'biometric.face' : 'identity.name'} }
    encryption: { atRest: false }
devices:
  - { id: pads, kind: mobile, count: 40, localCache: { store: pad-cache } }
`;
  const run = (sensitive: boolean) => audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(sensitive) }), asOf: '2024-01-01', exceptions: false });

  it('is one PIPL-SPI-003 finding on the store with PIPL-DEV-005 as its aspect', async () => {
    const fails = (await run(true)).findings.filter((f) => f.status === 'FAIL' && (f.ruleId === 'PIPL-SPI-003' || f.ruleId === 'PIPL-DEV-005'));
    expect(fails.map((f) => [f.ruleId, f.target.key, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)])).toEqual([['PIPL-SPI-003', 'pad-cache', ['PIPL-DEV-005 cache=pad-cache']]]);
  });

  it('keeps PIPL-DEV-005 its own where the cache holds no sensitive PI (PIPL-SPI-003 does not apply)', async () => {
    const fails = (await run(false)).findings.filter((f) => f.status === 'FAIL' && (f.ruleId === 'PIPL-SPI-003' || f.ruleId === 'PIPL-DEV-005'));
    expect(fails.map((f) => [f.ruleId, f.aspects])).toEqual([['PIPL-DEV-005', undefined]]);
  });
});

describe('a list route whose query has no cap, serving an interface with no row limit', () => {
  // PIPL-CODE-002 (the route's query reads the store in bulk with no cap and no owner condition) and
  // PIPL-QRY-004 row `uncapped` (the interface the route serves states rowLimit: none) are one
  // missing cap, stated by the code and by the manifest: one finding, the interface's, where the
  // route maps to that interface (codeRoutes[].interface) and the query reads the interface's store.
  const manifest = (o: { routeInterface?: string; queryStore?: string; kind?: string; watermark?: boolean }) => `apiVersion: pipl-audit/v1
stores:
  - id: clients
    kind: database
    fields:
      - { name: name, category: identity.name }
      - { name: phone, category: contact.phone }
  - id: branches
    kind: database
    fields:
      - { name: manager, category: identity.name }
interfaces:
  - { id: client-list, kind: ${o.kind ?? 'list'}, store: clients, returns: [name, phone], bulk: true, rowLimit: none, watermark: ${o.watermark ?? true}, logged: true, approval: { required: false } }
roles:
  - { id: sales, kind: business, grants: [{ interface: client-list, actions: [read${o.kind === 'export' ? ', export' : ''}], scope: organization }] }
codeBases:
  - { id: "code:backend", root: backend, files: 3 }
codeRoutes:
  - { id: "GET:/clients", codeBase: "code:backend", framework: express, method: GET, path: /clients, ${o.routeInterface ? `interface: ${o.routeInterface}, ` : ''}roles: [sales], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: ${o.queryStore ?? 'clients'}, model: m, library: prisma, operation: find-many, lookupFields: [], requestSupplied: false, ownerCondition: false, where: false, limited: false }] }
`;
  const run = async (o: Parameters<typeof manifest>[0]) => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(o) }), asOf: '2024-01-01', exceptions: false });
    return report.findings
      .filter((f) => f.status === 'FAIL' && (f.ruleId === 'PIPL-QRY-004' || f.ruleId === 'PIPL-CODE-002'))
      .map((f) => [f.ruleId, f.target.key, f.decision?.row ?? null, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`) ?? null]);
  };

  it('is one PIPL-QRY-004 finding on the interface with PIPL-CODE-002 as its aspect', async () => {
    expect(await run({ routeInterface: 'client-list' })).toEqual([['PIPL-QRY-004', 'client-list', 'uncapped', ['PIPL-CODE-002 GET:/clients>clients']]]);
  });

  it('folds into an uncapped export that needs no approval (row uncapped-export)', async () => {
    expect(await run({ routeInterface: 'client-list', kind: 'export' })).toEqual([['PIPL-QRY-004', 'client-list', 'uncapped-export', ['PIPL-CODE-002 GET:/clients>clients']]]);
  });

  it('keeps PIPL-CODE-002 its own where the route is mapped to no interface', async () => {
    expect(await run({})).toEqual([
      ['PIPL-CODE-002', 'GET:/clients>clients', null, null],
      ['PIPL-QRY-004', 'client-list', 'uncapped', null],
    ]);
  });

  it('keeps PIPL-CODE-002 its own where the query reads another store than the interface', async () => {
    expect(await run({ routeInterface: 'client-list', queryStore: 'branches' })).toEqual([
      ['PIPL-CODE-002', 'GET:/clients>branches', null, null],
      ['PIPL-QRY-004', 'client-list', 'uncapped', null],
    ]);
  });

  it('keeps PIPL-CODE-002 its own where the interface fails for something else (an export without a watermark)', async () => {
    expect(await run({ routeInterface: 'client-list', kind: 'export', watermark: false })).toEqual([
      ['PIPL-CODE-002', 'GET:/clients>clients', null, null],
      ['PIPL-QRY-004', 'client-list', 'unwatermarked-export', null],
    ]);
  });
});

describe('an export of the tenant the path names, with no cap', () => {
  // PIPL-CODE-002 (bulk, uncapped, not tied to the caller) and PIPL-CODE-011 (anyone's records by a
  // request id, not tied to the caller) on one query: CODE-002 fails only where the tie is missing,
  // so on a query CODE-011 fails its reason is that missing tie: one finding, CODE-011's. Where a
  // caller check gates the read (CODE-011 passes) CODE-002 stays its own; capped, only CODE-011.
  const manifest = (q: { limited?: boolean; callerCheck?: string }) => `apiVersion: pipl-audit/v1
stores:
  - id: payslips
    kind: database
    fields:
      - { name: name, category: identity.name }
      - { name: bank_account, category: financial.account }
roles:
  - { id: hr, kind: business }
codeBases:
  - { id: "code:backend", root: backend, files: 3 }
codeRoutes:
  - { id: "GET:/tenants/:tenantId/payroll/export", codeBase: "code:backend", framework: fastify, method: GET, path: /tenants/:tenantId/payroll/export, roles: [hr], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: payslips, model: payslips, library: knex, operation: find-many, lookupFields: [tenant_id], requestSupplied: true, requestFields: [tenant_id], ownerCondition: false, where: true, limited: ${q.limited ?? false}, callerCheck: ${q.callerCheck ?? 'false'} }] }
`;
  const run = async (q: Parameters<typeof manifest>[0]) => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(q) }), asOf: '2024-01-01', exceptions: false });
    return report.findings
      .filter((f) => f.status === 'FAIL' && (f.ruleId === 'PIPL-CODE-011' || f.ruleId === 'PIPL-CODE-002'))
      .map((f) => [f.ruleId, f.target.key, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`) ?? null]);
  };
  const key = 'GET:/tenants/:tenantId/payroll/export>payslips';

  it('is one PIPL-CODE-011 finding with PIPL-CODE-002 as its aspect', async () => {
    expect(await run({})).toEqual([['PIPL-CODE-011', key, [`PIPL-CODE-002 ${key}`]]]);
  });

  it('keeps PIPL-CODE-002 its own where a caller check gates the read (tied, but uncapped)', async () => {
    expect(await run({ callerCheck: '{ kind: gate-call, name: tenantMember, line: 3 }' })).toEqual([['PIPL-CODE-002', key, null]]);
  });

  it('leaves PIPL-CODE-011 alone where the query is capped', async () => {
    expect(await run({ limited: true })).toEqual([['PIPL-CODE-011', key, null]]);
  });
});

describe('aspectOf is checked when the rules load', () => {
  const rule = (id: string, view: string, extra: Partial<RuleDefinition> = {}) => ({ file: `${id}.yaml`, definition: { id, view, ...extra } as RuleDefinition });
  const why = { zh: '同一原因', en: 'same cause' };

  it('names a rule not in use, another view, an unknown row, a cycle, a system link to another view (a chain is allowed)', () => {
    const table = { inputs: [], rows: [{ id: 'wide', result: 'FAIL' as const, severity: 'high' as const, reason: why }, { id: 'ok', result: 'PASS' as const, reason: why }] };
    const problems = aspectLinkProblems([
      rule('B-001', 'grant', { decision: table }),
      rule('N-001', 'grant', { aspectOf: [{ rule: 'X-001', why }] }),
      rule('N-002', 'interface', { aspectOf: [{ rule: 'B-001', why }] }),
      rule('N-003', 'grant', { aspectOf: [{ rule: 'B-001', rows: ['narrow'], why }] }),
      rule('N-004', 'grant', { aspectOf: [{ rule: 'B-001', rows: ['ok'], why }] }),
      rule('N-005', 'grant', { aspectOf: [{ rule: 'N-003', why }] }),
      rule('N-006', 'grant', { aspectOf: [{ rule: 'B-001', rows: ['wide'], why }] }),
      rule('N-007', 'grant', { aspectOf: [{ rule: 'N-008', why }] }),
      rule('N-008', 'grant', { aspectOf: [{ rule: 'N-007', why }] }),
      rule('S-001', 'system'),
      rule('N-009', 'interface', { aspectOf: [{ rule: 'S-001', on: 'system', why }] }),
      rule('N-010', 'interface', { aspectOf: [{ rule: 'B-001', on: 'system', why }] }),
      rule('N-011', 'interface', { aspectOf: [{ rule: 'B-001', via: '/grant', why }] }),
      rule('N-012', 'grant', { aspectOf: [{ rule: 'B-001', via: '/grant', why }] }),
      // fromRows names this rule's own FAIL rows.
      rule('N-013', 'grant', { aspectOf: [{ rule: 'B-001', fromRows: ['wide'], why }] }),
      rule('N-014', 'grant', { decision: table, aspectOf: [{ rule: 'B-001', fromRows: ['ok'], why }] }),
      rule('N-015', 'grant', { decision: table, aspectOf: [{ rule: 'B-001', fromRows: ['wide'], why }] }),
    ]);
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
      'N-001.yaml aspectOf names rule "X-001", which is not in the packs in use',
      'N-002.yaml aspectOf names B-001, which judges the grant view, not interface',
      'N-003.yaml aspectOf names rows narrow that B-001 does not have',
      'N-004.yaml aspectOf names rows ok of B-001 that do not FAIL',
      'N-007.yaml aspectOf names N-008, whose own aspect links lead back to N-007',
      'N-008.yaml aspectOf names N-007, whose own aspect links lead back to N-008',
      'N-010.yaml aspectOf names B-001 on the system, but it judges the grant view',
      'N-012.yaml aspectOf names B-001 via /grant, but it judges the same view (grant)',
      'N-013.yaml aspectOf names fromRows, but N-013 has no decision table',
      'N-014.yaml aspectOf names fromRows ok that are not FAIL rows of N-014',
    ]);
  });
});

describe('the hospital case: one cause per grant and per system', () => {
  // The insurance desk's EMR query: PIPL-MED-001 (health records not tied to the care relationship)
  // is PIPL-QRY-010's fact in the sector's words, and both fold (with PIPL-QRY-002) into the
  // lookup of anyone (PIPL-QRY-001); the audit log records no reads, so every interface whose use is
  // not logged (PIPL-LOG-002) is that one fact at one place and folds into PIPL-LOG-001.
  it('folds PIPL-MED-001 and PIPL-QRY-002 through PIPL-QRY-010 into PIPL-QRY-001, and PIPL-LOG-002 into PIPL-LOG-001 on the system', async () => {
    const report = await sharedAudit({ paths: ['examples/hospital/before'] });
    const desk = report.findings.find((f) => f.status === 'FAIL' && f.target.key === 'insurance-onsite-desk>emr-query');
    expect(desk?.ruleId).toBe('PIPL-QRY-001');
    expect(desk?.aspects?.map((a) => a.ruleId)).toEqual(expect.arrayContaining(['PIPL-MED-001', 'PIPL-QRY-002', 'PIPL-QRY-010']));
    const log = report.findings.find((f) => f.ruleId === 'PIPL-LOG-001' && f.status === 'FAIL');
    expect(log?.decision?.row).toBe('reads-unlogged');
    expect(log?.aspects?.filter((a) => a.ruleId === 'PIPL-LOG-002').map((a) => a.target.key)).toEqual(['emr-query', 'surgery-roster-print']);
    expect(report.findings.some((f) => f.ruleId === 'PIPL-LOG-002' && f.status === 'FAIL')).toBe(false);
    expect(withAspects(report.findings).filter((f) => f.ruleId === 'PIPL-LOG-002' && f.status === 'FAIL')).toHaveLength(2);
  });
});

describe('the brokerage case: the finance pack restating the core rules', () => {
  it('folds PIPL-FIN-003 (grouped by export control point) into PIPL-QRY-003, and PIPL-FIN-001 into the grant’s broader finding', async () => {
    const report = await sharedAudit({ paths: ['examples/brokerage/before'] });
    const exportCause = report.findings.find((f) => f.ruleId === 'PIPL-QRY-003' && f.target.key === 'controlPoint=interface:client-export');
    expect(exportCause?.aspects?.map((a) => a.ruleId)).toEqual(['PIPL-FIN-003']);
    expect(report.findings.some((f) => (f.ruleId === 'PIPL-FIN-001' || f.ruleId === 'PIPL-FIN-003') && f.status === 'FAIL')).toBe(false);
  });
});

describe('the aspects heading', () => {
  it('counts each rule once and says how many findings when one rule folded on several items', () => {
    expect(aspectsHeading([{ ruleId: 'A' }, { ruleId: 'B' }], 'en')).toBe('same cause, also failing 2 other rules (fixed in the same place)');
    expect(aspectsHeading([{ ruleId: 'PIPL-LOG-002' }, { ruleId: 'PIPL-LOG-002' }], 'en')).toBe('same cause, also failing 1 other rule on 2 items (fixed in the same place)');
    expect(aspectsHeading([{ ruleId: 'PIPL-LOG-002' }, { ruleId: 'PIPL-LOG-002' }], 'zh')).toBe('同一原因的其他方面（另 1 条规则不合规，共 2 项，整改同一处）');
  });
});

describe('a route reading any record by the id in its path, for a role whose grant states a unit scope', () => {
  // PIPL-CODE-011 (the route reads a record by a request id with no check bound to the caller) and
  // PIPL-QRY-006 row `unenforced-in-code` (the role's stated unit scope is within its job, but the
  // code shows the route does not enforce it) rest on one fact, the code's query: one finding, the
  // grant's, with the route's as its aspect (via /unenforcedScopeGrantItem).
  const manifest = (callerCheck: string) => `apiVersion: pipl-audit/v1
stores:
  - id: waybills
    kind: database
    fields:
      - { name: waybill_no, category: logistics.waybill-number }
      - { name: recipient_phone, category: contact.phone }
interfaces:
  - { id: waybill-detail, kind: query-screen, store: waybills, lookupKeys: [waybill_no], returns: [waybill_no, recipient_phone], trigger: none, logged: true }
roles:
  - { id: outlet-supervisor, kind: business, jobScope: unit, grants: [{ interface: waybill-detail, actions: [read], scope: unit }] }
codeBases:
  - { id: "code:backend", root: backend, files: 3 }
codeRoutes:
  - { id: "GET:/waybills/:id", codeBase: "code:backend", framework: express, method: GET, path: /waybills/:id, interface: waybill-detail, roles: [outlet-supervisor], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: waybills, model: waybill, library: prisma, operation: find-one, lookupFields: [id], requestSupplied: true, ownerCondition: false, where: true, limited: true, callerCheck: ${callerCheck} }] }
`;
  const run = async (callerCheck: string) => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(callerCheck) }), asOf: '2024-01-01', exceptions: false });
    return report.findings
      .filter((f) => f.status === 'FAIL' && (f.ruleId === 'PIPL-QRY-006' || f.ruleId === 'PIPL-CODE-011'))
      .map((f) => [f.ruleId, f.target.key, f.decision?.row, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)]);
  };

  it('is one PIPL-QRY-006 finding on the grant with PIPL-CODE-011 on the route as its aspect', async () => {
    // Grouped by its cause, the route's query (groupBy /scopeUnenforcedBy): the grant is its member.
    expect(await run('false')).toEqual([['PIPL-QRY-006', 'scopeUnenforcedBy=[GET:/waybills/:id>waybills]', 'unenforced-in-code', ['PIPL-CODE-011 GET:/waybills/:id>waybills']]]);
  });

  it('fails neither where the route reads behind a check bound to the caller', async () => {
    expect(await run('{ kind: gate-query, name: outletWaybill, line: 12 }')).toEqual([]);
  });
});

describe('a route several roles may call, reading any record by the id in its path', () => {
  // Each route role whose stated scope (within its job) the code leaves unenforced is judged, not
  // only the widest: one PIPL-QRY-006 finding, its cause the route's query, each grant a member.
  // That finding does not chain on into PIPL-QRY-001 (fromRows): a stated scope the code does not
  // apply is not the free wide scope PIPL-QRY-001 judges, and PIPL-CODE-011 stays its aspect.
  const manifest = (lookup: string, routeRoles: string) => `apiVersion: pipl-audit/v1
stores:
  - id: waybills
    kind: database
    fields:
      - { name: waybill_no, category: logistics.waybill-number }
      - { name: recipient_phone, category: contact.phone }
      - { name: recipient_address, category: contact.address }
interfaces:
  - { id: waybill-detail, kind: query-screen, store: waybills, ${lookup}, returns: [waybill_no, recipient_phone, recipient_address], masked: [], trigger: none, logged: true }
roles:
  - { id: outlet-supervisor, kind: business, jobScope: unit, grants: [{ interface: waybill-detail, actions: [read], scope: unit }] }
  - { id: courier, kind: business, jobScope: own, grants: [{ interface: waybill-detail, actions: [read], scope: own }] }
codeBases:
  - { id: "code:backend", root: backend, files: 3 }
codeRoutes:
  - { id: "GET:/waybills/:id", codeBase: "code:backend", framework: express, method: GET, path: /waybills/:id, interface: waybill-detail, roles: [${routeRoles}], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: waybills, model: waybill, library: prisma, operation: find-one, lookupFields: [id], requestSupplied: true, ownerCondition: false, where: true, limited: true, callerCheck: false }] }
`;
  const run = async (lookup: string, routeRoles = 'outlet-supervisor, courier') => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(lookup, routeRoles) }), asOf: '2024-01-01', exceptions: false });
    return report.findings.filter((f) => f.status === 'FAIL' && ['PIPL-QRY-001', 'PIPL-QRY-006', 'PIPL-CODE-011'].includes(f.ruleId));
  };

  it('is one PIPL-QRY-006 finding citing both roles\' grants, with PIPL-CODE-011 as its aspect', async () => {
    const findings = await run('lookupKeys: [waybill_no]');
    const qry006 = findings.filter((f) => f.ruleId === 'PIPL-QRY-006');
    expect(qry006.map((f) => [f.target.key, f.decision?.row, f.members?.items.map((m) => m.key).sort()])).toEqual([
      ['scopeUnenforcedBy=[GET:/waybills/:id>waybills]', 'unenforced-in-code', ['courier>waybill-detail', 'outlet-supervisor>waybill-detail']],
    ]);
    expect(qry006[0]?.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)).toEqual(['PIPL-CODE-011 GET:/waybills/:id>waybills']);
    expect(findings.filter((f) => f.ruleId === 'PIPL-CODE-011')).toEqual([]);
  });

  it('folds PIPL-CODE-011 into the narrower role\'s grant where the widest route role may read any record', async () => {
    // The widest role's grant (scope any) is served as stated; the supervisor's unit scope is the
    // one the code leaves unenforced. PIPL-QRY-006 judges that grant (every route role, not only the
    // widest), and PIPL-CODE-011 on the same query must fold into it, not stand apart as a second
    // finding of the one cause.
    const report = await audit({
      paths: ['m.yaml'],
      cwd: tempDir({
        'm.yaml': manifest('lookupKeys: [waybill_no]', 'hq-auditor, outlet-supervisor').replace(
          'roles:\n',
          'roles:\n  - { id: hq-auditor, kind: business, jobScope: organization, grants: [{ interface: waybill-detail, actions: [read], scope: any }] }\n',
        ),
      }),
      asOf: '2024-01-01',
      exceptions: false,
    });
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    const unenforced = fails.filter((f) => f.ruleId === 'PIPL-QRY-006' && f.decision?.row === 'unenforced-in-code');
    expect(unenforced.map((f) => [f.target.key, f.members?.items.map((m) => m.key), f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)])).toEqual([
      ['scopeUnenforcedBy=[GET:/waybills/:id>waybills]', ['outlet-supervisor>waybill-detail'], ['PIPL-CODE-011 GET:/waybills/:id>waybills']],
    ]);
    expect(fails.filter((f) => f.ruleId === 'PIPL-CODE-011')).toEqual([]);
  });

  it('is one finding where two route queries share a grant: the query both leave unenforced is cited once', async () => {
    // The supervisor's grant is left unenforced by two routes, the courier's by one of them only.
    // Grouped by each grant's own list of queries they were two findings, both citing the shared
    // route; linked through it, they are one, citing both routes, each grant a member once.
    const second = `  - { id: "GET:/waybills/:id/print", codeBase: "code:backend", framework: express, method: GET, path: /waybills/:id/print, interface: waybill-detail, roles: [outlet-supervisor], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: waybills, model: waybill, library: prisma, operation: find-one, lookupFields: [id], requestSupplied: true, ownerCondition: false, where: true, limited: true, callerCheck: false }] }
`;
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest('lookupKeys: [waybill_no]', 'outlet-supervisor, courier') + second }), asOf: '2024-01-01', exceptions: false });
    const fails = report.findings.filter((f) => f.status === 'FAIL');
    expect(fails.filter((f) => f.ruleId === 'PIPL-QRY-006').map((f) => [f.target.key, f.decision?.row, f.members?.items.map((m) => m.key).sort(), f.aspects?.map((a) => a.target.key).sort()])).toEqual([
      [
        'scopeUnenforcedBy=[GET:/waybills/:id/print>waybills,GET:/waybills/:id>waybills]',
        'unenforced-in-code',
        ['courier>waybill-detail', 'outlet-supervisor>waybill-detail'],
        ['GET:/waybills/:id/print>waybills', 'GET:/waybills/:id>waybills'],
      ],
    ]);
    expect(fails.filter((f) => f.ruleId === 'PIPL-CODE-011')).toEqual([]);
  });

  it('does not chain into PIPL-QRY-001 where the unit grant is also a free unmasked lookup by phone: two causes, the code fact kept', async () => {
    // The supervisor alone on the route: its group has one member, which PIPL-QRY-001 fails too.
    const findings = await run('lookupKeys: [recipient_phone], rateLimit: none', 'outlet-supervisor');
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    // PIPL-QRY-001 judges the stated unit scope's free lookup; it holds no PIPL-QRY-006 aspect.
    expect(byRule('PIPL-QRY-001').map((f) => f.target.key)).toContain('outlet-supervisor>waybill-detail');
    expect(byRule('PIPL-QRY-001').flatMap((f) => f.aspects ?? []).map((a) => a.ruleId)).not.toContain('PIPL-QRY-006');
    expect(byRule('PIPL-QRY-006').map((f) => [f.decision?.row, f.aspects?.map((a) => a.ruleId)])).toEqual([['unenforced-in-code', ['PIPL-CODE-011']]]);
  });
});

describe('a bulk export by a date from the request, for a role whose grant states a unit scope', () => {
  // A dental chain's clinic manager (job and grant: their own clinic) exports visit records by a
  // date range the request gives; the query has no cap and no clinic condition bound to the caller.
  // PIPL-CODE-002 (bulk, uncapped, not tied to the caller's own or unit records) and PIPL-QRY-006
  // row `unenforced-in-code` (the stated unit scope the route does not apply) name one missing tie:
  // one finding, the grant's, with the route's query as its aspect (via /unenforcedScopeGrantItem),
  // as PIPL-CODE-011's is. A cap alone fixes CODE-002 only; bound to the caller, neither fails.
  const manifest = (q: { limited?: boolean; ownerCondition?: boolean }) => `apiVersion: pipl-audit/v1
stores:
  - id: visits
    kind: database
    fields:
      - { name: patient_name, category: identity.name }
      - { name: patient_phone, category: contact.phone }
roles:
  - { id: clinic-manager, kind: business, jobScope: unit, grants: [{ store: visits, actions: [read], scope: unit }] }
codeBases:
  - { id: "code:backend", root: backend, files: 3 }
codeRoutes:
  - { id: "GET:/clinic/visits/export", codeBase: "code:backend", framework: express, method: GET, path: /clinic/visits/export, roles: [clinic-manager], guarded: true, public: false, login: false, rateLimited: false,
      queries: [{ store: visits, model: visit, library: knex, operation: find-many, lookupFields: [visit_date], requestSupplied: true, requestFields: [visit_date], ownerCondition: ${q.ownerCondition ?? false}, where: true, limited: ${q.limited ?? false}, callerCheck: false }] }
`;
  const run = async (q: Parameters<typeof manifest>[0] = {}) => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(q) }), asOf: '2024-01-01', exceptions: false });
    return report.findings
      .filter((f) => f.status === 'FAIL' && ['PIPL-QRY-006', 'PIPL-CODE-002', 'PIPL-CODE-011'].includes(f.ruleId))
      .map((f) => [f.ruleId, f.target.key, f.decision?.row ?? null, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`) ?? null]);
  };
  const query = 'GET:/clinic/visits/export>visits';

  it('is one PIPL-QRY-006 finding on the grant with PIPL-CODE-002 on the route as its aspect', async () => {
    expect(await run()).toEqual([['PIPL-QRY-006', `scopeUnenforcedBy=[${query}]`, 'unenforced-in-code', [`PIPL-CODE-002 ${query}`]]]);
  });

  it('leaves PIPL-QRY-006 alone where the query is capped (a cap does not apply the unit scope)', async () => {
    expect(await run({ limited: true })).toEqual([['PIPL-QRY-006', `scopeUnenforcedBy=[${query}]`, 'unenforced-in-code', null]]);
  });

  it('fails neither where the query is bound to the caller\'s unit', async () => {
    expect(await run({ ownerCondition: true })).toEqual([]);
  });
});

describe('a provision whose recipient the collection point\'s notice does not name (PIPL Art. 23, 39)', () => {
  // A bakery chain's loyalty sign-up gives every Art. 17 item but names no recipient, and a flow
  // gives the members' phones to a coupon partner without separate consent. Art. 23 asks the
  // provision to tell the individual the recipient and to obtain a separate consent: one duty, one
  // fix on the flow (a separate consent on a notice naming the partner). PIPL-NOT-001's recipients
  // item folds into PIPL-PROV-001 on that flow; any other gap of the notice, or several provisions,
  // stays PIPL-NOT-001's own. The flows state the individuals are not told at provision
  // (`recipientNotified: false`): only then is the recipient an item the collection notice owes.
  const manifest = (o: { items?: string; consent?: string; country?: string; second?: boolean } = {}) => `apiVersion: pipl-audit/v1
system: { id: bakery-loyalty, name: 面包连锁会员系统, asOf: 2024-06-01 }
stores:
  - id: loyalty-members
    kind: database
    fields:
      - { name: nickname, category: identity.name }
      - { name: mobile, category: contact.phone }
collectionPoints:
  - id: loyalty-signup
    channel: app
    stores: [loyalty-members]
    categories: [identity.name, contact.phone]
    purpose: 积分与会员优惠
    notice: { provided: true, items: [${o.items ?? 'identity, contact, purpose, method, categories, retention, rights'}] }
flows:
  - id: to-coupon-partner
    recipient: { name: 券多多营销有限公司, kind: third-party, country: ${o.country ?? 'CN'} }
    stores: [loyalty-members]
    categories: [contact.phone]
    purpose: 联合营销
    legalBasis: consent
    consent: ${o.consent ?? 'bundled'}
    recipientNotified: false
${
  o.second
    ? `  - id: to-delivery-partner
    recipient: { name: 快送同城配送有限公司, kind: third-party, country: CN }
    stores: [loyalty-members]
    categories: [contact.phone]
    legalBasis: consent
    consent: bundled
    recipientNotified: false
`
    : ''
}`;
  const run = async (o: Parameters<typeof manifest>[0] = {}) => {
    const report = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': manifest(o) }), asOf: '2024-06-01', exceptions: false });
    return report.findings.filter((f) => f.status === 'FAIL' && (f.ruleId === 'PIPL-PROV-001' || f.ruleId === 'PIPL-NOT-001')).map((f) => [f.ruleId, f.target.key, f.aspects?.map((a) => `${a.ruleId} ${a.target.key}`)]);
  };

  it('is one PIPL-PROV-001 finding on the flow, citing the point\'s notice as its PIPL-NOT-001 aspect', async () => {
    expect(await run()).toEqual([['PIPL-PROV-001', 'to-coupon-partner', ['PIPL-NOT-001 loyalty-signup']]]);
  });

  it('folds the same way for a recipient abroad (Art. 39)', async () => {
    expect(await run({ country: 'SG' })).toEqual([['PIPL-PROV-001', 'to-coupon-partner', ['PIPL-NOT-001 loyalty-signup']]]);
  });

  it('keeps PIPL-NOT-001 apart where the notice misses another item too (its own gap, another fix)', async () => {
    expect((await run({ items: 'identity, contact, purpose, method, categories, rights' })).sort()).toEqual([
      ['PIPL-NOT-001', 'loyalty-signup', undefined],
      ['PIPL-PROV-001', 'to-coupon-partner', undefined],
    ]);
  });

  it('keeps PIPL-NOT-001 apart where the recipients of two provisions are missing', async () => {
    const fails = await run({ second: true });
    expect(fails.filter(([rule]) => rule === 'PIPL-NOT-001')).toEqual([['PIPL-NOT-001', 'loyalty-signup', undefined]]);
    expect(fails.filter(([rule]) => rule === 'PIPL-PROV-001').map(([, key, aspects]) => [key, aspects])).toEqual([
      ['to-coupon-partner', undefined],
      ['to-delivery-partner', undefined],
    ]);
  });

  it('keeps PIPL-NOT-001 its own where the provision has separate consent (PIPL-PROV-001 passes)', async () => {
    expect(await run({ consent: 'separate' })).toEqual([['PIPL-NOT-001', 'loyalty-signup', undefined]]);
  });
});
