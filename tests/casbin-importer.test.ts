// The Casbin importer on real-world-shaped files: grants at their policy lines, patterns,
// coverage of what the mapping leaves out, application matcher functions, and bad input.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAspects } from '../src/findings/fold-aspects.js';
import type { Finding } from '../src/findings/finding.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/inventory/diagnostic.js';
import { audit, loadAuditInventory } from '../src/audit.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { casbinProject } from './support/casbin-project.js';
import { tempDir } from './support/temp-dir.js';

const MODEL = `[request_definition]
r = sub, obj, act

[policy_definition]
p = sub, obj, act

[role_definition]
g = _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub) && keyMatch2(r.obj, p.obj) && r.act == p.act
`;
const POLICY = `# outlet policy
p, outlet_supervisor, /api/waybills/*, GET
p, courier, /api/rounds/:round/waybills/:id, GET
g, alice, outlet_supervisor
p, bob, /api/reports, GET
`;
const MAPPING = {
  subjects: { outlet_supervisor: 'supervisor', courier: 'courier' },
  interfaces: {
    'waybill-lookup': { object: '/api/waybills/by-phone/13800000000', assignedObject: '/api/rounds/r1/waybills/13800000000', action: 'GET' },
  },
};

async function load(files: Record<string, string | Uint8Array>, mapping: Record<string, unknown> = MAPPING, roles = ['supervisor', 'courier']) {
  const dir = casbinProject({ roles, interfaces: ['waybill-lookup'], files, mapping });
  return (await loadAuditInventory([dir], dir, loadTaxonomy())).loaded;
}

describe('Casbin importer', () => {
  it('adds grants decided by the model, with scope, pattern and the policy line as place', async () => {
    const loaded = await load({ 'model.conf': MODEL, 'policy.csv': POLICY });
    expect(loaded.failedSources).toEqual([]);
    const supervisor = loaded.inventory.roles.find((r) => r.id === 'supervisor')!;
    const courier = loaded.inventory.roles.find((r) => r.id === 'courier')!;
    // The policy decided a request beyond the holder's own and assigned records: a trigger the
    // manifest declares does not narrow what it admits (scopeEnforced, PIPL-QRY-006).
    expect(supervisor.grants).toEqual([{ interface: 'waybill-lookup', actions: ['read'], scope: 'any', pattern: '/api/waybills/*', scopeEnforced: true }]);
    expect(courier.grants).toEqual([{ interface: 'waybill-lookup', actions: ['read'], scope: 'assigned', pattern: '/api/rounds/:round/waybills/:id' }]);
    const place = loaded.inventory.provenance.of(supervisor.grants![0]);
    expect(place).toEqual({ file: expect.stringMatching(/casbin\/policy\.csv$/), pointer: '/line/2' });
    expect(loaded.locators.get(place!.file)?.locate(['/line/2/scope']).get('/line/2/scope')).toEqual({ line: 2, column: 1 });
  });

  it('lists unmapped subjects, users and objects with their lines', async () => {
    const loaded = await load({ 'model.conf': MODEL, 'policy.csv': `${POLICY}g, carol, bob\n` });
    expect(loaded.coverage.map((n) => [n.kind, n.name, n.line])).toEqual([
      ['object', '/api/reports', 5],
      ['subject', 'bob', 5],
      ['users', '1 user(s): carol', 6],
    ]);
  });

  it('imports the users of g lines as accounts holding the mapped roles they reach', async () => {
    // dave reaches outlet_supervisor through a role chain; carol holds only the unmapped bob.
    const policy = `${POLICY}g, carol, bob\ng, night_shift, outlet_supervisor\ng, dave, night_shift\n`;
    const loaded = await load({ 'model.conf': MODEL, 'policy.csv': policy });
    expect(loaded.failedSources).toEqual([]);
    const accounts = loaded.inventory.accounts.map((a) => ({ id: a.id, holders: a.holders, roles: a.roles, type: a.type }));
    expect(accounts).toEqual([
      { id: 'casbin/model:alice', holders: ['alice'], roles: ['supervisor'], type: 'personal' },
      { id: 'casbin/model:dave', holders: ['dave'], roles: ['supervisor'], type: 'personal' },
    ]);
    const dave = loaded.inventory.accounts.find((a) => a.holders?.[0] === 'dave')!;
    expect(loaded.inventory.provenance.of(dave)).toEqual({ file: expect.stringMatching(/casbin\/policy\.csv$/), pointer: '/line/8' });
  });

  it('assumes a user is one person: a manifest overlay stating a shared account replaces it without a conflict', async () => {
    // A g line names a user, not who uses it; a gate-guard login shared by three shifts is a fact
    // only people know.
    const dir = casbinProject({ roles: ['supervisor', 'courier'], interfaces: ['waybill-lookup'], files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: MAPPING });
    appendFileSync(join(dir, 'system.yaml'), 'overlays:\n  accounts:\n    - match: { id: "casbin/model:alice" }\n      set: { type: shared, holders: [early, late, night] }\n');
    const { loaded } = await loadAuditInventory([dir], dir, loadTaxonomy());
    const warnings = loaded.warnings;
    expect(loaded.failedSources).toEqual([]);
    const alice = loaded.inventory.accounts.find((a) => a.id === 'casbin/model:alice')!;
    expect(alice).toMatchObject({ type: 'shared', holders: ['early', 'late', 'night'], roles: ['supervisor'] });
    expect(loaded.inventory.provenance.factOf(alice, 'type')).toEqual({ file: expect.stringMatching(/system\.yaml$/), pointer: '/overlays/accounts/0/set/type' });
    const messages = warnings.map((w) => w.message);
    expect(messages.filter((m) => /"casbin\/model:alice": (type|holders) is/.test(m))).toEqual([]);
  });

  it('takes a user the manifest declares as an account for that account, and warns about roles it does not list', async () => {
    const dir = casbinProject({ roles: ['supervisor', 'courier'], interfaces: ['waybill-lookup'], accounts: [{ id: 'alice', roles: ['courier'] }], files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: MAPPING });
    const { loaded } = await loadAuditInventory([dir], dir, loadTaxonomy());
    expect(loaded.inventory.accounts.map((a) => [a.id, a.roles])).toEqual([['alice', ['courier']]]);
    expect(loaded.warnings.map((w) => [w.file, w.line, w.message])).toContainEqual(['casbin/policy.csv', 4, expect.stringContaining('role(s) supervisor')]);
  });

  it('audits the imported grant with the existing rules, citing the policy line', async () => {
    const dir = casbinProject({ roles: ['supervisor', 'courier'], interfaces: ['waybill-lookup'], files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: MAPPING });
    const report = await audit({ paths: [dir], cwd: dir });
    // PIPL-CAS-001 on the same grant is an aspect of the PIPL-QRY-001 finding: look among the aspects
    // too; it is grouped by its policy line, the grant one of its members.
    const speaksFor = (f: Finding, key: string) => f.target.key === key || (f.members?.items ?? []).some((m) => m.key === key);
    const failed = withAspects(report.findings).filter((f) => f.status === 'FAIL' && speaksFor(f, 'supervisor>waybill-lookup')).map((f) => [f.ruleId, f.evidence[0]?.file, f.evidence[0]?.line]);
    expect(failed).toContainEqual(['PIPL-QRY-001', 'casbin/policy.csv', 2]);
    expect(failed).toContainEqual(['PIPL-CAS-001', 'casbin/policy.csv', 2]);
    expect(withAspects(report.findings).some((f) => f.status === 'FAIL' && speaksFor(f, 'courier>waybill-lookup') && f.ruleId === 'PIPL-CAS-001')).toBe(false);
  });

  it('follows deny rules and warns about deny lines an allow-only effect ignores', async () => {
    const denyModel = MODEL.replace('p = sub, obj, act', 'p = sub, obj, act, eft').replace('e = some(where (p.eft == allow))', 'e = some(where (p.eft == allow)) && !some(where (p.eft == deny))');
    const policy = 'p, outlet_supervisor, /api/waybills/*, GET, allow\np, outlet_supervisor, /api/waybills/by-phone/:phone, GET, deny\n';
    // The policy names no courier: mapping one would be a mistake in the project file (exit 2).
    const mapping = { ...MAPPING, subjects: { outlet_supervisor: 'supervisor' } };
    const denied = await load({ 'model.conf': denyModel, 'policy.csv': policy }, mapping);
    expect(denied.inventory.roles.find((r) => r.id === 'supervisor')!.grants).toBeUndefined();
    const ignored = await load({ 'model.conf': denyModel.replace(/^e = .*$/m, 'e = some(where (p.eft == allow))'), 'policy.csv': policy }, mapping);
    expect(ignored.inventory.roles.find((r) => r.id === 'supervisor')!.grants?.[0]?.scope).toBe('any');
    expect(ignored.warnings.map((w) => [w.line, w.message])).toContainEqual([2, expect.stringContaining('casbin ignores it')]);
  });

  it('decides what an application function cannot change, and leaves the rest NOT_EVALUATED', async () => {
    const custom = MODEL.replace(/^m = .*$/m, 'm = g(r.sub, p.sub) && keyMatch2(r.obj, p.obj) && r.act == p.act && outletOwns(r.sub, r.obj)');
    const loaded = await load({ 'model.conf': custom, 'policy.csv': POLICY });
    // Allowed only if outletOwns says yes: undecided; denied whatever it says: no grant.
    expect(loaded.inventory.roles.flatMap((r) => r.grants ?? [])).toEqual([]);
    expect(loaded.failedSources).toHaveLength(1);
    const [reason] = loaded.failedSources[0]!.diagnostics;
    expect(reason).toMatchObject({ severity: 'warning', file: 'casbin/model.conf', line: 14 });
    expect(reason!.message).toContain('outletOwns()');
    expect(reason!.message).toContain('supervisor → waybill-lookup (read)');

    // The audit says NOT_EVALUATED for rules over roles, with that reason, never PASS.
    const dir = casbinProject({ roles: ['supervisor', 'courier'], interfaces: ['waybill-lookup'], files: { 'model.conf': custom, 'policy.csv': POLICY }, mapping: MAPPING });
    const report = await audit({ paths: [dir], cwd: dir });
    const qry = report.findings.find((f) => f.ruleId === 'PIPL-QRY-001' && f.status === 'NOT_EVALUATED');
    expect(qry?.reason?.en).toContain('outletOwns()');

    // An `||` branch that allows without the function decides the request.
    const either = MODEL.replace(/^m = .*$/m, 'm = g(r.sub, p.sub) && (keyMatch2(r.obj, p.obj) || outletOwns(r.sub, r.obj)) && r.act == p.act');
    const decided = await load({ 'model.conf': either, 'policy.csv': POLICY });
    expect(decided.inventory.roles.find((r) => r.id === 'supervisor')!.grants?.[0]?.scope).toBe('any');
    // A negated call cannot be bounded: everything it guards is undecided.
    const negated = MODEL.replace(/^m = .*$/m, 'm = g(r.sub, p.sub) && keyMatch2(r.obj, p.obj) && r.act == p.act && !blocked(r.sub)');
    const undecided = await load({ 'model.conf': negated, 'policy.csv': POLICY });
    expect(undecided.failedSources[0]?.diagnostics[0]?.message).toContain('blocked()');
  });

  it('warns at a comment written after a rule, which casbin reads as part of the value (a public policy wrote them)', async () => {
    const commented = POLICY.replace('g, alice, outlet_supervisor', 'g, alice, outlet_supervisor   # Alice supervises the outlet');
    const loaded = await load({ 'model.conf': MODEL, 'policy.csv': commented });
    expect(loaded.warnings.map((w) => [w.file, w.line, w.message])).toContainEqual(['casbin/policy.csv', 4, expect.stringContaining('value "outlet_supervisor   # Alice supervises the outlet" holds a "#" comment')]);
    // As casbin reads it, alice holds a role named with the comment, so she reaches no mapped subject.
    expect(loaded.inventory.accounts?.some((a) => a.holders?.includes('alice'))).not.toBe(true);
    const plain = await load({ 'model.conf': MODEL, 'policy.csv': POLICY });
    expect(plain.warnings.map((w) => w.message).join('\n')).not.toContain('comment');
    expect(plain.inventory.accounts?.some((a) => a.holders?.includes('alice'))).toBe(true);
  });

  it('reads a BOM-prefixed policy and rejects a GBK one with its file and line', async () => {
    const bom = await load({ 'model.conf': MODEL, 'policy.csv': '\uFEFF' + POLICY });
    expect(bom.inventory.roles.find((r) => r.id === 'supervisor')!.grants?.[0]?.scope).toBe('any');
    const gbk = Buffer.concat([Buffer.from(POLICY), Buffer.from([0xc9, 0xee, 0xdb, 0xda, 0x0a])]);
    const failed = await load({ 'model.conf': MODEL, 'policy.csv': new Uint8Array(gbk) });
    expect(failed.failedSources[0]?.diagnostics[0]).toMatchObject({ file: 'casbin/policy.csv', line: 6, message: expect.stringContaining('GBK') });
  });

  it('rejects a cyclic role chain with the lines that close it (casbin’s own example)', async () => {
    const cycle = readFileSync(join(import.meta.dirname, 'fixtures/casbin/rbac_with_cycle_policy.csv'), 'utf8');
    const loaded = await load({ 'model.conf': MODEL, 'policy.csv': cycle });
    expect(loaded.failedSources[0]?.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'casbin/policy.csv', line: 7, message: expect.stringContaining('alice → data2_admin → super_admin → alice (g lines 5, 6, 7)') }),
    ]);
  });

  it('rejects model syntax errors at their line', async () => {
    const section = await load({ 'model.conf': MODEL.replace('[policy_effect]', '[policy_effect'), 'policy.csv': POLICY });
    expect(section.failedSources[0]?.diagnostics[0]).toMatchObject({ file: 'casbin/model.conf', line: 10, message: expect.stringContaining('casbin cannot read the model') });
    const matcher = await load({ 'model.conf': MODEL.replace('&& r.act', '&& && r.act'), 'policy.csv': POLICY });
    expect(matcher.failedSources[0]?.diagnostics[0]).toMatchObject({ file: 'casbin/model.conf', line: 14, message: expect.stringContaining('Expected expression') });
    // A second [matchers] section (seen in a public model): the line is the file's, not casbin's count
    // of non-blank lines, so casbin's own "at line N" is left out of the message.
    const twice = await load({ 'model.conf': `${MODEL}\n\n[matchers]\nm = g(r.sub, p.sub) && keyMatch(r.obj, p.obj)\n`, 'policy.csv': POLICY });
    const duplicated = twice.failedSources[0]?.diagnostics[0];
    expect(duplicated).toMatchObject({ file: 'casbin/model.conf', line: MODEL.split('\n').length + 2, message: expect.stringContaining('Duplicated section: matchers') });
    expect(duplicated?.message).not.toMatch(/at line \d/);
    const missing = await load({ 'model.conf': MODEL.replace(/\[matchers\][\s\S]*/, ''), 'policy.csv': POLICY });
    expect(missing.failedSources[0]?.diagnostics[0]?.message).toContain('matchers');
  });

  it('names mapping entries that the manifest does not define, at their project-file line, as an input error', async () => {
    const dir = casbinProject({ roles: ['courier'], interfaces: ['waybill-lookup'], files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: MAPPING });
    const error = await loadAuditInventory([dir], dir, loadTaxonomy()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'pipl-audit.yaml', pointer: '/sources/0/mapping/subjects/outlet_supervisor', line: expect.any(Number), message: expect.stringContaining('"supervisor"') });
  });

  it('detects Casbin files by content and groups each model with the policies beside it', async () => {
    const manifest = 'apiVersion: pipl-audit/v1\nroles: [{ id: supervisor }]\n';
    const dir = tempDir({ 'system.yaml': manifest, 'a/rbac_model.conf': MODEL, 'a/rbac_policy.csv': POLICY, 'a/other_model.conf': MODEL, 'a/other_policy.csv': 'p, x, /y, GET\n', 'notes.csv': 'name,phone\n' });
    const { loaded } = await loadAuditInventory([dir], dir, loadTaxonomy());
    expect(loaded.failedSources).toEqual([]);
    expect(loaded.inventory.inputs.map((i) => [i.path, i.format]).sort()).toEqual([
      ['a/other_model.conf', 'casbin'],
      ['a/other_policy.csv', 'casbin'],
      ['a/rbac_model.conf', 'casbin'],
      ['a/rbac_policy.csv', 'casbin'],
      ['system.yaml', 'manifest'],
    ]);
    expect(loaded.warnings.map((w) => w.file)).toContain('notes.csv');
  });

  describe('real models and policies from the Casbin projects import without error', () => {
    const real = join(import.meta.dirname, 'fixtures/casbin/real');
    for (const folder of readdirSync(real).filter((n) => !n.includes('.'))) {
      it(folder, async () => {
        const files = Object.fromEntries(readdirSync(join(real, folder)).map((f) => [f, readFileSync(join(real, folder, f))]));
        const loaded = await load(files, {});
        expect(loaded.failedSources).toEqual([]);
        expect(loaded.inventory.inputs.filter((i) => i.format === 'casbin')).toHaveLength(2);
        // Nothing mapped, so every subject is listed for the user to map.
        expect(loaded.coverage.some((n) => n.kind === 'subject')).toBe(true);
      });
    }
  });
});
