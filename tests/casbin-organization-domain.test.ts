// One grant stated twice, by a Casbin policy line in the domain the project file maps to the whole
// organisation and by the manifest (with its reason): one item citing both, of scope organization
// (not "any"), never a second item keyed by scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { grantCauses } from '../src/views/grant-causes.js';
import type { Grant, Role } from '../src/inventory/manifest-schema.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const role = { id: 'finance', grants: [] } as unknown as Role;

describe('grant causes: an access rule and the manifest stating one grant', () => {
  it('joins the policy grant to the manifest grant of the same target, scope and actions', () => {
    const manifest: Grant = { interface: 'topups', actions: ['read', 'export'], scope: 'organization', reason: '对账' };
    const policy: Grant = { interface: 'topups', actions: ['read'], scope: 'organization', scopeEnforced: true };
    const causes = grantCauses(role.id, [
      { grant: policy, declaredBy: role },
      { grant: manifest, declaredBy: role },
    ]);
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatchObject({ key: 'finance>topups', grant: manifest, alsoStatedBy: [policy] });
  });

  it('keeps apart a policy grant of another scope, or with actions the manifest does not state', () => {
    const manifest: Grant = { interface: 'topups', actions: ['read'], scope: 'organization', reason: '对账' };
    const wider: Grant = { interface: 'topups', actions: ['read'], scope: 'any', scopeEnforced: true };
    const more: Grant = { interface: 'topups', actions: ['read', 'export'], scope: 'organization', scopeEnforced: true };
    expect(grantCauses(role.id, [{ grant: manifest, declaredBy: role }, { grant: wider, declaredBy: role }])).toHaveLength(2);
    expect(grantCauses(role.id, [{ grant: manifest, declaredBy: role }, { grant: more, declaredBy: role }])).toHaveLength(2);
  });

  it('ignores the reason: two grants differing only in why they are held are one', () => {
    const a: Grant = { interface: 'topups', actions: ['read'], scope: 'organization', reason: '对账' };
    const b: Grant = { interface: 'topups', actions: ['read'], scope: 'organization', reason: '圈存对账' };
    expect(grantCauses(role.id, [{ grant: a, declaredBy: role }, { grant: b, declaredBy: role }])).toHaveLength(1);
  });
});

/**
 * The courier example's manifest and Casbin policy as one project, the Casbin source's domain
 * outlet-0755 mapped to the whole organisation; `edit` changes the access manifest (its overlays
 * left out) and `extraPolicy` adds policy lines.
 */
function courierCasbinProject(edit: (access: string) => string = (a) => a, extraPolicy = ''): string {
  const courier = join(REPO_ROOT, 'examples/courier/before');
  const read = (f: string) => readFileSync(join(courier, f), 'utf8');
  return tempDir({
    'system.yaml': read('system.yaml'),
    'data.yaml': read('data.yaml'),
    'access.yaml': edit(read('access.yaml').replace(/^overlays:\n(?: .*\n|#.*\n|\n)*/m, '')),
    'casbin/model.conf': read('casbin/model.conf'),
    'casbin/policy.csv': `${read('casbin/policy.csv').trimEnd()}\n${extraPolicy}`,
    'pipl-audit.yaml': stringify({
      version: 1,
      manifests: ['system.yaml', 'data.yaml', 'access.yaml'],
      sources: [
        {
          type: 'casbin',
          path: 'casbin',
          mapping: {
            domains: { 'outlet-0755': 'organization' },
            subjects: { outlet_supervisor: 'outlet-supervisor' },
            interfaces: { 'waybill-lookup': { object: '/api/waybills/by-phone/13800000000', action: 'GET' } },
          },
        },
      ],
    }),
  });
}

it('reads a Casbin grant in a domain mapped to organization as scope organization, one item with the manifest grant', () => {
  // The supervisor's grant stated in the manifest too, organisation-wide, with its reason.
  const grant = '    grants:\n      - { interface: waybill-lookup, actions: [read], scope: organization, reason: 全网查件 }\n';
  const dir = courierCasbinProject((access) => {
    const edited = access.replace('    # pipl-audit reads it from them (see pipl-audit.yaml).\n', grant);
    expect(edited).toContain('reason: 全网查件');
    return edited;
  });
  const result = runCli(['audit', dir, '--format', 'json', '--no-color'], { cwd: dir });
  type Listed = { ruleId: string; target: { key: string }; message: { en: string }; evidence: Array<{ file: string }>; members?: { items: Array<{ key: string }> } };
  const report = JSON.parse(result.stdout) as { findings: Array<Listed & { aspects?: Listed[] }> };
  const all = report.findings.flatMap((f) => [f, ...(f.aspects ?? [])]);
  const keys = all.flatMap((f) => [f.target.key, ...(f.members?.items ?? []).map((m) => m.key)]).filter((k) => k.startsWith('outlet-supervisor>waybill-lookup'));
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.every((k) => k === 'outlet-supervisor>waybill-lookup')).toBe(true);
  const qry001 = all.find((f) => f.ruleId === 'PIPL-QRY-001' && f.target.key === 'outlet-supervisor>waybill-lookup');
  expect(qry001).toBeDefined();
  const files = new Set(qry001!.evidence.map((e) => e.file));
  expect(files).toContain('casbin/policy.csv');
  expect(files).toContain('access.yaml');
  for (const f of all.filter((x) => x.target.key === 'outlet-supervisor>waybill-lookup')) expect(f.message.en).not.toMatch(/scope anyone/);
});

it('takes a policy domain named like an Object.prototype member for an unlisted domain, not a listed one', () => {
  // The supervisor role is also assigned in a domain named `constructor`, which the mapping does not list.
  const dir = courierCasbinProject(undefined, 'g, zhang-wei, outlet_supervisor, constructor\n');
  const result = runCli(['audit', dir, '--format', 'json', '--no-color'], { cwd: dir });
  const report = JSON.parse(result.stdout) as { diagnostics: Array<{ message: string }> };
  expect(report.diagnostics.map((d) => d.message)).toContain('domain "constructor" is not listed under mapping.domains: what its users are assigned there is not evaluated');
});
