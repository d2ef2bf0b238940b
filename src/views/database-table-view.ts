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
      for (const login of index.inventory.databaseLogins) {
        if (login.engine !== table.engine || !(login.reads ?? []).some((r) => r.store === table.store && r.fields.length > 0)) continue;
        const account = login.account === undefined ? undefined : index.account(login.account);
        const roles = login.role !== undefined ? [login.role] : (account?.roles ?? []);
        if (account?.unit !== undefined) readerUnits.add(account.unit);
        else if (login.role !== undefined) for (const unit of unitsHolding(index, login.role)) readerUnits.add(unit);
        const scope = storeAllowance(index, roles, table.store).narrowestScope;
        if (scope !== null && (scopeRank(scope as never) ?? 99) <= ROW_SCOPED) {
          scopedReaders.push(login.name);
          if (login.superuser === true || login.bypassRls === true) bypassingReaders.push(login.name);
        }
      }
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
