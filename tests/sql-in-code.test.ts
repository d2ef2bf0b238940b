// SQL written in code, read with node-sql-parser in the dialect of the driver in use: tables,
// selected columns, WHERE lookup keys and where their values come from, joins, owner conditions
// (and an OR that undoes one), aggregate-only selects, MyBatis mapper strings, PostgreSQL through
// pg and knex.raw, and a statement the parser cannot read - NOT_EVALUATED with the reason, never
// dropped and never a PASS. Nothing in the scanned code is run.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { readSqlStatement } from '../src/importers/typescript/read-sql-statement.js';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { CodeQueryEntry, CodeRoute } from '../src/inventory/manifest-schema.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { REPO_ROOT } from './support/run-cli.js';
import { filesUnder } from './support/files-under.js';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/typescript/sql-in-code');


async function load(folder: string, stores: string[], options: Record<string, unknown> = {}): Promise<ImportResult> {
  const inventory = emptyInventory();
  for (const id of stores) inventory.stores.push({ id, kind: 'table', fields: [{ name: 'name', category: 'identity.name' }] });
  const inputs = filesUnder(join(FIXTURES, folder)).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options, mapping: {}, declared: inventory });
}

const route = (r: ImportResult, path: string) => r.manifest.codeRoutes?.find((x) => x.path === path) as CodeRoute;
const summary = (q: CodeQueryEntry) =>
  'unreadable' in q ? { unreadable: q.unreadable } : { store: q.store, operation: q.operation, lookupFields: q.lookupFields, requestSupplied: q.requestSupplied, ownerCondition: q.ownerCondition, limited: q.limited, columns: q.columns, joins: q.joins };

describe('SQL in code (mysql2 and Sequelize on MySQL)', () => {
  it('a lookup by the phone number from the request, with the columns it returns', async () => {
    const r = await load('mysql-outlet', ['waybills', 'orders', 'customers', 'addresses']);
    expect(route(r, '/waybills/search').queries.map(summary)).toEqual([
      { store: 'waybills', operation: 'find-many', lookupFields: ['recipient_phone'], requestSupplied: true, ownerCondition: false, limited: false, columns: ['recipient_address', 'recipient_name', 'recipient_phone', 'waybill_no'], joins: undefined },
    ]);
    // Bound to req.user.outletId: tied to the caller, with a LIMIT.
    expect(route(r, '/outlet/waybills').queries.map(summary)).toEqual([
      { store: 'waybills', operation: 'find-many', lookupFields: ['recipient_phone'], requestSupplied: true, ownerCondition: true, limited: true, columns: ['*'], joins: undefined },
    ]);
    // The same owner condition under OR restricts nothing.
    expect(route(r, '/waybills/lookup').queries.map(summary)[0]).toMatchObject({ ownerCondition: false, lookupFields: ['recipient_phone'] });
  });

  it('a join: each table read is a query with its own columns and the other table; the phone (c.phone) looks up customers alone', async () => {
    const r = await load('mysql-outlet', ['waybills', 'orders', 'customers', 'addresses']);
    expect(route(r, '/customers/orders').queries.map(summary)).toEqual([
      { store: 'orders', operation: 'find-many', lookupFields: [], requestSupplied: false, ownerCondition: false, limited: true, columns: ['*'], joins: ['customers'] },
      { store: 'customers', operation: 'find-many', lookupFields: ['phone'], requestSupplied: true, ownerCondition: false, limited: true, columns: ['name', 'phone'], joins: ['orders'] },
    ]);
  });

  it('COUNT(*) only is an aggregate; a named replacement bound to req.user.id is an owner condition', async () => {
    const r = await load('mysql-outlet', ['waybills', 'orders', 'customers', 'addresses']);
    expect(route(r, '/waybills/count').queries.map(summary)[0]).toMatchObject({ operation: 'count', columns: undefined });
    expect(route(r, '/me/addresses').queries.map(summary)).toEqual([
      { store: 'addresses', operation: 'find-many', lookupFields: [], requestSupplied: false, ownerCondition: true, limited: false, columns: ['contact_name', 'contact_phone', 'detail', 'id'], joins: undefined },
    ]);
  });

  it('a MyBatis mapper string: #{…} parameters, <where>/<if> unwrapped, an owner condition inside <if> is optional', async () => {
    const r = await load('mysql-outlet', ['waybills', 'orders', 'customers', 'addresses']);
    // outlet_id inside <if> may be left out: an optional filter, a lookup key, not a tie to the caller.
    expect(route(r, '/waybills/mapper-search').queries.map(summary)).toEqual([
      { store: 'waybills', operation: 'find-many', lookupFields: ['outlet_id', 'recipient_phone'], requestSupplied: true, ownerCondition: false, limited: false, columns: ['recipient_address', 'recipient_name', 'recipient_phone', 'waybill_no'], joins: undefined },
    ]);
  });

  it('a table name computed in the template is not read: NOT_EVALUATED with the reason, noted at its line', async () => {
    const r = await load('mysql-outlet', ['waybills', 'orders', 'customers', 'addresses']);
    const [q] = route(r, '/reports/:table').queries;
    expect(q && 'unreadable' in q ? q.unreadable : undefined).toMatch(/^MySQL parser: .*; a \$\{…\} in the template may stand for a table or column name$/);
    expect(r.coverage?.filter((c) => c.kind === 'sql').map((c) => `${c.file.split('/').pop()}:${c.line} ${c.note.split(':')[0]}`)).toEqual(['routes.ts:56 SQL statement not read (MySQL parser']);
  });
});

describe('SQL in code (pg and knex on PostgreSQL)', () => {
  it('the pg driver makes PostgreSQL the dialect: ILIKE and $1 read, knex ? bindings numbered, schema-qualified tables', async () => {
    const r = await load('pg-clinic', ['patients', 'visits']);
    expect(route(r, '/patients/search').queries.map(summary)).toEqual([
      { store: 'patients', operation: 'find-many', lookupFields: ['full_name'], requestSupplied: true, ownerCondition: true, limited: false, columns: ['full_name', 'id', 'mobile'], joins: undefined },
    ]);
    expect(route(r, '/patients/by-id-card').queries.map(summary)).toEqual([
      { store: 'patients', operation: 'find-one', lookupFields: ['id_card_no'], requestSupplied: true, ownerCondition: false, limited: true, columns: ['*'], joins: undefined },
    ]);
  });

  it('read as MySQL (the project file says so), the PostgreSQL statement is not read and says why', async () => {
    const r = await load('pg-clinic', ['patients', 'visits'], { sqlDialect: 'MySQL' });
    const [q] = route(r, '/patients/search').queries;
    expect(q && 'unreadable' in q ? q.unreadable : '').toMatch(/^MySQL parser: unexpected ".*" at line 1, column \d+ of the statement$/);
  });
});

describe('readSqlStatement', () => {
  it('deletion and anonymisation: older-than conditions and blanked columns', () => {
    const del = readSqlStatement("DELETE FROM clinic.visits WHERE visited_at < now() - interval '15 years'", 'PostgreSQL', { positional: [], named: {} });
    expect(del).toMatchObject({ ok: true, accesses: [{ table: 'clinic.visits', operation: 'delete', conditions: [{ field: 'visited_at', origin: 'constant', olderThan: true }] }] });
    const anon = readSqlStatement("UPDATE members SET phone = NULL, name = '' WHERE left_at < ?", 'MySQL', { positional: ['variable'], named: {} });
    expect(anon).toMatchObject({ ok: true, accesses: [{ table: 'members', operation: 'update', blanks: true }] });
  });

  it('positional values are matched in the order they appear: SET before WHERE, a sub-query in WHERE', () => {
    const r = readSqlStatement('SELECT * FROM orders WHERE user_id = (SELECT id FROM users WHERE phone = ?) AND status = ?', 'MySQL', { positional: ['request', 'constant'], named: {} });
    expect(r.ok && r.accesses.map((a) => `${a.table} ${a.conditions.map((c) => `${c.field}:${c.origin}`).join(',')}`)).toEqual(['orders phone:request,status:constant', 'users phone:request,status:constant']);
    const u = readSqlStatement('UPDATE waybills SET status = ? WHERE waybill_no = ?', 'MySQL', { positional: ['constant', 'request'], named: {} });
    expect(u.ok && u.accesses[0]?.conditions).toEqual([{ field: 'waybill_no', origin: 'request' }]);
  });

  it('prose that starts like SQL, and garbage, are reasons, never a crash', () => {
    expect(readSqlStatement('SELECT FROM WHERE', 'MySQL', { positional: [], named: {} })).toMatchObject({ ok: false, reason: expect.stringMatching(/^MySQL parser: /) });
  });
});
