// Resolves parsed MySQL grants into database facts: for each account, its own privileges and
// those of the roles granted to it (transitively; MySQL lets an account SET ROLE to any role
// granted to it, so every granted role counts, not only the default ones), matched against each
// mapped db.table as MySQL matches them — *.* (global), db.* with LIKE-style wildcards in the
// database name (`app\_%`: `_` and `%` unless escaped), db.tbl, and column privileges.
import type { DatabaseFacts, LoginFacts, TableRead } from '../database/database-facts.js';
import { accountKey, mysqlPasswordStorage, type MysqlGrants, type MysqlPrivilege } from './mysql-grants.js';

const READS = new Set(['SELECT', 'ALL PRIVILEGES']);

/** Whether a database name in a grant (with its wildcards) covers `database`. */
export function databasePatternMatches(pattern: string, database: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) re += escapeRegex(pattern[++i] as string);
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += escapeRegex(c);
  }
  return new RegExp(`${re}$`, 'i').test(database);
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function mysqlFacts(grants: MysqlGrants, file: string, tableKeys: string[]): DatabaseFacts {
  const roleNames = new Set([...grants.roles.values()].flatMap((list) => list.map((r) => r.role)));
  const byAccount = new Map<string, MysqlPrivilege[]>();
  for (const p of grants.privileges) byAccount.set(p.account, [...(byAccount.get(p.account) ?? []), p]);
  const logins: LoginFacts[] = [];
  for (const [key, account] of [...grants.accounts].sort(([a], [b]) => a.localeCompare(b))) {
    // The account's own privileges, then each role reachable through role grants.
    const sources: Array<{ via: string | undefined; privilege: MysqlPrivilege; roleLine?: number }> = [];
    const seen = new Set([key]);
    const queue: Array<{ account: string; via: string | undefined; line?: number }> = [{ account: key, via: undefined }];
    while (queue.length > 0) {
      const next = queue.shift() as { account: string; via: string | undefined; line?: number };
      for (const privilege of byAccount.get(next.account) ?? []) sources.push({ via: next.via, privilege, ...(next.line !== undefined ? { roleLine: next.line } : {}) });
      for (const { role, line } of grants.roles.get(next.account) ?? []) {
        if (seen.has(role)) continue;
        seen.add(role);
        queue.push({ account: role, via: next.via ?? `role:${role}`, line: next.line ?? line });
      }
    }
    const globalPrivs = sources.filter((s) => s.privilege.level === 'global');
    const superAt = globalPrivs.find((s) => s.privilege.privileges.some((p) => p === 'ALL PRIVILEGES' || p === 'SUPER'));
    const readAllAt = globalPrivs.find((s) => s.privilege.privileges.some((p) => READS.has(p)));
    const grantAt = sources.find((s) => s.privilege.grantOption);
    const reads = new Map<string, TableRead>();
    for (const tableKey of tableKeys) {
      const dot = tableKey.indexOf('.');
      const database = tableKey.slice(0, dot);
      const table = tableKey.slice(dot + 1);
      const read: TableRead = { columns: new Map() };
      for (const { via, privilege, roleLine } of sources) {
        const path = via ?? (privilege.level === 'global' ? 'global' : privilege.level === 'database' ? 'database' : 'direct');
        const covers =
          privilege.level === 'global' ||
          (privilege.level === 'database' && privilege.database !== undefined && databasePatternMatches(privilege.database, database)) ||
          (privilege.level === 'table' && privilege.database?.toLowerCase() === database.toLowerCase() && privilege.table?.toLowerCase() === table.toLowerCase());
        if (!covers) continue;
        const whole = privilege.privileges.some((p) => READS.has(p) && !privilege.columns.has(p));
        if (whole) (read.wholeTable ??= new Set()).add(path);
        for (const column of privilege.columns.get('SELECT') ?? []) {
          let set = read.columns.get(column);
          if (!set) read.columns.set(column, (set = new Set()));
          set.add(path);
        }
        if ((whole || privilege.columns.has('SELECT')) && !read.at) read.at = { file, line: roleLine ?? privilege.line };
      }
      if (read.wholeTable || read.columns.size > 0) reads.set(tableKey, read);
    }
    const password = mysqlPasswordStorage(account);
    const propertyAt: LoginFacts['propertyAt'] = {};
    if (superAt) propertyAt.superuser = { file, line: superAt.roleLine ?? superAt.privilege.line };
    if (readAllAt) propertyAt.readAllData = { file, line: readAllAt.roleLine ?? readAllAt.privilege.line };
    if (grantAt) propertyAt.grantOption = { file, line: grantAt.privilege.line };
    if (account.passwordLine !== undefined) propertyAt.password = { file, line: account.passwordLine };
    logins.push({
      name: account.user,
      host: account.host,
      canLogin: !roleNames.has(key),
      superuser: superAt !== undefined,
      readAllData: readAllAt !== undefined,
      grantOption: grantAt !== undefined,
      ...(password ? { password } : {}),
      at: { file, line: account.line },
      propertyAt,
      reads,
    });
  }
  return { engine: 'mysql', logins, tables: [] };
}

export { accountKey };
