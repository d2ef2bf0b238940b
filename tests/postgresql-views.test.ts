// Views and row-level security, against PostgreSQL itself (PGlite): a view without
// security_invoker reads its base tables as its owner, so the base table's policies filter the
// owner, not the reader — and nothing at all when the owner bypasses them (the table's owner
// without FORCE, a superuser, a BYPASSRLS role). Our reading of the catalog must say which views
// expose a row-secured table unfiltered exactly where PostgreSQL returns the reader more rows
// through the view than the policies let it read from the table.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalog, type Catalog } from '../src/importers/postgresql/catalog.js';
import { EffectivePrivileges } from '../src/importers/postgresql/effective-privileges.js';

const SQL = `
create role app_owner nologin;
create role other_owner nologin;
create role bypasser nologin bypassrls;
create role agency_a login;
create table cases (id int, agency text, phone text);
alter table cases owner to app_owner;
alter table cases enable row level security;
create policy agency_isolation on cases for select using (agency = current_user);
insert into cases values (1, 'agency_a', '13800000001'), (2, 'agency_b', '13800000002'), (3, 'agency_c', '13800000003');
create table forced (id int, agency text);
alter table forced owner to app_owner;
alter table forced enable row level security;
alter table forced force row level security;
create policy forced_isolation on forced for select using (agency = current_user);
insert into forced values (1, 'agency_a'), (2, 'agency_b');
grant select on cases, forced to agency_a;
create view v_owner as select id, agency, phone from cases;
alter view v_owner owner to app_owner;
create view v_invoker with (security_invoker = true) as select id, agency, phone from cases;
alter view v_invoker owner to app_owner;
create view v_other as select id, agency from cases;
alter view v_other owner to other_owner;
grant select on cases to other_owner;
create view v_bypass as select id, agency from cases;
alter view v_bypass owner to bypasser;
grant select on cases to bypasser;
create view v_forced as select id, agency from forced;
alter view v_forced owner to app_owner;
create view v_super as select id, agency from cases;
grant select on v_owner, v_invoker, v_other, v_bypass, v_forced, v_super to agency_a;
`;

describe('differential: views that bypass row-level security, against PostgreSQL', () => {
  let db: PGlite;
  let catalog: Catalog;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(SQL);
    catalog = await readCatalog(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('reads owner, security_invoker and base tables of each view', () => {
    const view = (name: string) => catalog.relations.find((r) => r.name === name);
    expect(view('v_invoker')?.view?.securityInvoker).toBe(true);
    expect(view('v_owner')?.view?.securityInvoker).toBe(false);
    expect(view('v_owner')?.view?.reads).toEqual([view('cases')?.oid]);
    expect(view('cases')?.view).toBeUndefined();
  });

  it('names a row-secured base table exactly where the reader gets more rows through the view than from the table', async () => {
    const privileges = new EffectivePrivileges(catalog);
    const views = catalog.relations.filter((r) => r.view);
    expect(views.map((v) => v.name).sort()).toEqual(['v_bypass', 'v_forced', 'v_invoker', 'v_other', 'v_owner', 'v_super']);
    const ours = new Map(views.map((v) => [v.name, privileges.rowSecurityBypassedByView(v).length > 0]));
    const theirs = new Map<string, boolean>();
    await db.exec('set role agency_a');
    try {
      for (const v of views) {
        const base = catalog.relations.find((r) => r.oid === v.view?.reads[0]);
        const through = (await db.query<{ n: number }>(`select count(*)::int as n from ${v.name}`)).rows[0]?.n ?? 0;
        const direct = (await db.query<{ n: number }>(`select count(*)::int as n from ${base?.name ?? ''}`)).rows[0]?.n ?? 0;
        theirs.set(v.name, through > direct);
      }
    } finally {
      await db.exec('reset role');
    }
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
    // Not trivially all one way: the owner's view and the superuser's expose, the invoker's and the forced one do not.
    expect(ours.get('v_owner')).toBe(true);
    expect(ours.get('v_super')).toBe(true);
    expect(ours.get('v_invoker')).toBe(false);
    expect(ours.get('v_forced')).toBe(false);
    expect(ours.get('v_other')).toBe(false);
  });
});
