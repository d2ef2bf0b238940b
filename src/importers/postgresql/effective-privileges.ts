// Effective privileges computed from the catalog's ACLs, as PostgreSQL's aclchk.c decides them:
// a superuser holds everything; otherwise a privilege is held when an ACL entry grants it to
// PUBLIC, to the role, or to a role whose privileges it has — membership chains in which every
// grant carries the INHERIT option (pg_auth_members.inherit_option, PG 16+). Members of
// pg_read_all_data hold SELECT on every table, members of pg_write_all_data INSERT, UPDATE and
// DELETE; the database owner is a member of pg_database_owner. Each decision also says why (the
// path), which has_table_privilege cannot; the differential test checks the decisions against it.
import type { AclEntry, Catalog, CatalogRelation } from './catalog.js';

export const PUBLIC_OID = 0;
const READ_ALL = 'pg_read_all_data';
const WRITE_ALL = 'pg_write_all_data';
const DATABASE_OWNER = 'pg_database_owner';
const WRITE_ALL_PRIVILEGES = new Set(['INSERT', 'UPDATE', 'DELETE']);

export class EffectivePrivileges {
  private readonly closures = new Map<number, Map<number, number[]>>();
  private readonly oidByName = new Map<string, number>();
  private grantable: Array<{ owner: number; grantees: number[] }> | undefined;
  /** Per ACL and privilege: each grantee with the index of its first entry granting it. */
  private readonly firstEntries = new WeakMap<AclEntry[], Map<string, Map<number, number>>>();
  /** Per relation and privilege: each grantee of a column grant with the columns it is granted. */
  private readonly columnGrantees = new WeakMap<CatalogRelation, Map<string, Map<number, string[]>>>();
  /** The `role:NAME` path of each role, built once. */
  private readonly rolePathOf = new Map<number, string>();

  constructor(readonly catalog: Catalog) {
    for (const role of catalog.roles.values()) this.oidByName.set(role.name, role.oid);
  }

  roleOid(name: string): number | undefined {
    return this.oidByName.get(name);
  }

  /** Roles whose privileges `role` has (itself included), each with the membership chain to it. */
  privilegesOf(role: number): Map<number, number[]> {
    let closure = this.closures.get(role);
    if (closure) return closure;
    closure = new Map([[role, [role]]]);
    const queue = [role];
    const dbOwnerRole = this.oidByName.get(DATABASE_OWNER);
    if (role === this.catalog.databaseOwner && dbOwnerRole !== undefined && !closure.has(dbOwnerRole)) {
      closure.set(dbOwnerRole, [role, dbOwnerRole]);
      queue.push(dbOwnerRole);
    }
    while (queue.length > 0) {
      const current = queue.shift() as number;
      for (const { role: parent, inherit } of this.catalog.memberOf.get(current) ?? []) {
        if (!inherit || closure.has(parent)) continue;
        closure.set(parent, [...(closure.get(current) ?? []), parent]);
        queue.push(parent);
      }
    }
    this.closures.set(role, closure);
    return closure;
  }

  /**
   * Whether row-level security on `table` leaves `role` unfiltered, as PostgreSQL's
   * check_enable_rls decides: RLS off, a superuser or BYPASSRLS role, or (unless FORCE) a role
   * with the privileges of the table's owner.
   */
  bypassesRowSecurity(role: number, table: CatalogRelation): boolean {
    if (!table.rowSecurity) return true;
    const r = this.catalog.roles.get(role);
    if (r?.superuser === true || r?.bypassRls === true) return true;
    return !table.forceRowSecurity && this.privilegesOf(role).has(table.owner);
  }

  /**
   * The relations with row-level security that a view exposes unfiltered to its readers: a view
   * that does not run with its reader's rights (no `security_invoker`) reads its base tables as
   * its owner, so a base table's policies are applied to the owner, not the reader — and none at
   * all when the owner bypasses them (owner of the table without FORCE, superuser, BYPASSRLS).
   */
  rowSecurityBypassedByView(view: CatalogRelation): CatalogRelation[] {
    if (!view.view || view.view.securityInvoker) return [];
    const byOid = new Map(this.catalog.relations.map((r) => [r.oid, r]));
    return view.view.reads
      .map((oid) => byOid.get(oid))
      .filter((t): t is CatalogRelation => t !== undefined && t.rowSecurity && this.bypassesRowSecurity(view.owner, t));
  }

  isSuperuser(role: number): boolean {
    return this.catalog.roles.get(role)?.superuser === true;
  }

  readsAllData(role: number): boolean {
    const oid = this.oidByName.get(READ_ALL);
    return oid !== undefined && this.privilegesOf(role).has(oid);
  }

  /** The paths by which `role` holds `privilege` on the table (empty: it does not). */
  tablePaths(role: number, relation: CatalogRelation, privilege: string): string[] {
    if (this.isSuperuser(role)) return ['superuser'];
    const paths = this.aclPaths(role, relation.acl, privilege, relation.owner);
    if (privilege === 'SELECT' && this.readsAllData(role)) paths.push(READ_ALL);
    const writeAll = this.oidByName.get(WRITE_ALL);
    if (WRITE_ALL_PRIVILEGES.has(privilege) && writeAll !== undefined && this.privilegesOf(role).has(writeAll)) paths.push(WRITE_ALL);
    return paths;
  }

  /**
   * Paths for a column: the table-level privilege, or a column grant. `tablePaths` may be given
   * when the caller already has them for this role, table and privilege: reading every column of
   * a table then costs one walk of the table's ACL, not one per column.
   */
  columnPaths(role: number, relation: CatalogRelation, column: string, privilege: string, tablePaths = this.tablePaths(role, relation, privilege)): string[] {
    if (tablePaths[0] === 'superuser') return tablePaths;
    const columnAcl = relation.columnAcl.get(column);
    if (!columnAcl) return tablePaths;
    return unique([...tablePaths, ...this.aclPaths(role, columnAcl, privilege, relation.owner)]);
  }

  /**
   * The columns of `relation` on which a column grant of `privilege` may reach `role` (to PUBLIC,
   * to it, or to a role whose privileges it has); undefined: none. Found by looking up the few
   * roles the login has among the relation's column grantees, indexed once per relation.
   */
  columnsGranted(role: number, relation: CatalogRelation, privilege: string): Set<string> | undefined {
    if (relation.columnAcl.size === 0) return undefined;
    let byPrivilege = this.columnGrantees.get(relation);
    if (!byPrivilege) this.columnGrantees.set(relation, (byPrivilege = new Map()));
    let byGrantee = byPrivilege.get(privilege);
    if (!byGrantee) {
      byGrantee = new Map();
      for (const [column, acl] of relation.columnAcl) {
        for (const entry of acl) {
          if (entry.privilege !== privilege) continue;
          let columns = byGrantee.get(entry.grantee);
          if (!columns) byGrantee.set(entry.grantee, (columns = []));
          if (!columns.includes(column)) columns.push(column);
        }
      }
      byPrivilege.set(privilege, byGrantee);
    }
    const closure = this.privilegesOf(role);
    let found: Set<string> | undefined;
    for (const [grantee, columns] of byGrantee) {
      if (grantee !== PUBLIC_OID && !closure.has(grantee)) continue;
      found ??= new Set();
      for (const column of columns) found.add(column);
    }
    return found;
  }

  schemaPaths(role: number, schemaOid: number, privilege: string): string[] {
    if (this.isSuperuser(role)) return ['superuser'];
    const paths = this.aclPaths(role, this.catalog.schemaAcl.get(schemaOid) ?? [], privilege, -1);
    // pg_read_all_data and pg_write_all_data carry USAGE on every schema.
    if (privilege === 'USAGE') {
      for (const name of [READ_ALL, WRITE_ALL]) {
        const oid = this.oidByName.get(name);
        if (oid !== undefined && this.privilegesOf(role).has(oid)) paths.push(name);
      }
    }
    return paths;
  }

  /** Whether `role` holds any privilege with GRANT OPTION on an object it does not own. */
  holdsGrantOption(role: number): boolean {
    const closure = this.privilegesOf(role);
    return this.grantableByRelation().some(({ owner, grantees }) => grantees.length > 0 && !closure.has(owner) && grantees.some((grantee) => closure.has(grantee)));
  }

  /**
   * Per relation, its owner and every grantee holding some privilege on it (or on one of its
   * columns) WITH GRANT OPTION: computed once, not once per role (a dump with 200 roles and 480
   * tables of ~120 ACL entries each had holdsGrantOption walk 11 million entries).
   */
  private grantableByRelation(): Array<{ owner: number; grantees: number[] }> {
    if (this.grantable) return this.grantable;
    this.grantable = this.catalog.relations.map((rel) => {
      const grantees = new Set<number>();
      for (const e of rel.acl) if (e.grantable) grantees.add(e.grantee);
      for (const acl of rel.columnAcl.values()) for (const e of acl) if (e.grantable) grantees.add(e.grantee);
      return { owner: rel.owner, grantees: [...grantees] };
    });
    return this.grantable;
  }

  private aclPaths(role: number, acl: AclEntry[], privilege: string, owner: number): string[] {
    const closure = this.privilegesOf(role);
    // A long ACL (hundreds of grants on a table) is looked up by the few roles whose privileges
    // `role` has, rather than walked entry by entry; the paths come out in the order of the
    // entries that give them, as the walk gives them.
    if (acl.length > 8 && closure.size + 1 < acl.length) return this.indexedAclPaths(role, closure, acl, privilege, owner);
    const paths: string[] = [];
    for (const entry of acl) {
      if (entry.privilege !== privilege) continue;
      if (entry.grantee === PUBLIC_OID) paths.push('PUBLIC');
      else if (entry.grantee === role) paths.push(role === owner ? 'owner' : 'direct');
      else if (closure.has(entry.grantee)) paths.push(this.rolePath(entry.grantee));
    }
    return unique(paths);
  }

  private indexedAclPaths(role: number, closure: Map<number, number[]>, acl: AclEntry[], privilege: string, owner: number): string[] {
    let byPrivilege = this.firstEntries.get(acl);
    if (!byPrivilege) this.firstEntries.set(acl, (byPrivilege = new Map()));
    let first = byPrivilege.get(privilege);
    if (!first) {
      first = new Map();
      for (let i = 0; i < acl.length; i++) {
        const entry = acl[i] as AclEntry;
        if (entry.privilege === privilege && !first.has(entry.grantee)) first.set(entry.grantee, i);
      }
      byPrivilege.set(privilege, first);
    }
    // (index of the first entry, path) for PUBLIC, the role itself and each role it has the privileges of.
    const found: Array<[number, string]> = [];
    const at = first.get(PUBLIC_OID);
    if (at !== undefined) found.push([at, 'PUBLIC']);
    for (const grantee of closure.keys()) {
      if (grantee === PUBLIC_OID) continue;
      const index = first.get(grantee);
      if (index === undefined) continue;
      found.push([index, grantee === role ? (role === owner ? 'owner' : 'direct') : this.rolePath(grantee)]);
    }
    if (found.length === 0) return [];
    if (found.length === 1) return [(found[0] as [number, string])[1]];
    found.sort((a, b) => a[0] - b[0]);
    return unique(found.map((f) => f[1]));
  }

  private rolePath(grantee: number): string {
    let path = this.rolePathOf.get(grantee);
    if (path === undefined) this.rolePathOf.set(grantee, (path = `role:${this.catalog.roles.get(grantee)?.name ?? grantee}`));
    return path;
  }
}

/** The values without repeats, in their order (fewer than two: the array itself; callers pass arrays of their own). */
function unique<T>(values: T[]): T[] {
  return values.length < 2 ? values : [...new Set(values)];
}
