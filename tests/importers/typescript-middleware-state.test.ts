// Koa's `ctx.state` and Express's `res.locals` are the namespaces middleware passes values
// through (the auth middleware sets them from the verified token; a client never does), so a
// condition on a value read from them is tied to the caller. And the default unit fields include
// the organisational units of Chinese back offices (community, campus, school, clinic, merchant,
// company, corp, warehouse, depot, agency, region, district); `city_code` and `status` tie nothing.
import { describe, expect, it } from 'vitest';
import { ScopeFields } from '../../src/importers/typescript/grant-scope.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { tempDir } from '../support/temp-dir.js';
import { routeOf, scanCode } from '../support/scan-code.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'residents', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
  return inventory;
}

const KOA = `import Router from '@koa/router';
import { db } from '../db';
import { requireLogin } from '../auth';
const router = new Router();
router.get('/api/residents', requireLogin, async (ctx) => {
  ctx.body = await db('residents').where({ community_id: ctx.state.communityId }).limit(50);
});
router.get('/api/residents/by-tenant', requireLogin, async (ctx) => {
  const { tenantId } = ctx.state;
  ctx.body = await db('residents').where({ tenant_id: tenantId }).limit(50);
});
router.get('/api/residents/by-query', requireLogin, async (ctx) => {
  ctx.body = await db('residents').where({ community_id: ctx.query.communityId }).limit(50);
});
export default router;
`;

const EXPRESS = `import { Router } from 'express';
import { db } from '../db';
import { requireLogin } from '../auth';
const router = Router();
router.get('/api/merchant/residents', requireLogin, async (req, res) => {
  res.json(await db('residents').where({ merchant_id: res.locals.merchantId }).limit(50));
});
export default router;
`;

const project = tempDir({
  'package.json': '{"name":"community","dependencies":{"koa":"2","@koa/router":"12","express":"4","knex":"3"}}',
  'src/db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'mysql2' });\n",
  'src/auth.ts': 'export async function requireLogin(ctx: unknown, next: () => Promise<void>) { await next(); }\n',
  'src/routes/koa.ts': KOA,
  'src/routes/express.ts': EXPRESS,
});
const result = scanCode(project, declared(), {});

type Read = Extract<CodeRoute['queries'][number], { store: string }>;
const readOf = async (id: string): Promise<Read> => {
  const route = routeOf(await result, id);
  expect(route, id).toBeDefined();
  return route.queries.find((q): q is Read => 'store' in q && q.store === 'residents') as Read;
};

describe('typescript importer: values middleware passed on are the caller\'s', () => {
  it('ctx.state.X (read directly or destructured) and res.locals.X tie a condition on a unit field to the caller', async () => {
    expect(await readOf('GET:/api/residents')).toMatchObject({ ownerCondition: true, lookupFields: [] });
    expect(await readOf('GET:/api/residents/by-tenant')).toMatchObject({ ownerCondition: true, lookupFields: [] });
    expect(await readOf('GET:/api/merchant/residents')).toMatchObject({ ownerCondition: true, lookupFields: [] });
  });
  it('the same unit field from the query string is the request\'s, not the caller\'s', async () => {
    const q = await readOf('GET:/api/residents/by-query');
    expect(q).toMatchObject({ ownerCondition: false, lookupFields: ['community_id'], requestFields: ['community_id'] });
  });
});

describe('default unit fields', () => {
  const scope = new ScopeFields();
  it('organisational units of Chinese back offices give unit scope, with or without Id/_id', () => {
    for (const unit of ['community', 'campus', 'school', 'clinic', 'merchant', 'company', 'corp', 'warehouse', 'depot', 'agency', 'region', 'district']) {
      expect(scope.of(unit), unit).toBe('unit');
      expect(scope.of(`${unit}_id`), unit).toBe('unit');
      expect(scope.of(`${unit}Id`), unit).toBe('unit');
    }
  });
  it('city_code and status tie nothing', () => {
    expect(scope.ties('city_code')).toBe(false);
    expect(scope.ties('cityCode')).toBe(false);
    expect(scope.ties('status')).toBe(false);
  });
});
