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

  it('a role whose database wildcard covers the table gives every field, through the role', async () => {
    const result = await load(SHOW_GRANTS.replace('sales\\_%', 'sa%'));
    const crm = result.manifest.databaseLogins?.find((l) => l.name === 'crm');
    expect(crm?.reads?.[0]).toEqual({ store: 'clients', fields: ['name', 'phone', 'holdings'], via: ['direct', 'role:reporting@%'] });
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
    expect(result.coverage?.map((c) => c.name).sort()).toEqual(['admin@localhost', 'app@10.0.1.%', 'guest@%']);
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
