// Fastify as real code bases write it: plugins registered with a prefix and guarded by
// plugin-level hooks, route-level preHandler/onRequest guards and decorators, @fastify/rate-limit
// (global and per-route `config.rateLimit`), @fastify/jwt's key and lifetime, and
// @fastify/cookie's `reply.setCookie`. The scanned code is parsed, never run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';
import { InputError } from '../../src/inventory/diagnostic.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push(
    { id: 'renters', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'id_no', category: 'identity.id-number' }] },
    { id: 'orders', kind: 'table', fields: [{ name: 'pickup_address', category: 'location.address' }] },
  );
  inventory.interfaces.push({ id: 'my-orders', kind: 'api' } as never, { id: 'order-detail', kind: 'api' } as never);
  inventory.roles.push({ id: 'renter' }, { id: 'ops' });
  return inventory;
}

async function load(dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping, declared: declared() });
}
const routeOf = (r: ImportResult, id: string) => r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;

const GUARDS = `import type { FastifyReply, FastifyRequest } from 'fastify';
export async function requireLogin(req: FastifyRequest, reply: FastifyReply) {
  try { await req.jwtVerify(); } catch { return reply.code(401).send({ msg: 'login' }); }
}
export function requireRole(...roles: string[]) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!roles.includes((req.user as { role: string }).role)) return reply.code(403).send({});
  };
}
`;

const APP = `import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { renterRoutes } from './routes/renter';
import { publicRoutes } from './routes/public';
import { opsRoutes } from './routes/ops';
const app = Fastify();
app.register(renterRoutes, { prefix: '/api/renter' });
app.register(publicRoutes, { prefix: '/api/public' });
app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
app.register(opsRoutes, { prefix: '/api/ops' });
app.listen({ port: 3000 });
`;

const RENTER = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
import { requireLogin, requireRole } from '../guards';
export async function renterRoutes(app: FastifyInstance) {
  app.get('/orders/:id', async (req) => {
    const { id } = req.params as { id: string };
    return prisma.order.findUnique({ where: { id: Number(id) } });
  });
  // After the first route: Fastify still applies the hooks to it.
  app.addHook('preHandler', requireLogin);
  app.addHook('onRequest', requireRole('renter'));
  app.get('/orders', async (req) => prisma.order.findMany({ where: { renterId: (req.user as { sub: number }).sub }, take: 20 }));
  app.get('/me', async (req) => {
    const user = req.user as { sub: number };
    return prisma.renter.findUnique({ where: { id: user.sub } });
  });
}
`;

const PUBLIC = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
export async function publicRoutes(fastify: FastifyInstance) {
  fastify.get('/renters/count', async () => prisma.renter.count());
  fastify.post('/sms-login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (req) => prisma.renter.findUnique({ where: { mobile: (req.body as { mobile: string }).mobile } }));
  fastify.post('/password-login', { config: { rateLimit: false } }, async (req) => prisma.renter.findUnique({ where: { mobile: (req.body as { mobile: string }).mobile } }));
}
`;

const OPS = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
export async function opsRoutes(fastify: FastifyInstance) {
  fastify.get('/renters', { onRequest: [fastify.authenticate] }, async () => prisma.renter.findMany());
  fastify.get('/renters/:id', { preHandler: [fastify.authenticate, fastify.requireRole('ops')] }, async (req) => prisma.renter.findUnique({ where: { id: Number((req.params as { id: string }).id) } }));
}
`;

const FILES = { 'src/app.ts': APP, 'src/guards.ts': GUARDS, 'src/routes/renter.ts': RENTER, 'src/routes/public.ts': PUBLIC, 'src/routes/ops.ts': OPS, 'src/db.ts': `import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n` };

describe('typescript importer: Fastify plugins, hooks and prefixes', () => {
  it('a plugin-level addHook guard applies to every route the plugin declares (also one declared before it), under its register() prefix', async () => {
    const r = await load(tempDir(FILES));
    const detail = routeOf(r, 'GET:/api/renter/orders/:id');
    expect(detail).toMatchObject({ framework: 'fastify', path: '/api/renter/orders/:id', guarded: true, authorized: true, roles: ['renter'], middleware: ['requireLogin', "requireRole('renter')"] });
    expect(routeOf(r, 'GET:/api/renter/orders')).toMatchObject({ guarded: true, roles: ['renter'] });
    // The JWT subject claim of the verified token is the caller: /me reads the caller's own record.
    expect(routeOf(r, 'GET:/api/renter/me').queries[0]).toMatchObject({ store: 'renters', ownerCondition: true });
    expect(detail.queries[0]).toMatchObject({ store: 'orders', ownerCondition: false, requestSupplied: true });
    // A sibling plugin without hooks is not guarded by its sibling's hooks (encapsulation).
    expect(routeOf(r, 'GET:/api/public/renters/count')).toMatchObject({ guarded: false, authorized: false });
    // No route keeps its bare path as its name.
    expect(routeOf(r, 'GET:/orders')).toBeUndefined();
  });

  it('route-level onRequest/preHandler decorators (fastify.authenticate) guard the route', async () => {
    const r = await load(tempDir(FILES));
    expect(routeOf(r, 'GET:/api/ops/renters')).toMatchObject({ framework: 'fastify', guarded: true, authorized: false });
    expect(routeOf(r, 'GET:/api/ops/renters/:id')).toMatchObject({ guarded: true, authorized: true, roles: ['ops'] });
  });

  it('a project file may map a plugin route by its full path or, as before prefixes were applied, by its bare path', async () => {
    const full = await load(tempDir(FILES), { routes: { 'GET /api/renter/orders': 'my-orders', 'GET /api/renter/orders/:id': 'order-detail' } });
    expect(routeOf(full, 'GET:/api/renter/orders').interface).toBe('my-orders');
    const bare = await load(tempDir(FILES), { routes: { 'GET /orders': 'my-orders', '/orders/:id': 'order-detail' } });
    expect(routeOf(bare, 'GET:/api/renter/orders').interface).toBe('my-orders');
    expect(routeOf(bare, 'GET:/api/renter/orders/:id').interface).toBe('order-detail');
    await expect(load(tempDir(FILES), { routes: { 'GET /nowhere': 'my-orders' } })).rejects.toThrow(/code defines no such route/);
  });
});

describe('typescript importer: @fastify/rate-limit', () => {
  it("per-route config.rateLimit limits the route; rateLimit: false does not; a global register limits the plugins registered after it", async () => {
    const r = await load(tempDir(FILES));
    expect(routeOf(r, 'POST:/api/public/sms-login')).toMatchObject({ login: true, rateLimited: true });
    expect(routeOf(r, 'POST:/api/public/password-login')).toMatchObject({ login: true, rateLimited: false });
    // Registered after renterRoutes and publicRoutes, before opsRoutes.
    expect(routeOf(r, 'GET:/api/renter/orders').rateLimited).toBe(false);
    expect(routeOf(r, 'GET:/api/ops/renters').rateLimited).toBe(true);
  });

  it('config.rateLimit without @fastify/rate-limit in the code base limits nothing; global: false limits nothing by itself', async () => {
    const noPlugin = await load(tempDir({ ...FILES, 'src/app.ts': APP.replace("import rateLimit from '@fastify/rate-limit';\n", '').replace("app.register(rateLimit, { max: 100, timeWindow: '1 minute' });\n", '') }));
    expect(routeOf(noPlugin, 'POST:/api/public/sms-login').rateLimited).toBe(false);
    const notGlobal = await load(tempDir({ ...FILES, 'src/app.ts': APP.replace("{ max: 100, timeWindow: '1 minute' }", '{ global: false }') }));
    expect(routeOf(notGlobal, 'GET:/api/ops/renters').rateLimited).toBe(false);
    expect(routeOf(notGlobal, 'POST:/api/public/sms-login').rateLimited).toBe(true);
  });
});

const JWT_APP = `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import cookie from '@fastify/cookie';
import { JWT_SECRET, STAFF_TTL } from './config';
const app = Fastify();
app.register(cookie);
app.register(fastifyJwt, { secret: JWT_SECRET, sign: { expiresIn: '2h' } });
app.post('/staff/login', async (req, reply) => {
  const token = app.jwt.sign({ sub: 1 }, { expiresIn: STAFF_TTL });
  reply.setCookie('staff_token', token, { path: '/', sameSite: 'lax' });
  reply.setCookie('sid', token, { httpOnly: true, secure: true });
  reply.setCookie('theme', 'dark');
  return { ok: true };
});
`;
const JWT_ENV_APP = `import Fastify from 'fastify';
import jwt from '@fastify/jwt';
const app = Fastify();
app.register(jwt, { secret: process.env.JWT_SECRET as string });
`;
const CONFIG = `export const JWT_SECRET = 'car-rental-2020-jwt-key';\nexport const STAFF_TTL = '12h';\n`;

describe('typescript importer: @fastify/jwt and @fastify/cookie', () => {
  it("register(fastifyJwt, { secret }) is a JWT signing key site (hard-coded through an imported constant), sign.expiresIn and jwt.sign's expiresIn are lifetimes", async () => {
    const r = await load(tempDir({ 'src/app.ts': JWT_APP, 'src/config.ts': CONFIG }));
    const sites = r.manifest.codeCredentialSites ?? [];
    const keys = sites.filter((s) => s.kind === 'key');
    expect(keys).toEqual([expect.objectContaining({ keyUse: 'jwt-signing', keySource: 'literal', hardCoded: true, name: 'JWT_SECRET' })]);
    const lifetimes = sites.filter((s) => s.kind === 'jwt').map((s) => s.expiresInSeconds).sort();
    expect(lifetimes).toEqual([43200, 7200]);
    const env = await load(tempDir({ 'src/app.ts': JWT_ENV_APP }));
    expect((env.manifest.codeCredentialSites ?? []).filter((s) => s.kind === 'key')).toEqual([expect.objectContaining({ keyUse: 'jwt-signing', keySource: 'environment', hardCoded: false })]);
  });

  it('reply.setCookie carrying a token is a session-cookie site; HttpOnly and Secure default to false', async () => {
    const r = await load(tempDir({ 'src/app.ts': JWT_APP, 'src/config.ts': CONFIG }));
    const cookies = (r.manifest.codeCredentialSites ?? []).filter((s) => s.kind === 'session-cookie').map((s) => [s.name, s.httpOnly, s.secure]);
    expect(cookies).toEqual([['staff_token', false, false], ['sid', true, true]]);
  });
});

describe('mapping.roles', () => {
  it('refuses a code role mapped to a role no manifest declares, naming the nearest declared one', async () => {
    // A mistake in the project file (issue: an id the manifests lack is exit 2, not a role invented under it).
    const dir = tempDir(FILES);
    const error = await load(dir, { roles: { operator: 'opss', renter: 'renter' } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics.map((d) => d.message)).toEqual(['code role "operator" is mapped to role "opss", which no manifest declares (did you mean "ops"?)']);
    // Mapped to declared roles, the same code loads.
    await expect(load(dir, { roles: { operator: 'ops', renter: 'renter' } })).resolves.toBeDefined();
  });
});
