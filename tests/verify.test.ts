// verify() as a library call: per recommendation item FIXED / PARTIAL / NOT_FIXED /
// NOT_VERIFIABLE, renamed targets, new and regressed findings, and the result schema. Saved
// reports are the real audit()'s, written into a temporary directory; "mixed" and "renamed"
// after-reports are before-reports with chosen findings removed or re-keyed, as a partial
// rectification or a rename would leave them.
import { withAspects } from '../src/findings/fold-aspects.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePacks } from '../src/audit.js';
import { fingerprintOf } from '../src/findings/fingerprint.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { renderJson } from '../src/report/json-reporter.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { createAjv } from '../src/schema/ajv-instance.js';
import { verify } from '../src/verify/verify.js';
import { VerifyResultSchema, type VerifyResult } from '../src/verify/verify-result-schema.js';
import { REPO_ROOT } from './support/run-cli.js';
import { sharedAudit } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const CASES = ['courier', 'hospital', 'brokerage', 'gym'] as const;
const dir = tempDir({});
const reports: Record<string, AuditReport> = {};
const path = (name: string) => join(dir, `${name}.json`);

function save(name: string, report: AuditReport): string {
  writeFileSync(path(name), renderJson(report));
  return path(name);
}

// Each example audited once for the whole test run (tests/support/shared-results.ts), with the
// options tests/cases.test.ts audits them with: verify reads findings and their fingerprints,
// which the framework judgement beside them does not change. A copy, as tests here build other
// reports from these.
beforeAll(async () => {
  for (const c of CASES) {
    for (const side of ['before', 'after'] as const) {
      reports[`${c}-${side}`] = structuredClone(await sharedAudit({ paths: [`examples/${c}/${side}`], frameworks: ['cac-2025'] }));
      save(`${c}-${side}`, reports[`${c}-${side}`] as AuditReport);
    }
  }
});

const run = (options: Partial<Parameters<typeof verify>[0]> & { before: string; after: string }) => verify({ cwd: REPO_ROOT, ...options });
const statuses = (r: VerifyResult) => r.items.map((i) => `${i.number}:${i.status}`);

describe('verify on the four cases', () => {
  for (const c of CASES) {
    it(`${c}: before/after reports make every item FIXED; before/before makes every item NOT_FIXED`, async () => {
      const rec = `examples/${c}/recommendation.yaml`;
      const fixed = await run({ recommendation: rec, before: path(`${c}-before`), after: path(`${c}-after`) });
      expect(fixed.items.length).toBeGreaterThanOrEqual(3);
      expect(statuses(fixed)).toEqual(fixed.items.map((i) => `${i.number}:FIXED`));
      // Every item is decided by at least one finding of before, and each is RESOLVED.
      for (const item of fixed.items) {
        expect(item.findings.length, `item ${item.number}`).toBeGreaterThan(0);
        expect(item.findings.every((f) => f.outcome === 'RESOLVED')).toBe(true);
      }
      expect(fixed.summary.passed).toBe(true);

      const unfixed = await run({ recommendation: rec, before: path(`${c}-before`), after: path(`${c}-before`) });
      expect(statuses(unfixed)).toEqual(unfixed.items.map((i) => `${i.number}:NOT_FIXED`));
      expect(unfixed.summary.passed).toBe(false);
      expect(unfixed.changes.every((ch) => ch.change === 'UNCHANGED')).toBe(true);
    });
  }

  it('sources audited in-process give the same verdicts as saved reports', async () => {
    const result = await run({ recommendation: 'examples/gym/recommendation.yaml', before: 'examples/gym/before', after: 'examples/gym/after' });
    expect(statuses(result)).toEqual(result.items.map((i) => `${i.number}:FIXED`));
    expect(result.before.kind).toBe('sources');
    expect(result.after.listsPasses).toBe(true);
  });

  it('the result validates against the published schema and is the same for the same inputs', async () => {
    const a = await run({ recommendation: 'examples/courier/recommendation.yaml', before: path('courier-before'), after: 'examples/courier/after' });
    const b = await run({ recommendation: 'examples/courier/recommendation.yaml', before: path('courier-before'), after: 'examples/courier/after' });
    const validate = createAjv().compile(VerifyResultSchema);
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('item statuses', () => {
  it('PARTIAL when some of an item’s failures are gone and some remain', async () => {
    const before = reports['courier-before'] as AuditReport;
    // A rectification that fixed the password policy's length and composition but nothing else.
    const mixed = { ...before, findings: before.findings.filter((f) => !(f.ruleId === 'PIPL-CRED-003' || f.ruleId === 'PIPL-CRED-004')) };
    const result = await run({ recommendation: 'examples/courier/recommendation.yaml', before: path('courier-before'), after: save('courier-mixed', mixed) });
    const item2 = result.items.find((i) => i.number === 2);
    expect(item2?.status).toBe('PARTIAL');
    expect(item2?.findings.filter((f) => f.outcome === 'RESOLVED').map((f) => f.ruleId).sort()).toEqual(['PIPL-CRED-003', 'PIPL-CRED-004']);
    expect(item2?.reasons.map((r) => r.en)).toContain('2 resolved, 4 still failing');
    expect(result.items.find((i) => i.number === 1)?.status).toBe('NOT_FIXED');
  });

  it('a failure that reappears on a renamed target is REPLACED, not FIXED', async () => {
    const before = reports['courier-before'] as AuditReport;
    const renamed = {
      ...before,
      // The renamed store's findings, and the aspects folded into them (one cause), all on the new name.
      findings: before.findings.map((f) =>
        f.target.key === 'waybills'
          ? {
              ...f,
              target: { key: 'waybills-2023', label: 'waybills-2023' },
              fingerprint: fingerprintOf(f.ruleId, 'waybills-2023'),
              ...(f.aspects ? { aspects: f.aspects.map((a) => ({ ...a, target: { key: 'waybills-2023', label: 'waybills-2023' }, fingerprint: fingerprintOf(a.ruleId, 'waybills-2023') })) } : {}),
            }
          : f,
      ),
    };
    const result = await run({ recommendation: 'examples/courier/recommendation.yaml', before: path('courier-before'), after: save('courier-renamed', renamed) });
    const item4 = result.items.find((i) => i.number === 4);
    const retention = item4?.findings.filter((f) => f.target.key === 'waybills') ?? [];
    expect(retention.map((f) => `${f.ruleId}:${f.outcome}:${f.replacedBy?.target.key}`).sort()).toEqual([
      'PIPL-EXP-001:REPLACED:waybills-2023',
      'PIPL-RET-001:REPLACED:waybills-2023',
      'PIPL-RET-003:REPLACED:waybills-2023',
    ]);
    expect(item4?.status).not.toBe('FIXED');
  });

  it('NOT_VERIFIABLE names the missing target, in before and in after', async () => {
    const dir2 = tempDir({
      'rec.yaml': [
        'recommendationVersion: 1',
        'issuer: { zh: 某检察院 }',
        'reference: 某检建〔2022〕1号',
        'addressee: { zh: 某公司 }',
        'issued: 2022-07-08',
        'items:',
        '  - number: 1',
        '    text: { zh: 缓存 }',
        '    requires: { rules: [PIPL-SPI-003], targets: { stores: [parcel-cache] } }',
        '  - number: 2',
        '    text: { zh: 停止向保险机构提供 }',
        '    requires: { rules: [PIPL-PROV-001], targets: { flows: [to-insurance-agencies] } }',
        '',
      ].join('\n'),
    });
    const result = await run({ recommendation: join(dir2, 'rec.yaml'), before: 'examples/hospital/before', after: 'examples/hospital/after' });
    expect(result.items[0]?.status).toBe('NOT_VERIFIABLE');
    expect(result.items[0]?.reasons.map((r) => r.en)).toContain('no store named parcel-cache in before');
    // The flow exists before and is removed after: a named target must still exist.
    expect(result.items[1]?.status).toBe('NOT_VERIFIABLE');
    expect(result.items[1]?.reasons.map((r) => r.en)).toEqual(['no flow named to-insurance-agencies in after']);
  });

  it('themes stand for every rule of the theme either side ran', async () => {
    const dir4 = tempDir({ 'rec.yaml': 'recommendationVersion: 1\nissuer: { zh: 某 }\nreference: R\naddressee: { zh: 某 }\nissued: 2022-01-01\nitems:\n  - { number: 1, text: { zh: 口令 }, requires: { themes: [credentials] } }\n' });
    const fixed = await run({ recommendation: join(dir4, 'rec.yaml'), before: path('courier-before'), after: path('courier-after') });
    expect(fixed.items[0]?.rules).toEqual(expect.arrayContaining(['PIPL-CRED-001', 'PIPL-CRED-009']));
    const themeOf = new Map(resolvePacks(undefined, undefined, REPO_ROOT).flatMap((p) => p.rules.map((r) => [r.definition.id, r.definition.theme])));
    expect(fixed.items[0]?.rules.filter((id) => themeOf.get(id) !== 'credentials')).toEqual([]);
    expect(fixed.items[0]?.status).toBe('FIXED');
    const notFixed = await run({ recommendation: join(dir4, 'rec.yaml'), before: path('courier-before'), after: path('courier-before') });
    // Every credentials FAIL of before/ is required by the theme item, and each is still there.
    const before = JSON.parse(readFileSync(path('courier-before'), 'utf8')) as AuditReport;
    const failing = before.findings.filter((f) => f.status === 'FAIL' && f.theme === 'credentials');
    expect(failing.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['PIPL-CRED-001', 'PIPL-CRED-003', 'PIPL-CRED-009']));
    expect(notFixed.items[0]?.findings.map((f) => f.ruleId).sort()).toEqual(failing.map((f) => f.ruleId).sort());
  });

  it('NOT_VERIFIABLE when after did not run a required rule', async () => {
    const result = await run({ recommendation: 'examples/courier/recommendation.yaml', before: path('courier-before'), after: 'examples/courier/after', disable: ['PIPL-EXP-001'] });
    const item4 = result.items.find((i) => i.number === 4);
    expect(item4?.status).toBe('NOT_VERIFIABLE');
    expect(item4?.reasons.map((r) => r.en)).toContain('rule PIPL-EXP-001 was not run in after');
  });

  it('an unknown rule id is an input error naming the item and its line', async () => {
    const dir3 = tempDir({
      'rec.yaml': 'recommendationVersion: 1\nissuer: { zh: 某 }\nreference: R1\naddressee: { zh: 某 }\nissued: 2022-01-01\nitems:\n  - number: 7\n    text: { zh: x }\n    requires: { rules: [PIPL-QRY-001, PIPL-NOPE-999] }\n',
    });
    const error = await run({ recommendation: join(dir3, 'rec.yaml'), before: path('courier-before'), after: path('courier-after') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const [d] = (error as InputError).diagnostics;
    expect(d?.message).toMatch(/^item 7 names rule "PIPL-NOPE-999", which is not a rule of the packs in use \(core 1\.0\.0, express 1\.0\.0\)$/);
    expect(d?.line).toBe(9);
  });
});

describe('comparison by fingerprint', () => {
  it('without a recommendation: resolved, unchanged, new and regressed, as defined', async () => {
    // before: the rectified courier system audited here (passes listed); after: the original.
    const result = await run({ before: 'examples/courier/after', after: path('courier-before') });
    expect(result.items).toEqual([]);
    const byKey = new Map(result.changes.map((c) => [`${c.ruleId} ${c.target.key}`, c]));
    // The supervisor's lookup grant passed before and fails after: the item existed and got worse.
    expect(byKey.get('PIPL-QRY-001 outlet-supervisor>waybill-lookup')?.change).toBe('REGRESSED');
    expect(byKey.get('PIPL-QRY-001 outlet-supervisor>waybill-lookup')?.beforeStatus).toBe('PASS');
    expect(result.summary.regressed).toBeGreaterThan(0);
    expect(result.summary.resolved + result.summary.unchanged).toBe(0);
    expect(result.summary.passed).toBe(false);

    const forward = await run({ before: path('courier-before'), after: 'examples/courier/after' });
    expect(forward.summary.new + forward.summary.regressed).toBe(0);
    // Rule by rule: an aspect folded into another finding is resolved on its own.
    expect(forward.summary.resolved).toBe(withAspects((reports['courier-before'] as AuditReport).findings).filter((f) => f.status === 'FAIL').length);
    expect(forward.summary.passed).toBe(true);
  });

  it('a FAIL on an item before never saw is NEW and trips the gate at its severity', async () => {
    const after = reports['courier-after'] as AuditReport;
    const extra = { ...(reports['courier-before'] as AuditReport).findings.find((f) => f.ruleId === 'PIPL-CRED-001' && f.status === 'FAIL')! };
    const added = { ...extra, target: { key: 'night-shift-shared', label: 'night-shift-shared' }, fingerprint: fingerprintOf('PIPL-CRED-001', 'night-shift-shared') };
    const file = save('courier-after-new', { ...after, findings: [added, ...after.findings] });
    const gated = await run({ before: path('courier-after'), after: file });
    expect(gated.changes.filter((c) => c.change === 'NEW').map((c) => c.target.key)).toEqual(['night-shift-shared']);
    expect(gated.summary.passed).toBe(false);
    const lenient = await run({ before: path('courier-after'), after: file, failOn: 'critical' });
    expect(lenient.summary.passed).toBe(true);
  });
});

describe('what remains open (reservations) and the verdict', () => {
  // An after that fixed every failure of before in place: the same findings, FAIL turned PASS,
  // nothing left to people, no exception, nothing unmapped, every object still there.
  function cleanAfter(): AuditReport {
    const before = reports['courier-before'] as AuditReport;
    // Passing findings fold nothing: each aspect of before passes as a finding of its own.
    const findings = withAspects(before.findings).map(({ reason: _r, suppression: _s, aspects: _a, ...f }) => ({ ...f, status: 'PASS' as const }));
    return { ...before, coverage: [], findings, summary: { ...before.summary, counts: { ...before.summary.counts, FAIL: 0, PASS: findings.length, MANUAL: 0, NOT_EVALUATED: 0, SUPPRESSED: 0 } } };
  }
  const rec = 'examples/courier/recommendation.yaml';
  const verdictOf = async (name: string, after: AuditReport) => run({ recommendation: rec, before: path('courier-before'), after: save(name, after) });

  it('with nothing open, a plain pass remains possible', async () => {
    const result = await verdictOf('clean-after', cleanAfter());
    expect(statuses(result)).toEqual(result.items.map((i) => `${i.number}:FIXED`));
    expect(result.reservations).toEqual({ manual: [], suppressed: [], unmapped: [], vanished: [] });
    expect(result.summary.verdict).toBe('PASSED');
  });

  it('a manual check still MANUAL after makes the pass qualified', async () => {
    const after = cleanAfter();
    const manual = { ...(after.findings[0] as AuditReport['findings'][number]), ruleId: after.findings[0]!.ruleId, status: 'MANUAL' as const, fingerprint: 'f'.repeat(32), target: { key: 'spot-check:scanners', label: 'on-site spot check of scanners' } };
    after.findings.push(manual);
    const result = await verdictOf('manual-after', after);
    expect(result.summary.passed).toBe(true);
    expect(result.reservations.manual.map((m) => m.target.label)).toEqual(['on-site spot check of scanners']);
    expect(result.summary.verdict).toBe('PASSED_WITH_RESERVATIONS');
  });

  it('a finding suppressed by the company’s own exception makes the pass qualified, naming exception, approver and expiry', async () => {
    const after = cleanAfter();
    const first = after.findings[0] as AuditReport['findings'][number];
    after.findings.push({ ...first, status: 'SUPPRESSED', fingerprint: 'e'.repeat(32), target: { key: 'x', label: 'excepted object' }, suppression: { exception: 'EX-7', status: 'FAIL', reason: 'legacy system', approver: 'CISO', expires: '2027-06-30' } });
    const result = await verdictOf('suppressed-after', after);
    expect(result.reservations.suppressed).toEqual([expect.objectContaining({ exception: 'EX-7', approver: 'CISO', expires: '2027-06-30', reason: 'legacy system' })]);
    expect(result.summary.verdict).toBe('PASSED_WITH_RESERVATIONS');
  });

  it('a coverage gap of after (an unmapped object, or an object gone since before) makes the pass qualified', async () => {
    const unmapped = cleanAfter();
    unmapped.coverage = [{ file: 'after/keycloak/realm.json', line: 12, kind: 'client', name: 'courier-app-v2', note: 'not mapped to the manifest' }];
    const a = await verdictOf('unmapped-after', unmapped);
    expect(a.reservations.unmapped.map((u) => u.name)).toEqual(['courier-app-v2']);
    expect(a.summary.verdict).toBe('PASSED_WITH_RESERVATIONS');

    const vanished = cleanAfter();
    const gone = vanished.findings.pop() as AuditReport['findings'][number];
    vanished.findings = vanished.findings.filter((f) => f.target.key !== gone.target.key);
    vanished.summary.counts.PASS = vanished.findings.length;
    const b = await verdictOf('vanished-after', vanished);
    expect(b.reservations.vanished).toContainEqual({ kind: gone.view, id: gone.target.key });
    expect(b.summary.verdict).toBe('PASSED_WITH_RESERVATIONS');
  });

  it('the examples’ rectifications pass with reservations, naming what remains (sources on both sides)', async () => {
    const result = await run({ recommendation: 'examples/gym/recommendation.yaml', before: 'examples/gym/before', after: 'examples/gym/after' });
    expect(result.summary.passed).toBe(true);
    expect(result.reservations.vanished.length).toBeGreaterThan(0);
    expect(result.summary.verdict).toBe('PASSED_WITH_RESERVATIONS');
  });
});
