// Fastify plugins as real code bases nest them: plugins defined in place
// (`app.register(async (f) => { … }, { prefix })`), plugins wrapped in fastify-plugin (`fp(…)`,
// which does not encapsulate: its hooks apply to the instance registering it), and a plugin
// registering a plugin with its own prefix (prefixes joined, the parent's hooks inherited). Read
// within bounds: a cycle of registrations or a thousand nested plugins ends the chain, never the
// scan. The scanned code is parsed, never run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'renters', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }] }, { id: 'orders', kind: 'table', fields: [{ name: 'pickup_address', category: 'location.address' }] });
  inventory.interfaces.push({ id: 'order-detail', kind: 'api' } as never);
  inventory.roles.push({ id: 'renter' }, { id: 'ops' });
  return inventory;
}
async function load(dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping, declared: declared() });
}
const routeOf = (r: ImportResult, id: string) => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
  expect(route, `${id} among ${(r.manifest.codeRoutes ?? []).map((x) => x.id).join(', ')}`).toBeDefined();
  return route;
};

const DB = `import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n`;
const GUARDS = `export async function requireLogin(req, reply) { await req.jwtVerify(); }
export function requireRole(...roles) { return async (req, reply) => { if (!roles.includes(req.user.role)) return reply.code(403).send(); }; }
`;

describe('typescript importer: Fastify plugins defined in place', () => {
  const APP = `import Fastify from 'fastify';
import { prisma } from './db';
import { requireLogin, requireRole } from './guards';
const app = Fastify();
app.get('/health', async () => ({ ok: true }));
app.register(async (renter) => {
  renter.addHook('onRequest', requireLogin);
  renter.addHook('preHandler', requireRole('renter'));
  renter.get('/orders/:id', async (req) => prisma.order.findUnique({ where: { id: req.params.id } }));
}, { prefix: '/api/renter' });
app.register(async function publicPlugin(child) {
  child.get('/renters/count', async () => prisma.renter.count());
}, { prefix: '/api/public' });
app.listen({ port: 3000 });
`;
  it('routes on the plugin’s parameter take its prefix and its own hooks; the parent and a sibling do not get them', async () => {
    const r = await load(tempDir({ 'src/app.ts': APP, 'src/db.ts': DB, 'src/guards.ts': GUARDS }));
    expect(routeOf(r, 'GET:/api/renter/orders/:id')).toMatchObject({ framework: 'fastify', guarded: true, roles: ['renter'], middleware: ['requireLogin', "requireRole('renter')"] });
    expect(routeOf(r, 'GET:/api/public/renters/count')).toMatchObject({ framework: 'fastify', guarded: false, authorized: false });
    expect(routeOf(r, 'GET:/health')).toMatchObject({ guarded: false });
    // Mapped by the path inside the plugin, as a plugin from another file may be.
    const mapped = await load(tempDir({ 'src/app.ts': APP, 'src/db.ts': DB, 'src/guards.ts': GUARDS }), { routes: { 'GET /orders/:id': 'order-detail' } });
    expect(routeOf(mapped, 'GET:/api/renter/orders/:id').interface).toBe('order-detail');
  });
});

describe('typescript importer: fastify-plugin does not encapsulate', () => {
  const AUTH = `import fp from 'fastify-plugin';
import { requireLogin } from '../guards';
export default fp(async (app) => {
  app.decorate('authenticate', requireLogin);
  app.addHook('onRequest', requireLogin);
});
`;
  const APP = `import Fastify from 'fastify';
import auth from './plugins/auth';
import { prisma } from './db';
import { orderRoutes } from './routes/orders';
const app = Fastify();
app.register(auth);
app.get('/renters', async () => prisma.renter.findMany({ take: 20 }));
app.register(orderRoutes, { prefix: '/api' });
`;
  const ORDERS = `import { prisma } from '../db';
export async function orderRoutes(app) {
  app.get('/orders', async () => prisma.order.findMany({ take: 20 }));
}
`;
  it('the hooks of a plugin wrapped in fp(…) in another file guard the registering instance’s routes and the plugins it registers after', async () => {
    const r = await load(tempDir({ 'src/app.ts': APP, 'src/db.ts': DB, 'src/guards.ts': GUARDS, 'src/plugins/auth.ts': AUTH, 'src/routes/orders.ts': ORDERS }));
    expect(routeOf(r, 'GET:/renters')).toMatchObject({ guarded: true, middleware: ['requireLogin'] });
    expect(routeOf(r, 'GET:/api/orders')).toMatchObject({ guarded: true });
  });

  it('without fp(…) the same plugin encapsulates its hook: the parent’s routes are not guarded by it', async () => {
    const plain = AUTH.replace("import fp from 'fastify-plugin';\n", '').replace('export default fp(async (app) => {', 'export default async function auth(app) {').replace(/\}\);\n$/, '}\n');
    const r = await load(tempDir({ 'src/app.ts': APP, 'src/db.ts': DB, 'src/guards.ts': GUARDS, 'src/plugins/auth.ts': plain, 'src/routes/orders.ts': ORDERS }));
    expect(routeOf(r, 'GET:/renters')).toMatchObject({ guarded: false });
    expect(routeOf(r, 'GET:/api/orders')).toMatchObject({ guarded: false });
  });

  it('an fp(…) plugin registered in place: its hook applies to the parent, an encapsulated sibling’s does not', async () => {
    const app = `import Fastify from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { prisma } from './db';
import { requireLogin, requireRole } from './guards';
const app = Fastify();
app.register(async (scoped) => { scoped.addHook('preHandler', requireRole('ops')); });
app.register(fastifyPlugin(async (shared) => { shared.addHook('onRequest', requireLogin); }));
app.get('/renters/:id', async (req) => prisma.renter.findUnique({ where: { id: req.params.id } }));
`;
    const r = await load(tempDir({ 'src/app.ts': app, 'src/db.ts': DB, 'src/guards.ts': GUARDS }));
    const route = routeOf(r, 'GET:/renters/:id');
    expect(route).toMatchObject({ guarded: true, authorized: false, middleware: ['requireLogin'] });
    expect(route.roles).toBeUndefined();
  });
});

describe('typescript importer: a plugin registering a plugin', () => {
  const APP = `import Fastify from 'fastify';
import { apiRoutes } from './routes/api';
const app = Fastify();
app.register(apiRoutes, { prefix: '/api' });
`;
  const API = `import { requireLogin } from '../guards';
import { renterRoutes } from './renter';
export async function apiRoutes(api) {
  api.addHook('onRequest', requireLogin);
  api.register(renterRoutes, { prefix: '/renter' });
  api.register(async (v2) => {
    v2.register(renterRoutes, { prefix: '/renter' });
  }, { prefix: '/v2' });
}
`;
  const RENTER = `import { prisma } from '../db';
import { requireRole } from '../guards';
export async function renterRoutes(app) {
  app.addHook('preHandler', requireRole('renter'));
  app.get('/orders/:id', async (req) => prisma.order.findUnique({ where: { id: req.params.id } }));
}
`;
  const FILES = { 'src/app.ts': APP, 'src/db.ts': DB, 'src/guards.ts': GUARDS, 'src/routes/api.ts': API, 'src/routes/renter.ts': RENTER };
  it('prefixes are joined through every level and each level’s hooks are inherited', async () => {
    const r = await load(tempDir(FILES));
    expect(routeOf(r, 'GET:/api/renter/orders/:id')).toMatchObject({ guarded: true, roles: ['renter'], middleware: ['requireLogin', "requireRole('renter')"] });
    expect(routeOf(r, 'GET:/api/v2/renter/orders/:id')).toMatchObject({ guarded: true, roles: ['renter'] });
    expect(r.manifest.codeRoutes?.map((x) => x.path).sort()).toEqual(['/api/renter/orders/:id', '/api/v2/renter/orders/:id']);
  });

  it('a project file written for one level of prefixes (the innermost) or none still maps the route', async () => {
    const r = await load(tempDir(FILES), { routes: { 'GET /renter/orders/:id': 'order-detail' } });
    expect(routeOf(r, 'GET:/api/renter/orders/:id').interface).toBe('order-detail');
  });
});

describe('typescript importer: hostile plugin graphs are read within bounds', () => {
  it('a cycle of registrations ends its chain; every route is still read', async () => {
    const a = `import { b } from './b';\nexport async function a(app) {\n  app.register(b, { prefix: '/b' });\n  app.get('/a', async () => 1);\n}\n`;
    const b = `import { a } from './a';\nexport async function b(app) {\n  app.register(a, { prefix: '/a' });\n  app.get('/b', async () => 1);\n}\n`;
    const main = `import Fastify from 'fastify';\nimport { a } from './a';\nconst app = Fastify();\napp.register(a, { prefix: '/root' });\n`;
    const r = await load(tempDir({ 'src/main.ts': main, 'src/a.ts': a, 'src/b.ts': b }));
    const paths = (r.manifest.codeRoutes ?? []).map((x) => x.path);
    expect(paths).toContain('/root/a');
    expect(paths).toContain('/root/b/b');
    expect(paths.length).toBeLessThanOrEqual(40);
  });

  it('plugins nested a hundred deep are scanned, prefixes joined a bounded number of levels', async () => {
    let body = `f99.get('/leaf', async () => 1);`;
    for (let i = 99; i >= 1; i--) body = `f${i - 1}.register(async (f${i}) => {\n${body}\n}, { prefix: '/p${i}' });`;
    const src = `import Fastify from 'fastify';\nconst f0 = Fastify();\n${body}\n`;
    const r = await load(tempDir({ 'src/main.ts': src }));
    const [leaf] = r.manifest.codeRoutes ?? [];
    expect(leaf?.path.endsWith('/p99/leaf')).toBe(true);
    expect(leaf?.path.split('/').length).toBeLessThan(20);
  });
});

describe('typescript importer: Fastify plugins held in a local', () => {
  const APP = `import Fastify from 'fastify';
import { prisma } from './db';
import { requireLogin, requireRole } from './guards';
const app = Fastify();
const renterRoutes = async (renter) => {
  renter.addHook('onRequest', requireLogin);
  renter.addHook('preHandler', requireRole('renter'));
  renter.get('/orders/:id', async (req) => prisma.order.findUnique({ where: { id: req.params.id } }));
};
async function opsRoutes(ops) {
  ops.addHook('preHandler', requireRole('ops'));
  ops.get('/renters', async () => prisma.renter.findMany({ take: 20 }));
}
app.get('/health', async () => ({ ok: true }));
app.register(renterRoutes, { prefix: '/api/renter' });
app.register(opsRoutes, { prefix: '/api/ops' });
app.listen({ port: 3000 });
`;
  it('a const arrow or a function declaration registered by its name is mounted under its prefix with its own hooks', async () => {
    const r = await load(tempDir({ 'src/app.ts': APP, 'src/db.ts': DB, 'src/guards.ts': GUARDS }));
    expect(routeOf(r, 'GET:/api/renter/orders/:id')).toMatchObject({ framework: 'fastify', guarded: true, roles: ['renter'] });
    expect(routeOf(r, 'GET:/api/ops/renters')).toMatchObject({ framework: 'fastify', roles: ['ops'] });
    expect(routeOf(r, 'GET:/health')).toMatchObject({ guarded: false });
    expect((r.manifest.codeRoutes ?? []).map((x) => x.id)).not.toContain('GET:/orders/:id');
  });
});
