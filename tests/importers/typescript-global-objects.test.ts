// A capitalised receiver is taken for a Sequelize or Mongoose model (`Session.max('kwh')`), but
// JavaScript's global objects are none: `Math.max(1, page)` is arithmetic, not a query on a model
// `Math` to be mapped.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

describe('global objects are not models', () => {
  it('Math.max and Array.from in a handler are no queries; Session.max is one', async () => {
    const dir = tempDir({
      'src/routes.ts': `
import { Router } from 'express';
import { Session } from './models';
const router = Router();
router.get('/sessions/stats', async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const top = await Session.max('kwh', { where: { userId: req.user.id } });
  res.json({ page, top, ids: Array.from(new Set([1, 2])) });
});
export default router;
`,
    });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
    const r = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    const models = (r.coverage ?? []).filter((n) => n.kind === 'model').map((n) => n.name);
    expect(models).toEqual(['Session']);
  });
});
