// What a route answers with when its read is SQL written in code: a statement's rows are answered
// unchanged where the call running it is returned or sent as read (`res.json(await pool.query(…))`,
// `const { rows } = await pool.query(…); res.json(rows)`, `const [rows] = await conn.query(…)`,
// `return this.dataSource.query(…)`, `ctx.body = result.rows`), its columns the SELECT list (`*`
// for the whole row). Rows mapped before answering are not answered unchanged. A statement joining
// tables answers each FROM/JOIN table's columns (qualified by its alias, or unqualified where only
// its store declares the name), the joined reads travelling in the leading read's rows
// (`includedIn`); a sub-query's table only looks rows up. A condition on an alias keys that alias's
// table alone. PIPL-CODE-012 compares them with the interface. Parsed, never run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

type ReadEntry = Extract<CodeRoute['queries'][number], { store: string }>;

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'users', kind: 'table', fields: [{ name: 'nickname', category: 'identity.name' }, { name: 'phone', category: 'contact.phone' }, { name: 'id_number', category: 'identity.id-number' }] });
  inventory.stores.push({ id: 'orders', kind: 'table', fields: [{ name: 'address', category: 'contact.address' }] });
  return inventory;
}
async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: declared() });
}
const reads = (r: ImportResult, id: string): ReadEntry[] => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(route, id).toBeDefined();
  return (route as CodeRoute).queries.filter((x): x is ReadEntry => 'store' in x);
};
const read = (r: ImportResult, id: string, store = 'users'): ReadEntry => {
  const q = reads(r, id).find((x) => x.store === store);
  expect(q, `${id} ${store}`).toBeDefined();
  return q as ReadEntry;
};

const PG = `import express from 'express';
import { Pool } from 'pg';
const pool = new Pool();
const router = express.Router();
router.get('/users/search', async (req, res) => {
  res.json(await pool.query('SELECT * FROM users WHERE phone = $1 LIMIT 20', [req.query.phone]));
});
router.get('/users/by-name', async (req, res) => {
  const { rows } = await pool.query('SELECT nickname, phone FROM users WHERE nickname = $1 LIMIT 20', [req.query.name]);
  res.json(rows);
});
router.get('/users/held', async (req, res) => {
  const sql = 'SELECT id_number FROM users WHERE id = $1';
  const result = await pool.query(sql, [req.query.id]);
  res.json(result.rows);
});
router.get('/users/masked', async (req, res) => {
  const { rows } = await pool.query('SELECT nickname, phone FROM users WHERE nickname = $1 LIMIT 20', [req.query.name]);
  res.json(rows.map((u) => ({ nickname: u.nickname, phone: u.phone.slice(0, 3) + '****' })));
});
router.get('/users/orders', async (req, res) => {
  const { rows } = await pool.query('SELECT u.nickname, o.address FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = $1', [req.query.id]);
  res.json(rows);
});
router.get('/users/by-order/:id', async (req, res) => {
  res.json((await pool.query('SELECT u.nickname, phone FROM users u JOIN orders o ON o.user_id = u.id WHERE o.id = $1', [req.params.id])).rows);
});
router.get('/users/with-orders/:id', async (req, res) => {
  res.json((await pool.query('SELECT users.nickname, o.address FROM users JOIN orders o ON o.user_id = users.id WHERE users.id = $1', [req.params.id])).rows);
});
router.get('/users/by-address', async (req, res) => {
  res.json((await pool.query('SELECT nickname FROM users WHERE id = (SELECT user_id FROM orders WHERE address = $1) LIMIT 10', [req.query.address])).rows);
});
export default router;
`;
const MYSQL = `import express from 'express';
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
const router = express.Router();
router.get('/m/users', async (req, res) => {
  const [rows] = await pool.query('SELECT * FROM users WHERE nickname = ? LIMIT 10', [req.query.name]);
  res.json(rows);
});
router.get('/m/count', async (req, res) => {
  const [rows] = await pool.query('SELECT phone FROM users WHERE nickname = ? LIMIT 10', [req.query.name]);
  res.json({ count: (rows as unknown[]).length });
});
export default router;
`;
const NEST = `import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import 'pg';
@Controller('users')
export class UsersController {
  constructor(private readonly dataSource: DataSource) {}
  @Get('lookup')
  lookup(@Query('phone') phone: string) {
    return this.dataSource.query('SELECT nickname, id_number FROM users WHERE phone = $1 LIMIT 1', [phone]);
  }
}
`;
const KOA = `import Router from '@koa/router';
import { Pool } from 'pg';
const pool = new Pool();
const router = new Router();
router.get('/k/users', async (ctx) => {
  const result = await pool.query('SELECT phone FROM users WHERE nickname = $1 LIMIT 5', [ctx.query.name]);
  ctx.body = result.rows;
});
export default router;
`;

describe('SQL rows a route answers with (pg, mysql2, TypeORM dataSource.query, Koa)', () => {
  it('pg: the whole query result sent, rows destructured and sent, and result.rows sent are answered unchanged', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.ts': PG, 'src/app.ts': "import express from 'express';\nimport users from './users';\nconst app = express();\napp.use('/api', users);\n" });
    const whole = read(r, 'GET:/api/users/search');
    expect(whole.columns).toEqual(['*']);
    expect(whole.answered).toBe(true);
    const picked = read(r, 'GET:/api/users/by-name');
    expect(picked.columns).toEqual(['nickname', 'phone']);
    expect(picked.answered).toBe(true);
    const held = read(r, 'GET:/api/users/held');
    expect(held.columns).toEqual(['id_number']);
    expect(held.answered).toBe(true);
  });
  it('pg: rows mapped into another object are not answered unchanged', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.ts': PG, 'src/app.ts': "import express from 'express';\nimport users from './users';\nconst app = express();\napp.use('/api', users);\n" });
    expect(read(r, 'GET:/api/users/masked').answered).toBe(false);
  });
  it('pg: a join answers each table\'s own columns, the joined read travelling in the leading one\'s rows', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.ts': PG, 'src/app.ts': "import express from 'express';\nimport users from './users';\nconst app = express();\napp.use('/api', users);\n" });
    const users = read(r, 'GET:/api/users/orders');
    const orders = read(r, 'GET:/api/users/orders', 'orders');
    expect([users.answered, users.columns, users.includedIn]).toEqual([true, ['nickname'], undefined]);
    expect([orders.answered, orders.columns]).toEqual([true, ['address']]);
    expect(orders.includedIn).toBe(reads(r, 'GET:/api/users/orders').indexOf(users));
    // An unqualified column goes to the one table whose store declares it (phone: users only).
    const byOrder = read(r, 'GET:/api/users/by-order/:id');
    expect([byOrder.answered, byOrder.columns]).toEqual([true, ['nickname', 'phone']]);
    expect(read(r, 'GET:/api/users/by-order/:id', 'orders').columns).toEqual([]);
    // A sub-query's table is not in the rows: it only looks them up.
    expect(read(r, 'GET:/api/users/by-address').answered).toBe(true);
    expect(read(r, 'GET:/api/users/by-address', 'orders').answered).toBe(false);
  });
  it('pg: a condition on an alias looks up that alias\'s table alone', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.ts': PG, 'src/app.ts': "import express from 'express';\nimport users from './users';\nconst app = express();\napp.use('/api', users);\n" });
    expect(read(r, 'GET:/api/users/by-order/:id').lookupFields).toEqual([]);
    expect(read(r, 'GET:/api/users/by-order/:id', 'orders').lookupFields).toEqual(['id']);
    expect(read(r, 'GET:/api/users/with-orders/:id').lookupFields).toEqual(['id']);
    expect(read(r, 'GET:/api/users/with-orders/:id', 'orders').lookupFields).toEqual([]);
    // Unqualified, in a sub-query: the statement's (it names no table).
    expect(read(r, 'GET:/api/users/by-address').lookupFields).toEqual(['address']);
  });
  it('mysql2: the first element of the result, sent, is answered; a count of it is not', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.ts': MYSQL, 'src/app.ts': "import express from 'express';\nimport users from './users';\nconst app = express();\napp.use('/api', users);\n" });
    const q = read(r, 'GET:/api/m/users');
    expect(q.columns).toEqual(['*']);
    expect(q.answered).toBe(true);
    expect(read(r, 'GET:/api/m/count').answered).toBe(false);
  });
  it('NestJS: a handler returning dataSource.query(…) answers with its rows', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.controller.ts': NEST });
    const q = read(r, 'GET:/users/lookup');
    expect(q.columns).toEqual(['id_number', 'nickname']);
    expect(q.answered).toBe(true);
  });
  it('Koa: ctx.body = result.rows answers with the rows', async () => {
    const r = await load({ 'package.json': '{"name":"api"}', 'src/users.ts': KOA });
    const q = read(r, 'GET:/k/users');
    expect(q.columns).toEqual(['phone']);
    expect(q.answered).toBe(true);
  });
});
