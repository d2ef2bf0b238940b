// Reads what decides privileges from a PostgreSQL catalog, as plain data: roles, memberships
// (with PG 16's per-grant inherit option), relations and columns with their exploded ACLs
// (acldefault when none is set: the owner holds everything), schema ACLs, default privileges,
// and row-level security with its policies.
import type { PGlite } from '@electric-sql/pglite';

export interface CatalogRole { oid: number; name: string; superuser: boolean; canLogin: boolean; bypassRls: boolean; createRole: boolean; validUntil: string | null }
export interface AclEntry { grantee: number; privilege: string; grantable: boolean }
export interface CatalogRelation { oid: number; schema: string; name: string; kind: string; owner: number; schemaOid: number; rowSecurity: boolean; forceRowSecurity: boolean; acl: AclEntry[]; columns: string[]; columnAcl: Map<string, AclEntry[]>; columnComments?: Map<string, string>; view?: CatalogView }
/** A view: whether it runs with its reader's rights (PG 15+ `security_invoker`), and the relations its query reads (by oid). */
export interface CatalogView { securityInvoker: boolean; reads: number[] }
export interface CatalogPolicy { relation: number; name: string; command: string; permissive: boolean; roles: number[]; using: string | null }
export interface CatalogDefaultAcl { forRole: number; schema: string | null; objectType: string; acl: AclEntry[] }

export interface Catalog {
  roles: Map<number, CatalogRole>;
  /** member → roles it is a member of, with whether it inherits their privileges. */
  memberOf: Map<number, Array<{ role: number; inherit: boolean }>>;
  relations: CatalogRelation[];
  schemaAcl: Map<number, AclEntry[]>;
  defaultAcls: CatalogDefaultAcl[];
  policies: CatalogPolicy[];
  databaseOwner: number;
}

const USER_RELATIONS = `c.relkind in ('r','p','v','m','f') and n.nspname not in ('pg_catalog','information_schema') and n.nspname not like 'pg\\_%'`;

export async function readCatalog(db: PGlite): Promise<Catalog> {
  const rows = async <T>(sql: string) => (await db.query<T>(sql)).rows;
  const roles = new Map<number, CatalogRole>();
  for (const r of await rows<{ oid: number; rolname: string; rolsuper: boolean; rolcanlogin: boolean; rolbypassrls: boolean; rolcreaterole: boolean; valid: string | null }>(
    `select oid::int as oid, rolname, rolsuper, rolcanlogin, rolbypassrls, rolcreaterole, case when rolvaliduntil is null then null when rolvaliduntil = 'infinity' then 'infinity' else to_char(rolvaliduntil at time zone 'UTC', 'YYYY-MM-DD') end as valid from pg_authid`,
  )) {
    roles.set(r.oid, { oid: r.oid, name: r.rolname, superuser: r.rolsuper, canLogin: r.rolcanlogin, bypassRls: r.rolbypassrls, createRole: r.rolcreaterole, validUntil: r.valid });
  }
  const memberOf = new Map<number, Array<{ role: number; inherit: boolean }>>();
  for (const m of await rows<{ roleid: number; member: number; inherit: boolean }>('select roleid::int as roleid, member::int as member, inherit_option as inherit from pg_auth_members')) {
    let list = memberOf.get(m.member);
    if (!list) memberOf.set(m.member, (list = []));
    list.push({ role: m.roleid, inherit: m.inherit });
  }
  const relations = new Map<number, CatalogRelation>();
  for (const r of await rows<{ oid: number; schema: string; name: string; kind: string; owner: number; nsp: number; rls: boolean; force: boolean }>(
    `select c.oid::int as oid, n.nspname as schema, c.relname as name, c.relkind::text as kind, c.relowner::int as owner, n.oid::int as nsp, c.relrowsecurity as rls, c.relforcerowsecurity as force from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${USER_RELATIONS} order by n.nspname, c.relname`,
  )) {
    relations.set(r.oid, { oid: r.oid, schema: r.schema, name: r.name, kind: r.kind, owner: r.owner, schemaOid: r.nsp, rowSecurity: r.rls, forceRowSecurity: r.force, acl: [], columns: [], columnAcl: new Map() });
  }
  // A relation's exploded ACL and its columns come as one JSON text per relation (in aclexplode's
  // order and by attnum), not one row per entry: converting a row in PGlite's JavaScript costs
  // more than building the JSON inside PostgreSQL (a dump with thousands of grants has thousands
  // of ACL entries).
  for (const r of await rows<{ oid: number; acl: string | null; columns: string | null }>(
    `select c.oid::int as oid, (select json_agg(json_build_array(x.grantee::int, x.privilege_type, x.is_grantable) order by x.ord) from aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) with ordinality as x(grantor, grantee, privilege_type, is_grantable, ord))::text as acl, (select json_agg(a.attname order by a.attnum) from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)::text as columns from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${USER_RELATIONS}`,
  )) {
    const rel = relations.get(r.oid);
    if (!rel) continue;
    for (const [grantee, privilege, grantable] of (r.acl === null ? [] : JSON.parse(r.acl)) as Array<[number, string, boolean]>) rel.acl.push({ grantee, privilege, grantable });
    for (const name of (r.columns === null ? [] : JSON.parse(r.columns)) as string[]) rel.columns.push(name);
  }
  // Views: their options (security_invoker, PG 15+) and the relations their rewrite rule depends on.
  for (const v of await rows<{ oid: number; opts: string[] | null }>(`select c.oid::int as oid, c.reloptions::text[] as opts from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${USER_RELATIONS} and c.relkind = 'v'`)) {
    const rel = relations.get(v.oid);
    if (!rel) continue;
    const invoker = (v.opts ?? []).some((o) => /^security_invoker=(true|on|yes|1)$/i.test(o));
    rel.view = { securityInvoker: invoker, reads: [] };
  }
  // Only the rules of the user's views (the rows of the system views' rules were read and dropped here).
  for (const d of await rows<{ view: number; base: number }>(
    `select distinct r.ev_class::int as view, d.refobjid::int as base from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid and d.refclassid = 'pg_class'::regclass where ${USER_RELATIONS} and c.relkind = 'v' and d.refobjid <> r.ev_class order by 1, 2`,
  )) {
    const rel = relations.get(d.view);
    if (rel?.view && relations.has(d.base)) rel.view.reads.push(d.base);
  }
  // COMMENT ON COLUMN: what a column holds, in the schema's own words (read by PI discovery).
  for (const c of await rows<{ oid: number; name: string; comment: string }>(
    `select a.attrelid::int as oid, a.attname as name, d.description as comment from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace join pg_description d on d.objoid = a.attrelid and d.classoid = 'pg_class'::regclass and d.objsubid = a.attnum where ${USER_RELATIONS} and a.attnum > 0 and not a.attisdropped order by a.attrelid, a.attnum`,
  )) {
    const rel = relations.get(c.oid);
    if (rel) (rel.columnComments ??= new Map()).set(c.name, c.comment);
  }
  for (const a of await rows<{ oid: number; name: string; grantee: number; privilege: string; grantable: boolean }>(
    `select x.attrelid::int as oid, x.attname as name, (x.a).grantee::int as grantee, (x.a).privilege_type as privilege, (x.a).is_grantable as grantable from (select attrelid, attname, aclexplode(attacl) as a from pg_attribute where attacl is not null and attnum > 0 and not attisdropped) x`,
  )) {
    const rel = relations.get(a.oid);
    if (!rel) continue;
    let list = rel.columnAcl.get(a.name);
    if (!list) rel.columnAcl.set(a.name, (list = []));
    list.push({ grantee: a.grantee, privilege: a.privilege, grantable: a.grantable });
  }
  const schemaAcl = new Map<number, AclEntry[]>();
  for (const a of await rows<{ oid: number; grantee: number; privilege: string; grantable: boolean }>(
    `select x.oid::int as oid, (x.a).grantee::int as grantee, (x.a).privilege_type as privilege, (x.a).is_grantable as grantable from (select oid, aclexplode(coalesce(nspacl, acldefault('n', nspowner))) as a from pg_namespace) x`,
  )) {
    let list = schemaAcl.get(a.oid);
    if (!list) schemaAcl.set(a.oid, (list = []));
    list.push({ grantee: a.grantee, privilege: a.privilege, grantable: a.grantable });
  }
  const defaults = new Map<number, CatalogDefaultAcl>();
  for (const d of await rows<{ oid: number; role: number; schema: string | null; type: string; grantee: number; privilege: string; grantable: boolean }>(
    `select x.oid::int as oid, x.defaclrole::int as role, n.nspname as schema, x.defaclobjtype::text as type, (x.a).grantee::int as grantee, (x.a).privilege_type as privilege, (x.a).is_grantable as grantable from (select oid, defaclrole, defaclnamespace, defaclobjtype, aclexplode(defaclacl) as a from pg_default_acl) x left join pg_namespace n on n.oid = x.defaclnamespace order by x.oid`,
  )) {
    let entry = defaults.get(d.oid);
    if (!entry) defaults.set(d.oid, (entry = { forRole: d.role, schema: d.schema, objectType: d.type, acl: [] }));
    entry.acl.push({ grantee: d.grantee, privilege: d.privilege, grantable: d.grantable });
  }
  const policies = (
    await rows<{ rel: number; name: string; cmd: string; permissive: boolean; roles: number[]; using: string | null }>(
      `select polrelid::int as rel, polname as name, polcmd::text as cmd, polpermissive as permissive, polroles::int[] as roles, pg_get_expr(polqual, polrelid) as using from pg_policy order by polrelid, polname`,
    )
  ).map((p) => ({ relation: p.rel, name: p.name, command: p.cmd, permissive: p.permissive, roles: p.roles, using: p.using }));
  const [owner] = await rows<{ owner: number }>('select datdba::int as owner from pg_database where datname = current_database()');
  return { roles, memberOf, relations: [...relations.values()], schemaAcl, defaultAcls: [...defaults.values()], policies, databaseOwner: owner?.owner ?? 10 };
}
