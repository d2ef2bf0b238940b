// Keycloak realm exports imported end to end through loadSources: the Keycloak 26 courier
// example, a Keycloak 3.4 full export (array of realms, pre-13 default roles, old credential
// fields, string booleans, a composite cycle), real files from Keycloak's own test suite, a
// directory export, and bad input with file and line.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/inventory/diagnostic.js';
import { describe, expect, it } from 'vitest';
import { keycloakImporter } from '../../src/importers/keycloak/index.js';
import { loadSources, type SourceSpec } from '../../src/inventory/load-inventory.js';
import type { Account } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { readCredentials } from '../../src/importers/keycloak/user-credentials.js';
import { loadTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const taxonomy = loadTaxonomy();
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/keycloak');

const HOSPITAL_MANIFEST = `apiVersion: pipl-audit/v1
stores:
  - id: patients
    kind: database
    fields:
      - { name: name, category: identity.name }
      - { name: surgery, category: health.surgery }
interfaces:
  - { id: records-view, kind: query-screen, store: patients, returns: [name, surgery] }
  - { id: roster-export, kind: export, store: patients, returns: [name, surgery], bulk: true }
roles:
  - id: ward-nurse
    grants: [{ interface: records-view, actions: [read], scope: unit }]
  - id: records-office
    grants: [{ interface: roster-export, actions: [export], scope: organization }]
`;

const HOSPITAL_MAPPING = { roles: { 'emr/read-records': 'ward-nurse', 'emr/export-records': 'records-office' } };

function load(dir: string, source: Omit<SourceSpec, 'type'>) {
  return loadSources(['manifest.yaml'], [{ type: 'keycloak', place: { file: 'pipl-audit.yaml', pointer: '/sources/0' }, ...source }], { cwd: dir, taxonomy });
}

function hospitalDir(extra: Record<string, string> = {}) {
  return tempDir({ 'manifest.yaml': HOSPITAL_MANIFEST, 'realms.json': readFileSync(join(FIXTURES, 'realm-3.4-array.json'), 'utf8'), ...extra });
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

describe('Keycloak 3.4 full export (array of realms, pre-13 shapes)', () => {
  it('imports every realm, or the one the realm option names', async () => {
    const all = await load(hospitalDir(), { paths: ['realms.json'], mapping: HOSPITAL_MAPPING });
    expect(all.inventory.identityRealms.map((r) => r.id)).toEqual(['master', 'hospital']);
    const one = await load(hospitalDir(), { paths: ['realms.json'], mapping: HOSPITAL_MAPPING, options: { realm: 'hospital' } });
    expect(one.inventory.identityRealms.map((r) => r.id)).toEqual(['hospital']);
    expect(one.failedSources).toEqual([]);
  });

  it('reads the realm settings, string booleans and numbers included, into a credential policy', async () => {
    const { inventory } = await load(hospitalDir(), { paths: ['realms.json'], mapping: HOSPITAL_MAPPING, options: { realm: 'hospital' } });
    expect(inventory.credentialPolicies).toEqual([
      {
        id: 'hospital/password-policy',
        minLength: 8,
        characterClasses: 2,
        blocklist: false,
        rotationDays: 'none',
        lockout: { threshold: 5, durationMinutes: 15 },
        idleTimeoutMinutes: 20,
        hashing: { algorithm: 'pbkdf2-sha256', salted: true, iterations: 20000 },
        transport: 'https',
      },
    ]);
    const realm = inventory.identityRealms[0];
    expect(realm?.bruteForce).toMatchObject({ enabled: true, failureFactor: 5, permanentLockout: false, waitIncrementSeconds: 900 });
    expect(realm?.events).toEqual({ loginEvents: true, adminEvents: false, adminEventDetails: false, expirationSeconds: 604800 });
    expect(realm?.version).toBe('3.4.3.Final');
  });

  it('maps users to accounts with roles through groups, parent groups and a composite cycle', async () => {
    const { inventory } = await load(hospitalDir(), { paths: ['realms.json'], mapping: HOSPITAL_MAPPING, options: { realm: 'hospital' } });
    const accounts = byId(inventory.accounts);
    expect(accounts.get('hospital/nurse.wang')).toMatchObject({
      status: 'active', // "enabled": "true"
      mfa: true, // old-style totp credential
      roles: ['ward-nurse'],
      roleOrigins: [{ role: 'ward-nurse', via: 'group', path: ['group /surgery/night-shift', 'parent group /surgery', 'role emr/read-records'] }],
      passwordStorage: { algorithm: 'pbkdf2-sha256', iterations: 20000, salted: true },
    } satisfies Partial<Account>);
    const clerk = accounts.get('hospital/clerk.li');
    expect(clerk?.roles).toEqual(['records-office', 'ward-nurse']);
    expect(clerk?.roleOrigins).toEqual([
      { role: 'records-office', via: 'composite', path: ['role records-clerk', 'role emr/export-records'] },
      { role: 'ward-nurse', via: 'composite', path: ['role records-clerk', 'role ward-staff', 'role nurse', 'role emr/read-records'] },
    ]);
    expect(clerk?.mfa).toBe(true); // CONFIGURE_TOTP required action
    expect(clerk?.passwordStorage).toEqual({ algorithm: 'pbkdf2-sha1', iterations: 1, salted: true });
    expect(accounts.get('hospital/agent.zhao')?.status).toBe('disabled');
  });

  it('reads clients with string booleans and lists unmapped roles held by enabled users as coverage', async () => {
    const { inventory, coverage } = await load(hospitalDir(), { paths: ['realms.json'], mapping: HOSPITAL_MAPPING, options: { realm: 'hospital' } });
    expect(inventory.identityClients).toEqual([
      { id: 'hospital/emr', realm: 'hospital', clientId: 'emr', enabled: true, publicClient: true, bearerOnly: false, standardFlow: true, implicitFlow: false, directAccessGrants: true, serviceAccounts: false, fullScopeAllowed: true, redirectUris: ['https://emr.hospital.example/*'] },
    ]);
    const names = coverage.map((c) => c.name);
    expect(names).toContain('hospital: records-clerk');
    expect(names).toContain('hospital: nurse');
    expect(names).not.toContain('hospital: emr/read-records'); // mapped
    const clerk = coverage.find((c) => c.name === 'hospital: records-clerk');
    expect(clerk).toMatchObject({ file: 'realms.json', kind: 'role', pointer: '/1/roles/realm/4' });
    expect(clerk?.line).toBeGreaterThan(1);
    expect(clerk?.note).toContain('held by 1 enabled user');
  });
});

describe('Keycloak 26 export (the courier example)', () => {
  const dir = join(REPO_ROOT, 'examples/courier/before');
  const mapping = { roles: { 'waybill-web/lookup-by-phone': 'outlet-supervisor', courier: 'courier' } };

  it('reads the policy, default hash of the version, OTP, clients and per-user credentials', async () => {
    const { inventory, failedSources } = await loadSources(['.'], [{ type: 'keycloak', paths: ['keycloak/realm-export.json'], mapping }], { cwd: dir, taxonomy });
    expect(failedSources).toEqual([]);
    const policy = byId(inventory.credentialPolicies).get('courier-outlets/password-policy');
    expect(policy).toMatchObject({ minLength: 6, characterClasses: 0, lockout: 'none', mfa: 'none', hashing: { algorithm: 'pbkdf2-sha256', iterations: 1000 }, idleTimeoutMinutes: 600 });
    expect(policy?.transport).toBeUndefined(); // sslRequired external: private networks may use HTTP
    const accounts = byId(inventory.accounts);
    expect(accounts.get('courier-outlets/courier-0755-01')?.roleOrigins).toEqual([
      { role: 'courier', via: 'composite', path: ['group /outlets/0755/couriers', 'parent group /outlets/0755', 'role outlet-staff', 'role courier'] },
      { role: 'outlet-supervisor', via: 'composite', path: ['group /outlets/0755/couriers', 'parent group /outlets/0755', 'role outlet-staff', 'role waybill-web/lookup-by-phone'] },
    ]);
    expect(accounts.get('courier-outlets/courier-0755-03')).toMatchObject({ passwordStorage: { algorithm: 'plaintext' }, defaultPassword: true });
    expect(accounts.get('courier-outlets/sup-0755-chen')?.lastLogin).toBe('2022-05-31'); // the lastLogin user attribute
    const clients = byId(inventory.identityClients);
    expect(clients.get('courier-outlets/waybill-web')).toMatchObject({ publicClient: true, directAccessGrants: true, redirectUris: ['*'], fullScopeAllowed: true });
    expect(clients.get('courier-outlets/account')?.builtIn).toBe(true);
  });

  it('after the rectification: OTP credentials, pbkdf2-sha512 and direct grants to the supervisor', async () => {
    const after = join(REPO_ROOT, 'examples/courier/after');
    const { inventory } = await loadSources(['.'], [{ type: 'keycloak', paths: ['keycloak/realm-export.json'], mapping: { roles: { ...mapping.roles, 'warehouse-keeper': 'warehouse-keeper' } } }], { cwd: after, taxonomy });
    const sup = byId(inventory.accounts).get('courier-outlets/sup-0755-chen');
    expect(sup).toMatchObject({ mfa: true, roles: ['outlet-supervisor'], roleOrigins: [{ via: 'direct' }], passwordStorage: { algorithm: 'pbkdf2-sha512', iterations: 210000 } });
    expect(byId(inventory.credentialPolicies).get('courier-outlets/password-policy')).toMatchObject({ minLength: 10, characterClasses: 4, blocklist: true, rotationDays: 90, lockout: { threshold: 5, durationMinutes: 15 } });
  });
});

describe('real files from the Keycloak repository', () => {
  for (const file of ['testrealm.json', 'testcomposites2.json']) {
    it(`imports ${file} without error`, async () => {
      const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\n' });
      copyFileSync(join(FIXTURES, 'real', file), join(dir, file));
      expect(keycloakImporter.detect(readSourceInput(join(dir, file), file))).toBe(true);
      const { inventory, failedSources, warnings } = await load(dir, { paths: [file] });
      expect(failedSources).toEqual([]);
      expect(warnings).toEqual([]);
      expect(inventory.accounts.length).toBeGreaterThanOrEqual(5);
      expect(inventory.identityClients.length).toBeGreaterThanOrEqual(5);
    });
  }

  it('reads testrealm.json as Keycloak does: a string "false", a subgroup inheriting its parent, pre-13 defaults', async () => {
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\nroles: [{ id: administrator }, { id: premium }]\n' });
    copyFileSync(join(FIXTURES, 'real', 'testrealm.json'), join(dir, 'testrealm.json'));
    const { inventory } = await load(dir, { paths: ['testrealm.json'], mapping: { roles: { admin: 'administrator', 'customer-user-premium': 'premium' } } });
    expect(byId(inventory.identityClients).get('test/test-app-scope')?.fullScopeAllowed).toBe(false);
    const rich = byId(inventory.accounts).get('test/roleRichUser');
    expect(rich?.roleOrigins).toEqual([
      { role: 'administrator', via: 'group', path: ['group /roleRichGroup/level2group', 'role admin'] },
      { role: 'premium', via: 'composite', path: ['group /roleRichGroup/level2group', 'role test-app/customer-admin-composite-role', 'role customer-user-premium'] },
    ]);
    // /topGroup holds only "user", which maps to no manifest role: none held, stated (a left-out key would be unstated).
    expect(byId(inventory.accounts).get('test/topGroupUser')?.roles).toEqual([]);
  });

  it('reads testcomposites2.json\'s pre-1.2 applications and applicationRoles', async () => {
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\nroles: [{ id: r2 }]\n' });
    copyFileSync(join(FIXTURES, 'real', 'testcomposites2.json'), join(dir, 'testcomposites2.json'));
    const { inventory } = await load(dir, { paths: ['testcomposites2.json'], mapping: { roles: { REALM_ROLE_2: 'r2' } } });
    expect(inventory.identityClients.map((c) => c.clientId)).toContain('APP_COMPOSITE_APPLICATION');
    // REALM_APP_COMPOSITE_ROLE → APP_COMPOSITE_APPLICATION/APP_COMPOSITE_ROLE → REALM_ROLE_2
    expect(byId(inventory.accounts).get('TestComposites/REALM_APP_COMPOSITE_USER')?.roleOrigins).toEqual([
      { role: 'r2', via: 'composite', path: ['role REALM_APP_COMPOSITE_ROLE', 'role APP_COMPOSITE_APPLICATION/APP_COMPOSITE_ROLE', 'role REALM_ROLE_2'] },
    ]);
  });
});

describe('OTP required of everyone', () => {
  const flows = (otpRequirement: string, formsRequirement = 'ALTERNATIVE') => ({
    realm: 'shop',
    enabled: true,
    browserFlow: 'browser with otp',
    authenticationFlows: [
      { alias: 'browser with otp', authenticationExecutions: [{ authenticator: 'auth-cookie', requirement: 'ALTERNATIVE' }, { authenticatorFlow: true, flowAlias: 'forms', requirement: formsRequirement }] },
      { alias: 'forms', authenticationExecutions: [{ authenticator: 'auth-username-password-form', requirement: 'REQUIRED' }, { authenticator: 'auth-otp-form', requirement: otpRequirement }] },
    ],
  });
  const mfaOf = async (realm: object) => {
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\n', 'r.json': JSON.stringify(realm) });
    return (await load(dir, { paths: ['r.json'] })).inventory.credentialPolicies[0]?.mfa;
  };

  it('is read from the realm\'s browser flow, through its sub-flows', async () => {
    expect(await mfaOf(flows('REQUIRED'))).toBe('all');
    expect(await mfaOf(flows('OPTIONAL'))).toBe('none');
    expect(await mfaOf(flows('REQUIRED', 'DISABLED'))).toBe('none');
  });

  it('is read from CONFIGURE_TOTP as a default required action', async () => {
    expect(await mfaOf({ realm: 'shop', enabled: true, requiredActions: [{ alias: 'CONFIGURE_TOTP', enabled: true, defaultAction: true }] })).toBe('all');
  });

  it('is not stated when the export holds neither flows nor required actions', async () => {
    expect(await mfaOf({ realm: 'shop', enabled: true })).toBeUndefined();
  });
});

describe('the route shown for a role held several ways inside composites', () => {
  it('is the one with fewest composites nested: a job role held through a parent group, not through a manager role that also holds it', async () => {
    // shop-manager holds sales (a job role) and orders-export; sales holds orders-view. The manager
    // is in /stores/north/managers (shop-manager), a subgroup of /stores (sales): orders-view is
    // reached through sales either way, and the route through the parent group nests one composite.
    const realm = {
      realm: 'shop',
      enabled: true,
      roles: {
        realm: [
          { name: 'sales', composite: true, composites: { client: { crm: ['orders-view'] } } },
          { name: 'shop-manager', composite: true, composites: { realm: ['sales'], client: { crm: ['orders-export'] } } },
        ],
        client: { crm: [{ name: 'orders-view' }, { name: 'orders-export' }] },
      },
      groups: [{ name: 'stores', path: '/stores', realmRoles: ['sales'], subGroups: [{ name: 'north', path: '/stores/north', subGroups: [{ name: 'managers', path: '/stores/north/managers', realmRoles: ['shop-manager'] }] }] }],
      users: [{ username: 'lin', enabled: true, groups: ['/stores/north/managers'] }],
    };
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\nroles: [{ id: order-viewer }, { id: order-exporter }]\n', 'r.json': JSON.stringify(realm) });
    const { inventory } = await load(dir, { paths: ['r.json'], mapping: { roles: { 'crm/orders-view': 'order-viewer', 'crm/orders-export': 'order-exporter' } } });
    expect(inventory.accounts[0]?.roleOrigins).toEqual([
      { role: 'order-exporter', via: 'composite', path: ['group /stores/north/managers', 'role shop-manager', 'role crm/orders-export'] },
      { role: 'order-viewer', via: 'composite', path: ['group /stores/north/managers', 'parent group /stores', 'role sales', 'role crm/orders-view'] },
    ]);
  });
});

describe('last login', () => {
  it('is read from the user attribute the project names, as epoch milliseconds or a date, and is otherwise not stated', async () => {
    const users = [
      { username: 'a', enabled: true, attributes: { 'last-login': ['1670976000000'] } },
      { username: 'b', enabled: true, attributes: { 'last-login': ['2022-12-01T08:00:00Z'] } },
      { username: 'c', enabled: true },
    ];
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\n', 'r.json': JSON.stringify({ realm: 'shop', enabled: true, users }) });
    const { inventory } = await load(dir, { paths: ['r.json'], options: { lastLoginAttribute: 'last-login' } });
    expect(inventory.accounts.map((a) => a.lastLogin)).toEqual(['2022-12-14', '2022-12-01', undefined]);
  });
});

describe('directory exports', () => {
  it('joins <realm>-users-N.json files to their realm file, pointing at each user in its own file', async () => {
    const realm = { realm: 'shop', enabled: true, passwordPolicy: 'length(12)', roles: { realm: [{ name: 'clerk' }] } };
    const users = { realm: 'shop', users: [{ username: 'amy', enabled: true, realmRoles: ['clerk'] }] };
    const dir = tempDir({
      'manifest.yaml': 'apiVersion: pipl-audit/v1\nroles: [{ id: sales }]\n',
      'export/shop-realm.json': JSON.stringify(realm, null, 2),
      'export/shop-users-0.json': JSON.stringify(users, null, 2),
    });
    const { inventory, failedSources } = await load(dir, { paths: ['export'], mapping: { roles: { clerk: 'sales' } } });
    expect(failedSources).toEqual([]);
    const amy = inventory.accounts[0];
    expect(amy).toMatchObject({ id: 'shop/amy', roles: ['sales'] });
    expect(inventory.provenance.of(amy)).toEqual({ file: 'export/shop-users-0.json', pointer: '/users/0' });
  });
});

describe('bad input', () => {
  it('a truncated export fails with its file and line; the manifest is still loaded', async () => {
    const text = readFileSync(join(FIXTURES, 'realm-3.4-array.json'), 'utf8');
    const dir = hospitalDir({ 'realms.json': text.slice(0, 2000) });
    const { failedSources, inventory } = await load(dir, { paths: ['realms.json'], mapping: HOSPITAL_MAPPING });
    expect(inventory.roles.map((r) => r.id)).toEqual(['ward-nurse', 'records-office']);
    expect(failedSources).toHaveLength(1);
    expect(failedSources[0]?.supplies).toContain('accounts');
    const d = failedSources[0]?.diagnostics[0];
    expect(d).toMatchObject({ file: 'realms.json', message: expect.stringContaining('malformed JSON') });
    expect(d?.line).toBeGreaterThan(50);
  });

  it('an unknown password policy id is a warning at the policy\'s line, and the policy is marked uninterpreted', async () => {
    const realm = `{\n  "realm": "shop",\n  "enabled": true,\n  "passwordPolicy": "length(6) and corporateDictionary(strict)",\n  "users": []\n}\n`;
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\n', 'shop.json': realm });
    const { warnings, inventory } = await load(dir, { paths: ['shop.json'] });
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: 'shop.json', line: 4, pointer: '/passwordPolicy', message: expect.stringContaining('unknown password policy "corporateDictionary"') })]);
    expect(inventory.credentialPolicies[0]).toMatchObject({ minLength: 6, uninterpreted: ['corporateDictionary(strict)'] });
  });

  it('a BOM-prefixed export is read; a GBK-encoded one fails with its line', async () => {
    const realm = '{\n  "realm": "门店",\n  "enabled": true,\n  "displayName": "网点"\n}\n';
    const bom = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\n', 'r.json': '\uFEFF' + realm });
    expect((await load(bom, { paths: ['r.json'] })).inventory.identityRealms.map((r) => r.id)).toEqual(['门店']);
    // "门店" in GBK: C3 C5 B5 EA — not valid UTF-8, on line 2
    const gbk = Buffer.concat([Buffer.from('{\n  "realm": "'), Buffer.from([0xc3, 0xc5, 0xb5, 0xea]), Buffer.from('",\n  "enabled": true\n}\n')]);
    const dir = tempDir({ 'manifest.yaml': 'apiVersion: pipl-audit/v1\n', 'r.json': gbk });
    const { failedSources } = await load(dir, { paths: ['r.json'] });
    expect(failedSources[0]?.diagnostics[0]).toMatchObject({ file: 'r.json', line: 2, message: expect.stringContaining('GBK') });
  });

  it('a mapping to a role the manifest does not declare is an input error at the mapping entry', async () => {
    const error = await load(hospitalDir(), { paths: ['realms.json'], mapping: { roles: { 'emr/read-records': 'ward-nurses' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics).toEqual([
      expect.objectContaining({ file: 'pipl-audit.yaml', pointer: '/sources/0/mapping/roles/emr~1read-records', message: expect.stringContaining('did you mean "ward-nurse"') }),
    ]);
  });

  it('a realm option naming no realm of the export is an input error listing the realms there are', async () => {
    const error = await load(hospitalDir(), { paths: ['realms.json'], options: { realm: 'clinic' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ message: 'realm "clinic" is not in the export', expected: 'one of: master, hospital' });
  });

  it('a JSON file that is not a realm export is not detected as one', () => {
    const dir = tempDir({ 'a.json': '{"realm": "x"}', 'b.json': '{"apiVersion": "pipl-audit/v1"}', 'c.json': '[{"realm": "x", "enabled": true}]' });
    const detect = (f: string) => keycloakImporter.detect(readSourceInput(join(dir, f), f));
    expect([detect('a.json'), detect('b.json'), detect('c.json')]).toEqual([false, false, true]);
  });
});

describe('password salt from secretData', () => {
  // The usual secretData string is read without JSON.parse; whatever the string, the salt read
  // must be what JSON.parse of it says.
  const secrets = [
    '{"value":"aGFzaA==","salt":"c2FsdA==","additionalParameters":{}}',
    '{"value":"aGFzaA==","salt":"","additionalParameters":{}}',
    '{"value":"aGFzaA==","salt":"c2FsdA=="}',
    '{"value":"a\\"b","salt":"s\\u0041","additionalParameters":{}}',
    '{"value":"x","salt":"a\\\\","additionalParameters":{}}',
    '{"value":"x","salt":"tab\there","additionalParameters":{}}',
    '{"value":"x","salt":"s","salt":"","additionalParameters":{}}',
    '{"value":"x","salt":5,"additionalParameters":{}}',
    '{"value":"x", "salt":"s","additionalParameters":{}}',
    '{"value":"x","salt":"s","additionalParameters":{"k":1}}',
    '{"value":"x","salt":"s","additionalParameters":{}',
    '{"value":"x","additionalParameters":{}}',
    'not json',
  ];
  for (const secretData of secrets) {
    it(`reads ${JSON.stringify(secretData)} as JSON.parse does`, () => {
      const user = { credentials: [{ type: 'password', secretData, credentialData: '{"hashIterations":27500,"algorithm":"pbkdf2-sha256"}' }] };
      let expected: unknown;
      try {
        expected = (JSON.parse(secretData) as { salt?: unknown }).salt;
      } catch {
        expected = undefined;
      }
      const storage = readCredentials(user).storage;
      expect(storage?.salted).toBe(typeof expected === 'string' ? expected !== '' : undefined);
    });
  }
});
