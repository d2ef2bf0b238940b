// Names in scanned code are looked up in tables the scan fills (constants, repositories, SQL
// parameters) and in its own tables of ORM operations and hash algorithms. A name such as
// `constructor`, `toString` or `__proto__` must be an ordinary name there: read from
// Object.prototype it would be a function where a string is expected, or replace a table's
// prototype. Each file below uses such names where the scan looks them up.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

const CODE = `import express from 'express';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
const toString = 'not-a-function';
export const router = express.Router();
router.get('/profile', async (req, res) => {
  const who = req.user.name.toString();
  const rows = await db.query('select mobile from members where id = :constructor and b = :__proto__', { constructor: req.params.id, __proto__: req.query.b });
  const digest = crypto.createHash('constructor').update(who).digest('hex');
  res.json({ rows, digest, token: jwt.sign({ sub: who }, valueOf) , label: toString });
});
export class Members {
  constructor(private readonly repo = hasOwnProperty) {}
  find(client: { name: { constructor(): unknown } }) { return client.name.constructor(); }
}
`;

describe('names from Object.prototype in scanned code', () => {
  it('are no ORM operation, hash algorithm or constant the scan has not read', () => {
    const facts = parseCodeFile('api/members.ts', CODE);
    const queries = facts.functions.flatMap((f) => f.queries);
    for (const q of queries) expect(typeof q.operation, JSON.stringify(q)).toBe('string');
    expect(queries.map((q) => q.model)).not.toContain('name');
    for (const c of facts.credentials) expect(['string', 'undefined']).toContain(typeof (c as { algorithm?: unknown }).algorithm);
    expect(Object.keys(facts.constants)).toEqual(['toString']);
    expect(facts.constants.toString).toBe('not-a-function');
  });

  it('are linked as ordinary names: the import neither throws nor reads a function as a value', async () => {
    const dir = tempDir({ 'members.ts': CODE });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
    const inventory = emptyInventory();
    inventory.stores.push({ id: 'members', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }] });
    const result = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: inventory });
    const text = JSON.stringify(result.manifest);
    expect(text).not.toContain('[native code]');
    expect(text).not.toContain('function ');
    expect(result.manifest.codeRoutes?.map((r) => r.id)).toEqual(expect.arrayContaining([expect.stringContaining('/profile')]));
  });
});
