// A JeecgBoot dump (tests/fixtures/jeecg/jeecgboot-excerpt.sql: the real sys_user and
// sys_permission_data_rule tables and seed users of JeecgBoot's MySQL script, plus a courier outlet
// role) read by the built CLI: data rules on #{sys_org_code} / #{sys_user_code} become unit / own
// scopes, a USE_SQL_RULES fragment is NOT_EVALUATED with the fragment quoted, the reversible
// PBEWithMD5AndDES password storage feeds the password-storage rule, accounts carry their work
// number for an HR staff list.
// Run in-process (tests/support/run-cli-in-process.ts) but the first `views`, spawned end to end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const DUMP = readFileSync(new URL('./fixtures/jeecg/jeecgboot-excerpt.sql', import.meta.url), 'utf8');

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: outlet, name: 驿站后台, asOf: 2024-06-01 }
stores:
  - id: waybills
    kind: database
    fields:
      - { name: phone, category: contact.phone }
      - { name: address, category: contact.address }
interfaces:
  - { id: waybill-list, kind: list, store: waybills, lookupKeys: [phone], returns: [phone, address] }
  - { id: waybill-export, kind: export, store: waybills, returns: [phone, address] }
  - { id: customer-list, kind: list, store: waybills, returns: [phone] }
roles:
  - { id: outlet-clerk }
  - { id: system-admin, kind: admin }
`;

const PROJECT = `version: 1
manifests: [manifest.yaml]
sources:
  - type: jeecg
    path: dump.sql
    mapping:
      roles: { outlet_clerk: outlet-clerk, admin: system-admin }
      permissions:
        "waybill:query:list": { interface: waybill-list }
        "waybill:query:export": { interface: waybill-export, actions: [export] }
        "/customer/list": { interface: customer-list }
`;

describe('pipl-audit with a JeecgBoot dump', async () => {
  const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': DUMP, 'pipl-audit.yaml': PROJECT });
  const grants = JSON.parse(runCli(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir }).stdout) as Array<{ key: string; scope: string }>;
  const scope = new Map(grants.map((g) => [g.key, g.scope]));
  const accounts = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: Record<string, unknown> }>;
  const account = (id: string) => accounts.find((a) => a.key === id)?.account;
  const audit = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  const report = JSON.parse(audit.stdout) as { findings: Array<{ ruleId: string; status: string; members?: { items: Array<{ key: string }> }; target?: { key?: string } }> };

  it('turns data rules into scopes: RIGHT_LIKE #{sys_org_code} → the unit and those below it, #{sys_user_code} → own, none → any', async () => {
    expect(scope.get('outlet-clerk>waybill-list')).toBe('unit-subtree');
    expect(scope.get('outlet-clerk>waybill-export')).toBe('own');
    expect(scope.get('system-admin>waybill-list')).toBe('any');
  });

  it('leaves a USE_SQL_RULES sub-select undecided on that grant only, quoting it', async () => {
    // The grant is there, its scope unknown: the rules needing the scope say NOT_EVALUATED on it…
    expect(scope.has('outlet-clerk>customer-list')).toBe(true);
    expect(scope.get('outlet-clerk>customer-list')).toBeNull();
    const onGrant = report.findings.filter((f) => f.target?.key === 'outlet-clerk>customer-list' || f.members?.items.some((m) => m.key === 'outlet-clerk>customer-list'));
    expect(onGrant.some((f) => f.status === 'NOT_EVALUATED')).toBe(true);
    expect(onGrant.filter((f) => f.status === 'FAIL' && f.ruleId.startsWith('PIPL-QRY-00') && ['PIPL-QRY-001', 'PIPL-QRY-002'].includes(f.ruleId))).toEqual([]);
    // …and nothing else of the dump is left unjudged for it (no NOT_EVALUATED on the whole source).
    expect(report.findings.filter((f) => f.target?.key?.startsWith('source:jeecg'))).toEqual([]);
    expect(report.findings.some((f) => f.ruleId === 'PIPL-IDP-002' && f.status === 'FAIL')).toBe(true);
    expect(audit.stderr + audit.stdout).toContain('outlet_staff where user_id');
  });

  it('states that the grants have no end date: sys_role_permission and sys_user_role have no column for one', async () => {
    const full = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir })).stdout) as Array<{ key: string; grant: { expires?: string } }>;
    expect(full.length).toBeGreaterThan(0);
    for (const g of full) expect(g.grant.expires).toBe('none');
  });

  it("states that the accounts have no second factor: JeecgBoot's log-in has none and sys_user no column for one", async () => {
    expect(account('jeecg:clerk_li')?.mfa).toBe(false);
    expect(account('jeecg:admin')?.mfa).toBe(false);
  });

  it('reads users: frozen status, unit by org code, work number, phone only as a digest', async () => {
    // Frozen (冻结) by an administrator until unfrozen: disabled, not a lockout that lapses.
    expect(account('jeecg:zhagnxiao')?.status).toBe('disabled');
    expect(account('jeecg:clerk_li')).toMatchObject({ status: 'active', unit: '南山驿站', roles: ['outlet-clerk'], identifiers: { employeeId: 'E1021', username: 'clerk_li' } });
    // sys_user_role is in the dump: a user holding no role there holds none (stated).
    expect(account('jeecg:zhangsan')?.roles).toEqual([]);
    expect(account('jeecg:zhangsan')?.rolesUnknown).toBeUndefined();
    expect(String((account('jeecg:clerk_li')?.identifiers as Record<string, string>).phone)).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(JSON.stringify(accounts)).not.toContain('13800138021');
  });

  it('recognises the seed users still holding the shipped password, and no one else', async () => {
    expect(account('jeecg:admin')?.defaultPassword).toBe(true);
    expect(account('jeecg:jeecg')?.defaultPassword).toBe(true);
    expect(account('jeecg:zhangsan')?.defaultPassword).toBeUndefined();
    expect(account('jeecg:clerk_li')?.defaultPassword).toBeUndefined();
  });

  it("types a seed user still as shipped as the vendor's default account, every other user as personal", async () => {
    expect(account('jeecg:admin')?.type).toBe('default');
    expect(account('jeecg:jeecg')?.type).toBe('default');
    expect(account('jeecg:zhangsan')?.type).toBe('personal');
    expect(account('jeecg:clerk_li')?.type).toBe('personal');
    const defaults = report.findings.filter((f) => f.ruleId === 'PIPL-CRED-002' && f.status === 'FAIL').flatMap((f) => f.members?.items.map((m) => m.key) ?? [f.target?.key]);
    expect(defaults).toContain('jeecg:admin');
  });

  it('reports the reversible password storage of every user still able to log in (a frozen one is disabled)', async () => {
    const weak = report.findings.filter((f) => f.ruleId === 'PIPL-IDP-002' && f.status === 'FAIL').flatMap((f) => f.members?.items.map((m) => m.key) ?? [f.target?.key]);
    expect(weak.sort()).toEqual(['jeecg:admin', 'jeecg:clerk_li', 'jeecg:jeecg', 'jeecg:zhangsan']);
  });

  it('is detected by content without a project file', async () => {
    const plain = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': DUMP });
    const result = await runCliInProcess(['views', '.', '--view', 'account'], { cwd: plain });
    expect(result.stderr).not.toMatch(/error/);
    expect(result.stdout).toContain('jeecg:admin');
  });
});

describe('a staff list joined to JeecgBoot accounts, one of them stated shared by the manifest', async () => {
  // The list holds only clerk_li (E1021); admin matches no one. The staff list's "matches no one,
  // so an outsider" rests on the account being personal (JeecgBoot's assumption): the overlay
  // stating admin shared, its holders named there, withdraws it; the other accounts keep it.
  // (Without the overlay admin, a seed user as shipped, is the vendor's default account: the
  // list says nothing of who holds it either; see the next describe.)
  const roster = '工号,姓名,部门,在职状态\nE1021,李店员,南山驿站,在职\n';
  const manifest = `${MANIFEST}overlays:
  accounts:
    - match: { id: "jeecg:admin" }
      set: { type: shared, holders: [王磊, 陈晨] }
`;
  const project = `${PROJECT}  - type: hr-roster
    path: roster.csv
    options: { joinBy: employeeId, accounts: "jeecg:*" }
`;
  const dir = tempDir({ 'manifest.yaml': manifest, 'dump.sql': DUMP, 'pipl-audit.yaml': project, 'roster.csv': roster });
  const accounts = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: Record<string, unknown> }>;
  const account = (id: string) => accounts.find((a) => a.key === id)?.account;

  it('leaves the shared account\'s affiliation unstated and keeps the inference for personal ones', () => {
    expect(account('jeecg:admin')).toMatchObject({ type: 'shared', holders: ['王磊', '陈晨'] });
    expect(account('jeecg:admin')).not.toHaveProperty('affiliation');
    expect(account('jeecg:zhangsan')).toMatchObject({ type: 'personal', affiliation: 'outside' });
    expect(account('jeecg:clerk_li')).toMatchObject({ affiliation: 'employee' });
  });
});

describe("a staff list joined to JeecgBoot accounts: the vendor's seed administrator on no row of it", async () => {
  // The seed row of admin (work number 00001, the seed's e-mail and phone) still holds the shipped
  // password: the vendor's default account, not a person's. A staff list it matches no row of does
  // not state that an outsider holds it; who does is unstated (PIPL-QRY-009 says NOT_EVALUATED and
  // names it), while a personal account on no row keeps the list's reading (an outsider).
  const roster = '工号,姓名,部门,在职状态\nE1021,李店员,南山驿站,在职\n';
  const project = `${PROJECT}  - type: hr-roster
    path: roster.csv
    options: { joinBy: employeeId, accounts: "jeecg:*" }
`;
  const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': DUMP, 'pipl-audit.yaml': project, 'roster.csv': roster });
  const accounts = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: Record<string, unknown> }>;
  const account = (id: string) => accounts.find((a) => a.key === id)?.account;
  const audit = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  const report = JSON.parse(audit.stdout) as { findings: Array<{ ruleId: string; status: string; members?: { items: Array<{ key: string }> }; target?: { key?: string } }> };
  const statusOf = (ruleId: string, id: string) => report.findings.find((f) => f.ruleId === ruleId && (f.target?.key === id || f.members?.items.some((m) => m.key === id)))?.status;

  it('leaves the seed administrator unaffiliated, not an outsider, and keeps the inference for personal accounts', () => {
    expect(account('jeecg:admin')).toMatchObject({ type: 'default' });
    expect(account('jeecg:admin')).not.toHaveProperty('affiliation');
    expect(account('jeecg:zhangsan')).toMatchObject({ type: 'personal', affiliation: 'outside' });
    expect(statusOf('PIPL-QRY-009', 'jeecg:admin')).toBe('NOT_EVALUATED');
  });
});

describe('a JeecgBoot fork whose sys_user keeps a second factor', () => {
  it("leaves the accounts' second factor unstated (the column may hold one)", async () => {
    const fork = DUMP.replace("`client_id` varchar(64)", "`totp_secret` varchar(64)");
    expect(fork).not.toBe(DUMP);
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': fork, 'pipl-audit.yaml': PROJECT });
    const accounts = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: Record<string, unknown> }>;
    const clerk = accounts.find((a) => a.key === 'jeecg:clerk_li')?.account;
    expect(clerk).toBeDefined();
    expect(clerk).not.toHaveProperty('mfa');
  });
});

describe('a JeecgBoot fork whose role grants carry an end date', () => {
  it("leaves the grants' expiry unstated (the column may hold one)", async () => {
    const fork = DUMP.replace('`operate_ip` varchar(100)', '`expire_time` varchar(100)');
    expect(fork).not.toBe(DUMP);
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': fork, 'pipl-audit.yaml': PROJECT });
    const grants = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir })).stdout) as Array<{ key: string; grant: Record<string, unknown> }>;
    expect(grants.length).toBeGreaterThan(0);
    for (const g of grants) expect(g.grant).not.toHaveProperty('expires');
  });
});

describe('a broken JeecgBoot dump', () => {
  it('a statement that does not parse is an input error at its line', async () => {
    const broken = DUMP.replace("INSERT INTO `sys_role` VALUES ('ee8626f80f7c2619917b6236f3a7f02b', '临时角色', 'test', 'test');", "INSERT INTO `sys_role` VALUES ('ee8626f80f7c2619917b6236f3a7f02b', '临时角色' 'test', 'test');");
    expect(broken).not.toBe(DUMP);
    const line = broken.split('\n').findIndex((l) => l.includes("'临时角色' 'test'")) + 1;
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': broken, 'pipl-audit.yaml': PROJECT });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`dump\\.sql:${line}(:\\d+)?: error: SQL that does not parse`));
  });

  it('a mapping naming a role the manifest lacks is an error in the project file', async () => {
    const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': DUMP, 'pipl-audit.yaml': PROJECT.replace('outlet_clerk: outlet-clerk', 'outlet_clerk: outlet-clark') });
    const result = await runCliInProcess(['audit', 'pipl-audit.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipl-audit\.yaml:\d+:\d+: error: .*role "outlet-clark" is not defined/);
  });
});

describe('pipl-audit with a JeecgBoot dump without sys_user_role', async () => {
  // Which roles the users hold is then not in the dump: unknown, not none.
  // The excerpt's last table is sys_user_role: the dump up to its structure.
  const withoutAssignment = `${DUMP.slice(0, DUMP.indexOf('-- Table structure for sys_user_role'))}\nSET FOREIGN_KEY_CHECKS = 1;\n`;
  const dir = tempDir({ 'manifest.yaml': MANIFEST, 'dump.sql': withoutAssignment, 'pipl-audit.yaml': PROJECT });
  const accounts = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'account'], { cwd: dir })).stdout) as Array<{ key: string; account: Record<string, unknown>; reachesPI: unknown }>;
  it('states rolesUnknown on every account, and the account view reads its reach as unstated', () => {
    const zhangsan = accounts.find((a) => a.key === 'jeecg:zhangsan');
    expect(String(zhangsan?.account.rolesUnknown)).toMatch(/sys_user_role/);
    expect(zhangsan?.reachesPI).toBeNull();
  });
});

describe('a JeecgBoot USE_SQL_RULES grant whose scope the manifest states', async () => {
  // The clerk's customer list is narrowed by a sub-select the reader cannot decide; the manifest
  // states that grant's scope (unit), as docs/sources/jeecg.md says to: the stated scope decides
  // it. One grant, at the dump's sys_role_permission row with the scope at the manifest's line.
  const manifest = MANIFEST.replace('  - { id: outlet-clerk }', '  - { id: outlet-clerk, grants: [{ interface: customer-list, actions: [read], scope: unit }] }');
  expect(manifest).not.toBe(MANIFEST);
  const dir = tempDir({ 'manifest.yaml': manifest, 'dump.sql': DUMP, 'pipl-audit.yaml': PROJECT });
  const grants = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: dir })).stdout) as Array<{ key: string; scope: string | null; grant: Record<string, unknown> }>;
  const audit = await runCliInProcess(['audit', 'pipl-audit.yaml', '--format', 'json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });

  it('is one grant with the stated scope, no longer undecided, keeping what the dump states', () => {
    const onList = grants.filter((g) => g.key.startsWith('outlet-clerk>customer-list'));
    expect(onList.map((g) => g.key)).toEqual(['outlet-clerk>customer-list']);
    expect(onList[0]?.scope).toBe('unit');
    expect(onList[0]?.grant).not.toHaveProperty('scopeUndecided');
    // The dump's tables have no end-date column: still stated on the decided grant.
    expect(onList[0]?.grant.expires).toBe('none');
  });

  it('cites both sources in a finding on the grant', () => {
    const findings = (JSON.parse(audit.stdout) as { findings: Array<Record<string, unknown>> }).findings;
    const onGrant = findings.filter((f) => JSON.stringify(f).includes('outlet-clerk>customer-list'));
    expect(onGrant.length).toBeGreaterThan(0);
    expect(onGrant.some((f) => f.status === 'NOT_EVALUATED' && JSON.stringify(f).includes('outlet_staff'))).toBe(false);
    const cited = JSON.stringify(onGrant);
    expect(cited).toContain('dump.sql');
    expect(cited).toContain('manifest.yaml');
  });

  it('a stated grant on another interface leaves the undecided one as it was', async () => {
    const other = MANIFEST.replace('  - { id: outlet-clerk }', '  - { id: outlet-clerk, grants: [{ interface: waybill-export, actions: [export], scope: unit }] }');
    const d = tempDir({ 'manifest.yaml': other, 'dump.sql': DUMP, 'pipl-audit.yaml': PROJECT });
    const g = JSON.parse((await runCliInProcess(['views', 'pipl-audit.yaml', '--view', 'grant'], { cwd: d })).stdout) as Array<{ key: string; scope: string | null; grant: Record<string, unknown> }>;
    const list = g.filter((x) => x.key.startsWith('outlet-clerk>customer-list'));
    expect(list).toHaveLength(1);
    expect(list[0]?.scope).toBeNull();
    expect(list[0]?.grant.scopeUndecided).toMatch(/outlet_staff/);
  });
});
