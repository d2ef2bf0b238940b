// One item per database login (PostgreSQL role that can log in, MySQL account): what PI it can
// read per mapped store and by which path, the fields it reads beyond the grants of the manifest
// role it is mapped to, and the properties that bypass access control (superuser, BYPASSRLS,
// pg_read_all_data) or weaken it (any host, no or weakly stored password). MySQL reads through
// roles that are granted but not default are `activatableReads`: not active at login, but one
// SET ROLE away with no one's approval, so reads beyond the mapped role count them too — except for
// a login mapped only to administrative roles (`kind: admin`, the MLPS system-administrator duty):
// a DBA's administrative role held for SET ROLE is administration on demand, the very shape
// PIPL-DB-007 asks for, not a business read beyond a role that grants no business data. A read
// only through PUBLIC is left to PIPL-DB-002 (one grant on the table, one finding).
import { loginDisplayName } from '../inventory/login-display-name.js';
import type { DatabaseRead } from '../inventory/manifest-schema.js';
import { storeAllowance } from './database-access.js';
import type { ViewDefinition, ViewItem } from './view.js';

const WEAK_PASSWORD_STORAGE = new Set(['plaintext', 'md5', 'mysql-native-sha1']);

// Global MySQL privileges that read no table: the list of databases and of view definitions, the
// process list (administration; PIPL-DB-007 counts privileges that reach data on *.*), and USAGE.
const METADATA_PRIVILEGES = new Set(['USAGE', 'PROCESS', 'SHOW DATABASES', 'SHOW VIEW']);

export const databaseLoginView: ViewDefinition = {
  name: 'database-login',
  reads: ['databaseLogins', 'accounts', 'roles', 'stores', 'interfaces'],
  description: 'every database login with the PI it can read (per store, with the path), reads beyond its mapped role, and superuser / BYPASSRLS / host / password facts',
  statedBy: {
    '/anyHost': { manifest: 'databaseLogins[].host (MySQL export)', facts: [] },
    '/excessReads': {
      manifest: 'databaseLogins[].reads, against roles[].grants[] (and roles[].kind: admin for a role held for SET ROLE)',
      facts: [],
      export: { zh: 'MySQL：每个账号的 SHOW GRANTS（或 pt-show-grants 输出），仅有 SHOW CREATE USER 时不知道授予了什么', en: 'MySQL: SHOW GRANTS for each account (or pt-show-grants output); with SHOW CREATE USER alone, what was granted is not known' },
    },
    '/globalPrivileges': { manifest: 'databaseLogins[].globalPrivileges', absent: 'globalPrivileges: []', facts: ['/login/globalPrivileges'], export: { zh: 'MySQL 导出：ON *.* 的 GRANT；账号有已授予但非默认的角色时，还需服务器的 activate_all_roles_on_login（或来源选项 activateAllRolesOnLogin）', en: "MySQL listing: GRANT … ON *.*; where the account holds a role granted but not default, also the server's activate_all_roles_on_login (or the source option activateAllRolesOnLogin)" } },
    '/login/grantOption': { manifest: 'databaseLogins[].grantOption', absent: 'grantOption: false', export: { zh: 'MySQL：WITH GRANT OPTION（账号有非默认角色时，还需 activate_all_roles_on_login）；PostgreSQL：CREATEROLE 或可转授的权限', en: 'MySQL: WITH GRANT OPTION (with a role granted but not default, also activate_all_roles_on_login); PostgreSQL: CREATEROLE or a grantable privilege' } },
    '/login/bypassRls': { manifest: 'databaseLogins[].bypassRls', absent: 'bypassRls: false', export: { zh: 'PostgreSQL 导出：pg_authid.rolbypassrls', en: 'PostgreSQL dump: the role\'s BYPASSRLS' } },
    '/login/readAllData': { manifest: 'databaseLogins[].readAllData', absent: 'readAllData: false', export: { zh: 'MySQL：SELECT ON *.*（账号有非默认角色时，还需 activate_all_roles_on_login）；PostgreSQL：pg_read_all_data 成员', en: 'MySQL: SELECT ON *.* (with a role granted but not default, also activate_all_roles_on_login); PostgreSQL: pg_read_all_data membership' } },
    '/login/superuser': { manifest: 'databaseLogins[].superuser', absent: 'superuser: false', export: { zh: 'PostgreSQL 导出：pg_authid.rolsuper；MySQL：ALL PRIVILEGES 或 SUPER ON *.*（账号有非默认角色时，还需 activate_all_roles_on_login）', en: "PostgreSQL dump: the role's SUPERUSER; MySQL: ALL PRIVILEGES or SUPER ON *.* (with a role granted but not default, also activate_all_roles_on_login)" } },
    '/password': { manifest: 'databaseLogins[].password', absent: 'password: none', facts: [] },
    // Who logs in with it: no export says; the project file's mapping or an overlay does.
    '/usedBy': {
      manifest: 'databaseLogins[].usedBy: application or person (from an export: the source mapping logins: { NAME: { usedBy } }, or overlays.databaseLogins[].set.usedBy)',
    },
    // The manifest role (or account) a login is compared with. A person's login mapped to neither
    // is not "allowed nothing": which role the person uses it in is unstated (PIPL-DB-001 says
    // NOT_EVALUATED naming it instead of leaving the login out).
    '/mappedTo': {
      manifest: 'databaseLogins[].role or databaseLogins[].account: the manifest role, or the account, the person uses the login in (from an export: the source mapping logins: { NAME: { role } } or { account }, or overlays.databaseLogins[].set.role)',
      facts: ['/login/role', '/login/account'],
    },
    '/server': { manifest: 'databaseLogins[].id (the server part an importer gives it: mysql:claims-db/…)', facts: [] },
    // Unstated where the export holds no password (pg_dump; pg_dumpall --no-role-passwords) or one
    // whose scheme the importer does not know (password: unknown).
    '/weakPasswordStorage': {
      manifest: 'databaseLogins[].password',
      facts: ['/login/password'],
      export: { zh: 'PostgreSQL：pg_dumpall --roles-only（不带 --no-role-passwords）；MySQL：SHOW CREATE USER', en: 'PostgreSQL: pg_dumpall --roles-only (without --no-role-passwords); MySQL: SHOW CREATE USER' },
    },
  },
  build({ index }) {
    const items: ViewItem[] = [];
    for (const login of index.inventory.databaseLogins) {
      const account = login.account === undefined ? undefined : index.account(login.account);
      const roles = login.role !== undefined ? [login.role] : (account?.roles ?? []);
      const mapped = login.role !== undefined || account !== undefined;
      // Every mapped role states the administrative duty class: its on-demand power is administration.
      const administrative = roles.length > 0 && roles.every((r) => index.roles.get(r)?.kind === 'admin');
      const categories = new Set<string>();
      const judge = (read: DatabaseRead, activatable: boolean) => {
        const profile = index.stores.get(read.store);
        const readCategories = profile ? index.categoriesOf(profile, read.fields) : [];
        for (const c of readCategories) categories.add(c);
        const allowance = mapped ? storeAllowance(index, roles, read.store) : undefined;
        const excessFields = allowance ? read.fields.filter((f) => !allowance.fields.has(f)) : null;
        return {
          read,
          store: read.store,
          fields: read.fields,
          // A read through a role that is not a default role: one SET ROLE away.
          via: activatable ? read.via.map((v) => `${v} (activatable: SET ROLE)`) : read.via,
          activatable,
          categories: readCategories,
          sensitiveCategories: index.sensitive(readCategories),
          allowedFields: allowance ? [...allowance.fields].sort() : null,
          excessFields,
          excessCategories: excessFields && profile ? index.categoriesOf(profile, excessFields) : null,
        };
      };
      const reads = (login.reads ?? []).map((read) => judge(read, false));
      const activatableReads = (login.activatable?.reads ?? []).map((read) => judge(read, true));
      const sorted = [...categories].sort();
      const host = login.host;
      // What the login was granted is not in the export (privilegesUnknown): beyond the reads
      // listed, what it reads is not stated — not "nothing".
      const readsUnstated = login.privilegesUnknown !== undefined;
      const excess = mapped ? [...reads, ...(administrative ? [] : activatableReads)].filter((r) => (r.excessFields?.length ?? 0) > 0 && !onlyThroughPublic(r.read)) : null;
      items.push({
        key: login.id,
        label: loginDisplayName(login.name, login.host),
        subject: login,
        data: {
          login,
          engine: login.engine,
          account: account ?? null,
          roles,
          mapped,
          // The manifest role (or account) the login is compared with; null when neither is stated.
          mappedTo: login.role ?? account?.id ?? null,
          usedBy: login.usedBy ?? null,
          application: login.usedBy === 'application',
          loginName: loginDisplayName(login.name, login.host),
          person: login.usedBy === 'person',
          reads,
          activatableReads,
          // Global privileges that reach data or grant rights (metadata-only ones left out).
          globalPrivileges: login.globalPrivileges === undefined ? null : login.globalPrivileges.filter((p) => !METADATA_PRIVILEGES.has(p.toUpperCase())),
          categories: sorted,
          sensitiveCategories: index.sensitive(sorted),
          readsPI: sorted.length > 0 ? true : readsUnstated ? null : false,
          readsSensitive: index.sensitive(sorted).length > 0 ? true : readsUnstated ? null : false,
          // null when the login is mapped to no manifest role or account: nothing to compare with;
          // null too when what it was granted is not in the export and no listed read goes beyond.
          // Reads through roles the login can activate itself (SET ROLE) count too, after the active
          // ones — not for an administrative login, whose on-demand power PIPL-DB-007 judges. A read
          // whose only path is PUBLIC is every login's, through one grant on the table: PIPL-DB-002's
          // one finding on that table, not one per login.
          excessReads: excess !== null && excess.length === 0 && readsUnstated ? null : excess,
          // Every excess read named for the message (a login reaching three stores beyond its job
          // names all three, not the first): the first five and the count.
          excessReadSummary: excess === null ? null : summariseReads(excess),
          anyHost: host === undefined ? null : host === '%' || host === '',
          password: login.password ?? null,
          // The server the login is on, as its id names it (an importer's `engine:server/user@host`);
          // the engine where the id names no server. Logins sharing one server's password setting
          // are one cause (PIPL-DB-006 groups by it).
          server: serverOf(login.id, login.engine),
          // An export without the password, or with a scheme the importer does not know: unstated.
          weakPasswordStorage: login.password === undefined || login.password === 'unknown' ? null : WEAK_PASSWORD_STORAGE.has(login.password),
          bypassesAccessControl: login.superuser === true || login.bypassRls === true || login.readAllData === true,
        },
      });
    }
    return items;
  },
};

/** The reads a message names: store, fields and path of each, the first five and the count. */
const SUMMARY_SHOWN = 5;
function summariseReads(reads: ReadonlyArray<{ read: DatabaseRead; excessFields: string[] | null; via: string[] }>): { zh: string; en: string } {
  const shown = reads.slice(0, SUMMARY_SHOWN);
  const zh = shown.map((r) => `${r.read.store} 的 ${(r.excessFields ?? []).join('、')}（途径 ${r.via.join('、') || '未声明'}）`).join('；');
  const en = shown.map((r) => `${(r.excessFields ?? []).join(', ')} of ${r.read.store} (via ${r.via.join(', ') || 'not stated'})`).join('; ');
  const more = reads.length - shown.length;
  return more > 0 ? { zh: `${zh}；另有 ${more} 处（共 ${reads.length} 处）`, en: `${en}; and ${more} more (${reads.length} in all)` } : { zh, en };
}

/** A read every login has because the table (or column) is granted to PUBLIC, and by no other path. */
function onlyThroughPublic(read: DatabaseRead): boolean {
  return read.via.length > 0 && read.via.every((v) => v === 'PUBLIC');
}

/** The server part of a login id (`mysql:claims-db/zhaoming@%` → `mysql:claims-db`), else the engine. */
function serverOf(id: string, engine: string | undefined): string {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : (engine ?? 'database');
}
