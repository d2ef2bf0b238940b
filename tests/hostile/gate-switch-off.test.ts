// Issue 10, item 6: the gate cannot be switched off from the repository. One exception with a
// wildcard rule or an unbounded target is refused (exit 2, file:line:column); exceptions that
// suppress more than the stated share of FAILs, or critical FAILs, are reported in every format
// (an error under --strict-exceptions); disabled rules are listed in every format and disabling
// every rule is an input error; a baseline of another system, or one that does not say which
// system it came from, is refused.
// The runs are in-process (tests/support/run-cli-in-process.ts): their messages, reports and exit
// codes are the subject, not the process.
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { renderBaseline } from '../../src/baseline/baseline-document.js';
import { InputError } from '../../src/inventory/diagnostic.js';
import { outputFormat, OUTPUT_FORMAT_NAMES } from '../../src/report/output-formats.js';
import type { AuditReport } from '../../src/report/report-schema.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { tempDir } from '../support/temp-dir.js';

const GYM = join(REPO_ROOT, 'examples/gym/before');

function gymWith(files: Record<string, string>): string {
  const dir = tempDir(files);
  cpSync(GYM, dir, { recursive: true });
  return dir;
}

function exceptionsFile(entries: Array<Record<string, string>>): string {
  return stringify({ version: 1, exceptions: entries.map((e) => ({ reason: 'accepted', approver: 'Wang Fang, CISO', expires: '2099-01-01', ...e })) });
}

async function inputErrorOf(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

function rendered(report: AuditReport, lang: 'en' | 'zh' = 'en'): Record<string, string> {
  return Object.fromEntries(OUTPUT_FORMAT_NAMES.map((name) => [name, [...(outputFormat(name)?.render(report, { lang, color: false }) ?? [])].join('')]));
}

let plain: AuditReport;
beforeAll(async () => {
  plain = await audit({ paths: [GYM], cwd: REPO_ROOT, exceptions: false });
});

describe('exceptions cannot cover everything', () => {
  it('a wildcard rule with a wildcard target is refused with file:line:column and exit 2, strict or not, and nothing is written', async () => {
    const dir = gymWith({ 'pipl-audit.exceptions.yaml': 'version: 1\nexceptions:\n  - rule: "*"\n    target: "*"\n    reason: all fine\n    approver: me\n    expires: 2099-01-01\n' });
    for (const strict of [[], ['--strict-exceptions']]) {
      const run = await runCliInProcess(['audit', '.', ...strict, '-f', 'json', '-o', 'r.json'], { cwd: dir });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('pipl-audit.exceptions.yaml:3:5: error: /exceptions/0/rule: rule "*" is a pattern: an exception must name exactly one rule');
      expect(run.stderr).toContain('pipl-audit.exceptions.yaml:4:5: error: /exceptions/0/target: target "*" is unbounded');
      expect(readdirSync(dir)).not.toContain('r.json');
    }
  });

  it('refuses rule patterns and targets without a literal prefix ending in a separator; accepts a bounded one', async () => {
    // One file with every refused entry, one audit: each entry is refused on its own, exactly once,
    // at its own place (the file is checked whole, so five files were five audits proving the same).
    const refused = [
      ['PIPL-NOT-*', 'members'],
      ['PIPL-NOT-001', '*'],
      ['PIPL-NOT-001', 'bio*'],
      ['PIPL-NOT-001', '*>waybill-lookup'],
      ['PIPL-NOT-001', '**'],
    ] as const;
    const all = gymWith({ 'pipl-audit.exceptions.yaml': exceptionsFile(refused.map(([rule, target]) => ({ rule, target }))) });
    const error = await inputErrorOf(() => audit({ paths: [all], cwd: all }));
    expect(error.diagnostics.map((d) => d.pointer)).toEqual(refused.map(([rule], i) => `/exceptions/${i}/${rule.includes('*') ? 'rule' : 'target'}`));
    expect(new Set(error.diagnostics.map((d) => d.line)).size, 'each at its own line').toBe(refused.length);
    for (const [i, [rule, target]] of refused.entries()) {
      const diagnostic = error.diagnostics[i];
      expect(diagnostic?.line, `${rule} ${target}`).toBeGreaterThan(0);
      expect(diagnostic?.column).toBeGreaterThan(0);
      expect(diagnostic?.message).toMatch(rule.includes('*') ? /is a pattern: an exception must name exactly one rule/ : /is unbounded/);
      expect(diagnostic?.message).toContain(`"${rule.includes('*') ? rule : target}"`);
    }
    // A bounded pattern (a literal prefix up to a separator) is a pattern still: `code:*` covers
    // the findings of one source kind of key; here it matches none of the gym's and is reported so.
    const dir = gymWith({ 'pipl-audit.exceptions.yaml': exceptionsFile([{ rule: 'PIPL-NOT-001', target: 'card-photo-to-face' }, { rule: 'PIPL-FACE-002', target: 'code:*' }]) });
    const report = await audit({ paths: [dir], cwd: dir });
    expect(report.exceptions?.map((e) => [e.target, e.state, e.matched])).toEqual([
      ['card-photo-to-face', 'active', 1],
      ['code:*', 'unmatched', 0],
    ]);
  });

  it('blank approver or reason is refused', async () => {
    const dir = gymWith({ 'pipl-audit.exceptions.yaml': exceptionsFile([{ rule: 'PIPL-NOT-001', target: 'card-photo-to-face', approver: '   ' }]) });
    const error = await inputErrorOf(() => audit({ paths: [dir], cwd: dir }));
    expect(error.diagnostics.map((d) => d.pointer)).toEqual(['/exceptions/0/approver']);
  });
});

describe('suppressing most FAILs is reported in every format, and an error under --strict-exceptions', () => {
  // Every FAIL and every FAIL folded into one as an aspect: an exception on the broader finding
  // does not silence a folded rule (it would surface on its own, as a baseline treats it).
  const everyFail = () =>
    exceptionsFile(
      plain.findings
        .filter((f) => f.status === 'FAIL')
        .flatMap((f) => [{ rule: f.ruleId, target: f.target.key }, ...(f.aspects ?? []).map((a) => ({ rule: a.ruleId, target: a.target.key }))]),
    );

  it('every FAIL suppressed: the share, the limit and the critical ones are in every report and on the terminal', async () => {
    const dir = gymWith({ 'pipl-audit.exceptions.yaml': everyFail() });
    const report = await audit({ paths: [dir], cwd: dir });
    const fails = plain.summary.counts.FAIL;
    const critical = plain.summary.failedBySeverity.critical ?? 0;
    expect(fails).toBeGreaterThan(2);
    expect(critical).toBeGreaterThan(0);
    expect(report.summary.counts.FAIL).toBe(0);
    expect(report.gate?.suppression).toEqual({ fails, suppressed: fails, percent: 100, limitPercent: 50, exceeded: true, critical });
    const outputs = rendered(report);
    for (const name of ['text', 'markdown', 'html', 'junit', 'sarif']) {
      expect(outputs[name], name).toContain(`the exceptions suppress ${fails} of ${fails} FAIL finding(s) (100 %), more than the stated 50 %`);
      expect(outputs[name], name).toContain(`${critical} critical FAIL finding(s) suppressed`);
    }
    expect(JSON.parse(outputs.json ?? '').gate.suppression.exceeded).toBe(true);
    expect(rendered(report, 'zh').text).toContain(`豁免文件压下了 ${fails} 项不合规中的 ${fails} 项（100%），超过规定的 50%`);

    const cli = await runCliInProcess(['audit', '.', '-f', 'json', '-o', 'r.json'], { cwd: dir });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).toContain('pipl-audit: ! the exceptions suppress');
    const strict = await runCliInProcess(['audit', '.', '--strict-exceptions', '-f', 'json', '-o', 's.json'], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`pipl-audit.exceptions.yaml: error: the exceptions suppress ${fails} of ${fails} FAIL finding(s) (100 %), more than the stated 50 %`);
    expect(readdirSync(dir)).not.toContain('s.json');
  });

  it('the share is a parameter: the project file and --max-suppressed-share', async () => {
    const dir = gymWith({ 'pipl-audit.exceptions.yaml': everyFail() });
    const allowed = await audit({ paths: [dir], cwd: dir, maxSuppressedShare: 100, strictExceptions: true });
    expect(allowed.gate?.suppression?.exceeded).toBe(false);
    expect(rendered(allowed).text).not.toContain('the exceptions suppress');
    // One FAIL of many suppressed stays under the default.
    const one = gymWith({ 'pipl-audit.exceptions.yaml': exceptionsFile([{ rule: 'PIPL-NOT-002', target: 'membership-signup' }]) });
    const report = await audit({ paths: [one], cwd: one });
    expect(report.gate?.suppression).toMatchObject({ suppressed: 1, exceeded: false, critical: 0 });
    expect(rendered(report).markdown).not.toContain('the exceptions suppress');
    const bad = await runCliInProcess(['audit', '.', '--max-suppressed-share', '150'], { cwd: one });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a per cent between 0 and 100, not "150"');
  });
});

describe('disabled rules', () => {
  it('disabling every rule is an input error (exit 2), not "0 rules" and exit 0', async () => {
    const ids = plain.rules.map((r) => r.id);
    const dir = gymWith({ 'pipl-audit.yaml': stringify({ version: 1, manifests: ['.'], disable: ids }) });
    const run = await runCliInProcess(['audit', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`pipl-audit\\.yaml: error: /disable: no rule is left to run: ${ids.length} of \\d+ rule\\(s\\) disabled`));
  });

  it('every report format lists the rules disabled, by the project file and by --disable', async () => {
    const dir = gymWith({ 'pipl-audit.yaml': stringify({ version: 1, manifests: ['.'], disable: ['PIPL-FACE-001'] }) });
    const report = await audit({ paths: [dir], cwd: dir, disable: ['PIPL-RET-007'] });
    expect(report.gate?.disabledRules).toEqual([
      { id: 'PIPL-FACE-001', by: 'project' },
      { id: 'PIPL-RET-007', by: 'option' },
    ]);
    const outputs = rendered(report);
    for (const name of ['text', 'markdown', 'html', 'junit', 'sarif']) {
      expect(outputs[name], name).toContain('2 rule(s) disabled, not run and unable to fail: project file disable: PIPL-FACE-001; --disable: PIPL-RET-007');
    }
    expect(outputs.junit).toContain('<property name="disabled-rule" value="PIPL-FACE-001"/>');
    expect(JSON.parse(outputs.sarif ?? '').runs[0].properties.gate.disabledRules).toHaveLength(2);
    expect(JSON.parse(outputs.json ?? '').gate.disabledRules).toHaveLength(2);
  });
});

describe('baselines belong to one system', () => {
  it("a baseline of another system is refused, naming both ids; one without a system is refused with how to write it again", async () => {
    const dir = gymWith({});
    const other = renderBaseline({ ...plain, system: { id: 'another-system', name: 'x' } });
    writeFileSync(join(dir, 'other.json'), other);
    const run = await runCliInProcess(['audit', '.', '--baseline', 'other.json', '-f', 'json', '-o', 'r.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('other.json: error: /system/id: the baseline was taken from system "another-system", but this audit is of system "xinwu-gym"');
    expect(readdirSync(dir)).not.toContain('r.json');

    const v1 = { baselineVersion: 1, tool: { name: 'pipl-audit', version: '0.1.0' }, asOf: plain.asOf, findings: plain.findings.filter((f) => f.status !== 'PASS').map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, target: f.target.key, status: f.status })) };
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(v1, null, 2));
    const old = await runCliInProcess(['audit', '.', '--baseline', 'v1.json'], { cwd: dir });
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/v1\.json:2:\d+: error: \/baselineVersion: this baseline \(version 1\) does not record which system it was taken from.*pipl-audit baseline write/);

    const own = await runCliInProcess(['baseline', 'write', '.', '-o', 'own.json'], { cwd: dir });
    expect(own.code, own.stderr).toBe(0);
    const ok = await runCliInProcess(['audit', '.', '--baseline', 'own.json'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    // Everything the baseline holds is known: every FAIL, NOT_EVALUATED and MANUAL item.
    const { FAIL, NOT_EVALUATED, MANUAL } = plain.summary.counts;
    expect(ok.stdout).toContain(`${FAIL + NOT_EVALUATED + MANUAL} known`);
  });
});
