// End to end: the CLI spawned as a user would run it, on the shipped courier example and on
// bad input — each command and format once, the exit codes, a file written and nothing written on
// bad input. Checks of a message or an exit code beside them run in-process
// (tests/support/run-cli-in-process.ts); the second of two JSON runs too, so that the in-process
// bytes are compared with a spawned run's. Needs a build (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../src/schema/ajv-instance.js';
import { CLI, REPO_ROOT, runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { sharedCli } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const COURIER = 'examples/courier/before';

describe('pipl-audit audit', () => {
  it('prints the courier findings with article and evidence, and exits 1 at the default gate', async () => {
    const { code, stdout } = await sharedCli(['audit', COURIER, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/PIPL-QRY-001 {2}Lookup of anyone's records by phone number/);
    expect(stdout).toContain('PIPL Art. 51(4) (law)');
    // The supervisor's grant is read from the Casbin policy of the waybill service (pipl-audit.yaml).
    expect(stdout).toMatch(/examples\/courier\/before\/casbin\/policy\.csv:2:1 \/line\/2\/scope/);
    expect(stdout).toMatch(/examples\/courier\/before\/backend\/src\/waybills\.ts:\d+:\d+ \/code\/query\/0/);
    expect(stdout).toMatch(/^\d+ rules run: \d+ rules? failed \(\d+ items? in \d+ findings?/m);
  });

  it('writes Chinese when asked', async () => {
    const { stdout } = await sharedCli(['audit', COURIER, '--lang', 'zh']);
    expect(stdout).toContain('可按任意手机号');
    expect(stdout).toContain('法律');
  });

  it('colours only a terminal, and not when NO_COLOR is set', async () => {
    const piped = await sharedCli(['audit', COURIER, '--lang', 'en']);
    expect(piped.stdout).not.toContain('\x1b[');
    // util-linux `script` gives the command a pseudo-terminal, as a user's shell would.
    const inTerminal = spawnSync('script', ['-qc', `node ${CLI} audit ${COURIER} --lang en`, '/dev/null'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    if (inTerminal.error) return; // no `script` on this machine: the piped case above still ran
    expect(inTerminal.stdout).toContain('\x1b[1;31mCRITICAL');
    const noColor = spawnSync('script', ['-qc', `node ${CLI} audit ${COURIER} --lang en`, '/dev/null'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('CRITICAL');
    expect(noColor.stdout).not.toContain('\x1b[');
  });

  it('gates on the chosen severity', async () => {
    expect((await sharedCli(['audit', COURIER, '--fail-on', 'none'])).code).toBe(0);
    expect((await sharedCli(['audit', COURIER, '--fail-on', 'critical'])).code).toBe(1);
    expect(runCli(['audit', COURIER, '--fail-on', 'severe']).code).toBe(2);
  });

  it('emits JSON that validates against the published report schema, byte for byte the same each run', async () => {
    const first = runCli(['audit', COURIER, '--format', 'json']);
    const second = await runCliInProcess(['audit', COURIER, '--format', 'json']);
    expect(first.stdout).toBe(second.stdout);
    const schema = JSON.parse((await runCliInProcess(['schema', 'report'])).stdout) as object;
    const validate = createAjv().compile(schema);
    const report = JSON.parse(first.stdout) as { findings: Array<{ ruleId: string; evidence: Array<{ line?: number }> }> };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings.some((f) => f.ruleId === 'PIPL-QRY-001' && (f.evidence[0]?.line ?? 0) > 0)).toBe(true);
  });

  it('writes the report to a file, and nothing at all when the input is bad', () => {
    const dir = tempDir({ 'bad.yaml': 'apiVersion: pipl-audit/v1\nstores:\n  - id: s\n    kind: nonsense\n' });
    const good = runCli(['audit', join(process.cwd(), COURIER), '-f', 'json', '-o', 'out.json', '--fail-on', 'none'], { cwd: dir });
    expect(good.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).reportVersion).toBe(1);
    const bad = runCli(['audit', 'bad.yaml', '-f', 'json', '-o', 'bad-out.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:4:5: error: /stores/0/kind: value not allowed');
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(existsSync(join(dir, 'bad-out.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['bad.yaml', 'out.json']);
  });

  it('fails cleanly on an output path it cannot write', async () => {
    const { code, stderr } = await runCliInProcess(['audit', COURIER, '-o', '/nonexistent-dir/report.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write output/);
  });

  it('rejects unknown formats, missing paths and empty folders with exit 2', async () => {
    expect((await runCliInProcess(['audit', COURIER, '--format', 'xml'])).code).toBe(2);
    const missing = await runCliInProcess(['audit', 'no/such/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/dir: error: no such file or directory');
    const empty = await runCliInProcess(['audit', tempDir({})]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no manifest or export files found');
  });
});

describe('pipl-audit schema', () => {
  it('publishes the manifest schema, which the shipped examples satisfy', () => {
    const { code, stdout } = runCli(['schema', 'manifest']);
    expect(code).toBe(0);
    const validate = createAjv().compile(JSON.parse(stdout) as object);
    for (const file of readdirSync(COURIER).filter((f) => f.endsWith('.yaml') && f !== 'pipl-audit.yaml')) {
      expect(validate(parse(readFileSync(join(COURIER, file), 'utf8'))), file).toBe(true);
    }
    expect(validate({ apiVersion: 'pipl-audit/v1', stores: [{ id: 'x' }] })).toBe(false);
  });

  it('rejects an unknown schema name', async () => {
    expect((await runCliInProcess(['schema', 'nope'])).code).toBe(2);
  });
});

describe('pipl-audit rules', () => {
  it('lists rules as JSON with their basis', () => {
    const list = JSON.parse(runCli(['rules', 'list', '--format', 'json']).stdout) as Array<{ id: string; basis: unknown[] }>;
    expect(list.length).toBeGreaterThanOrEqual(30);
    expect(list.every((r) => r.basis.length > 0)).toBe(true);
  });

  it('explains a rule', async () => {
    const { code, stdout } = await sharedCli(['rules', 'explain', 'PIPL-QRY-001', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('GB/T 35273-2020 §7.1 (national standard, text unverified)');
    // The page shipped with the package, readable offline.
    expect(stdout).toContain(`documentation: ${join(REPO_ROOT, 'docs/rules/PIPL-QRY-001.md')}`);
    expect((await runCliInProcess(['rules', 'explain', 'NOPE-1'])).code).toBe(2);
  });

  it('explains a decision table in words, in either language, not as JSON', async () => {
    const en = (await sharedCli(['rules', 'explain', 'PIPL-QRY-001', '--lang', 'en'])).stdout;
    expect(en).toContain('decision table (every combination of the inputs matches exactly one row):');
    expect(en).toMatch(/^ {4}13\. wide-unmasked-unlimited — when scope is "the whole organisation" or "any record", .*rate limit is "unlimited": FAIL, CRITICAL$/m);
    expect(en).toContain('interfaces[].trigger, absent: trigger: none');
    expect(en).not.toContain('"rows"');
    const zh = (await sharedCli(['rules', 'explain', 'PIPL-QRY-001', '--lang', 'zh'])).stdout;
    expect(zh).toMatch(/^ {4}5\. unit-masked — 当授权范围为「本单位」.*时: PASS（合规）$/m);
  });

  it('runs the fixtures of a rule', () => {
    const { code, stdout } = runCli(['rules', 'test', 'PIPL-QRY-001']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('reports a failing fixture with what was expected and what came out, in either language', async () => {
    // A copy of a shipped pack whose first FAIL case names the wrong store.
    const pack = join(REPO_ROOT, 'rules/venue');
    const files: Record<string, string> = {};
    for (const name of readdirSync(pack)) files[name] = readFileSync(join(pack, name), 'utf8');
    const fixtures = readdirSync(pack).find((n) => n.endsWith('.test.yaml'))!;
    const text = files[fixtures]!;
    const doc = parse(text) as { fail: { target: string }[]; pass: { target?: string }[] };
    const right = doc.fail[0]!.target;
    const wrong = doc.pass.find((c) => c.target !== undefined && c.target !== right)!.target!;
    files[fixtures] = text.replace(`target: ${right}`, `target: ${wrong}`);
    const dir = tempDir(files);
    const en = await runCliInProcess(['rules', 'test', '--pack', dir, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(`expected FAIL on ${wrong}; got FAIL: ${right}`);
    expect(en.stdout).toMatch(/^\d+ passed, 1 failed$/m);
    const zh = await runCliInProcess(['rules', 'test', '--pack', dir, '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(`应为：${wrong} 上为 FAIL；实际 FAIL：${right}`);
    expect(zh.stdout).toMatch(/^\d+ 项通过，1 项未通过$/m);
  });
});
