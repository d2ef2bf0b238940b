// Manifest overlays on imported entities, on the courier outlet's real-shaped Keycloak 26 realm
// export: facts only people know (a user shared by eight, a leaver) replace what the importer only
// assumed, a fact the export states wins and a differing overlay is a warning naming both places,
// a selector matching nothing stops the audit at its line, and findings cite both lines.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/inventory/diagnostic.js';
import { matchesPattern } from '../src/inventory/id-pattern.js';
import { loadInventory, loadSources } from '../src/inventory/load-inventory.js';
import type { Account } from '../src/inventory/manifest-schema.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();
const REALM = join(REPO_ROOT, 'examples/courier/before/keycloak/realm-export.json');
const MAPPING = { roles: { 'waybill-web/lookup-by-phone': 'outlet-supervisor', courier: 'courier' } };

const BASE = `apiVersion: pipl-audit/v1
system: { id: outlet, name: Outlet, mlpsLevel: 3 }
stores:
  - id: waybills
    kind: database
    fields:
      - { name: recipientPhone, category: contact.phone }
      - { name: recipientName, category: identity.name }
interfaces:
  - { id: waybill-lookup, kind: query-screen, store: waybills, lookupKeys: [recipientPhone], returns: [recipientName, recipientPhone] }
roles:
  - id: outlet-supervisor
    jobScope: unit
    grants: [{ interface: waybill-lookup, actions: [read], scope: any }]
  - id: courier
    jobScope: assigned
    grants: [{ interface: waybill-lookup, actions: [read], scope: assigned }]
`;

function project(overlays: string): string {
  const dir = tempDir({
    'manifest.yaml': BASE + overlays,
    'pipl-audit.yaml': `version: 1\nmanifests: [manifest.yaml]\nsources:\n  - type: keycloak\n    path: keycloak/realm-export.json\n    mapping:\n      roles:\n        waybill-web/lookup-by-phone: outlet-supervisor\n        courier: courier\n`,
  });
  mkdirSync(join(dir, 'keycloak'));
  copyFileSync(REALM, join(dir, 'keycloak/realm-export.json'));
  return dir;
}

function load(dir: string) {
  return loadSources(['manifest.yaml'], [{ type: 'keycloak', paths: ['keycloak/realm-export.json'], mapping: MAPPING, place: { file: 'pipl-audit.yaml', pointer: '/sources/0' } }], { cwd: dir, taxonomy });
}

const byId = (accounts: Account[]) => new Map(accounts.map((a) => [a.id, a]));
const lineOf = (dir: string, file: string, needle: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

const SHARED = `overlays:
  accounts:
    - match: { id: courier-outlets/outlet-0755-supervisor }
      set:
        type: shared
        holders: [supervisor, warehouse-keeper, courier-1, courier-2]
        hrStatus: not-applicable
`;

describe('overlays on imported accounts', () => {
  it('replace what the importer only assumed, and place each fact at its manifest line', async () => {
    const { inventory, warnings } = await load(project(SHARED));
    const account = byId(inventory.accounts).get('courier-outlets/outlet-0755-supervisor');
    expect(account).toMatchObject({ type: 'shared', holders: ['supervisor', 'warehouse-keeper', 'courier-1', 'courier-2'], hrStatus: 'not-applicable', status: 'active', identityRealm: 'courier-outlets' });
    // The entity stays the export's user; the facts are the manifest's.
    expect(inventory.provenance.of(account)).toEqual({ file: 'keycloak/realm-export.json', pointer: '/users/5' });
    expect(inventory.provenance.factOf(account, 'type')).toEqual({ file: 'manifest.yaml', pointer: '/overlays/accounts/0/set/type' });
    expect(inventory.provenance.factOf(account, 'status')).toBeUndefined();
    expect(warnings.filter((w) => w.file === 'manifest.yaml')).toEqual([]);
    // Other users keep the importer's reading.
    expect(byId(inventory.accounts).get('courier-outlets/sup-0755-chen')).toMatchObject({ type: 'personal', holders: ['sup-0755-chen'] });
  });

  it('still replace the importer\'s assumptions after an HR staff list is joined to the accounts', async () => {
    // The staff list sets facts on every personal account (here: who is on it, who is not), which
    // replaces each account by a copy; the copy must keep the importer's other assumptions, or the
    // overlay stating the supervisor account shared would lose to "type: personal" the realm
    // export never stated.
    const dir = project(SHARED);
    writeFileSync(join(dir, 'staff.csv'), '工号,姓名,部门,在职状态,账号\nE1001,陈明,南山驿站,在职,sup-0755-chen\n');
    const { inventory, warnings } = await loadSources(['manifest.yaml'], [
      { type: 'keycloak', paths: ['keycloak/realm-export.json'], mapping: MAPPING, place: { file: 'pipl-audit.yaml', pointer: '/sources/0' } },
      { type: 'hr-roster', paths: ['staff.csv'], options: { joinBy: 'username' }, place: { file: 'pipl-audit.yaml', pointer: '/sources/1' } },
    ], { cwd: dir, taxonomy });
    const accounts = byId(inventory.accounts);
    const shared = accounts.get('courier-outlets/outlet-0755-supervisor');
    expect(shared).toMatchObject({ type: 'shared', holders: ['supervisor', 'warehouse-keeper', 'courier-1', 'courier-2'] });
    expect(inventory.provenance.factOf(shared, 'type')).toEqual({ file: 'manifest.yaml', pointer: '/overlays/accounts/0/set/type' });
    // The list's "matches no one, so an outsider" rested on the assumed type personal: the overlay
    // stating the account shared withdraws it (whose holders are outsiders is not stated).
    expect(shared).not.toHaveProperty('affiliation');
    expect(warnings.filter((w) => /type is|holders is/.test(w.message))).toEqual([]);
    // The joined employee keeps the importer's reading and gains the staff list's facts.
    expect(accounts.get('courier-outlets/sup-0755-chen')).toMatchObject({ type: 'personal', affiliation: 'employee', hrStatus: 'employed' });
  });

  it('select by group (subgroups included), id pattern, role and realm', async () => {
    const { inventory } = await load(
      project(`overlays:
  accounts:
    - match: { group: /outlets/0755/couriers }
      set: { affiliation: contractor }
    - match: { id: "courier-outlets/*-0755-????" }
      set: { unit: outlet-0755 }
    - match: { role: outlet-supervisor, realm: courier-outlets, type: personal }
      set: { organisation: SF Bao'an }
    - match: { group: /outlets }
      set: { hrStatus: employed }
`),
    );
    const accounts = byId(inventory.accounts);
    const with_ = (key: keyof Account) => [...accounts.values()].filter((a) => a[key] !== undefined).map((a) => a.id).sort();
    expect(with_('affiliation')).toEqual(['courier-outlets/courier-0755-01', 'courier-outlets/courier-0755-02', 'courier-outlets/courier-0755-03']);
    // "-????" needs exactly four characters after the last dash: sup-0755-chen, not courier-0755-01.
    expect(with_('unit')).toEqual(['courier-outlets/sup-0755-chen']);
    // Every user holds the lookup role (the shared account directly, the others through a group).
    expect(with_('organisation')).toEqual(['courier-outlets/courier-0755-01', 'courier-outlets/courier-0755-02', 'courier-outlets/courier-0755-03', 'courier-outlets/outlet-0755-supervisor', 'courier-outlets/sup-0755-chen', 'courier-outlets/wh-0755-li']);
    // /outlets matches /outlets/0755 and /outlets/0755/couriers, not the supervisor account (no group).
    expect(with_('hrStatus')).toEqual(['courier-outlets/courier-0755-01', 'courier-outlets/courier-0755-02', 'courier-outlets/courier-0755-03', 'courier-outlets/sup-0755-chen', 'courier-outlets/wh-0755-li']);
  });

  it('select by an attribute the export states (Keycloak user attributes), a value, a list or a pattern', async () => {
    const dir = project(`overlays:
  accounts:
    - match: { attribute: { employeeType: contractor } }
      set: { affiliation: contractor }
    - match: { attribute: { employeeType: [agency, outsourced], outletCode: "0755*" } }
      set: { organisation: Outlet Staffing Ltd }
`);
    // The same export with the attributes HR sync writes on users (Keycloak keeps every value as a list).
    const realm = JSON.parse(readFileSync(REALM, 'utf8')) as { users: Array<{ username: string; attributes?: Record<string, string[]> }> };
    const attributes: Record<string, Record<string, string[]>> = {
      'courier-0755-01': { employeeType: ['contractor'], outletCode: ['0755'] },
      'courier-0755-02': { employeeType: ['agency'], outletCode: ['0755-B'] },
      'courier-0755-03': { employeeType: ['agency'], outletCode: ['0769'] },
      'sup-0755-chen': { employeeType: ['staff'], outletCode: ['0755'] },
    };
    for (const user of realm.users) if (attributes[user.username]) user.attributes = attributes[user.username];
    writeFileSync(join(dir, 'keycloak/realm-export.json'), JSON.stringify(realm, null, 2));
    const { inventory } = await load(dir);
    const with_ = (key: keyof Account) => inventory.accounts.filter((a) => a[key] !== undefined).map((a) => a.id).sort();
    expect(with_('affiliation')).toEqual(['courier-outlets/courier-0755-01']);
    // Both attributes must hold: 0769 is not 0755*, staff is not in the list.
    expect(with_('organisation')).toEqual(['courier-outlets/courier-0755-02']);
    expect(inventory.accounts.find((a) => a.id === 'courier-outlets/sup-0755-chen')?.attributes).toEqual({ employeeType: ['staff'], outletCode: ['0755'] });
    // An attribute no account has matches nothing: an input error at the selector.
    const bad = project(`overlays:\n  accounts:\n    - match: { attribute: { employeeType: contractor } }\n      set: { affiliation: contractor }\n`);
    await expect(load(bad)).rejects.toThrow(InputError);
  });

  it('win over a staff list\'s "not on the list, so outside", which is an inference, not a row\'s statement', async () => {
    // An entrusted agency's collectors are on no staff list of the operator; the manifest states
    // them contractors. The join's default stays on the accounts nobody states anything about.
    const dir = project(`overlays:
  accounts:
    - match: { id: courier-outlets/outlet-0755-supervisor }
      set: { affiliation: contractor, organisation: 深圳速达外包服务有限公司 }
    - match: { id: courier-outlets/sup-0755-chen }
      set: { affiliation: contractor }
`);
    writeFileSync(join(dir, 'staff.csv'), '工号,姓名,部门,在职状态,账号\nE1001,陈明,南山驿站,在职,sup-0755-chen\n');
    const { inventory, warnings } = await loadSources(['manifest.yaml'], [
      { type: 'keycloak', paths: ['keycloak/realm-export.json'], mapping: MAPPING, place: { file: 'pipl-audit.yaml', pointer: '/sources/0' } },
      { type: 'hr-roster', paths: ['staff.csv'], options: { joinBy: 'username', unmatched: 'outside' }, place: { file: 'pipl-audit.yaml', pointer: '/sources/1' } },
    ], { cwd: dir, taxonomy });
    const accounts = byId(inventory.accounts);
    const agency = accounts.get('courier-outlets/outlet-0755-supervisor');
    expect(agency).toMatchObject({ affiliation: 'contractor', organisation: '深圳速达外包服务有限公司' });
    expect(inventory.provenance.factOf(agency, 'affiliation')).toEqual({ file: 'manifest.yaml', pointer: '/overlays/accounts/0/set/affiliation' });
    expect(warnings.filter((w) => w.message.includes('outlet-0755-supervisor'))).toEqual([]);
    // Unstated elsewhere, the inference stands.
    const unmatched = [...accounts.values()].filter((a) => a.type === 'personal' && a.id !== 'courier-outlets/sup-0755-chen' && a.id !== 'courier-outlets/outlet-0755-supervisor');
    expect(unmatched.length).toBeGreaterThan(0);
    for (const a of unmatched) expect(a.affiliation).toBe('outside');
    // Two stated facts that disagree (a staff-list row says employee, the overlay contractor)
    // remain the input conflict they are: the first source's fact stays, with a warning.
    expect(accounts.get('courier-outlets/sup-0755-chen')).toMatchObject({ affiliation: 'employee' });
    expect(warnings.filter((w) => w.file === 'manifest.yaml' && /sup-0755-chen.*affiliation is "employee"/.test(w.message))).toHaveLength(1);
  });

  it('lose to a fact the export states, with a warning naming both places', async () => {
    const dir = project(`overlays:
  accounts:
    - match: { id: courier-outlets/sup-0755-chen }
      set:
        status: disabled
        hrStatus: left
`);
    const { inventory, warnings } = await load(dir);
    const sup = byId(inventory.accounts).get('courier-outlets/sup-0755-chen');
    expect(sup).toMatchObject({ status: 'active', hrStatus: 'left' });
    const conflict = warnings.find((w) => w.file === 'manifest.yaml');
    expect(conflict).toMatchObject({ severity: 'warning', line: lineOf(dir, 'manifest.yaml', 'status: disabled'), pointer: '/overlays/accounts/0/set/status' });
    const userLine = lineOf(dir, 'keycloak/realm-export.json', '"username": "sup-0755-chen"') - 2; // the user object opens two lines above
    expect(conflict?.message).toContain(`keycloak/realm-export.json:${userLine}:`);
    expect(conflict?.message).toContain('"active"');
    expect(warnings.filter((w) => w.file === 'manifest.yaml')).toHaveLength(1);
  });

  it('stop the audit at a selector that matches nothing', async () => {
    const dir = project(`overlays:
  accounts:
    - match: { id: courier-outlets/outlet-0755-supervisr }
      set: { type: shared }
`);
    const error = await load(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'manifest.yaml', line: lineOf(dir, 'manifest.yaml', 'match:'), column: expect.any(Number), pointer: '/overlays/accounts/0/match', message: expect.stringContaining('matches no entity in accounts') }),
    ]);
  });
});

describe('overlays on database logins and identity clients', () => {
  it('select by login name pattern and engine, and by client id', () => {
    const dir = tempDir({
      'inventory.yaml': `apiVersion: pipl-audit/v1
databaseLogins:
  - { id: "mysql:report_li", engine: mysql, name: report_li, host: "%", canLogin: true }
  - { id: "mysql:report_wu", engine: mysql, name: report_wu, host: "%", canLogin: true }
  - { id: "mysql:app", engine: mysql, name: app, host: 10.0.0.5, canLogin: true, usedBy: application }
identityRealms:
  - { id: crm, provider: keycloak }
identityClients:
  - { id: crm/vendor-portal, realm: crm, clientId: vendor-portal }
`,
      'people.yaml': `apiVersion: pipl-audit/v1
overlays:
  databaseLogins:
    - match: { name: "report_*", engine: mysql }
      set: { usedBy: person }
    - match: { name: app }
      set: { usedBy: person }
  identityClients:
    - match: { clientId: vendor-*, realm: crm }
      set: { builtIn: true }
`,
    });
    const { inventory, warnings } = loadInventory(['.'], { cwd: dir, taxonomy });
    expect(inventory.databaseLogins.map((l) => [l.name, l.usedBy])).toEqual([['report_li', 'person'], ['report_wu', 'person'], ['app', 'application']]);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: 'people.yaml', line: 7, message: expect.stringContaining('usedBy is "application" where inventory.yaml:5:5 states it') })]);
    expect(inventory.identityClients[0]?.builtIn).toBe(true);
  });
});

describe('overlays end to end (CLI)', () => {
  it('a finding resting on an overlay fact cites the manifest line and the export line', () => {
    const dir = project(SHARED);
    const result = runCli(['audit', 'pipl-audit.yaml', '-f', 'json', '-o', '-', '--lang', 'en'], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as AuditReport;
    const shared = report.findings.find((f) => f.ruleId === 'PIPL-CRED-001' && f.status === 'FAIL');
    expect(shared?.target.key).toBe('courier-outlets/outlet-0755-supervisor');
    const cited = shared?.evidence.map((e) => `${e.file}:${e.line}`);
    expect(cited).toContain(`manifest.yaml:${lineOf(dir, 'manifest.yaml', 'type: shared')}`);
    expect(cited).toContain(`keycloak/realm-export.json:${lineOf(dir, 'keycloak/realm-export.json', '"username": "outlet-0755-supervisor"') - 2}`);
  });

  it('an unmatched selector is exit 2 with file:line:column and no report', () => {
    const dir = project(`overlays:
  roles:
    - match: { id: "warehouse-*" }
      set: { jobScope: assigned }
`);
    const result = runCli(['audit', 'pipl-audit.yaml', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`manifest\\.yaml:${lineOf(dir, 'manifest.yaml', 'match:')}:\\d+: error: /overlays/roles/0/match: overlay selector`));
    expect(() => readFileSync(join(dir, 'report.json'))).toThrow();
  });
});

describe('id patterns', () => {
  it('match * and ? and nothing else', () => {
    expect(matchesPattern('courier-outlets/*', 'courier-outlets/a/b')).toBe(true);
    expect(matchesPattern('*-0755-??', 'courier-0755-01')).toBe(true);
    expect(matchesPattern('*-0755-??', 'sup-0755-chen')).toBe(false);
    expect(matchesPattern('a.b', 'aXb')).toBe(false); // no regular expression: "." is a dot
    expect(matchesPattern('exact', 'exact')).toBe(true);
    expect(matchesPattern('exact', 'exactly')).toBe(false);
  });

  it('end on a hostile pattern against a long id (no exponential backtracking)', () => {
    const id = 'a'.repeat(5000);
    expect(matchesPattern('*a*a*a*a*a*a*a*a*a*a*b', id)).toBe(false);
  });
});
