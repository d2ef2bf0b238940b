// Differential test (issue 3, item 7): for each fixture model and policy, every (subject, object,
// action) triple decided by the Casbin import equals what a stock casbin enforcer, loading the
// same files its own way (from disk, through its file adapter), answers. The import reads the
// text itself, hands it to casbin line by line and turns answers into manifest grants; this test
// proves that nothing in that path changes a decision.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newEnforcer } from 'casbin';
import { describe, expect, it } from 'vitest';
import { loadAuditInventory } from '../src/audit.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { casbinProject } from './support/casbin-project.js';

const DIR = join(import.meta.dirname, 'fixtures/casbin/differential');
const REQUESTS = JSON.parse(readFileSync(join(DIR, 'requests.json'), 'utf8')) as Record<string, string[]>;
const FIXTURES = readdirSync(DIR).filter((n) => statSync(join(DIR, n)).isDirectory()).sort();
const MANIFEST_ACTIONS = ['read', 'update', 'delete', 'create', 'export', 'print', 'copy', 'manage'];

function policyRows(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(',').map((v) => v.trim().replace(/^"(.*)"$/, '$1')));
}

describe('Casbin import equals casbin enforce()', () => {
  it('has the fixtures the issue names', () => {
    expect(FIXTURES).toEqual(['deny-override', 'domains', 'globmatch', 'keymatch2', 'priority', 'rbac', 'regexmatch', 'resource-roles']);
  });

  // Users of g lines become accounts holding the mapped roles they reach: under an allow-only
  // effect, what an account reaches through its roles must be exactly what casbin allows the user.
  const withUsers: string[] = [];
  for (const name of FIXTURES) {
    const model = readFileSync(join(DIR, name, 'model.conf'), 'utf8');
    if (!/^e = some\(where \(p\.eft == allow\)\)$/m.test(model) || !/^g, /m.test(readFileSync(join(DIR, name, 'policy.csv'), 'utf8'))) continue;
    withUsers.push(name);
    it(`${name}: accounts from g lines reach what enforce() allows their users`, async () => {
      const policy = readFileSync(join(DIR, name, 'policy.csv'), 'utf8');
      const withDomain = /^r = sub, dom,/m.test(model);
      const pFields = (/^p = (.*)$/m.exec(model)?.[1] ?? '').split(',').map((f) => f.trim());
      const rows = policyRows(policy);
      const pRows = rows.filter((r) => r[0] === 'p').map((r) => r.slice(1));
      const gRows = rows.filter((r) => r[0] === 'g').map((r) => r.slice(1));
      const at = (field: string) => pFields.indexOf(field);
      // Roles are policy subjects and g roles; users are the g members that are neither.
      const roles = [...new Set([...pRows.map((r) => r[at('sub')]!), ...gRows.map((r) => r[1]!)])].sort();
      const users = [...new Set(gRows.map((r) => r[0]!))].filter((u) => !roles.includes(u)).sort();
      expect(users.length).toBeGreaterThan(0);
      const domains = withDomain ? [...new Set(pRows.map((r) => r[at('dom')]!))].sort() : [undefined];
      const objects = [...new Set([...pRows.map((r) => r[at('obj')]!), ...(REQUESTS[name] ?? [])])].sort();
      const actions = [...new Set(pRows.map((r) => r[at('act')]!).filter((a) => /^[A-Za-z]+$/.test(a)))].sort();
      const actionMap = Object.fromEntries(actions.map((a, i) => [MANIFEST_ACTIONS[i]!, a]));
      const interfaces = Object.fromEntries(objects.map((object, o) => [`i-${o}`, { object, actions: actionMap }]));
      const reference = await newEnforcer(join(DIR, name, 'model.conf'), join(DIR, name, 'policy.csv'));
      let allowed = 0;
      for (const domain of domains) {
        const mapping = { ...(domain !== undefined ? { domain } : {}), subjects: Object.fromEntries(roles.map((r, i) => [r, `r-${i}`])), interfaces };
        const dir = casbinProject({ roles: roles.map((_, i) => `r-${i}`), interfaces: Object.keys(interfaces), files: { 'model.conf': model, 'policy.csv': policy }, mapping });
        const { loaded } = await loadAuditInventory([dir], dir, loadTaxonomy());
        expect(loaded.failedSources).toEqual([]);
        const grantsOf = new Map(loaded.inventory.roles.map((r) => [r.id, r.grants ?? []]));
        for (const user of users) {
          const account = loaded.inventory.accounts.find((a) => a.holders?.[0] === user);
          const reached = new Set((account?.roles ?? []).flatMap((role) => (grantsOf.get(role) ?? []).flatMap((g) => g.actions.map((a) => `${g.interface}\0${a}`))));
          for (const [o, object] of objects.entries()) {
            for (const [i, action] of actions.entries()) {
              const request = domain === undefined ? [user, object, action] : [user, domain, object, action];
              const expected = await reference.enforce(...request);
              expect({ request, decision: reached.has(`i-${o}\0${MANIFEST_ACTIONS[i]}`) }).toEqual({ request, decision: expected });
              if (expected) allowed++;
            }
          }
        }
      }
      expect(allowed).toBeGreaterThan(0);
    });
  }
  it('compares accounts on the RBAC, domain, pattern and resource-role fixtures', () => {
    expect(withUsers).toEqual(['domains', 'keymatch2', 'rbac', 'resource-roles']);
  });

  for (const name of FIXTURES) {
    it(name, async () => {
      const modelPath = join(DIR, name, 'model.conf');
      const policyPath = join(DIR, name, 'policy.csv');
      const model = readFileSync(modelPath, 'utf8');
      const policy = readFileSync(policyPath, 'utf8');
      const withDomain = /^r = sub, dom,/m.test(model);
      const pFields = (/^p = (.*)$/m.exec(model)?.[1] ?? '').split(',').map((s) => s.trim());
      const rows = policyRows(policy);
      const pRows = rows.filter((r) => r[0] === 'p').map((r) => r.slice(1));
      const gRows = rows.filter((r) => r[0] === 'g').map((r) => r.slice(1));
      const at = (field: string) => pFields.indexOf(field);
      const subjects = [...new Set([...pRows.map((r) => r[at('sub')]!), ...gRows.flatMap((r) => [r[0]!, r[1]!])])].sort();
      const domains = withDomain ? [...new Set(pRows.map((r) => r[at('dom')]!))].sort() : [undefined];
      const objects = [...new Set([...pRows.map((r) => r[at('obj')]!), ...(REQUESTS[name] ?? [])])].sort();
      const actions = [...new Set([...pRows.map((r) => r[at('act')]!).filter((a) => /^[A-Za-z]+$/.test(a)), 'PUT'])].sort();
      expect(actions.length).toBeLessThanOrEqual(MANIFEST_ACTIONS.length);

      // One manifest role per (subject, domain), one interface per object; actions by position.
      const roleOf = new Map<string, { subject: string; domain: string | undefined }>();
      const subjectsMapping: Record<string, unknown> = {};
      subjects.forEach((subject, s) =>
        domains.forEach((domain, d) => {
          const role = `r-${s}-${d}`;
          roleOf.set(role, { subject, domain });
          // A mapping names each Casbin subject once; with domains the test asks per domain below.
          if (d === 0) subjectsMapping[subject] = domain === undefined ? role : { role, domain };
        }),
      );
      const actionMap = Object.fromEntries(actions.map((a, i) => [MANIFEST_ACTIONS[i]!, a]));
      const interfaces = Object.fromEntries(objects.map((object, o) => [`i-${o}`, { object, actions: actionMap }]));

      const reference = await newEnforcer(modelPath, policyPath);
      let allowed = 0;
      let denied = 0;
      let compared = 0;
      for (const [d, domain] of domains.entries()) {
        const mapping = {
          subjects: Object.fromEntries(subjects.map((subject, s) => [subject, domain === undefined ? `r-${s}-${d}` : { role: `r-${s}-${d}`, domain }])),
          interfaces,
        };
        const dir = casbinProject({ roles: [...roleOf.keys()], interfaces: Object.keys(interfaces), files: { 'model.conf': model, 'policy.csv': policy }, mapping });
        const { loaded } = await loadAuditInventory([dir], dir, loadTaxonomy());
        expect(loaded.failedSources).toEqual([]);
        const granted = new Set<string>();
        for (const role of loaded.inventory.roles) {
          for (const g of role.grants ?? []) {
            expect(g.scope).toBe('any');
            for (const a of g.actions) granted.add(`${role.id}\0${g.interface}\0${a}`);
          }
        }
        for (const [s, subject] of subjects.entries()) {
          for (const [o, object] of objects.entries()) {
            for (const [i, action] of actions.entries()) {
              const request = domain === undefined ? [subject, object, action] : [subject, domain, object, action];
              const expected = await reference.enforce(...request);
              const ours = granted.has(`r-${s}-${d}\0i-${o}\0${MANIFEST_ACTIONS[i]}`);
              expect({ request, decision: ours }).toEqual({ request, decision: expected });
              compared++;
              if (expected) allowed++;
              else denied++;
            }
          }
        }
      }
      // The comparison is not vacuous: both answers occur.
      expect(compared).toBe(subjects.length * objects.length * actions.length * domains.length);
      expect(allowed).toBeGreaterThan(0);
      expect(denied).toBeGreaterThan(0);
    });
  }
});

// RBAC with domains where each domain is a site (a community) and one is head office: roles' lines
// use `*` for the domain, users are assigned per site. With `mapping.domains`, every site's users
// are imported, and the scope a grant states must be what casbin allows the user: a unit grant is
// allowed in the user's own site and in no other site; an `any` grant is allowed in head office.
describe('Casbin RBAC with domains mapped to units equals casbin enforce()', () => {
  const MODEL = `[request_definition]
r = sub, dom, obj, act

[policy_definition]
p = sub, dom, obj, act

[role_definition]
g = _, _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub, r.dom) && (p.dom == "*" || r.dom == p.dom) && keyMatch2(r.obj, p.obj) && regexMatch(r.act, p.act)
`;
  const POLICY = `p, steward, *, /api/residents/search, GET
p, manager, *, /api/residents/*, GET
p, desk, hq, /api/residents/search, GET
p, admin, *, /api/*, .*
g, zhou, steward, site-a
g, chen, steward, site-b
g, wu, manager, site-a
g, he, manager, site-b
g, li, desk, hq
g, ops, admin, hq
g, ops, admin, site-a
g, roam, steward, site-a
g, roam, steward, site-b
`;
  const SITES: Record<string, string> = { 'site-a': 'Site A', 'site-b': 'Site B' };
  const INTERFACES = { search: { object: '/api/residents/search', action: 'GET' }, export: { object: '/api/residents/export', action: 'GET' } };
  const MAPPING = { domains: { 'site-a': { unit: 'Site A' }, 'site-b': { unit: 'Site B' }, hq: 'organization' }, subjects: { steward: 'steward', manager: 'manager', desk: 'desk', admin: 'admin' }, interfaces: INTERFACES };

  it('imports every domain\'s users, and each grant\'s scope is what enforce() allows them', async () => {
    const dir = casbinProject({ roles: ['steward', 'manager', 'desk', 'admin'], interfaces: Object.keys(INTERFACES), files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: MAPPING });
    const { loaded } = await loadAuditInventory([dir], dir, loadTaxonomy());
    expect(loaded.failedSources).toEqual([]);
    const accounts = new Map(loaded.inventory.accounts.map((a) => [a.holders?.[0], a]));
    expect([...accounts.keys()].sort()).toEqual(['chen', 'he', 'li', 'ops', 'roam', 'wu', 'zhou']);
    // The g line states the site; a user of two sites, or of head office too, is of no one unit.
    expect(Object.fromEntries([...accounts].map(([u, a]) => [u, a.unit ?? null]))).toEqual({ chen: 'Site B', he: 'Site B', li: null, ops: null, roam: null, wu: 'Site A', zhou: 'Site A' });
    const reference = await newEnforcer(join(dir, 'casbin/model.conf'), join(dir, 'casbin/policy.csv'));
    const grantsOf = new Map(loaded.inventory.roles.map((r) => [r.id, r.grants ?? []]));
    let unitGrants = 0;
    let organizationGrants = 0;
    for (const [user, account] of accounts) {
      for (const [id, { object, action }] of Object.entries(INTERFACES)) {
        const scopes = new Set((account.roles ?? []).flatMap((role) => (grantsOf.get(role) ?? []).filter((g) => g.interface === id && g.actions.includes('read')).map((g) => g.scope)));
        const allowedIn = new Map<string, boolean>();
        for (const domain of ['site-a', 'site-b', 'hq']) allowedIn.set(domain, await reference.enforce(user!, domain, object, action));
        const sites = Object.keys(SITES).filter((d) => allowedIn.get(d));
        const request = { user, interface: id };
        // Head office is mapped to the organisation: allowed there, the grant is organisation-wide.
        if (scopes.has('organization')) {
          organizationGrants++;
          expect({ ...request, headOffice: allowedIn.get('hq') }).toEqual({ ...request, headOffice: true });
        } else if (scopes.has('unit')) {
          unitGrants++;
          // Allowed in the holder's site(s) only, never in head office.
          expect({ ...request, hq: allowedIn.get('hq'), sites: sites.length > 0 }).toEqual({ ...request, hq: false, sites: true });
          if (account!.unit !== undefined) expect({ ...request, sites }).toEqual({ ...request, sites: [Object.keys(SITES).find((d) => SITES[d] === account!.unit)] });
        } else {
          expect({ ...request, allowed: [...allowedIn.values()].some(Boolean) }).toEqual({ ...request, allowed: false });
        }
      }
    }
    expect(unitGrants).toBeGreaterThan(0);
    expect(organizationGrants).toBeGreaterThan(0);
    // The admin allowed in head office and in a site holds one organisation-wide grant, not also a unit one.
    expect((grantsOf.get('admin') ?? []).map((g) => [g.interface, g.scope])).toEqual([['export', 'organization'], ['search', 'organization']]);
  });

  it('names a listed domain the policy does not have, and warns about a site the mapping leaves out', async () => {
    const bad = casbinProject({ roles: ['steward', 'manager', 'desk', 'admin'], interfaces: Object.keys(INTERFACES), files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: { ...MAPPING, domains: { 'site-c': { unit: 'Site C' } } } });
    await expect(loadAuditInventory([bad], bad, loadTaxonomy())).rejects.toThrow(/domain "site-c" appears in no policy line/);
    const partial = casbinProject({ roles: ['steward', 'manager', 'desk', 'admin'], interfaces: Object.keys(INTERFACES), files: { 'model.conf': MODEL, 'policy.csv': POLICY }, mapping: { ...MAPPING, domains: { 'site-a': { unit: 'Site A' }, hq: 'organization' } } });
    const { loaded } = await loadAuditInventory([partial], partial, loadTaxonomy());
    expect(loaded.warnings.filter((w) => /domain "site-b" is not listed under mapping\.domains/.test(w.message)).map((w) => w.line)).toEqual([6]);
    expect(loaded.inventory.accounts.map((a) => a.holders?.[0]).sort()).not.toContain('chen');
  });
});
