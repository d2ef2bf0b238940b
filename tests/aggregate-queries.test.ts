// A query whose result is only an aggregate (count, exists, sum …) returns no one's PI: the
// extractor marks it `count`, and the code views do not count it as a PI read — while a query that
// returns a column beside its aggregate (select phone, count(*) … group by phone) still is one.
// Grouped rows whose columns are none of the store's fields (select dept, count(*) … group by dept)
// answer counts; grouped rows naming people (select name, phone, count(a.id), max(a.note) … group by
// u.id, or knex's .select('name', 'phone').count(…)) are one row per person with their values, the
// aggregates over their joined rows included.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { CodeRoute } from '../src/inventory/manifest-schema.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { codeQueryView } from '../src/views/code-query-view.js';
import { codeRouteView } from '../src/views/code-route-view.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { tempDir } from './support/temp-dir.js';
import { filesUnder } from './support/files-under.js';

const CODE = `
import express from 'express';
import knex from './db';
import mongoose from 'mongoose';
const app = express();
const Member = mongoose.model('members', new mongoose.Schema({}));

app.get('/members/count', async (req, res) => {
  res.json(await knex('members').where({ phone: req.query.phone }).count());
});
app.get('/members/count-first', async (req, res) => {
  res.json(await knex('members').where({ phone: req.query.phone }).count('id as n').first());
});
app.get('/members/exists', async (req, res) => {
  res.json(await Member.exists({ phone: req.query.phone }));
});
app.get('/members/sql-count', async (req, res) => {
  res.json(await db.query('SELECT COUNT(*) AS n FROM members WHERE phone = $1', [req.query.phone]));
});
app.get('/members/sql-grouped', async (req, res) => {
  res.json(await db.query('SELECT phone, COUNT(*) FROM members WHERE id_number = $1 GROUP BY phone', [req.query.id]));
});
app.get('/members/sql-by-dept', async (req, res) => {
  res.json(await db.query('SELECT dept, COUNT(*) AS n FROM members GROUP BY dept'));
});
app.get('/members/sql-sessions', async (req, res) => {
  res.json(await db.query('SELECT m.name, m.phone, COUNT(v.id) AS visits, MAX(v.note) AS last_note FROM members m JOIN visits v ON v.member_id = m.id WHERE m.club_id = $1 GROUP BY m.id', [req.query.club]));
});
app.get('/members/knex-by-dept', async (req, res) => {
  res.json(await knex('members').select('dept').count('* as n').groupBy('dept'));
});
app.get('/members/knex-sessions', async (req, res) => {
  res.json(await knex('members').select('name', 'phone').count('id as n').groupBy('id'));
});
app.get('/members/sql-by-blood-type', async (req, res) => {
  res.json(await db.query('SELECT blood_type, COUNT(*) AS n FROM members GROUP BY blood_type'));
});
app.get('/members/sql-by-birth-date', async (req, res) => {
  res.json(await db.query('SELECT birth_date, COUNT(*) AS n FROM members GROUP BY birth_date'));
});
app.get('/members/prisma-by-blood-type', async (req, res) => {
  res.json(await prisma.members.groupBy({ by: ['club', 'blood_type'], _count: { _all: true } }));
});
app.get('/members/prisma-by-phone', async (req, res) => {
  res.json(await prisma.members.groupBy({ by: ['phone', 'blood_type'], _count: true }));
});
app.get('/members/by-phone', async (req, res) => {
  res.json(await knex('members').where({ phone: req.query.phone }));
});
app.listen(3000);
`;


function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'members', kind: 'table', fields: [{ name: 'id_number', category: 'identity.id-number' }, { name: 'phone', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }, { name: 'blood_type', category: 'health.record' }, { name: 'birth_date', category: 'identity.birth-date' }] });
  inventory.stores.push({ id: 'visits', kind: 'table', fields: [{ name: 'note', category: 'health.record' }] });
  return inventory;
}

describe('aggregate queries', () => {
  it('are marked count by the extractor, and are not PI reads in the code views', async () => {
    const dir = tempDir({ 'src/app.ts': CODE, 'package.json': '{"dependencies":{"express":"4","knex":"3","mongoose":"8"}}' });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f)));
    const result: ImportResult = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: declared() });
    const routes = (result.manifest.codeRoutes ?? []) as CodeRoute[];
    const op = (path: string) => routes.find((r) => r.path === path)?.queries.map((q) => ('unreadable' in q ? 'unreadable' : q.operation));
    expect(op('/members/count')).toEqual(['count']);
    expect(op('/members/count-first')).toEqual(['count']);
    expect(op('/members/exists')).toEqual(['count']);
    expect(op('/members/sql-count')).toEqual(['count']);
    expect(op('/members/sql-grouped')).toEqual(['find-many']);
    expect(op('/members/by-phone')).toEqual(['find-many']);
    expect(op('/members/sql-by-dept')).toEqual(['count']);
    // One row per member with name and phone: the count and the latest note of their visits are theirs too.
    expect(op('/members/sql-sessions')).toEqual(['find-many', 'find-many']);
    expect(routes.find((r) => r.path === '/members/sql-sessions')?.queries.map((q) => ('columns' in q ? q.columns : undefined))).toEqual([['name', 'phone'], ['note']]);
    expect(op('/members/knex-by-dept')).toEqual(['count']);
    expect(op('/members/knex-sessions')).toEqual(['find-many']);
    // Grouped only by attributes many people share (a health value, a club that is no field): counts
    // per group, no one's row; grouped by a phone or a date of birth, the groups single people out.
    expect(op('/members/sql-by-blood-type')).toEqual(['count']);
    expect(op('/members/sql-by-birth-date')).toEqual(['find-many']);
    expect(op('/members/prisma-by-blood-type')).toEqual(['count']);
    expect(op('/members/prisma-by-phone')).toEqual(['find-many']);

    const inventory = declared();
    inventory.codeRoutes.push(...routes);
    const index = new InventoryIndex(inventory, loadTaxonomy());
    const reaches = Object.fromEntries(codeRouteView.build({ index, asOf: '2024-01-01' }).map((i) => [(i.data.route as CodeRoute).path, i.data.reachesPI]));
    expect(reaches).toEqual({
      '/members/count': false,
      '/members/count-first': false,
      '/members/exists': false,
      '/members/sql-count': false,
      '/members/sql-grouped': true,
      '/members/sql-by-dept': false,
      '/members/sql-sessions': true,
      '/members/knex-by-dept': false,
      '/members/knex-sessions': true,
      '/members/sql-by-blood-type': false,
      '/members/sql-by-birth-date': true,
      '/members/prisma-by-blood-type': false,
      '/members/prisma-by-phone': true,
      '/members/by-phone': true,
    });
    const reads = codeQueryView.build({ index, asOf: '2024-01-01' }).map((i) => [(i.data.route as CodeRoute).path, i.data.readsPI]);
    expect([...new Set(reads.filter(([, r]) => r).map(([p]) => p))].sort()).toEqual(['/members/by-phone', '/members/knex-sessions', '/members/prisma-by-phone', '/members/sql-by-birth-date', '/members/sql-grouped', '/members/sql-sessions']);
  });
});
