// One item per database table mapped to a store: the PI it holds (from the taxonomy), what
// PUBLIC and default privileges expose, its row-level security, and the logins reading it whose
// mapped role must be limited to their own, assigned or unit records.
import { storeAllowance } from './database-access.js';
import type { InventoryIndex } from './inventory-index.js';
import { scopeRank } from './scope.js';
import type { ViewDefinition, ViewItem } from './view.js';

// Scopes that limit which rows a login's users may see (all below organization).
const ROW_SCOPED = scopeRank('unit-set') ?? 4;
const READ_PRIVILEGES = new Set(['SELECT', 'ALL']);

export const databaseTableView: ViewDefinition = {
  name: 'database-table',
  reads: ['databaseTables', 'databaseLogins', 'accounts', 'roles', 'stores', 'interfaces'],
  description: 'every mapped database table with its PI, PUBLIC and default-privilege exposure, row-level security and row-scoped readers',
  statedBy: {
    // A PostgreSQL dump states both (pg_dump writes every ACL that differs from the default); one
    // with no privilege statement at all (pg_dump -x) leaves them out: not stated, not "none".
    '/publicDefaultPrivileges': { manifest: 'databaseTables[].defaultPrivileges', facts: ['/table/defaultPrivileges'], export: { zh: 'PostgreSQL 导出：ALTER DEFAULT PRIVILEGES（pg_dump 默认包含，-x / --no-privileges 时省略）', en: 'PostgreSQL dump: ALTER DEFAULT PRIVILEGES (pg_dump writes them unless -x / --no-privileges)' } },
    '/publicReadFields': { manifest: 'databaseTables[].publicReadFields', facts: ['/table/publicReadFields'], export: { zh: 'PostgreSQL 导出：GRANT … TO PUBLIC（pg_dump 默认包含，-x / --no-privileges 时省略）', en: 'PostgreSQL dump: GRANT … TO PUBLIC (pg_dump writes them unless -x / --no-privileges)' } },
    '/rlsEnabled': { manifest: 'databaseTables[].rowLevelSecurity.enabled', absent: 'rowLevelSecurity: { enabled: false, forced: false, policies: [] }', facts: ['/table/rowLevelSecurity'], export: { zh: 'PostgreSQL 导出：ALTER TABLE … ENABLE ROW LEVEL SECURITY 与 CREATE POLICY（pg_dump 默认包含）', en: 'PostgreSQL dump: ALTER TABLE … ENABLE ROW LEVEL SECURITY and CREATE POLICY (pg_dump includes them)' } },
    '/viewUnfilteredReads': { manifest: 'databaseTables[].view.unfilteredReads', absent: 'unfilteredReads: [] (every table it reads filters its readers)', facts: ['/table/view/unfilteredReads'], export: { zh: 'PostgreSQL 导出：CREATE VIEW、ALTER VIEW … OWNER TO 与 security_invoker 选项（pg_dump 默认包含）', en: 'PostgreSQL dump: CREATE VIEW, ALTER VIEW … OWNER TO and the security_invoker option (pg_dump includes them)' } },
    '/rlsPolicyCount': { manifest: 'databaseTables[].rowLevelSecurity.policies', absent: 'rowLevelSecurity: { enabled: false, forced: false, policies: [] }', facts: ['/table/rowLevelSecurity'] },
    '/rowLevelSecurity': { manifest: 'databaseTables[].rowLevelSecurity', absent: 'rowLevelSecurity: { enabled: false, forced: false, policies: [] }', facts: ['/table/rowLevelSecurity'] },
    // Whether row-scoped logins (or people of several units) read the table: unstated where a
    // login whose privileges the export does not give (privilegesUnknown) would make it so.
    '/rowScopedReach': {
      manifest: 'databaseLogins[].reads of the logins whose privileges the export does not give (privilegesUnknown)',
      facts: [],
      export: { zh: 'PostgreSQL：不带 -x（--no-privileges）与 -O（--no-owner）的 pg_dump 导出；MySQL：每个账号的 SHOW GRANTS', en: 'PostgreSQL: a pg_dump written without -x (--no-privileges) and -O (--no-owner); MySQL: SHOW GRANTS for each account' },
    },
  },
  build({ index }) {
    const items: ViewItem[] = [];
    for (const table of index.inventory.databaseTables) {
      const profile = index.stores.get(table.store);
      const categories = profile?.categories ?? [];
      // PostgreSQL's PUBLIC and default privileges: unstated (null) where the table does not give
      // them (a dump with no privilege statement, pg_dump -x). MySQL has neither: none.
      const stated = <T>(value: T[] | undefined): T[] | null => value ?? (table.engine === 'postgresql' ? null : []);
      const publicReadFields = stated(table.publicReadFields);
      const publicReadCategories = profile && publicReadFields ? index.categoriesOf(profile, publicReadFields) : publicReadFields === null ? null : [];
      const publicDefaultPrivileges = stated(table.defaultPrivileges)?.filter((d) => d.grantee === 'PUBLIC' && d.privileges.some((p) => READ_PRIVILEGES.has(p))) ?? null;
      const scopedReaders: string[] = [];
      const bypassingReaders: string[] = [];
      // The units of the people behind the logins reading the table: its own account's, or those
      // of the accounts holding its mapped role.
      const readerUnits = new Set<string>();
      // Logins whose reach beyond their listed reads the export does not give (privilegesUnknown),
      // not listed as reading the table: whether they read it is not stated. Those that would be
      // row-scoped readers, and the units of their people.
      const unstatedScoped: string[] = [];
      const unstatedUnits = new Map<string, Set<string>>();
      for (const login of index.inventory.databaseLogins) {
        if (login.engine !== table.engine) continue;
        const listed = (login.reads ?? []).some((r) => r.store === table.store && r.fields.length > 0);
        if (!listed && login.privilegesUnknown === undefined) continue;
        const account = login.account === undefined ? undefined : index.account(login.account);
        const roles = login.role !== undefined ? [login.role] : (account?.roles ?? []);
        const units = account?.unit !== undefined ? [account.unit] : login.role !== undefined ? unitsHolding(index, login.role) : [];
        const scope = storeAllowance(index, roles, table.store).narrowestScope;
        const rowScoped = scope !== null && (scopeRank(scope as never) ?? 99) <= ROW_SCOPED;
        if (!listed) {
          if (rowScoped) unstatedScoped.push(login.name);
          if (units.length > 0) unstatedUnits.set(login.name, new Set(units));
          continue;
        }
        for (const unit of units) readerUnits.add(unit);
        if (rowScoped) {
          scopedReaders.push(login.name);
          if (login.superuser === true || login.bypassRls === true) bypassingReaders.push(login.name);
        }
      }
      const reachStated = scopedReaders.length > 0 || readerUnits.size >= 2;
      const possibleUnits = new Set([...readerUnits, ...[...unstatedUnits.values()].flatMap((u) => [...u])]);
      const unstatedReaders = reachStated
        ? []
        : [...new Set([...unstatedScoped, ...(possibleUnits.size >= 2 ? [...unstatedUnits.keys()] : [])])].sort();
      const rls = table.rowLevelSecurity;
      items.push({
        key: table.id,
        label: table.name,
        subject: table,
        data: {
          table,
          engine: table.engine,
          store: profile?.store ?? null,
          categories,
          sensitiveCategories: profile?.sensitiveCategories ?? [],
          holdsPI: categories.length > 0,
          holdsSensitive: (profile?.sensitiveCategories.length ?? 0) > 0,
          publicReadFields,
          publicReadCategories,
          publicDefaultPrivileges,
          // Every privilege the PUBLIC default-privilege entries give, for the message (not only the
          // first entry's); an empty list is "none", null not stated.
          publicDefaultPrivilegeNames: publicDefaultPrivileges === null ? null : [...new Set(publicDefaultPrivileges.flatMap((d) => d.privileges))].sort(),
          rowLevelSecurity: rls ?? null,
          rlsEnabled: rls?.enabled ?? null,
          rlsForced: rls?.forced ?? null,
          rlsPolicyCount: rls ? rls.policies.length : null,
          scopedReaders: scopedReaders.sort(),
          /** Units whose people read the table through some login: rows of one unit are then visible to another without row-level security. */
          readerUnits: [...readerUnits].sort(),
          rlsBypassingReaders: bypassingReaders.sort(),
          /**
           * Logins whose privileges the export does not give (privilegesUnknown) and which, were
           * they to read the table, would make it read by row-scoped logins or by several units.
           * Empty where the stated reads already do.
           */
          unstatedReaders,
          /** Row-scoped logins or people of several units read the table: true, false, or null (unstatedReaders). */
          rowScopedReach: reachStated ? true : unstatedReaders.length > 0 ? null : false,
          /** A view: the tables whose rows reach its readers unfiltered (its owner's rights, or no RLS); null for a table. */
          viewUnfilteredReads: table.view?.unfilteredReads ?? null,
        },
      });
    }
    return items;
  },
};

/** The units of the accounts that hold a role (directly). */
function unitsHolding(index: InventoryIndex, roleId: string): string[] {
  const units = new Set<string>();
  for (const account of index.inventory.accounts) if (account.unit !== undefined && account.status !== 'disabled' && (account.roles ?? []).includes(roleId)) units.add(account.unit);
  return [...units];
}
