// Hostile Casbin input (issue 10, item 1): a model or policy is data from the export under audit,
// and nothing in it may run code in the auditor. casbin's matcher evaluator can be escaped with
// computed member access (`keyMatch[this]` becomes `Function`), so these tests spawn the built CLI
// on such models and check that the payload never ran, the model is refused at its file and line,
// its permissions are NOT_EVALUATED, and the audit goes on and fails the gate.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casbinProject } from '../support/casbin-project.js';
import { runCli } from '../support/run-cli.js';

const MAPPING = {
  subjects: { alice: 'supervisor' },
  interfaces: { 'waybill-lookup': { object: '/api/waybills/by-phone/13800000000', action: 'GET' } },
};

function model(matcher: string, effect = 'some(where (p.eft == allow))', policy = 'p = sub, obj, act'): string {
  return ['[request_definition]', 'r = sub, obj, act', '', '[policy_definition]', policy, '', '[role_definition]', 'g = _, _', '', '[policy_effect]', `e = ${effect}`, '', '[matchers]', `m = ${matcher}`, ''].join('\n');
}

/** The published escape: `this.toString` made to answer "constructor", so `keyMatch[this]` is Function. */
function escape(payload: string): string {
  return `this["__defineGetter__"]("toString", ([])["valueOf"]["bind"](([])["shift"]["bind"](("abc,constructor")["split"](",")))) || keyMatch[this]("${payload}")() || r.sub == p.sub`;
}

interface Report {
  findings: Array<{ ruleId: string; status: string; reason?: { en: string } }>;
  diagnostics: Array<{ severity: string; file: string; line?: number; message: string }>;
}

function auditProject(files: Record<string, string>, options?: Record<string, unknown>, mapping: Record<string, unknown> = MAPPING) {
  const dir = casbinProject({ roles: ['supervisor'], interfaces: ['waybill-lookup'], files, mapping, ...(options ? { options } : {}) });
  // As a gate: a refused model is an input error (exit 2, nothing written) …
  const result = runCli(['audit', dir, '--format', 'json', '--no-color'], { cwd: dir });
  // … and accepted as unreadable, the report says what the refusal leaves NOT_EVALUATED.
  const accepted = result.code === 2 ? runCli(['audit', dir, '--format', 'json', '--no-color', '--allow-unreadable'], { cwd: dir }) : result;
  return { dir, result, report: accepted.stdout ? (JSON.parse(accepted.stdout) as Report) : undefined };
}

describe('a hostile Casbin model never runs code', () => {
  it('refuses the published matcher escape: no marker written, model.conf:line named, the gate exits 2', () => {
    const marker = (dir: string) => join(dir, 'MARKER');
    const dir0 = casbinProject({ roles: ['supervisor'], interfaces: ['waybill-lookup'], files: {}, mapping: MAPPING });
    const payload = `process.getBuiltinModule('fs').writeFileSync('${marker(dir0).replace(/\\/g, '/')}', 'ran')`;
    const { result, report } = auditProject({ 'model.conf': model(escape(payload)), 'policy.csv': 'p, alice, /api/waybills/*, GET\n' });
    expect(existsSync(marker(dir0))).toBe(false);
    expect(result.code).toBe(2);
    const refusal = report!.diagnostics.find((d) => d.severity === 'error');
    expect(refusal).toMatchObject({ file: 'casbin/model.conf', line: 14 });
    expect(refusal!.message).toMatch(/computed member access/);
    // Rules over roles cannot vouch for what the refused model holds.
    expect(report!.findings.some((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'NOT_EVALUATED' && f.reason?.en.includes('casbin/model.conf:14'))).toBe(true);
  });

  it('does not let process.exit(0) turn the gate green', () => {
    const { result, report } = auditProject({ 'model.conf': model(escape('return process.exit(0)')), 'policy.csv': 'p, alice, /api/waybills/*, GET\n' });
    expect(result.code).toBe(2);
    expect(report?.diagnostics.some((d) => d.severity === 'error' && d.file === 'casbin/model.conf' && d.line === 14)).toBe(true);
  });

  it('refuses an effect casbin does not know at its line', () => {
    const { result, report } = auditProject({ 'model.conf': model('r.sub == p.sub', 'this["x"]'), 'policy.csv': 'p, alice, /api/waybills/*, GET\n' });
    expect(result.code).toBe(2);
    expect(report!.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: 'casbin/model.conf', line: 11 });
  });

  it('checks eval() rules taken from policy lines before casbin sees them, at the policy line', () => {
    const dir0 = casbinProject({ roles: ['supervisor'], interfaces: ['waybill-lookup'], files: {}, mapping: MAPPING });
    const markerPath = join(dir0, 'MARKER').replace(/\\/g, '/');
    const hostileRule = `"keyMatch[this](\\"process.getBuiltinModule('fs').writeFileSync('${markerPath}', 'ran')\\")()"`;
    const policy = ['p, r.sub == "alice", /api/waybills/*, GET', `p, ${hostileRule}, /api/waybills/*, GET`, ''].join('\n');
    const { result, report } = auditProject({ 'model.conf': model('eval(p.sub_rule) && keyMatch(r.obj, p.obj) && r.act == p.act', undefined, 'p = sub_rule, obj, act'), 'policy.csv': policy });
    expect(existsSync(join(dir0, 'MARKER'))).toBe(false);
    expect(result.code).toBe(2);
    expect(report!.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: 'casbin/policy.csv', line: 2 });
  });

  it('still imports a well-formed model of built-ins and an application function (control)', () => {
    const { result, report } = auditProject({ 'model.conf': model('g(r.sub, p.sub) && (keyMatch(r.obj, p.obj) || outletOwns(r.sub, r.obj)) && r.act == p.act || r.sub == "root" && !(r.obj == "/x")'), 'policy.csv': 'p, alice, /api/waybills/*, GET\n' });
    expect(report!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.code).toBe(1); // the wildcard grant fails the query-rights rules
    expect(report!.findings.some((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'FAIL')).toBe(true);
  });
});

describe('a hostile Casbin policy never hangs the audit or exhausts its memory', () => {
  it('stops a backtracking regexMatch pattern at the time limit and audits the rest', () => {
    const regexModel = model('r.sub == p.sub && regexMatch(r.obj, p.obj) && r.act == p.act');
    // Exponential backtracking on a request that almost matches.
    const policy = 'p, alice, ^(/?[a-z0-9-]*)*Z$, GET\n';
    const mapping = { subjects: { alice: 'supervisor' }, interfaces: { 'waybill-lookup': { object: `/${'a1-'.repeat(40)}`, action: 'GET' } } };
    const { result, report } = auditProject({ 'model.conf': regexModel, 'policy.csv': policy }, { timeLimitSeconds: 1 }, mapping);
    expect(result.code).toBe(2);
    const stopped = report!.diagnostics.find((d) => d.severity === 'error');
    expect(stopped).toMatchObject({ file: 'casbin/model.conf' });
    expect(stopped!.message).toContain('Casbin evaluation exceeded 1 s (time limit)');
    expect(report!.findings.some((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'NOT_EVALUATED' && f.reason?.en.includes('exceeded 1 s'))).toBe(true);
  });

  it('stops an evaluation past the memory limit and audits the rest', () => {
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`p, role${i % 50}, /api/obj${i % 100}/*, GET`, `g, user${i}, role${i % 50}`);
    const { result, report } = auditProject({ 'model.conf': model('g(r.sub, p.sub) && keyMatch(r.obj, p.obj) && r.act == p.act'), 'policy.csv': lines.join('\n') }, { memoryLimitMb: 64 });
    expect(result.code).toBe(2);
    const stopped = report!.diagnostics.find((d) => d.severity === 'error');
    expect(stopped).toMatchObject({ file: 'casbin/model.conf' });
    expect(stopped!.message).toContain('Casbin evaluation exceeded 64 MB (memory limit)');
  });
});
