// The RuoYi reader on real-world-shaped dumps: RuoYi-Vue's schema-and-seed shape (its demo
// accounts and data_scope defaults), data scope as DataScopeAspect applies it, the project-file
// mapping (did-you-mean on a perm or interface that does not exist), detection, and the CLI's
// exit 2 with file and line on a broken dump.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inventory/diagnostic.js';
import { emptyInventory, type Inventory } from '../../src/inventory/inventory.js';
import type { Interface } from '../../src/inventory/manifest-schema.js';
import { phoneDigest } from '../../src/importers/hr-roster/phone-number.js';
import { IMPORTERS } from '../../src/importers/registry.js';
import type { ImportResult } from '../../src/importers/importer.js';
import { roleScope } from '../../src/importers/ruoyi/data-scope.js';
import { ruoyiImporter } from '../../src/importers/ruoyi/index.js';
import type { RuoyiData, RuoyiRole } from '../../src/importers/ruoyi/ruoyi-tables.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { REPO_ROOT, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const SEED = 'tests/fixtures/ruoyi/ry-vue-seed-shape.sql';

function declaring(interfaces: string[]): Inventory {
  const inventory = emptyInventory();
  inventory.interfaces.push(...interfaces.map((id): Interface => ({ id, kind: 'query-screen', store: 's', returns: [] })));
  return inventory;
}

async function load(path: string, mapping: Record<string, unknown> = {}, declared: Inventory = emptyInventory(), options: Record<string, unknown> = {}): Promise<ImportResult> {
  const input = readSourceInput(join(REPO_ROOT, path), path);
  return ruoyiImporter.load([input], { cwd: REPO_ROOT, baseDir: REPO_ROOT, options, mapping, declared, mappingPlace: { file: 'pipl-audit.yaml', pointer: '/sources/0/mapping' } });
}

async function inputError(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('RuoYi-Vue schema-and-seed script', () => {
  it('is detected as RuoYi, before the MySQL grants reader', () => {
    const input = readSourceInput(join(REPO_ROOT, SEED), SEED);
    expect(IMPORTERS.filter((i) => i.extensions.includes('.sql')).find((i) => i.detect(input))?.format).toBe('ruoyi');
  });

  it('imports its demo accounts as default accounts with the shipped password, stored as BCrypt cost 10', async () => {
    const { manifest } = await load(SEED);
    const accounts = manifest.accounts ?? [];
    expect(accounts.map((a) => [a.id, a.type, a.defaultPassword, a.status, a.unit, a.roles])).toEqual([
      ['ruoyi/admin', 'default', true, 'active', '研发部门', ['ruoyi/admin']],
      ['ruoyi/ry', 'default', true, 'active', '测试部门', ['ruoyi/common']],
    ]);
    expect(accounts[0]?.passwordStorage).toEqual({ algorithm: 'bcrypt', cost: 10, salted: true });
    // sysdate() is no date the dump states: the last login is left unstated, not invented.
    expect(accounts[0]?.lastLogin).toBeUndefined();
  });

  it('carries what sys_user states to join a staff list: log-in name, e-mail, a digest of the phone number, never the number', async () => {
    const { manifest } = await load(SEED);
    const ry = (manifest.accounts ?? []).find((a) => a.id === 'ruoyi/ry');
    expect(ry?.identifiers).toEqual({ username: 'ry', email: 'ry@qq.com', phone: phoneDigest('15666666666') });
    expect(JSON.stringify(manifest.accounts)).not.toContain('15666666666');
  });

  it('reports each role’s data_scope: admin all data, common a custom set of three departments', async () => {
    const { coverage } = await load(SEED);
    const roles = (coverage ?? []).filter((c) => c.kind === 'role').map((c) => [c.name, c.pointer, c.note.split(';')[0]]);
    expect(roles).toEqual([
      ['admin (超级管理员)', '/sys_role/1', 'super administrator (role key admin): every permission (*:*:*) and no data filter'],
      ['common (普通角色)', '/sys_role/2', 'data_scope 2 (自定数据权限): departments 100, 101, 105 (sys_role_dept)'],
    ]);
  });

  it('states the password policy from sys_config and the framework: no expiry, no second factor', async () => {
    const { manifest } = await load(SEED);
    expect(manifest.credentialPolicies).toEqual([{ id: 'ruoyi/password-policy', minLength: 5, characterClasses: 0, mfa: 'none', rotationDays: 'none', hashing: { algorithm: 'bcrypt', cost: 10, salted: true } }]);
  });

  it("takes the password rules from the manifest's default policy over RuoYi's own, saying so in a warning", async () => {
    const declared = emptyInventory();
    const stated = { id: 'console-policy', default: true, minLength: 8, characterClasses: 3 };
    declared.credentialPolicies.push(stated);
    declared.provenance.record(stated, 'manifest.yaml', '/credentialPolicies/0');
    const { manifest, warnings } = await load(SEED, {}, declared);
    // The dump's own facts (no expiry in sys_config, BCrypt stored) stay; the rules are the manifest's.
    expect(manifest.credentialPolicies).toEqual([{ id: 'ruoyi/password-policy', minLength: 8, characterClasses: 3, mfa: 'none', rotationDays: 'none', hashing: { algorithm: 'bcrypt', cost: 10, salted: true } }]);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: 'manifest.yaml', pointer: '/credentialPolicies/0', message: expect.stringMatching(/governed by ruoyi\/password-policy.*from the manifest's default policy console-policy, not RuoYi's own rule/) })]);
    // options.passwordRules, the project's statement about the deployment's code, wins without a warning.
    const withOptions = await load(SEED, {}, declared, { passwordRules: { minLength: 10, characterClasses: 4 } });
    expect(withOptions.manifest.credentialPolicies?.[0]).toMatchObject({ minLength: 10, characterClasses: 4 });
    expect(withOptions.warnings).toEqual([]);
  });

  it('lists the unmapped user-management screens as personal-information screens', async () => {
    const { coverage } = await load(SEED);
    const perms = (coverage ?? []).filter((c) => c.kind === 'perm').map((c) => c.name);
    expect(perms).toEqual(['system:user:list (用户管理)', 'system:user:query (用户查询)', 'system:user:export (用户导出)', 'system:user:resetPwd (重置密码)', '4 other permissions']);
  });

  it('maps perms to interfaces with the actions of their last segment, the super administrator reaching them all with scope any', async () => {
    const { manifest } = await load(SEED, { perms: { 'system:user:list': 'staff-list', 'system:user:export': 'staff-list' } }, declaring(['staff-list']));
    const grants = Object.fromEntries((manifest.roles ?? []).map((r) => [r.id, r.grants]));
    expect(grants['ruoyi/common']).toEqual([{ interface: 'staff-list', actions: ['export', 'read'], scope: 'unit-set', units: ['若依科技', '深圳总公司', '测试部门'], scopeEnforced: false, expires: 'none', reason: 'data_scope 2 (自定数据权限): departments 100, 101, 105 (sys_role_dept)' }]);
    expect(grants['ruoyi/admin']?.[0]).toMatchObject({ interface: 'staff-list', scope: 'any' });
    expect(grants['ruoyi/admin']?.[0]?.scopeEnforced).toBeUndefined();
    // User id 1 holds the admin role, which already says *:*:*: no second super-administrator role.
    expect(grants['ruoyi/super-admin']).toBeUndefined();
  });

  it('refuses a mapping naming a perm the dump lacks or an interface no manifest declares, with the nearest name', async () => {
    const error = await inputError(() => load(SEED, { perms: { 'system:user:lst': 'staf-list' } }, declaring(['staff-list'])));
    expect(error.diagnostics.map((d) => [d.pointer, d.message])).toEqual([
      ['/sources/0/mapping/perms/system:user:lst', `mapping names RuoYi permission "system:user:lst", which no sys_menu row of ${SEED} defines (did you mean "system:user:list"?)`],
      ['/sources/0/mapping/perms/system:user:lst', 'mapping of RuoYi permission "system:user:lst" names interface "staf-list", which no manifest declares (did you mean "staff-list"?)'],
    ]);
    const dept = await inputError(() => load(SEED, { depts: { 测式部门: 'qa' } }));
    expect(dept.diagnostics[0]?.message).toMatch(/did you mean "测试部门"/);
  });
});

describe('a role holding administration and a business module’s permissions', () => {
  // The seed's common role administers users (system:user:resetPwd) and deletes the operation
  // log (monitor:operlog:remove); here it is also given a CRM module's customer lookup.
  const dump = `${readFileSync(join(REPO_ROOT, SEED), 'utf8')}
insert into sys_menu values('2000', '客户查询', '0', '9', '#', '', '', '', 1, 0, 'F', '0', '0', 'crm:customer:query', '#', 'admin', sysdate(), '', null, '');
insert into sys_role_menu values ('2', '2000');
`;
  const loadDump = (mapping: Record<string, unknown>, declared: Inventory) => {
    const dir = tempDir({ 'ry.sql': dump });
    const input = readSourceInput(join(dir, 'ry.sql'), 'ry.sql');
    return ruoyiImporter.load([input], { cwd: dir, baseDir: dir, options: {}, mapping, declared, mappingPlace: { file: 'pipl-audit.yaml', pointer: '/sources/0/mapping' } });
  };
  it('states both duties on the role when the business permission is mapped to an interface, none on the built-in administrator', async () => {
    const { manifest } = await loadDump({ perms: { 'crm:customer:query': 'customer-query' } }, declaring(['customer-query']));
    const roles = Object.fromEntries((manifest.roles ?? []).map((r) => [r.id, [r.privileged, r.duties]]));
    expect(roles['ruoyi/common']).toEqual([true, ['admin', 'business']]);
    expect(roles['ruoyi/admin']).toEqual([true, undefined]);
  });
  it('counts deleting the operation log as administration: a role holding only that beside reading users and customers', async () => {
    const readOnly = dump.replace("insert into sys_role_menu values ('2', '1004');\n", '').replace("insert into sys_role_menu values ('2', '1006');\n", '');
    expect(readOnly).not.toContain("values ('2', '1006')");
    const dir = tempDir({ 'ry.sql': readOnly });
    const input = readSourceInput(join(dir, 'ry.sql'), 'ry.sql');
    const { manifest } = await ruoyiImporter.load([input], { cwd: dir, baseDir: dir, options: {}, mapping: { perms: { 'crm:customer:query': 'customer-query' } }, declared: declaring(['customer-query']), mappingPlace: { file: 'pipl-audit.yaml', pointer: '/sources/0/mapping' } });
    const common = (manifest.roles ?? []).find((r) => r.id === 'ruoyi/common');
    expect([common?.privileged, common?.duties]).toEqual([true, ['admin', 'business']]);
  });
  it('states no business duty while the business permission is mapped to nothing the manifest declares', async () => {
    const { manifest } = await loadDump({}, emptyInventory());
    expect((manifest.roles ?? []).find((r) => r.id === 'ruoyi/common')?.duties).toBeUndefined();
  });
});

describe('the admin console’s exports of users and roles', () => {
  async function loadFiles(paths: string[]): Promise<ImportResult> {
    const inputs = paths.map((p) => readSourceInput(join(REPO_ROOT, p), p));
    return ruoyiImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared: emptyInventory() });
  }
  const DIR = 'tests/fixtures/ruoyi/console';

  it('reads the XLSX user list: status, last login and department of each account', async () => {
    const { manifest } = await loadFiles([`${DIR}/users.xlsx`, `${DIR}/roles.csv`]);
    expect((manifest.accounts ?? []).map((a) => [a.id, a.status, a.lastLogin, a.unit])).toEqual([
      ['ruoyi/admin', 'active', '2022-10-03', '顺达速运'],
      ['ruoyi/zhangwei', 'active', '2022-09-30', '宝安西乡网点'],
      ['ruoyi/wangqiang', 'active', '2022-01-05', '宝安福永网点'],
      ['ruoyi/chenjing', 'disabled', undefined, '宝安福永网点'],
    ]);
  });

  it('reads the same list saved as GBK CSV to the same accounts, and detects it by content', async () => {
    const fromXlsx = (await loadFiles([`${DIR}/users.xlsx`])).manifest.accounts;
    const fromCsv = (await loadFiles([`${DIR}/users-gbk.csv`])).manifest.accounts;
    expect(fromCsv).toEqual(fromXlsx);
    const input = readSourceInput(join(REPO_ROOT, `${DIR}/users-gbk.csv`), `${DIR}/users-gbk.csv`);
    expect(IMPORTERS.filter((i) => i.extensions.includes('.csv')).find((i) => i.detect(input))?.format).toBe('ruoyi');
  });

  it('reports the data scope of each exported role; a subtree whose departments’ ancestry is unknown stays a subtree', async () => {
    const { coverage } = await loadFiles([`${DIR}/roles.csv`]);
    expect((coverage ?? []).filter((c) => c.kind === 'role').map((c) => [c.name, c.file, c.note.split(';')[0]])).toEqual([
      ['admin (超级管理员)', `${DIR}/roles.csv`, 'super administrator (role key admin): every permission (*:*:*) and no data filter'],
      ['outlet_supervisor (网点主管)', `${DIR}/roles.csv`, 'data_scope 1 (全部数据权限): no condition on rows'],
      ['courier (快递员)', `${DIR}/roles.csv`, 'data_scope 5 (仅本人数据权限): rows the holder created'],
      ['area_manager (片区经理)', `${DIR}/roles.csv`, "data_scope 4 (本部门及以下数据权限): the holder's department and those below it (ancestors)"],
      ['temp (临时工)', `${DIR}/roles.csv`, 'disabled (status 1): RuoYi gives its holders none of its permissions or data scope'],
    ]);
  });

  it('leaves which roles a user holds unstated: the user export has no role column (not "no roles")', async () => {
    const { manifest } = await loadFiles([`${DIR}/users.xlsx`, `${DIR}/roles.csv`]);
    const accounts = new Map((manifest.accounts ?? []).map((a) => [a.id, a]));
    // User id 1 is the super administrator whatever the export says: that role is stated, but with
    // no perm mapped to an interface what every permission (*:*:*) reaches is not.
    expect(accounts.get('ruoyi/admin')).toMatchObject({ roles: ['ruoyi/super-admin'] });
    expect(accounts.get('ruoyi/admin')?.rolesUnknown).toMatch(/mapping\.perms/);
    for (const id of ['ruoyi/zhangwei', 'ruoyi/wangqiang', 'ruoyi/chenjing']) {
      expect(accounts.get(id)?.roles).toBeUndefined();
      expect(accounts.get(id)?.rolesUnknown).toMatch(/sys_user_role/);
    }
    // A dump with sys_user_role states the assignment, even where a user holds none; only the super
    // administrator's reach stays unknown while no perm is mapped.
    const fromDump = await load(SEED);
    expect((fromDump.manifest.accounts ?? []).filter((a) => a.rolesUnknown !== undefined).map((a) => a.id)).toEqual(['ruoyi/admin']);
    const mapped = await load(SEED, { perms: { 'system:user:list': 'staff-list' } }, declaring(['staff-list']));
    expect((mapped.manifest.accounts ?? []).filter((a) => a.rolesUnknown !== undefined)).toEqual([]);
  });

  it('gives the super administrator every interface mapping.perms maps, though the export holds no menus to check the perms against', async () => {
    const inputs = [`${DIR}/users.xlsx`].map((p) => readSourceInput(join(REPO_ROOT, p), p));
    const mapping = { perms: { 'waybill:query:list': 'waybill-lookup', 'waybill:query:export': 'waybill-export' } };
    const { manifest } = await ruoyiImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared: declaring(['waybill-lookup', 'waybill-export']) });
    const superAdmin = (manifest.roles ?? []).find((r) => r.id === 'ruoyi/super-admin');
    expect((superAdmin?.grants ?? []).map((g) => [g.interface, g.actions, g.scope])).toEqual([
      ['waybill-export', ['export'], 'any'],
      ['waybill-lookup', ['read'], 'any'],
    ]);
    const admin = (manifest.accounts ?? []).find((a) => a.id === 'ruoyi/admin');
    expect(admin?.roles).toEqual(['ruoyi/super-admin']);
    expect(admin?.rolesUnknown).toBeUndefined();
  });

  it('states no password policy from exports holding no configuration: the manifest\'s default policy governs the accounts', async () => {
    const declared = emptyInventory();
    declared.credentialPolicies.push({ id: 'console-policy', default: true, minLength: 8, characterClasses: 3 });
    const inputs = [`${DIR}/users.xlsx`].map((p) => readSourceInput(join(REPO_ROOT, p), p));
    const { manifest, warnings } = await ruoyiImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared });
    expect(manifest.credentialPolicies ?? []).toEqual([]);
    expect((manifest.accounts ?? []).every((a) => a.credentialPolicy === undefined)).toBe(true);
    expect(warnings ?? []).toEqual([]);
  });

  it('describes a custom data scope of a role export as unstated departments, not "no rows"', async () => {
    const dir = tempDir({ 'roles.csv': '角色序号,角色名称,角色权限,数据范围,角色状态\n7,理赔专员,claim_clerk,自定义数据权限,正常\n' });
    const r = await ruoyiImporter.load([readSourceInput(join(dir, 'roles.csv'), 'roles.csv')], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    const note = (r.coverage ?? []).find((c) => c.kind === 'role')?.note ?? '';
    expect(note).toMatch(/which departments is not stated/);
    expect(note).not.toMatch(/no rows/);
  });

  it('refuses a CSV that is not a users or roles export, naming the file', async () => {
    const dir = tempDir({ 'list.csv': '姓名,电话\n张三,13800000000\n' });
    const error = await inputError(() => ruoyiImporter.load([readSourceInput(join(dir, 'list.csv'), 'list.csv')], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() }));
    expect(error.diagnostics[0]).toMatchObject({ file: 'list.csv', line: 1 });
    expect(error.diagnostics[0]?.message).toMatch(/not a RuoYi console export/);
  });
});

describe('data scope as DataScopeAspect applies it', () => {
  const depts: RuoyiData['depts'] = new Map(
    [
      ['100', '0', ['0'], 'HQ'],
      ['101', '100', ['0', '100'], 'Shenzhen'],
      ['201', '101', ['0', '100', '101'], 'Outlet A'],
      ['202', '101', ['0', '100', '101'], 'Outlet B'],
      ['203', '101', ['0', '100', '101'], 'Closed outlet', '2'],
    ].map(([id, parentId, ancestors, name, delFlag]) => [id as string, { id: id as string, parentId: parentId as string, ancestors: ancestors as string[], name: name as string, status: '0', delFlag: (delFlag as string | undefined) ?? '0', line: 1 }]),
  );
  const data = { depts, present: new Set(['sys_role_dept']), roleDepts: new Map([['9', ['100', '101', '201', '202']], ['8', ['201']]]) } as unknown as RuoyiData;
  const role = (id: string, dataScope: string): RuoyiRole => ({ id, name: id, key: id, dataScope, status: '0', delFlag: '0', line: 1 });

  it('maps 1 to any, 3 to unit, 5 to own', () => {
    expect(roleScope(role('1', '1'), data, []).scope).toBe('any');
    expect(roleScope(role('3', '3'), data, ['201']).scope).toBe('unit');
    expect(roleScope(role('5', '5'), data, ['201']).scope).toBe('own');
  });

  it('treats a custom set naming every live department as the organization, and a smaller one as a set of units', () => {
    expect(roleScope(role('9', '2'), data, [])).toMatchObject({ scope: 'organization', units: ['HQ', 'Shenzhen', 'Outlet A', 'Outlet B'] });
    expect(roleScope(role('8', '2'), data, [])).toMatchObject({ scope: 'unit-set', units: ['Outlet A'] });
  });

  it('treats a subtree held at the top department as the organization, and below it as a unit subtree', () => {
    expect(roleScope(role('4', '4'), data, ['201', '100']).scope).toBe('organization');
    expect(roleScope(role('4', '4'), data, ['101'])).toMatchObject({ scope: 'unit-subtree', units: ['Shenzhen'] });
  });

  it('reads a value outside 1–5 as unbounded, as the aspect adds no condition for it', () => {
    expect(roleScope(role('x', '7'), data, []).scope).toBe('any');
  });
});

describe('pipl-audit audit on a broken RuoYi dump', () => {
  it('exits 2 naming the file and line of SQL that does not parse, writing no report', () => {
    const dump = `-- MySQL dump 10.13\nCREATE TABLE \`sys_user\` (\`user_id\` bigint, \`user_name\` varchar(30));\nCREATE TABLE \`sys_role\` (\`role_id\` bigint, \`role_key\` varchar(30));\nCREATE TABLE \`sys_menu\` (\`menu_id\` bigint, \`perms\` varchar(100));\nINSERT INTO \`sys_user\` VALUES (1,'admin'),\n(2 'ry');\n`;
    const dir = tempDir({ 'db/dump.sql': dump });
    const result = runCli(['audit', 'db', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/db\/dump\.sql:6:\d+: error: SQL that does not parse/);
    expect(result.stdout).toBe('');
  });
});

describe('the application’s application.yml beside the dump', () => {
  const withConfig = async (config: string, options: Record<string, unknown> = {}) => {
    const inputs = [SEED, config].map((p) => readSourceInput(join(REPO_ROOT, p), p));
    return ruoyiImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options, mapping: {}, declared: emptyInventory() });
  };

  it('RuoYi-Vue: user.password.maxRetryCount and lockTime are the lockout, token.expireTime the idle timeout', async () => {
    const { manifest, places } = await withConfig('tests/fixtures/ruoyi/config/application.yml');
    const policy = manifest.credentialPolicies?.[0];
    expect(policy?.lockout).toEqual({ threshold: 5, durationMinutes: 10 });
    expect(policy?.idleTimeoutMinutes).toBe(30);
    expect(places?.get(policy!.lockout as object)).toEqual({ file: 'tests/fixtures/ruoyi/config/application.yml', pointer: '/user/password/maxRetryCount' });
  });

  it('RuoYi-Vue-Plus: the same keys, and Sa-Token’s activity-timeout in seconds', async () => {
    const policy = (await withConfig('tests/fixtures/ruoyi/config/application-vue-plus.yml')).manifest.credentialPolicies?.[0];
    expect([policy?.lockout, policy?.idleTimeoutMinutes]).toEqual([{ threshold: 3, durationMinutes: 30 }, 30]);
  });

  it('without the file the lockout is unstated; options.lockout, given, wins over the file', async () => {
    expect((await load(SEED)).manifest.credentialPolicies?.[0]?.lockout).toBeUndefined();
    const policy = (await withConfig('tests/fixtures/ruoyi/config/application.yml', { lockout: { threshold: 6 } })).manifest.credentialPolicies?.[0];
    expect(policy?.lockout).toEqual({ threshold: 6 });
  });

  it('a value that is not a number is exit 2 at its line', () => {
    const dir = tempDir({ 'db/ry.sql': readFileSync(join(REPO_ROOT, SEED)), 'application.yml': 'user:\n  password:\n    maxRetryCount: five\n', 'pipl-audit.yaml': 'version: 1\nsources:\n  - type: ruoyi\n    path: [db/ry.sql, application.yml]\n' });
    const result = runCli(['audit', '.', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/application\.yml:3:\d+: error: .*user\.password\.maxRetryCount is "five"/);
  });
});

describe('pipl-audit init on the RuoYi-Vue seed script', () => {
  it('drafts a project the audit accepts: RuoYi roles come from the dump, only the perms are left to map', () => {
    const dir = tempDir({ 'ry_seed.sql': readFileSync(join(REPO_ROOT, SEED)) });
    const init = runCli(['init', dir]);
    expect(init.code).toBe(0);
    const project = readFileSync(join(dir, 'pipl-audit.yaml'), 'utf8');
    expect(project).not.toMatch(/^\s+roles:/m);
    expect(project).toMatch(/# TODO perms: .*system:user:list \(用户管理\)/);
    const audit = runCli(['audit', dir, '--format', 'json', '--fail-on', 'none']);
    expect(audit.stderr).toBe('');
    expect(audit.code).toBe(0);
  });
});

describe('RuoYi operation log: whose record an operation names', () => {
  const withLog = (rows: string) => {
    const seed = readFileSync(join(REPO_ROOT, SEED), 'utf8');
    const dir = tempDir({ 'dump.sql': `${seed}\ninsert into sys_oper_log (oper_id, title, business_type, request_method, oper_name, oper_param, status) values ${rows};\n` });
    const input = readSourceInput(join(dir, 'dump.sql'), 'dump.sql');
    return ruoyiImporter.load([input], { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory(), mappingPlace: { file: 'pipl-audit.yaml', pointer: '/sources/0/mapping' } });
  };
  it('states the subject where rows carry the request parameters (oper_param: the record edited, deleted or exported)', async () => {
    const { manifest } = await withLog(`(1, '用户管理', 2, 'PUT', 'admin', '{"userId":3,"nickName":"测试"}', 0), (2, '用户管理', 3, 'DELETE', 'admin', '{}', 0)`);
    expect(manifest.auditLogging?.fields).toEqual(['event', 'ip', 'outcome', 'subject', 'time', 'user']);
  });
  it('states no subject where no row carries parameters (saving them turned off: isSaveRequestData false)', async () => {
    const { manifest } = await withLog(`(1, '用户管理', 2, 'PUT', 'admin', '', 0), (2, '用户管理', 3, 'DELETE', 'admin', '{}', 0), (3, '用户管理', 3, 'DELETE', 'admin', null, 0)`);
    expect(manifest.auditLogging?.fields).toEqual(['event', 'ip', 'outcome', 'time', 'user']);
  });
});
