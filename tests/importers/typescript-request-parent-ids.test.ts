// PIPL-CODE-011 judges a parent id on a route without a path parameter only where the scan knows
// the value comes from the request itself (req.query, req.body): the query entry names those
// fields (`requestFields`). A value middleware passed on (ctx.state.communityId, res.locals.orderId)
// is the caller's, not one.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  const declared = emptyInventory();
  declared.stores.push({ id: 'snapshots', kind: 'table', fields: [{ name: 'plate_no', category: 'vehicle.licence-plate' }] } as (typeof declared.stores)[number]);
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: { stores: { Snapshot: 'snapshots', snapshot: 'snapshots' } }, declared });
}

const queryOf = (r: ImportResult, id: string) => {
  const q = r.manifest.codeRoutes?.find((x) => x.id === id)?.queries[0];
  return q && 'store' in q ? q : undefined;
};

describe('parent ids read from the request on routes without a path parameter', () => {
  it('Express + Sequelize: a station id from req.query and an order id from req.body are request fields; one kept by middleware in res.locals is not', async () => {
    const r = await load({
      'src/routes.ts': `
import { Router } from 'express';
import { Snapshot } from './models';
import { requireLogin } from './auth';
const router = Router();
router.get('/snapshots', requireLogin, async (req, res) => {
  res.json(await Snapshot.findAll({ where: { stationId: req.query.stationId } }));
});
router.post('/snapshots/search', requireLogin, async (req, res) => {
  res.json(await Snapshot.findAll({ where: { orderId: req.body.orderId } }));
});
router.get('/snapshots/mine', requireLogin, async (req, res) => {
  const orderId = res.locals.orderId;
  res.json(await Snapshot.findAll({ where: { orderId } }));
});
export default router;
`,
    });
    expect(queryOf(r, 'GET:/snapshots')).toMatchObject({ lookupFields: ['stationId'], requestSupplied: true, requestFields: ['stationId'] });
    expect(queryOf(r, 'POST:/snapshots/search')).toMatchObject({ lookupFields: ['orderId'], requestFields: ['orderId'] });
    const mine = queryOf(r, 'GET:/snapshots/mine');
    // res.locals is what middleware passes on (the caller's): a condition on it is tied to the caller.
    expect(mine).toMatchObject({ lookupFields: [], ownerCondition: true });
    expect(mine && 'requestFields' in mine).toBe(false);
  });

  it('Koa + knex: a unit id kept by middleware in ctx.state is not a request field', async () => {
    const r = await load({
      'src/routes.ts': `
import Router from '@koa/router';
import { db } from './db';
import { requireLogin } from './auth';
const router = new Router();
router.get('/api/visitors/today', requireLogin, async (ctx) => {
  ctx.body = await db('snapshot').where({ community_id: ctx.state.communityId }).limit(100);
});
export default router;
`,
    });
    const q = queryOf(r, 'GET:/api/visitors/today');
    // ctx.state is what middleware passes on (the caller's): the caller's community ties the read.
    expect(q).toMatchObject({ lookupFields: [], ownerCondition: true });
    expect(q && 'requestFields' in q).toBe(false);
  });
});
