// Resolves parsed MySQL grants into database facts: for each account, its own privileges and
// those of the roles granted to it (transitively), matched against each mapped db.table as MySQL
// matches them — *.* (global, less partial revokes), db.* with LIKE-style wildcards in the
// database name (`app\_%`: `_` and `%` unless escaped), db.tbl, and column privileges.
//
// Roles: only the account's default roles (SET DEFAULT ROLE, … DEFAULT ROLE, or every granted
// role when activate_all_roles_on_login is on) are active when it logs in; the other roles granted
// to it are activatable — one SET ROLE away, with no one's approval. Their reads are kept apart
// (`activatable`), never dropped.
import type { DatabaseFacts, LoginFacts, SourceLine, TableRead } from '../database/database-facts.js';
import { mysqlPasswordStorage, type MysqlGrants, type PrivilegeAtom } from './mysql-grants.js';

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

/** Whether the atom grants `privilege` (ALL PRIVILEGES grants every privilege not revoked from it). */
function holds(atom: PrivilegeAtom, privilege: string): boolean {
  return atom.privilege === privilege || (atom.privilege === 'ALL PRIVILEGES' && privilege !== 'GRANT OPTION' && !atom.except?.has(privilege));
}

interface Source {
  /** undefined: the account's own privilege; else `role:NAME` of the first role on the way. */
  via: string | undefined;
  atom: PrivilegeAtom;
  /** Where the (first) role was granted, when the privilege comes through a role. */
  roleAt?: SourceLine;
  activatable: boolean;
}

export interface MysqlServer {
  /** Every granted role is active at login (activate_all_roles_on_login = ON); undefined when no one states it. */
  activateAllRolesOnLogin: boolean | undefined;
}

const PRIVILEGES_NOT_LISTED = "no GRANT names the account (the listing holds its CREATE / ALTER USER only; SHOW GRANTS prints GRANT USAGE for every account): add SHOW GRANTS FOR each account, or pt-show-grants output";

export function mysqlFacts(grants: MysqlGrants, tableKeys: string[], server: MysqlServer): DatabaseFacts {
  const byAccount = new Map<string, PrivilegeAtom[]>();
  for (const atom of grants.atoms) byAccount.set(atom.account, [...(byAccount.get(atom.account) ?? []), atom]);
  const revokes = grants.partialRevokes;
  const activateAll = grants.activateAllRolesOnLogin ? grants.activateAllRolesOnLogin.on : server.activateAllRolesOnLogin;
  const logins: LoginFacts[] = [];
  for (const [key, account] of [...grants.accounts].sort(([a], [b]) => a.localeCompare(b))) {
    // The account's own privileges, then each role reachable through role grants. A role is
    // active when the first role on its way is a default role of the account (roles a default role
    // holds are active with it).
    const defaults = account.defaultRoles?.roles;
    const isDefault = (role: string) => activateAll === true || defaults === 'ALL' || (Array.isArray(defaults) && defaults.includes(role));
    const sources: Source[] = [];
    const seen = new Set([key]);
    const queue: Array<{ account: string; via: string | undefined; roleAt?: SourceLine; activatable: boolean }> = [{ account: key, via: undefined, activatable: false }];
    const activatableRoles: string[] = [];
    while (queue.length > 0) {
      const next = queue.shift() as (typeof queue)[number];
      for (const atom of byAccount.get(next.account) ?? []) sources.push({ via: next.via, atom, ...(next.roleAt ? { roleAt: next.roleAt } : {}), activatable: next.activatable });
      for (const { role, at } of grants.roles.get(next.account) ?? []) {
        if (seen.has(role)) continue;
        seen.add(role);
        const activatable = next.via === undefined ? !isDefault(role) : next.activatable;
        if (activatable && next.via === undefined) activatableRoles.push(role);
        queue.push({ account: role, via: next.via ?? `role:${role}`, roleAt: next.roleAt ?? at, activatable });
      }
    }
    const placeOf = (s: Source) => s.roleAt ?? s.atom.at;
    const globalAt = (wanted: (atom: PrivilegeAtom) => boolean, activatable: boolean) => sources.find((s) => s.activatable === activatable && s.atom.level === 'global' && wanted(s.atom));
    const superuser = (a: PrivilegeAtom) => (a.privilege === 'ALL PRIVILEGES' && (a.except?.size ?? 0) === 0) || a.privilege === 'SUPER';
    const readAll = (a: PrivilegeAtom) => holds(a, 'SELECT');
    const grantOption = (a: PrivilegeAtom) => a.privilege === 'GRANT OPTION';
    const superAt = globalAt(superuser, false);
    const readAllAt = globalAt(readAll, false);
    const grantAt = sources.find((s) => !s.activatable && grantOption(s.atom));
    const globalPrivileges = [...new Set(sources.filter((s) => !s.activatable && s.atom.level === 'global').map((s) => s.atom.privilege))].sort();

    const reads = new Map<string, TableRead>();
    const activatableReads = new Map<string, TableRead>();
    for (const tableKey of tableKeys) {
      const dot = tableKey.indexOf('.');
      const database = tableKey.slice(0, dot);
      const table = tableKey.slice(dot + 1);
      const active: TableRead = { columns: new Map() };
      const latent: TableRead = { columns: new Map() };
      for (const source of sources) {
        const { via, atom } = source;
        if (!holds(atom, 'SELECT')) continue;
        const path = via ?? (atom.level === 'global' ? 'global' : atom.level === 'database' ? 'database' : 'direct');
        const covers =
          (atom.level === 'global' && !revokes.some((r) => r.account === atom.account && (r.privilege === 'SELECT' || r.privilege === 'ALL PRIVILEGES') && r.database.toLowerCase() === database.toLowerCase())) ||
          (atom.level === 'database' && atom.database !== undefined && databasePatternMatches(atom.database, database)) ||
          (atom.level === 'table' && atom.database?.toLowerCase() === database.toLowerCase() && atom.table?.toLowerCase() === table.toLowerCase());
        if (!covers) continue;
        const read = source.activatable ? latent : active;
        if (atom.column === undefined) (read.wholeTable ??= new Set()).add(path);
        else {
          let set = read.columns.get(atom.column);
          if (!set) read.columns.set(atom.column, (set = new Set()));
          set.add(path);
        }
        read.at ??= placeOf(source);
      }
      if (active.wholeTable || active.columns.size > 0) reads.set(tableKey, active);
      if (latent.wholeTable || latent.columns.size > 0) activatableReads.set(tableKey, latent);
    }
    const password = mysqlPasswordStorage(account);
    const propertyAt: LoginFacts['propertyAt'] = {};
    if (superAt) propertyAt.superuser = placeOf(superAt);
    if (readAllAt) propertyAt.readAllData = placeOf(readAllAt);
    if (grantAt) propertyAt.grantOption = placeOf(grantAt);
    if (account.passwordAt !== undefined) propertyAt.password = account.passwordAt;
    const latentSuper = globalAt(superuser, true);
    const latentReadAll = globalAt(readAll, true);
    const latentGrant = sources.find((s) => s.activatable && grantOption(s.atom));
    // A role granted but not default is active at login after all when activate_all_roles_on_login
    // is ON: where no one states that setting, what such a role would add at login is unknown
    // (left unstated, so the rules on it say NOT_EVALUATED), not assumed away by MySQL's default.
    // An account the listing names in no GRANT (a SHOW CREATE USER listing alone): its privileges
    // are not in the files, so superuser, pg-style read-all and grant option are not stated either.
    const unlisted = account.grantsListed !== true && !grants.roleKeys.has(key);
    const unsure = (activateAll === undefined && activatableRoles.length > 0) || unlisted;
    const atLogin = (active: unknown, latent: unknown): boolean | undefined => (active !== undefined ? true : unlisted || (unsure && latent !== undefined) ? undefined : false);
    const latentGlobal = sources.some((s) => s.activatable && s.atom.level === 'global' && !globalPrivileges.includes(s.atom.privilege));
    logins.push({
      name: account.user,
      host: account.host,
      // A role, or an account locked (ACCOUNT LOCK: MySQL's own mysql.sys, mysql.session … are), cannot connect.
      canLogin: !grants.roleKeys.has(key) && account.locked !== true,
      superuser: atLogin(superAt, latentSuper),
      readAllData: atLogin(readAllAt, latentReadAll),
      grantOption: atLogin(grantAt, latentGrant),
      ...((unsure && latentGlobal) || unlisted ? {} : { globalPrivileges }),
      ...(password ? { password } : {}),
      ...(unlisted ? { privilegesUnknown: PRIVILEGES_NOT_LISTED } : {}),
      at: account.at,
      propertyAt,
      reads,
      ...(activatableRoles.length > 0
        ? {
            activatable: {
              roles: activatableRoles.sort(),
              superuser: latentSuper !== undefined,
              readAllData: latentReadAll !== undefined,
              grantOption: latentGrant !== undefined,
              reads: activatableReads,
            },
          }
        : {}),
    });
  }
  return { engine: 'mysql', logins, tables: [] };
}
