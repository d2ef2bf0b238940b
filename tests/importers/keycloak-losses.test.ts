// Issue 12, Keycloak: what an audit used to lose, each reproduced through the built CLI on an
// export shaped as Keycloak writes it — a realm without users (the admin console's partial export
// never has any), two files whose realms share a name, service-account users, and redirect URIs
// judged as Keycloak's RedirectUtils matches them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const PARTIAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/keycloak/partial/shop-partial-export.json'), 'utf8');

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: shop, name: Shop, asOf: 2024-06-01 }
stores:
  - id: orders
    kind: database
    fields:
      - { name: phone, category: contact.phone }
      - { name: address, category: contact.address }
interfaces:
  - { id: order-lookup, kind: query-screen, store: orders, lookupKeys: [phone], returns: [phone, address] }
roles:
  - id: support
    grants: [{ interface: order-lookup, actions: [read], scope: any }]
`;

interface Report {
  findings: Array<{ ruleId: string; status: string; subject?: { id?: string }; message?: { en?: string }; evidence: Array<{ file: string; pointer: string; line?: number }> }>;
  summary?: unknown;
}

function audit(files: Record<string, string>, project: string): { code: number | null; report: Report; stderr: string } {
  const dir = tempDir({ 'manifest.yaml': MANIFEST, ...files, 'pipl-audit.yaml': project });
  const result = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'high'], { cwd: dir });
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const failing = (report: Report, rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'FAIL');

describe('a realm export without users (admin console partial export)', () => {
  for (const [name, mapping] of [
    ['with its roles mapped', '    mapping:\n      roles:\n        support-agent: support\n'],
    ['with no mapping at all', ''],
  ] as const) {
    it(`judges the realm and its clients ${name}`, () => {
      const { code, report, stderr } = audit({ 'realm.json': PARTIAL }, `version: 1\nmanifests: [manifest.yaml]\nsources:\n  - type: keycloak\n    path: realm.json\n${mapping}`);
      // Nothing on standard error but the reason for exit 1.
      expect(stderr).toMatch(/^pipl-audit: exit 1: \d+ FAIL findings? at or above high \(--fail-on\)\n$/);
      // no password policy, brute-force protection off
      expect(failing(report, 'PIPL-CRED-003')).toHaveLength(1);
      expect(failing(report, 'PIPL-CRED-004')).toHaveLength(1);
      // a public client with direct access grants
      expect(failing(report, 'PIPL-IDP-005').map((f) => f.evidence[0]?.pointer.split('/').slice(0, 3).join('/'))).toEqual(['/clients/1']);
      // redirect URI "*" on shop-web; shop-mobile's path wildcard on its own https host is not this risk
      const redirects = failing(report, 'PIPL-IDP-006');
      expect(redirects).toHaveLength(1);
      expect(redirects[0]?.evidence[0]).toMatchObject({ file: 'realm.json', pointer: '/clients/0/redirectUris' });
      expect(code).toBe(1);
    });
  }
});

describe('two files whose realms share a name', () => {
  it('keeps both, each keyed by its file, and users files join the realm of their own folder', async () => {
    const { keycloakImporter } = await import('../../src/importers/keycloak/index.js');
    const { readSourceInput } = await import('../../src/sources/source-input.js');
    const { emptyInventory } = await import('../../src/inventory/inventory.js');
    const prod = PARTIAL;
    const staging = PARTIAL.replace('"bruteForceProtected" : false', '"bruteForceProtected" : true');
    // a directory export (kc.sh export --dir … --users different_files) of the staging realm
    const stagingUsers = JSON.stringify({ realm: 'shop', users: [{ username: 'tester', enabled: true, credentials: [] }] });
    const dir = tempDir({ 'prod/shop-realm.json': prod, 'staging/shop-realm.json': staging, 'staging/shop-users-0.json': stagingUsers });
    const inputs = ['prod/shop-realm.json', 'staging/shop-realm.json', 'staging/shop-users-0.json'].map((f) => readSourceInput(join(dir, f), f));
    // Discovered files: one group, so the clash is seen in one load.
    expect(keycloakImporter.group?.(inputs).map((g) => g.map((i) => i.path))).toEqual([['prod/shop-realm.json', 'staging/shop-realm.json', 'staging/shop-users-0.json']]);
    const result = await keycloakImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    const realms = result.manifest.identityRealms ?? [];
    expect(realms.map((r) => [r.id, r.bruteForce?.enabled])).toEqual([
      ['shop@prod_shop-realm', false],
      ['shop@staging_shop-realm', true],
    ]);
    expect(result.manifest.identityClients?.map((c) => c.id)).toEqual(['shop@prod_shop-realm/shop-web', 'shop@prod_shop-realm/shop-mobile', 'shop@staging_shop-realm/shop-web', 'shop@staging_shop-realm/shop-mobile']);
    expect(result.manifest.accounts?.map((a) => a.id)).toEqual(['shop@staging_shop-realm/tester']);
    // the prod realm lists no users; staging's come from its users file
    expect(realms.map((r) => r.usersExported)).toEqual([false, undefined]);
  });
});

describe('service accounts are not people', () => {
  it('gives no second-factor or password-policy finding on a service-account user', () => {
    const realm = JSON.parse(PARTIAL) as Record<string, unknown>;
    // no password policy and brute-force protection off, as in the partial export: findings about
    // people's passwords, and there are none here
    (realm.clients as Array<Record<string, unknown>>)[0]!.serviceAccountsEnabled = true;
    // kc.sh export writes a client's service account as a user like this (no credentials, no OTP).
    realm.users = [
      { id: 'b9f0', username: 'service-account-shop-web', enabled: true, totp: false, emailVerified: false, serviceAccountClientId: 'shop-web', credentials: [], disableableCredentialTypes: [], requiredActions: [], realmRoles: ['default-roles-shop', 'support-agent'], notBefore: 0, groups: [] },
    ];
    const project = 'version: 1\nmanifests: [manifest.yaml]\nsources:\n  - type: keycloak\n    path: realm.json\n    mapping:\n      roles:\n        support-agent: support\n';
    const { report } = audit({ 'realm.json': JSON.stringify(realm, null, 2) }, project);
    const about = (rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status !== 'PASS');
    expect(about('PIPL-CRED-006')).toEqual([]);
    expect(about('PIPL-CRED-003')).toEqual([]);
    expect(about('PIPL-CRED-004')).toEqual([]);
    // the service account is still an account reaching PI: the realm and its clients are judged
    expect(failing(report, 'PIPL-IDP-006')).toHaveLength(1);
  });
});

describe('a users list without role mappings (the admin REST listing)', () => {
  // GET /admin/realms/shop/users (kcadm.sh get users -r shop) as Keycloak 26 returns it, saved as
  // the users file of a directory export beside the admin console's partial export: no
  // realmRoles, clientRoles, groups or credentials on any user, and each carries `access`.
  const rest = (username: string, totp: boolean) => ({
    id: `0b3c${username.length}e2a-4a5e-9d2e-1b7b2f3f4a1${username.length}`,
    username,
    firstName: username.split('.')[1],
    lastName: username.split('.')[0],
    email: `${username}@shop.example`,
    emailVerified: true,
    createdTimestamp: 1717400000000,
    enabled: true,
    totp,
    disableableCredentialTypes: totp ? ['otp'] : [],
    requiredActions: [],
    notBefore: 0,
    access: { manageGroupMembership: true, view: true, mapRoles: true, impersonate: true, manage: true },
  });
  const restUsers = JSON.stringify({ realm: 'shop', users: [rest('li.na', false), rest('wang.wei', true)] }, null, 2);
  // The same users as `kc.sh export` writes them: `groups` and `credentials` always, realmRoles only when the user holds any.
  const exportedUsers = JSON.stringify({ realm: 'shop', users: [{ username: 'li.na', enabled: true, totp: false, credentials: [], disableableCredentialTypes: [], requiredActions: [], notBefore: 0, groups: [] }] }, null, 2);
  const project = 'version: 1\nmanifests: [manifest.yaml]\nsources:\n  - type: keycloak\n    path: export\n    mapping:\n      roles:\n        support-agent: support\n';
  const accountView = (users: string) => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'export/shop-realm.json': PARTIAL, 'export/shop-users-0.json': users, 'pipl-audit.yaml': project });
    const result = runCli(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as Array<{ key: string; account: { rolesUnknown?: string; mfa?: boolean; roles?: string[] }; reachesPI: unknown; privileged: unknown }>;
  };

  it('marks the users rolesUnknown, naming what to export, and reads their reach as unstated, not none', () => {
    const accounts = accountView(restUsers);
    const li = accounts.find((a) => a.key === 'shop/li.na');
    expect(li?.account.rolesUnknown).toMatch(/realmRoles, clientRoles or groups.*kc\.sh export/);
    expect(li?.account.roles).toBeUndefined();
    expect(li?.reachesPI).toBeNull();
    expect(li?.privileged).toBeNull();
    // The listing's totp says whether an OTP is configured (it has no credentials list).
    expect(li?.account.mfa).toBe(false);
    expect(accounts.find((a) => a.key === 'shop/wang.wei')?.account.mfa).toBe(true);
  });

  // The same listing saved as the REST call returns it: a bare JSON array, naming no realm. Named
  // by the project file as part of a Keycloak source, it is read as that realm's users listing.
  const bare = JSON.stringify([rest('li.na', false), rest('wang.wei', true)], null, 2);
  const bareView = (files: Record<string, string>, options = '') => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, ...files, 'pipl-audit.yaml': project + options });
    return runCli(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir });
  };

  it('a bare array listing beside the only realm file is that realm\'s users, roles unknown', () => {
    const result = bareView({ 'export/shop-realm.json': PARTIAL, 'export/users.json': bare });
    expect(result.stderr).toBe('');
    const accounts = JSON.parse(result.stdout) as Array<{ key: string; account: { rolesUnknown?: string; mfa?: boolean; roles?: string[] } }>;
    const li = accounts.find((a) => a.key === 'shop/li.na');
    expect(li?.account.rolesUnknown).toMatch(/realmRoles, clientRoles or groups/);
    expect(li?.account.roles).toBeUndefined();
    expect(li?.account.mfa).toBe(false);
    expect(accounts.find((a) => a.key === 'shop/wang.wei')?.account.mfa).toBe(true);
  });

  it('with several realms, options.realm places it; without, it is an input error naming the file and what to state', () => {
    const other = JSON.stringify({ ...(JSON.parse(PARTIAL) as Record<string, unknown>), realm: 'staff', id: 'staff' }, null, 2);
    const files = { 'export/shop-realm.json': PARTIAL, 'export/staff-realm.json': other, 'export/users.json': bare };
    const placed = bareView(files, '    options:\n      realm: shop\n');
    expect(placed.stderr).toBe('');
    const accounts = JSON.parse(placed.stdout) as Array<{ key: string; account: { rolesUnknown?: string } }>;
    expect(accounts.find((a) => a.key === 'shop/li.na')?.account.rolesUnknown).toBeDefined();
    const unplacedDir = tempDir({ 'manifest.yaml': MANIFEST, ...files, 'pipl-audit.yaml': project });
    const unplaced = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '-o', 'report.json'], { cwd: unplacedDir });
    expect(unplaced.code).toBe(2);
    expect(unplaced.stderr).toMatch(/export\/users\.json:1:1/);
    expect(unplaced.stderr).toMatch(/a bare array of Keycloak users \(the admin REST users listing\) names no realm/);
    expect(unplaced.stderr).toMatch(/options\.realm naming the realm of these users, one of: shop, staff/);
    const zh = runCli(['audit', 'pipl-audit.yaml', '--format', 'json', '-o', 'report.json', '--lang', 'zh'], { cwd: unplacedDir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/没有写明所属的域/);
  });

  it('a kc.sh export user with no role mapping and no group holds none (stated)', () => {
    const li = accountView(exportedUsers).find((a) => a.key === 'shop/li.na');
    expect(li?.account.rolesUnknown).toBeUndefined();
    expect(li?.reachesPI).toBe(false);
  });

  it('judges no rule on the users as if they reached nothing: the reach decides, so NOT_EVALUATED', () => {
    const { report } = audit({ 'export/shop-realm.json': PARTIAL, 'export/shop-users-0.json': restUsers }, project);
    const on = (rule: string, account: string) => report.findings.filter((f) => f.ruleId === rule && JSON.stringify(f).includes(account)).map((f) => f.status);
    // OTP is not required of everyone: whether li.na (no OTP) is privileged decides PIPL-CRED-006.
    expect(on('PIPL-CRED-006', 'shop/li.na')).toEqual(['NOT_EVALUATED']);
    expect(report.findings.filter((f) => f.status === 'FAIL' && JSON.stringify(f).includes('shop/li.na'))).toEqual([]);
  });

  it('with no mapping, the realm is still judged: what its listed users reach is not stated', () => {
    const noMapping = 'version: 1\nmanifests: [manifest.yaml]\nsources:\n  - type: keycloak\n    path: export\n';
    const { report } = audit({ 'export/shop-realm.json': PARTIAL, 'export/shop-users-0.json': restUsers }, noMapping);
    expect(failing(report, 'PIPL-IDP-005').map((f) => f.evidence[0]?.pointer.split('/').slice(0, 3).join('/'))).toEqual(['/clients/1']);
  });
});
