// SQL text held in a `const` before it is run — `const sql = 'SELECT … WHERE user_id = $1';
// await pool.query(sql, [req.user.id])`, pg's config object `pool.query({ text, values })`, TypeORM's
// `dataSource.query(sql, [..])` — as pg, mysql2 and TypeORM projects write it: the values bound to
// its parameters are the ones the call that runs it binds, so a parameter bound to the caller is an
// owner condition there too. A name run by several calls binds nothing (which call's values would
// it be?). Nothing in the scanned code is run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { CodeRoute } from '../src/inventory/manifest-schema.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { tempDir } from './support/temp-dir.js';
import { filesUnder } from './support/files-under.js';

type ReadEntry = Extract<CodeRoute['queries'][number], { store: string }>;

async function load(dir: string): Promise<ImportResult> {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'orders', kind: 'table', fields: [{ name: 'address', category: 'location.address' }] }, { id: 'members', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }] });
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: inventory });
}
const read = (r: ImportResult, path: string): ReadEntry => {
  const route = r.manifest.codeRoutes?.find((x) => x.path === path);
  expect(route, path).toBeDefined();
  const [q] = (route as CodeRoute).queries.filter((x): x is ReadEntry => 'store' in x);
  return q as ReadEntry;
};

const ROUTES = `import express from 'express';
import { Pool } from 'pg';
import { AppDataSource } from './data-source';
const pool = new Pool();
export const router = express.Router();

router.get('/orders/mine', async (req, res) => {
  const sql = 'SELECT id, phone FROM members WHERE id = $1';
  const { rows } = await pool.query(sql, [req.user.id]);
  res.json(rows);
});

router.get('/orders/mine/config', async (req, res) => {
  const text = 'SELECT * FROM members WHERE id = $1';
  const { rows } = await pool.query({ text, values: [req.user.id] });
  res.json(rows);
});

router.get('/orders/by-no', async (req, res) => {
  const byOrderNo = 'SELECT * FROM orders WHERE order_no = $1';
  res.json((await pool.query(byOrderNo, [req.query.no])).rows);
});

router.get('/orders/typeorm', async (req, res) => {
  const sql = 'SELECT * FROM members WHERE id = $1 LIMIT 20';
  res.json(await AppDataSource.query(sql, [req.user.id]));
});

router.get('/orders/twice', async (req, res) => {
  const sql = 'SELECT * FROM members WHERE id = $1';
  const mine = await pool.query(sql, [req.user.id]);
  const theirs = await pool.query(sql, [req.query.memberId]);
  res.json({ mine: mine.rows, theirs: theirs.rows });
});

router.get('/orders/inline', async (req, res) => {
  const { rows } = await pool.query({ text: 'SELECT * FROM orders WHERE phone = $1', values: [req.query.phone] });
  res.json(rows);
});
`;

const FILES = {
  'package.json': '{"name":"shop","dependencies":{"express":"4","pg":"8","typeorm":"0.3"}}',
  'src/routes.ts': ROUTES,
  'src/data-source.ts': "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres' });\n",
};

describe('SQL in code: text held in a const, and pg query config objects', () => {
  it('a const run by one call takes that call’s values: bound to the caller, an owner condition', async () => {
    const r = await load(tempDir(FILES));
    expect(read(r, '/orders/mine')).toMatchObject({ store: 'members', lookupFields: [], requestSupplied: false, ownerCondition: true, columns: ['id', 'phone'] });
    expect(read(r, '/orders/typeorm')).toMatchObject({ store: 'members', lookupFields: [], ownerCondition: true, limited: true });
  });

  it('pg’s { text, values } config, with the text held in a const or written in place', async () => {
    const r = await load(tempDir(FILES));
    expect(read(r, '/orders/mine/config')).toMatchObject({ store: 'members', lookupFields: [], ownerCondition: true, requestSupplied: false });
    expect(read(r, '/orders/inline')).toMatchObject({ store: 'orders', lookupFields: ['phone'], requestSupplied: true, requestFields: ['phone'], ownerCondition: false });
  });

  it('a const bound to the request’s value is a lookup the request makes, naming the field', async () => {
    expect(read(await load(tempDir(FILES)), '/orders/by-no')).toMatchObject({ store: 'orders', lookupFields: ['order_no'], requestSupplied: true, requestFields: ['order_no'], ownerCondition: false });
  });

  it('a const run by two calls binds nothing: no owner condition is taken from either', async () => {
    expect(read(await load(tempDir(FILES)), '/orders/twice')).toMatchObject({ store: 'members', lookupFields: ['id'], ownerCondition: false });
  });
});
