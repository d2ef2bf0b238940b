// Exceptions: one suppresses exactly its finding until its expiry date (moved with asOf);
// expired and unmatched ones are reported; strict mode makes them errors; a malformed file or an
// unknown rule id stops the audit with file and line.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { withAspects } from '../src/findings/fold-aspects.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { COURIER_BEFORE, courierReport } from './support/courier-report.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const QRY = 'outlet-supervisor>waybill-lookup';
const EXCEPTIONS = `# an exceptions file as users write it
version: 1
exceptions:
  - id: EX-2022-07
    rule: PIPL-QRY-001
    target: ${QRY}
    reason: lookup screen is being rebuilt with unit scope
    approver: Wang Fang, head of security
    reference: CHG-1234
    expires: 2022-07-01
  - id: EX-NOTHING
    rule: PIPL-DEV-001
    target: no-such-device
    reason: kept from an older audit
    approver: Li Lei
    expires: 2030-01-01
`;

/** A copy of the courier example with the given exceptions file beside it. */
function courierWith(exceptions: string): string {
  const dir = tempDir({ 'pipl-audit.exceptions.yaml': exceptions });
  cpSync(COURIER_BEFORE, dir, { recursive: true });
  return dir;
}

function errorOf(run: () => Promise<unknown>): Promise<InputError> {
  return run().then(
    () => {
      throw new Error('expected an InputError');
    },
    (e: unknown) => {
      if (!(e instanceof InputError)) throw e;
      return e;
    },
  );
}

describe('exceptions', () => {
  it('suppress exactly their finding before the expiry date, and report the one that matched nothing', async () => {
    const plain = await courierReport();
    const dir = courierWith(EXCEPTIONS);
    const report = await audit({ paths: [dir], cwd: dir, asOf: '2022-06-30' });
    const suppressed = report.findings.filter((f) => f.status === 'SUPPRESSED');
    expect(suppressed.map((f) => [f.ruleId, f.target.key])).toEqual([['PIPL-QRY-001', QRY]]);
    expect(suppressed[0]?.suppression).toEqual({ exception: 'EX-2022-07', status: 'FAIL', reason: 'lookup screen is being rebuilt with unit scope', approver: 'Wang Fang, head of security', reference: 'CHG-1234', expires: '2022-07-01' });
    // Everything else is as without exceptions (same fingerprints, same statuses).
    // Rule by rule: the exception accepts PIPL-QRY-001's verdict only, so the other rules' FAILs that
    // were folded into it as aspects of its cause stand alone again, each still a FAIL.
    const rest = (r: typeof report) => withAspects(r.findings).filter((f) => f.status !== 'SUPPRESSED').map((f) => `${f.fingerprint} ${f.status}`).sort();
    expect(rest(report)).toEqual(rest(plain).filter((x) => !x.startsWith(suppressed[0]?.fingerprint ?? '-')));
    expect(report.summary.counts.FAIL).toBe(plain.summary.counts.FAIL - 1);
    expect(report.summary.counts.SUPPRESSED).toBe(1);
    const host = plain.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.target.key === QRY);
    expect(host?.aspects?.length).toBeGreaterThan(0);
    const criticalAspects = (host?.aspects ?? []).filter((a) => a.severity === 'critical').length;
    expect(report.summary.failedBySeverity.critical).toBe((plain.summary.failedBySeverity.critical ?? 0) - 1 + criticalAspects);
    // The grant is read from two places (Casbin policy and code): one item citing both, suppressed once.
    const qryBefore = plain.rules.find((r) => r.id === 'PIPL-QRY-001')?.counts.FAIL ?? 0;
    expect(qryBefore).toBe(1);
    expect(report.rules.find((r) => r.id === 'PIPL-QRY-001')?.counts).toMatchObject({ FAIL: qryBefore - 1, SUPPRESSED: 1 });
    expect(report.exceptions?.map((e) => [e.id, e.state, e.matched, e.line])).toEqual([
      ['EX-2022-07', 'active', 1, 4],
      ['EX-NOTHING', 'unmatched', 0, 11],
    ]);
  });

  it('stop suppressing on the expiry date, and say so', async () => {
    const dir = courierWith(EXCEPTIONS);
    const report = await audit({ paths: [dir], cwd: dir, asOf: '2022-07-01' });
    expect(report.findings.filter((f) => f.status === 'SUPPRESSED')).toEqual([]);
    expect(report.findings.some((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL')).toBe(true);
    expect(report.exceptions?.[0]).toMatchObject({ id: 'EX-2022-07', state: 'expired', matched: 1 });
  });

  it('in strict mode, an expired or unmatched exception is an error naming its line', async () => {
    const dir = courierWith(EXCEPTIONS);
    const before = await errorOf(() => audit({ paths: [dir], cwd: dir, asOf: '2022-06-30', strictExceptions: true }));
    expect(before.diagnostics.map((d) => [d.line, d.message])).toEqual([[11, 'exception EX-NOTHING (PIPL-DEV-001 no-such-device) matches no finding']]);
    const after = await errorOf(() => audit({ paths: [dir], cwd: dir, asOf: '2022-07-02', strictExceptions: true }));
    expect(after.diagnostics.map((d) => d.line)).toEqual([4, 11]);
    expect(after.diagnostics[0]?.message).toContain('expired on 2022-07-01');
  });

  it('reject an unknown rule id and a malformed entry, with file and line', async () => {
    const unknown = courierWith(EXCEPTIONS.replace('rule: PIPL-QRY-001', 'rule: PIPL-QRY-999'));
    const e1 = await errorOf(() => audit({ paths: [unknown], cwd: unknown }));
    expect(e1.diagnostics).toEqual([expect.objectContaining({ file: 'pipl-audit.exceptions.yaml', line: 5, message: 'unknown rule id "PIPL-QRY-999"' })]);
    const malformed = courierWith(EXCEPTIONS.replace('    approver: Li Lei\n', '').replace('expires: 2022-07-01', 'expires: next year'));
    const e2 = await errorOf(() => audit({ paths: [malformed], cwd: malformed }));
    expect(e2.diagnostics.map((d) => [d.line, d.pointer])).toEqual(
      expect.arrayContaining([
        [10, '/exceptions/0/expires'],
        [11, '/exceptions/1'],
      ]),
    );
    expect(e2.diagnostics.find((d) => d.pointer === '/exceptions/1')?.message).toContain('approver');
  });

  it('the CLI exits 2 on a bad exceptions file, naming file and line, and writes nothing', async () => {
    const dir = courierWith(EXCEPTIONS.replace('rule: PIPL-QRY-001', 'rule: PIPL-NOPE-1'));
    const run = await runCliInProcess(['audit', '.', '-f', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pipl-audit.exceptions.yaml:5:5: error: /exceptions/0/rule: unknown rule id "PIPL-NOPE-1"');
    expect(readdirSync(dir)).not.toContain('out.sarif');
  });

  it('the CLI reports expired and unmatched exceptions, and --strict-exceptions turns them into exit 2', async () => {
    const dir = courierWith(EXCEPTIONS);
    const lenient = await runCliInProcess(['audit', '.', '--lang', 'en', '--as-of', '2022-06-30', '--fail-on', 'none'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('~ PIPL-QRY-001  outlet-supervisor → waybill-lookup');
    expect(lenient.stdout).toContain('pipl-audit.exceptions.yaml:11  EX-NOTHING (PIPL-DEV-001 no-such-device): matched no finding');
    expect(lenient.stdout).toMatch(/1 suppressed\.$/m);
    const strict = await runCliInProcess(['audit', '.', '--as-of', '2022-06-30', '--strict-exceptions'], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('pipl-audit.exceptions.yaml:11: error: exception EX-NOTHING');
    const none = await runCliInProcess(['audit', '.', '--as-of', '2022-06-30', '--no-exceptions', '--lang', 'en'], { cwd: dir });
    expect(none.stdout).not.toContain('SUPPRESSED');
  });

  it('a project file may name the exceptions file; a named file that is missing is an error', async () => {
    const dir = courierWith(EXCEPTIONS);
    const project = tempDir({
      'pipl-audit.yaml': `version: 1\nmanifests: [${JSON.stringify(dir)}]\nexceptions: ${JSON.stringify(join(dir, 'pipl-audit.exceptions.yaml'))}\nasOf: 2022-06-30\n`,
    });
    // The project names files in another folder: allowed only from the command line.
    const run = await runCliInProcess(['audit', project, '-f', 'json', '--fail-on', 'none', '--allow-outside', dir]);
    const report = JSON.parse(run.stdout) as { findings: Array<{ status: string }> };
    expect(report.findings.filter((f) => f.status === 'SUPPRESSED')).toHaveLength(1);
    const missing = await runCliInProcess(['audit', COURIER_BEFORE, '--exceptions', 'no-such.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such.yaml: error: exceptions file not found');
  });
});
