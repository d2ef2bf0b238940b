// SQL text held in a module-level `const` and run by a handler (`const FIND = 'SELECT … WHERE
// phone = $1'` at the top of the file, `pool.query(FIND, [req.query.phone])` in the route): the
// statement is read where it is run - each call that runs the name is a read of its own in the
// function it is in, binding its own values and answered as that call's rows are. Text run nowhere
// stays where it is written. Parsed, never run.
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

const PG = `import express from 'express';
import { Pool } from 'pg';
const pool = new Pool();
const router = express.Router();
const BY_PHONE = 'SELECT * FROM users WHERE phone = $1 LIMIT 20';
const BY_OWNER = \`SELECT nickname FROM users WHERE id = $1\`;
router.get('/users/search', async (req, res) => {
  const { rows } = await pool.query(BY_PHONE, [req.query.phone]);
  res.json(rows);
});
router.get('/me', async (req, res) => {
  const { rows } = await pool.query(BY_OWNER, [req.user.id]);
  res.json(rows.map((u) => ({ name: u.nickname })));
});
router.get('/users/lookup', async (req, res) => {
  const { rows } = await pool.query(BY_OWNER, [req.query.id]);
  res.json(rows);
});
export default router;
`;

describe('typescript importer: SQL held in a module-level const', () => {
  it('one call runs it: the handler reads the statement with the values it binds, answered as its rows are', async () => {
    const r = await load({ 'package.json': '{"name":"x","dependencies":{"pg":"8","express":"4"}}', 'src/routes.ts': PG });
    expect(reads(r, 'GET:/users/search')).toMatchObject([{ store: 'users', library: 'sql', operation: 'find-many', lookupFields: ['phone'], requestFields: ['phone'], ownerCondition: false, limited: true, columns: ['*'], answered: true }]);
  });

  it('several calls run it: each binds its own values, in its own function', async () => {
    const r = await load({ 'package.json': '{"name":"x","dependencies":{"pg":"8","express":"4"}}', 'src/routes.ts': PG });
    expect(reads(r, 'GET:/me')).toMatchObject([{ store: 'users', lookupFields: [], ownerCondition: true, columns: ['nickname'], answered: false }]);
    expect(reads(r, 'GET:/users/lookup')).toMatchObject([{ store: 'users', lookupFields: ['id'], requestFields: ['id'], ownerCondition: false, columns: ['nickname'], answered: true }]);
  });
});
