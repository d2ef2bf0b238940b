// From the catalog (and the dump lines that stated each fact) to engine-neutral database facts:
// every role the dump creates, what each can read column by column and by which path, and each
// table's PUBLIC exposure, default privileges and row-level security.
import type { DatabaseFacts, DefaultPrivilegeFacts, LoginFacts, SourceLine, TableFacts, TableRead } from '../database/database-facts.js';
import type { Catalog, CatalogRelation } from './catalog.js';
import { EffectivePrivileges, PUBLIC_OID } from './effective-privileges.js';
import { passwordStorage, type StatementLines } from './statement-lines.js';

const COMMANDS: Record<string, 'ALL' | 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE'> = { '*': 'ALL', r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE' };

export function postgresFacts(catalog: Catalog, lines: StatementLines): DatabaseFacts {
  const privileges = new EffectivePrivileges(catalog);
  const roleName = (oid: number) => (oid === PUBLIC_OID ? 'PUBLIC' : (catalog.roles.get(oid)?.name ?? String(oid)));
  const keyOf = (rel: CatalogRelation) => `${rel.schema}.${rel.name}`;

  const tables: TableFacts[] = catalog.relations.map((rel) => {
    const key = keyOf(rel);
    const publicTable = rel.acl.filter((e) => e.grantee === PUBLIC_OID).map((e) => e.privilege);
    const publicColumns = rel.columns.filter((c) => publicTable.includes('SELECT') || (rel.columnAcl.get(c) ?? []).some((e) => e.grantee === PUBLIC_OID && e.privilege === 'SELECT'));
    const publicPrivileges = [...new Set([...publicTable, ...(publicColumns.length > 0 ? ['SELECT'] : [])])].sort();
    const defaults: DefaultPrivilegeFacts[] = [];
    for (const d of catalog.defaultAcls) {
      if (d.objectType !== 'r' || (d.schema !== null && d.schema !== rel.schema)) continue;
      const byGrantee = new Map<number, string[]>();
      for (const e of d.acl) byGrantee.set(e.grantee, [...(byGrantee.get(e.grantee) ?? []), e.privilege]);
      for (const [grantee, privs] of byGrantee) {
        const forRole = roleName(d.forRole);
        const at = lines.defaults.get(`${forRole}\0${d.schema ?? ''}\0${roleName(grantee)}`) ?? lines.defaults.get(`\0${d.schema ?? ''}\0${roleName(grantee)}`);
        defaults.push({ grantee: roleName(grantee), privileges: privs.sort(), forRole, ...(d.schema !== null ? { schema: d.schema } : {}), ...(at ? { at } : {}) });
      }
    }
    const isTable = rel.kind === 'r' || rel.kind === 'p';
    const tableAt = lines.tables.get(key);
    const facts: TableFacts = {
      key,
      columns: rel.columns,
      ...(tableAt ? { at: tableAt } : {}),
      publicPrivileges,
      publicColumns,
      ...(lines.grants.get(`${key}\0PUBLIC`) ? { publicAt: lines.grants.get(`${key}\0PUBLIC`) } : {}),
      defaultPrivileges: defaults,
    };
    if (isTable) {
      const rlsAt = lines.rls.get(key) ?? tableAt;
      facts.rowLevelSecurity = {
        enabled: rel.rowSecurity,
        forced: rel.forceRowSecurity,
        policies: catalog.policies
          .filter((p) => p.relation === rel.oid)
          .map((p) => ({ name: p.name, command: COMMANDS[p.command] ?? 'ALL', permissive: p.permissive, roles: p.roles.map(roleName).sort(), ...(p.using !== null ? { using: p.using } : {}) })),
        ...(rlsAt ? { at: rlsAt } : {}),
      };
    }
    if (rel.view) {
      const byOid = new Map(catalog.relations.map((r) => [r.oid, r]));
      const bypassed = privileges.rowSecurityBypassedByView(rel);
      const bases = rel.view.reads.map((oid) => byOid.get(oid)).filter((r): r is CatalogRelation => r !== undefined && (r.kind === 'r' || r.kind === 'p'));
      facts.view = {
        owner: roleName(rel.owner),
        securityInvoker: rel.view.securityInvoker,
        reads: rel.view.reads.map((oid) => byOid.get(oid)).filter((r): r is CatalogRelation => r !== undefined).map(keyOf).sort(),
        rowSecurityBypassed: bypassed.map(keyOf).sort(),
        unfilteredReads: bases.filter((b) => !b.rowSecurity || bypassed.includes(b)).map(keyOf).sort(),
      };
    }
    return facts;
  });

  // The columns of each relation that have a grant of their own, in the relation's order.
  const withGrants = new Map<CatalogRelation, string[]>();
  const columnsWithGrants = (rel: CatalogRelation): string[] => {
    let list = withGrants.get(rel);
    if (!list) withGrants.set(rel, (list = rel.columnAcl.size === 0 ? [] : rel.columns.filter((c) => rel.columnAcl.has(c))));
    return list;
  };
  // One Set per distinct list of paths, shared by the reads that have it (they are read-only).
  const pathSets = new Map<string, Set<string>>();
  const pathSet = (paths: string[]): Set<string> => {
    const key = paths.length === 1 ? (paths[0] as string) : paths.join('\0');
    let set = pathSets.get(key);
    if (!set) pathSets.set(key, (set = new Set(paths)));
    return set;
  };

  const tableKeys = catalog.relations.map(keyOf);
  const logins: LoginFacts[] = [];
  for (const [name, stated] of [...lines.roles].sort(([a], [b]) => a.localeCompare(b))) {
    const oid = privileges.roleOid(name);
    const role = oid === undefined ? undefined : catalog.roles.get(oid);
    if (oid === undefined || !role || !stated.at) continue;
    const readAllData = privileges.readsAllData(oid);
    const propertyAt: LoginFacts['propertyAt'] = {};
    if (stated.superuser) propertyAt.superuser = stated.superuser;
    if (stated.bypassRls) propertyAt.bypassRls = stated.bypassRls;
    if (stated.grantOption) propertyAt.grantOption = stated.grantOption;
    if (stated.password) propertyAt.password = stated.password;
    if (stated.validUntil) propertyAt.validUntil = stated.validUntil;
    const readAllAt = lines.grants.get(`role:pg_read_all_data\0${name}`);
    if (readAllAt) propertyAt.readAllData = readAllAt;
    const reads = new Map<string, TableRead>();
    // Whether the login may use a schema, asked once per schema rather than once per table.
    const schemaUsable = new Map<number, boolean>();
    for (let r = 0; r < catalog.relations.length; r++) {
      const rel = catalog.relations[r] as CatalogRelation;
      let usable = schemaUsable.get(rel.schemaOid);
      if (usable === undefined) schemaUsable.set(rel.schemaOid, (usable = privileges.schemaPaths(oid, rel.schemaOid, 'USAGE').length > 0));
      if (!usable) continue;
      // The table's ACL is looked up once per (login, table). A table-level grant reaches every
      // column: it is given once as `wholeTable`, not copied to each column (at 1×, 2.3 million
      // column entries); `columns` lists only the columns a column grant gives something to,
      // each with all its paths (the table's included), as columnPaths gives them.
      const tablePaths = privileges.tablePaths(oid, rel, 'SELECT');
      const wholeTable = tablePaths.length > 0 ? pathSet(tablePaths) : undefined;
      const columns = new Map<string, Set<string>>();
      let firstPath = tablePaths[0];
      const granted = tablePaths[0] === 'superuser' ? undefined : privileges.columnsGranted(oid, rel, 'SELECT');
      if (granted) {
        for (const column of columnsWithGrants(rel)) {
          if (!granted.has(column)) continue;
          const paths = privileges.columnPaths(oid, rel, column, 'SELECT', tablePaths);
          if (paths.length > tablePaths.length) columns.set(column, new Set(paths));
          firstPath ??= paths[0];
        }
      }
      if (!wholeTable && columns.size === 0) continue;
      const key = tableKeys[r] as string;
      const at = readLine(firstPath as string, key, name, lines, stated.superuser);
      reads.set(key, { columns, ...(wholeTable ? { wholeTable } : {}), ...(at ? { at } : {}) });
    }
    logins.push({
      name,
      canLogin: role.canLogin,
      superuser: role.superuser,
      bypassRls: role.bypassRls,
      readAllData,
      grantOption: role.createRole || privileges.holdsGrantOption(oid),
      // PostgreSQL has no privilege level above a database (SUPERUSER stands for it, read above).
      globalPrivileges: [],
      password: passwordStorage(stated.passwordLiteral),
      ...(role.validUntil ? { validUntil: role.validUntil } : {}),
      at: stated.at,
      propertyAt,
      reads,
    });
  }
  return { engine: 'postgresql', logins, tables };
}

/** The statement that gives a login its read: the grant, the membership, or the SUPERUSER clause. */
function readLine(path: string, table: string, login: string, lines: StatementLines, superuserAt: SourceLine | undefined): SourceLine | undefined {
  if (path === 'superuser') return superuserAt;
  if (path === 'owner') return lines.tables.get(table);
  if (path === 'direct') return lines.grants.get(`${table}\0${login}`);
  if (path === 'PUBLIC') return lines.grants.get(`${table}\0PUBLIC`);
  if (path === 'pg_read_all_data') return lines.grants.get(`role:pg_read_all_data\0${login}`);
  if (path.startsWith('role:')) {
    const role = path.slice(5);
    return lines.grants.get(`role:${role}\0${login}`) ?? lines.grants.get(`${table}\0${role}`);
  }
  return undefined;
}
