// The MySQL/MariaDB importer: SHOW GRANTS (client table output) and pt-show-grants parsed and
// resolved without an engine — levels, wildcard database names, column grants, roles, hosts,
// password storage — and real pt-show-grants files imported without error.
import { describe, expect, it } from 'vitest';
import { mysqlImporter } from '../src/importers/mysql/index.js';
import { databasePatternMatches } from '../src/importers/mysql/mysql-facts.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { Inventory } from '../src/inventory/inventory.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const SHOW_GRANTS = `mysql> SHOW GRANTS FOR 'crm'@'%';
+----------------------------------------------------------------------+
| Grants for crm@%                                                     |
+----------------------------------------------------------------------+
| GRANT USAGE ON *.* TO \`crm\`@\`%\`                                      |
| GRANT SELECT (\`name\`, \`phone\`) ON \`sales\`.\`clients\` TO \`crm\`@\`%\`   |
| GRANT \`reporting\`@\`%\` TO \`crm\`@\`%\`                                 |
+----------------------------------------------------------------------+
3 rows in set (0.00 sec)

+--------------------------------------------------------------+
| Grants for reporting@%                                       |
+--------------------------------------------------------------+
| GRANT USAGE ON *.* TO \`reporting\`@\`%\`                          |
| GRANT SELECT ON \`sales\\_%\`.* TO \`reporting\`@\`%\`                 |
+--------------------------------------------------------------+
`;

const PT_SHOW_GRANTS = `-- Grants dumped by pt-show-grants
-- Dumped from server Localhost via UNIX socket, MySQL 8.0.36 at 2024-05-28 20:42:12
-- Grants for 'admin'@'localhost'
CREATE USER IF NOT EXISTS 'admin'@'localhost';
ALTER USER 'admin'@'localhost' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$abcdefghijklmnopqrstuvwxyz0123456789ABCD' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT ALL PRIVILEGES ON *.* TO 'admin'@'localhost' WITH GRANT OPTION;
-- Grants for 'app'@'10.0.1.%'
CREATE USER IF NOT EXISTS 'app'@'10.0.1.%';
ALTER USER 'app'@'10.0.1.%' IDENTIFIED WITH 'mysql_native_password' AS '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9' REQUIRE NONE;
GRANT SELECT, INSERT, UPDATE ON \`sales\`.\`clients\` TO 'app'@'10.0.1.%';
GRANT EXECUTE ON PROCEDURE \`sales\`.\`add_client\` TO 'app'@'10.0.1.%';
-- Grants for 'guest'@'%'
CREATE USER IF NOT EXISTS 'guest'@'%';
ALTER USER 'guest'@'%' IDENTIFIED WITH 'mysql_native_password' REQUIRE NONE;
GRANT SELECT ON \`salesarchive\`.* TO 'guest'@'%';
`;

function declared(): Inventory {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'clients', kind: 'table', fields: [{ name: 'name', category: 'identity.name' }, { name: 'phone', category: 'contact.phone' }, { name: 'holdings', category: 'financial.account' }] });
  return inventory;
}

async function load(text: string, mapping: Record<string, unknown> = { tables: { 'sales.clients': { store: 'clients' } } }) {
  const dir = tempDir({ 'grants.txt': text });
  return mysqlImporter.load([readSourceInput(`${dir}/grants.txt`, 'grants.txt')], { cwd: dir, baseDir: dir, options: {}, mapping, declared: declared() });
}

describe('database name wildcards', () => {
  it('treats _ and % as wildcards unless escaped', () => {
    expect(databasePatternMatches('sales\\_%', 'sales_2024')).toBe(true);
    expect(databasePatternMatches('sales\\_%', 'salesX2024')).toBe(false);
    expect(databasePatternMatches('sales_%', 'salesX2024')).toBe(true);
    expect(databasePatternMatches('sales', 'sales')).toBe(true);
    expect(databasePatternMatches('sales', 'salesarchive')).toBe(false);
  });
});

describe('SHOW GRANTS output', () => {
  it('reads the client table, column grants and a role whose wildcard database grant does not cover the table', async () => {
    const result = await load(SHOW_GRANTS);
    const crm = result.manifest.databaseLogins?.find((l) => l.name === 'crm');
    expect(crm).toMatchObject({ host: '%', canLogin: true, superuser: false, readAllData: false });
    // sales\_% matches sales_2024 but not "sales": only the column grant reaches sales.clients.
    expect(crm?.reads).toEqual([{ store: 'clients', fields: ['name', 'phone'], via: ['direct'] }]);
    // A role (granted to an account) is not a login of its own.
    expect(result.manifest.databaseLogins?.map((l) => l.name)).toEqual(['crm']);
    expect(crm?.password).toBeUndefined();
  });

  it('a role whose database wildcard covers the table gives every field, through the role — activatable, since no default role is stated', async () => {
    const result = await load(SHOW_GRANTS.replace('sales\\_%', 'sa%'));
    const crm = result.manifest.databaseLogins?.find((l) => l.name === 'crm');
    expect(crm?.reads?.[0]).toEqual({ store: 'clients', fields: ['name', 'phone'], via: ['direct'] });
    expect(crm?.activatable).toEqual({ roles: ['reporting@%'], superuser: false, readAllData: false, grantOption: false, reads: [{ store: 'clients', fields: ['name', 'phone', 'holdings'], via: ['role:reporting@%'] }] });
  });
});

describe('pt-show-grants output', () => {
  it('reads accounts, hosts, password storage, global privileges and lines', async () => {
    const result = await load(PT_SHOW_GRANTS);
    const byName = new Map(result.manifest.databaseLogins?.map((l) => [l.name, l]));
    expect(byName.get('admin')).toMatchObject({ host: 'localhost', superuser: true, readAllData: true, grantOption: true, password: 'caching-sha2' });
    expect(byName.get('app')).toMatchObject({ host: '10.0.1.%', superuser: false, password: 'mysql-native-sha1', reads: [{ store: 'clients', fields: ['name', 'phone', 'holdings'], via: ['direct'] }] });
    expect(byName.get('guest')).toMatchObject({ host: '%', password: 'none', reads: [] });
    const index = result.manifest.databaseLogins?.findIndex((l) => l.name === 'app');
    const located = result.locators?.[0]?.locate([`/databaseLogins/${index}/password`, `/databaseLogins/${index}/reads/0`]);
    expect(located?.get(`/databaseLogins/${index}/password`)?.line).toBe(9);
    expect(located?.get(`/databaseLogins/${index}/reads/0`)?.line).toBe(10);
    expect(result.coverage?.map((c) => c.name).sort()).toEqual(["'admin'@'localhost'", "'app'@'10.0.1.%'", "'guest'@'%'"]);
  });

  it('a statement it cannot read is an error with its line', async () => {
    await expect(load('-- Grants for \'a\'@\'%\'\nGRANT SELECT ON TO nobody;\n')).rejects.toThrow(InputError);
  });

  it('maps logins given as user@host or user alone', async () => {
    const inventory = declared();
    inventory.accounts.push({ id: 'app-svc', type: 'service' });
    const dir = tempDir({ 'g.sql': PT_SHOW_GRANTS });
    const result = await mysqlImporter.load([readSourceInput(`${dir}/g.sql`, 'g.sql')], { cwd: dir, baseDir: dir, options: {}, mapping: { logins: { 'app@10.0.1.%': { account: 'app-svc', usedBy: 'application' }, guest: { usedBy: 'person' } } }, declared: inventory });
    const byName = new Map(result.manifest.databaseLogins?.map((l) => [l.name, l]));
    expect(byName.get('app')).toMatchObject({ account: 'app-svc', usedBy: 'application' });
    expect(byName.get('guest')?.usedBy).toBe('person');
  });
});

describe('real pt-show-grants files', () => {
  for (const name of ['pt-show-grants-mysql57.sql', 'pt-show-grants-mysql80.sql']) {
    it(`imports ${name} without error`, async () => {
      const path = `tests/fixtures/mysql/real/${name}`;
      const input = readSourceInput(`${REPO_ROOT}/${path}`, path);
      expect(mysqlImporter.detect(input)).toBe(true);
      const result = await mysqlImporter.load([input], { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared: emptyInventory() });
      expect(result.warnings).toEqual([]);
      expect(result.manifest.databaseLogins?.length).toBeGreaterThan(0);
    });
  }

  it('finds the passwordless root and the % hosts in the MySQL 5.7 file', async () => {
    const path = 'tests/fixtures/mysql/real/pt-show-grants-mysql57.sql';
    const result = await mysqlImporter.load([readSourceInput(`${REPO_ROOT}/${path}`, path)], { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared: emptyInventory() });
    const root = result.manifest.databaseLogins?.find((l) => l.name === 'root' && l.host === 'localhost');
    expect(root).toMatchObject({ password: 'none', superuser: true, grantOption: true });
    expect(result.manifest.databaseLogins?.filter((l) => l.host === '%').map((l) => l.name).sort()).toEqual(['mydbs', 'myuser', 'root', 'xgq']);
  });
});

// Issue 12: what the importer used to lose, each on a listing shaped as the server prints it.
describe('losing nothing', () => {
  function world(): Inventory {
    const inventory = emptyInventory();
    inventory.stores.push({ id: 'cities', kind: 'table', fields: [{ name: 'city', category: 'contact.address' }, { name: 'city_id', category: 'identity.member-id' }, { name: 'mayor_phone', category: 'contact.phone' }] });
    inventory.stores.push({ id: 'clients', kind: 'table', fields: [{ name: 'name', category: 'identity.name' }, { name: 'phone', category: 'contact.phone' }] });
    return inventory;
  }
  async function loadFiles(files: Record<string, string>, mapping: Record<string, unknown>, options: Record<string, unknown> = {}) {
    const dir = tempDir(files);
    return mysqlImporter.load(Object.keys(files).map((f) => readSourceInput(`${dir}/${f}`, f)), { cwd: dir, baseDir: dir, options, mapping, declared: world() });
  }
  const cityMapping = { tables: { 'world.city': { store: 'cities', columns: { city_id: 'city_id', city: 'city' } }, 'sales.clients': { store: 'clients' } } };

  it('a table-level SELECT beside column privileges reaches every field of the table, whatever the column mapping lists', async () => {
    // MySQL 8.0 SHOW GRANTS prints column and table privileges of one table in one statement.
    const text = `+-----------------------------------------------------------------------------------------+
| Grants for clerk@%                                                                      |
+-----------------------------------------------------------------------------------------+
| GRANT USAGE ON *.* TO \`clerk\`@\`%\`                                                         |
| GRANT INSERT (\`city\`), SELECT, SELECT (\`city_id\`) ON \`world\`.\`city\` TO \`clerk\`@\`%\`       |
+-----------------------------------------------------------------------------------------+
`;
    const result = await loadFiles({ 'grants.txt': text }, cityMapping);
    const clerk = result.manifest.databaseLogins?.find((l) => l.name === 'clerk');
    expect(clerk?.reads).toEqual([{ store: 'cities', fields: ['city', 'city_id', 'mayor_phone'], via: ['direct'] }]);
  });

  it('a column SELECT alone reaches only its columns', async () => {
    const result = await loadFiles({ 'grants.txt': 'GRANT INSERT (`city`), SELECT (`city_id`) ON `world`.`city` TO `clerk`@`%`;\n' }, cityMapping);
    expect(result.manifest.databaseLogins?.[0]?.reads).toEqual([{ store: 'cities', fields: ['city_id'], via: ['direct'] }]);
  });

  it('CREATE USER a, b keeps every account, each with its own authentication', async () => {
    const text = `CREATE USER 'jeffrey'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'new_password1', 'jeanne'@'%' IDENTIFIED WITH mysql_native_password AS '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9' DEFAULT ROLE 'reader'@'%' PASSWORD EXPIRE;
GRANT SELECT ON \`sales\`.* TO 'reader'@'%';
GRANT 'reader'@'%' TO 'jeffrey'@'localhost', 'jeanne'@'%';
`;
    const result = await loadFiles({ 'users.sql': text }, cityMapping);
    const byName = new Map(result.manifest.databaseLogins?.map((l) => [l.name, l]));
    expect([...byName.keys()].sort()).toEqual(['jeanne', 'jeffrey']);
    expect(byName.get('jeffrey')).toMatchObject({ host: 'localhost', password: 'plaintext' });
    expect(byName.get('jeanne')).toMatchObject({ host: '%', password: 'mysql-native-sha1' });
    // DEFAULT ROLE of CREATE USER applies to every account of the statement.
    expect(byName.get('jeanne')?.reads).toEqual([{ store: 'clients', fields: ['name', 'phone'], via: ['role:reader@%'] }]);
    expect(byName.get('jeanne')?.activatable).toBeUndefined();
  });

  it('a locked account (ACCOUNT LOCK, as MySQL locks mysql.sys and mysql.session) cannot log in: no login unless the mapping names it', async () => {
    const text = `CREATE USER 'mysql.session'@'localhost' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$ACCOUNT LOCK inside a hash' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT LOCK;
GRANT SUPER ON *.* TO 'mysql.session'@'localhost';
CREATE USER 'ops'@'%' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$ACCOUNT LOCK inside a hash' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT SUPER ON *.* TO 'ops'@'%';
`;
    const unmapped = await loadFiles({ 'users.sql': text }, cityMapping);
    expect(unmapped.manifest.databaseLogins?.map((l) => [l.name, l.canLogin])).toEqual([['ops', true]]);
    const mapped = await loadFiles({ 'users.sql': text }, { ...cityMapping, logins: { 'mysql.session': { usedBy: 'application' } } });
    expect(mapped.manifest.databaseLogins?.map((l) => [l.name, l.canLogin])).toEqual([['mysql.session', false], ['ops', true]]);
  });

  it('a CREATE USER listing and a SHOW GRANTS listing of one server merge into one account each', async () => {
    // SHOW CREATE USER as the client prints it (8.0), and SHOW GRANTS for the same accounts.
    const created = `mysql> SHOW CREATE USER 'crm'@'10.0.%';
+------------------------------------------------------------------------------------------------------------------------------+
| CREATE USER for crm@10.0.%                                                                                                   |
+------------------------------------------------------------------------------------------------------------------------------+
| CREATE USER \`crm\`@\`10.0.%\` IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$0123456789abcdefghijKLMNOPQRSTUVWXYZabcdefghijklmnopq' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK |
+------------------------------------------------------------------------------------------------------------------------------+
1 row in set (0.00 sec)
`;
    const granted = `mysql> SHOW GRANTS FOR 'crm'@'10.0.%';
+---------------------------------------------------------------+
| Grants for crm@10.0.%                                         |
+---------------------------------------------------------------+
| GRANT USAGE ON *.* TO \`crm\`@\`10.0.%\`                          |
| GRANT SELECT ON \`sales\`.\`clients\` TO \`crm\`@\`10.0.%\`         |
+---------------------------------------------------------------+
`;
    const result = await loadFiles({ 'create-users.txt': created, 'grants.txt': granted }, cityMapping, { server: 'crm-db' });
    expect(result.manifest.databaseLogins).toHaveLength(1);
    const crm = result.manifest.databaseLogins?.[0];
    expect(crm).toMatchObject({ id: 'mysql:crm-db/crm@10.0.%', host: '10.0.%', password: 'caching-sha2', reads: [{ store: 'clients', fields: ['name', 'phone'], via: ['direct'] }] });
    // Each fact cites its own file.
    const pointers = ['/databaseLogins/0/password', '/databaseLogins/0/reads/0'];
    const byFile = new Map(result.locators?.map((l) => [l.path, l.locate(pointers)]));
    expect(byFile.get('create-users.txt')?.get('/databaseLogins/0/password')?.line).toBe(5);
    expect(byFile.get('grants.txt')?.get('/databaseLogins/0/reads/0')?.line).toBe(6);
  });

  it('keeps the host part % as written in ids and messages', async () => {
    const result = await loadFiles({ 'grants.txt': "GRANT SELECT ON `sales`.`clients` TO 'app'@'%';\nGRANT SELECT ON `sales`.`clients` TO 'app'@'10.0.1.%';\n" }, cityMapping);
    expect(result.manifest.databaseLogins?.map((l) => l.id)).toEqual(['mysql:app@%', 'mysql:app@10.0.1.%']);
    expect(result.coverage?.map((c) => c.name)).toEqual(["'app'@'%'", "'app'@'10.0.1.%'"]);
  });

  describe('REVOKE', () => {
    it('applies a partial revoke as SHOW GRANTS lists it (MySQL 8.0, partial_revokes=ON)', async () => {
      const text = `+------------------------------------------------------+
| Grants for analyst@%                                 |
+------------------------------------------------------+
| GRANT SELECT, INSERT ON *.* TO \`analyst\`@\`%\`         |
| REVOKE SELECT ON \`sales\`.* FROM \`analyst\`@\`%\`        |
+------------------------------------------------------+
`;
      const result = await loadFiles({ 'grants.txt': text }, cityMapping);
      const analyst = result.manifest.databaseLogins?.[0];
      expect(analyst?.reads).toEqual([{ store: 'cities', fields: ['city', 'city_id', 'mayor_phone'], via: ['global'] }]);
      expect(analyst?.globalPrivileges).toEqual(['INSERT', 'SELECT']);
    });

    it('removes what was granted at the same level, column by column, and ALL PRIVILEGES, GRANT OPTION', async () => {
      const text = `GRANT SELECT ON \`sales\`.* TO 'a'@'%';
REVOKE SELECT ON \`sales\`.* FROM 'a'@'%';
GRANT SELECT (\`city\`, \`city_id\`) ON \`world\`.\`city\` TO 'b'@'%';
REVOKE SELECT (\`city\`) ON \`world\`.\`city\` FROM 'b'@'%';
GRANT ALL PRIVILEGES ON *.* TO 'c'@'%' WITH GRANT OPTION;
REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'c'@'%';
GRANT ALL PRIVILEGES ON *.* TO 'd'@'%';
REVOKE SELECT ON *.* FROM 'd'@'%';
GRANT SELECT ON \`sales\`.* TO 'e'@'%';
REVOKE SELECT ON *.* FROM 'e'@'%';
`;
      const result = await loadFiles({ 'grants.sql': text }, cityMapping);
      const byName = new Map(result.manifest.databaseLogins?.map((l) => [l.name, l]));
      expect(byName.get('a')?.reads).toEqual([]);
      expect(byName.get('b')?.reads).toEqual([{ store: 'cities', fields: ['city_id'], via: ['direct'] }]);
      expect(byName.get('c')).toMatchObject({ superuser: false, grantOption: false, reads: [] });
      // ALL PRIVILEGES less SELECT: no longer a superuser, reads nothing.
      expect(byName.get('d')).toMatchObject({ superuser: false, readAllData: false, reads: [] });
      // A global REVOKE does not touch a database-level grant (MySQL revokes per level).
      expect(byName.get('e')?.reads).toEqual([{ store: 'clients', fields: ['name', 'phone'], via: ['database'] }]);
    });

    it('REVOKE role FROM account removes the role', async () => {
      const text = "GRANT SELECT ON `sales`.* TO 'r'@'%';\nGRANT 'r'@'%' TO 'u'@'%';\nSET DEFAULT ROLE ALL TO 'u'@'%';\nREVOKE 'r'@'%' FROM 'u'@'%';\n";
      const result = await loadFiles({ 'grants.sql': text }, cityMapping);
      const u = result.manifest.databaseLogins?.find((l) => l.name === 'u');
      expect(u?.reads).toEqual([]);
      expect(u?.activatable).toBeUndefined();
    });
  });

  describe('default roles', () => {
    const roles = `-- Grants for 'dba_role'@'%'
CREATE ROLE IF NOT EXISTS 'dba_role'@'%';
GRANT ALL PRIVILEGES ON *.* TO 'dba_role'@'%' WITH GRANT OPTION;
-- Grants for 'reader'@'%'
GRANT SELECT ON \`sales\`.* TO 'reader'@'%';
-- Grants for 'ops'@'10.0.0.%'
CREATE USER IF NOT EXISTS 'ops'@'10.0.0.%';
ALTER USER 'ops'@'10.0.0.%' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$abcdefghijklmnopqrstuvwxyz0123456789ABCD';
GRANT \`dba_role\`@\`%\`,\`reader\`@\`%\` TO \`ops\`@\`10.0.0.%\`;
`;
    it('only default roles are active (activate_all_roles_on_login stated OFF); the others are activatable, kept apart', async () => {
      for (const [text, options] of [
        [`${roles}SET DEFAULT ROLE 'reader'@'%' TO 'ops'@'10.0.0.%';\n`, { activateAllRolesOnLogin: false }],
        [`SET GLOBAL activate_all_roles_on_login = OFF;\n${roles}SET DEFAULT ROLE 'reader'@'%' TO 'ops'@'10.0.0.%';\n`, {}],
      ] as const) {
        const result = await loadFiles({ 'grants.sql': text }, cityMapping, options);
        const ops = result.manifest.databaseLogins?.find((l) => l.name === 'ops');
        expect(ops).toMatchObject({ superuser: false, readAllData: false, grantOption: false, globalPrivileges: [], reads: [{ store: 'clients', fields: ['name', 'phone'], via: ['role:reader@%'] }] });
        expect(ops?.activatable).toMatchObject({ roles: ['dba_role@%'], superuser: true, readAllData: true, grantOption: true });
        expect(ops?.activatable?.reads?.map((r) => r.store)).toEqual(['clients', 'cities']);
      }
    });

    it('with activate_all_roles_on_login stated nowhere, what a non-default role would give at login is unknown (left unstated), what it reads after SET ROLE is kept', async () => {
      const result = await loadFiles({ 'grants.sql': `${roles}SET DEFAULT ROLE 'reader'@'%' TO 'ops'@'10.0.0.%';\n` }, cityMapping);
      const ops = result.manifest.databaseLogins?.find((l) => l.name === 'ops');
      expect(ops).toBeDefined();
      for (const key of ['superuser', 'readAllData', 'grantOption', 'globalPrivileges'] as const) expect(ops, key).not.toHaveProperty(key);
      expect(ops?.reads).toEqual([{ store: 'clients', fields: ['name', 'phone'], via: ['role:reader@%'] }]);
      expect(ops?.activatable).toMatchObject({ roles: ['dba_role@%'], superuser: true, readAllData: true, grantOption: true });
      // An account whose granted roles are all default is not affected: nothing is unknown about it.
      const all = await loadFiles({ 'grants.sql': `${roles}ALTER USER 'ops'@'10.0.0.%' DEFAULT ROLE ALL;\n` }, cityMapping);
      expect(all.manifest.databaseLogins?.find((l) => l.name === 'ops')).toMatchObject({ superuser: true, readAllData: true, grantOption: true });
    });

    it('ALTER USER … DEFAULT ROLE ALL, and activate_all_roles_on_login, make every granted role active', async () => {
      for (const [text, options] of [
        [`${roles}ALTER USER 'ops'@'10.0.0.%' DEFAULT ROLE ALL;\n`, {}],
        [roles, { activateAllRolesOnLogin: true }],
        [`SET PERSIST activate_all_roles_on_login = ON;\n${roles}`, {}],
      ] as const) {
        const result = await loadFiles({ 'grants.sql': text }, cityMapping, options);
        const ops = result.manifest.databaseLogins?.find((l) => l.name === 'ops');
        expect(ops).toMatchObject({ superuser: true, readAllData: true, grantOption: true });
        expect(ops?.activatable).toBeUndefined();
      }
    });

    it("SHOW GLOBAL VARIABLES LIKE 'activate_all_roles_on_login' as the client prints it (table, mysql -B, \\G) states the setting", async () => {
      const table = `mysql> SHOW GLOBAL VARIABLES LIKE 'activate_all_roles_on_login';
+--------------------------------------+
| Variable_name                | Value |
+--------------------------------------+
| activate_all_roles_on_login  | VALUE   |
+--------------------------------------+
1 row in set (0.00 sec)

`;
      const batch = `Variable_name\tValue\nactivate_all_roles_on_login\tVALUE\n`;
      const vertical = `*************************** 1. row ***************************\nVariable_name: activate_all_roles_on_login\n        Value: VALUE\n1 row in set (0.00 sec)\n`;
      for (const shape of [table, batch, vertical]) {
        const off = await loadFiles({ 'grants.sql': `${shape.replace('VALUE', 'OFF')}${roles}SET DEFAULT ROLE 'reader'@'%' TO 'ops'@'10.0.0.%';\n` }, cityMapping);
        const ops = off.manifest.databaseLogins?.find((l) => l.name === 'ops');
        expect(ops, shape).toMatchObject({ superuser: false, readAllData: false, grantOption: false, globalPrivileges: [] });
        expect(ops?.activatable).toMatchObject({ roles: ['dba_role@%'], superuser: true });
        const on = await loadFiles({ 'grants.sql': `${shape.replace('VALUE', 'ON')}${roles}` }, cityMapping);
        expect(on.manifest.databaseLogins?.find((l) => l.name === 'ops'), shape).toMatchObject({ superuser: true, readAllData: true, grantOption: true });
      }
    });

    it('MariaDB: SET DEFAULT ROLE r FOR u, as mariadb-dump --system=users writes it', async () => {
      const text = `CREATE USER \`ops\`@\`%\` IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';
CREATE ROLE \`reader\`;
GRANT SELECT ON \`sales\`.* TO \`reader\`;
GRANT \`reader\` TO \`ops\`@\`%\`;
/*M!100005 SET DEFAULT ROLE \`reader\` FOR \`ops\`@\`%\` */;
`;
      const result = await loadFiles({ 'users.sql': text }, cityMapping);
      const ops = result.manifest.databaseLogins?.find((l) => l.name === 'ops');
      expect(ops?.reads).toEqual([{ store: 'clients', fields: ['name', 'phone'], via: ['role:reader@%'] }]);
      expect(result.manifest.databaseLogins?.map((l) => l.name)).toEqual(['ops']);
    });
  });
});

describe('a SHOW CREATE USER listing without SHOW GRANTS', () => {
  // What the server granted is then not in the files: SHOW GRANTS and pt-show-grants print a GRANT
  // (GRANT USAGE at least) for every account, so an account no GRANT names is not "granted nothing".
  const CREATE_ONLY = `-- SHOW CREATE USER for each account of mysql.user
CREATE USER 'crm'@'%' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$abcdefghijklmnopqrstuvwxyz0123456789ABCD' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT;
`;
  it('leaves superuser, read-all and grant option unstated; GRANT USAGE states that nothing is granted', async () => {
    const alone = (await load(CREATE_ONLY)).manifest.databaseLogins?.find((l) => l.name === 'crm');
    expect(alone).toMatchObject({ password: 'caching-sha2' });
    expect(alone?.superuser).toBeUndefined();
    expect(alone?.readAllData).toBeUndefined();
    expect(alone?.grantOption).toBeUndefined();
    expect(alone?.globalPrivileges).toBeUndefined();
    expect(alone?.privilegesUnknown).toMatch(/SHOW GRANTS/);
    const usage = (await load(`${CREATE_ONLY}GRANT USAGE ON *.* TO 'crm'@'%';\n`)).manifest.databaseLogins?.find((l) => l.name === 'crm');
    expect(usage).toMatchObject({ superuser: false, readAllData: false, grantOption: false });
    expect(usage?.privilegesUnknown).toBeUndefined();
  });
});
