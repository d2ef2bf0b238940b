// Next.js route handlers (App Router route.ts, Pages Router pages/api, middleware.ts), Hono apps
// (basePath, app.route mounts, use patterns, hono/jwt) and Drizzle ORM (builder chains and the
// relational API), read from project-shaped fixtures under tests/fixtures/typescript.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { matcherSelects, nextRoutePath } from '../../src/importers/typescript/next-routes.js';
import { runCli, REPO_ROOT } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { routeIds, routeOf, scanCode } from '../support/scan-code.js';

const NEXT = 'tests/fixtures/typescript/next-drizzle';
const HONO = 'tests/fixtures/typescript/hono-drizzle';

function declared() {
  const inventory = emptyInventory();
  const f = (name: string, category: string) => ({ name, category });
  inventory.stores.push(
    { id: 'customers', kind: 'table', fields: [f('name', 'identity.name'), f('phone', 'contact.phone'), f('idNumber', 'identity.id-number'), f('address', 'contact.address')] } as never,
    { id: 'orders', kind: 'table', fields: [f('total', 'financial.transaction')] } as never,
    { id: 'patients', kind: 'table', fields: [f('fullName', 'identity.name'), f('phone', 'contact.phone')] } as never,
    { id: 'visits', kind: 'table', fields: [f('diagnosis', 'health.diagnosis')] } as never,
  );
  return inventory;
}

const load = (dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> => scanCode(join(REPO_ROOT, dir), declared(), mapping);
type Query = ImportResult['manifest']['codeRoutes'] extends Array<infer R> | undefined ? R extends { queries: Array<infer Q> } ? Q : never : never;
const q = (r: ImportResult, id: string, n = 0): Record<string, unknown> => routeOf(r, id).queries[n] as Query as Record<string, unknown>;

describe('Next.js route paths from the file tree', () => {
  it('maps folders to paths: dynamic and catch-all segments, route groups and slots dropped, src/app and pages/api', () => {
    expect(nextRoutePath('web/src/app/api/orders/[id]/route.ts')).toEqual({ path: '/api/orders/:id', router: 'app' });
    expect(nextRoutePath('app/(admin)/@modal/api/docs/[...slug]/route.js')).toEqual({ path: '/api/docs/:slug*', router: 'app' });
    expect(nextRoutePath('app/shop/[[...parts]]/route.ts')?.path).toBe('/shop/:parts*');
    expect(nextRoutePath('pages/api/members/[id].ts')).toEqual({ path: '/api/members/:id', router: 'pages' });
    expect(nextRoutePath('pages/api/members/index.ts')?.path).toBe('/api/members');
    // A deployment folder named app above the project does not become part of the path.
    expect(nextRoutePath('app/web/app/api/ping/route.ts')?.path).toBe('/api/ping');
    expect(nextRoutePath('app/page.tsx')).toBeUndefined();
    expect(nextRoutePath('src/routes/route.ts')).toBeUndefined();
  });

  it('reads middleware matchers by their documented forms, never compiling a pattern from the code', () => {
    expect(matcherSelects('/api/admin/:path*', '/api/admin/customers/export')).toBe(true);
    expect(matcherSelects('/api/admin/:path*', '/api/admin')).toBe(true);
    expect(matcherSelects('/api/admin/:path+', '/api/admin')).toBe(false);
    expect(matcherSelects('/api/admin/:path*', '/api/customers')).toBe(false);
    expect(matcherSelects('/((?!api|_next/static|favicon.ico).*)', '/api/customers')).toBe(false);
    expect(matcherSelects('/((?!_next/static|favicon.ico).*)', '/api/customers')).toBe(true);
    expect(matcherSelects('/(api|trpc)(.*)', '/api/customers')).toBe(false);
  });
});

describe('Next.js route handlers with Drizzle', () => {
  const mapping = { stores: { shop_customers: 'customers', shop_orders: 'orders' } };

  it('finds every exported method of app/**/route.ts and each branch of a pages/api handler', async () => {
    const r = await load(NEXT, mapping);
    expect(routeIds(r)).toEqual([
      'DELETE:/api/customers/:id',
      'GET:/api/admin/customers/export',
      'GET:/api/customers/:id',
      'GET:/api/customers/search',
      'GET:/api/docs/:slug-',
      'GET:/api/members/:id',
      'GET:/api/orders/:id',
      'PATCH:/api/members/:id',
      'POST:/api/auth/login',
    ]);
    expect(routeOf(r, 'GET:/api/customers/search')).toMatchObject({ framework: 'nextjs', guarded: false });
  });

  it('reads a request-supplied phone lookup: uncapped, the whole row, answered', async () => {
    const r = await load(NEXT, mapping);
    expect(q(r, 'GET:/api/customers/search')).toMatchObject({ store: 'customers', model: 'shop_customers', library: 'drizzle', operation: 'find-many', lookupFields: ['phone'], requestFields: ['phone'], limited: false, columns: ['*'], answered: true, ownerCondition: false });
  });

  it('takes a getServerSession/auth() check with an exit as the log-in, and params (awaited too) as the request', async () => {
    const r = await load(NEXT, mapping);
    expect(routeOf(r, 'GET:/api/customers/:id')).toMatchObject({ guarded: true, middleware: ['auth check: getServerSession()'] });
    expect(q(r, 'GET:/api/customers/:id')).toMatchObject({ operation: 'find-one', requestFields: ['id'], columns: ['name', 'phone'], limited: true });
    // const { id } = await req.json(): the request's value, through the constant.
    expect(q(r, 'DELETE:/api/customers/:id')).toMatchObject({ operation: 'delete', requestFields: ['id'] });
    // The caller-bound query: and(eq(orders.id, params.id), eq(orders.customerId, session.user.id)).
    expect(routeOf(r, 'GET:/api/orders/:id')).toMatchObject({ guarded: true });
    expect(q(r, 'GET:/api/orders/:id')).toMatchObject({ store: 'orders', ownerCondition: true, limited: true, columns: ['id', 'total'] });
  });

  it('applies middleware.ts to the routes its matcher selects only; a fragment match is no exact lookup', async () => {
    const r = await load(NEXT, mapping);
    expect(routeOf(r, 'GET:/api/admin/customers/export')).toMatchObject({ guarded: true, middleware: ['middleware.ts auth (withAuth)'] });
    expect(q(r, 'GET:/api/admin/customers/export')).toMatchObject({ operation: 'find-many', limited: false, partialMatchFields: ['name'] });
    expect(routeOf(r, 'GET:/api/customers/search').middleware).toBeUndefined();
  });

  it('reads count() selections as aggregates and a set({ address: null }) as blanking', async () => {
    const r = await load(NEXT, mapping);
    expect(q(r, 'POST:/api/auth/login')).toMatchObject({ operation: 'count', requestFields: ['phone'] });
    const patch = routeOf(r, 'PATCH:/api/members/:id').queries.map((x) => (x as { operation: string }).operation);
    expect(patch).toEqual(['find-many', 'update']);
  });

  it('names a Drizzle table by its variable where the table name maps to no store', async () => {
    const r = await load(NEXT);
    expect(q(r, 'GET:/api/customers/search')).toMatchObject({ store: 'customers', model: 'customers' });
  });
});

describe('Hono with Drizzle', () => {
  const mapping = { stores: { patient_visits: 'visits' } };

  it('joins basePath and app.route prefixes, applies use(\'/clinic/*\', jwt()) to the sub-apps mounted under it', async () => {
    const r = await load(HONO, mapping);
    expect(routeIds(r)).toEqual([
      'GET:/api/clinic/patients',
      'GET:/api/clinic/patients/lookup',
      'GET:/api/clinic/patients/search',
      'GET:/api/clinic/patients/stats',
      'GET:/api/clinic/visits/:patientId',
      'GET:/api/health',
      'GET:/api/public/patients',
      'GET:/api/public/patients/lookup',
      'GET:/api/public/patients/search',
      'GET:/api/public/patients/stats',
      'POST:/api/auth/login',
    ]);
    expect(routeOf(r, 'GET:/api/clinic/patients/lookup')).toMatchObject({ framework: 'hono', guarded: true, middleware: ['jwt({secret})'] });
    expect(routeOf(r, 'GET:/api/public/patients/lookup')).toMatchObject({ guarded: false });
    expect(routeOf(r, 'POST:/api/auth/login')).toMatchObject({ login: true, rateLimited: true, guarded: false });
  });

  it('reads c.req.query/param as the request and c.get(\'jwtPayload\') as the caller', async () => {
    const r = await load(HONO, mapping);
    expect(q(r, 'GET:/api/clinic/patients/lookup')).toMatchObject({ store: 'patients', requestFields: ['phone'], limited: true, columns: ['*'] });
    expect(q(r, 'GET:/api/clinic/patients/search')).toMatchObject({ requestFields: ['fullName', 'phone'], partialMatchFields: ['fullName', 'phone'], limited: false, columns: ['fullName', 'phone'] });
    expect(q(r, 'GET:/api/clinic/patients')).toMatchObject({ ownerCondition: true, lookupFields: [], limited: false });
    expect(q(r, 'GET:/api/clinic/patients/stats')).toMatchObject({ operation: 'count' });
    expect(q(r, 'GET:/api/clinic/visits/:patientId')).toMatchObject({ store: 'visits', model: 'patient_visits', requestFields: ['patientId'], limited: true, columns: ['diagnosis', 'visitedAt'] });
  });

  it('reports the hono/jwt secret written in the code as a key', async () => {
    const r = await load(HONO, mapping);
    const keys = (r.manifest.codeCredentialSites ?? []).filter((s) => s.kind === 'key');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ name: 'jwt({ secret })', keySource: 'literal', hardCoded: true });
  });
});

describe('Drizzle: what is not a query', () => {
  it('leaves knex chains and a delete on a non-Drizzle object alone; an inner link is no TypeORM query', async () => {
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"drizzle-orm":"0.38","knex":"3"}}',
      'src/schema.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', { phone: text('phone') });\n",
      'src/q.ts': [
        "import { eq } from 'drizzle-orm';",
        "import { users } from './schema';",
        'export async function a(db: any, knex: any, phone: string) {',
        "  await knex('users').select('phone').where('phone', phone);",
        '  await db.delete(users).where(eq(users.phone, phone));',
        '  return db.select().from(users).limit(5);',
        '}',
      ].join('\n'),
    });
    const { parseCodeFile } = await import('../../src/importers/typescript/parse-code-file.js');
    const facts = parseCodeFile('src/q.ts', readFileSync(join(dir, 'src/q.ts'), 'utf8'));
    const queries = (facts.functions.find((fn) => fn.name === 'a')?.queries ?? []).map((x) => `${x.library}:${x.operation}:${x.limited}`);
    expect(queries).toEqual(['knex:find-many:false', 'drizzle:delete:false', 'drizzle:find-many:true']);
  });
});

describe('end to end: PIPL-CODE-009 and PIPL-CODE-002 over the Hono app', () => {
  it('fails the public mount and the uncapped fuzzy search, passes the jwt-guarded and capped routes, through the CLI', () => {
    const dir = tempDir({
      'pipl-audit.yaml': 'version: 1\nmanifests: [manifest]\nsources:\n  - type: typescript\n    path: server\n    mapping:\n      stores: { patient_visits: visits }\n',
      'manifest/m.yaml': [
        'apiVersion: pipl-audit/v1',
        'stores:',
        '  - { id: patients, kind: table, fields: [{ name: fullName, category: identity.name }, { name: phone, category: contact.phone }] }',
        '  - { id: visits, kind: table, fields: [{ name: diagnosis, category: health.diagnosis }] }',
        '',
      ].join('\n'),
    });
    mkdirSync(join(dir, 'server'));
    cpSync(join(REPO_ROOT, HONO), join(dir, 'server'), { recursive: true });
    const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Array<{ ruleId: string; status: string; target: { key: string } }>; rules: Array<{ id: string; counts: Record<string, number> }> };
    const of = (rule: string, status: string) => report.findings.filter((f) => f.ruleId === rule && f.status === status).map((f) => f.target.key).sort();
    expect(of('PIPL-CODE-009', 'FAIL')).toEqual(['GET:/api/public/patients', 'GET:/api/public/patients/lookup', 'GET:/api/public/patients/search']);
    // The four jwt-guarded routes reading a PI store pass (the count, the health check and the log-in read none).
    expect(report.rules.find((r) => r.id === 'PIPL-CODE-009')?.counts).toMatchObject({ FAIL: 3, PASS: 4 });
    expect(of('PIPL-CODE-002', 'FAIL').some((k) => k.startsWith('GET:/api/clinic/patients/search'))).toBe(true);
    expect(of('PIPL-CODE-002', 'FAIL').some((k) => k.startsWith('GET:/api/clinic/patients/lookup'))).toBe(false);
  });
});

describe('Drizzle: TypeORM query builders are not taken for it', () => {
  it('leaves qb.select(\'u.name\').from(User, \'u\') to the TypeORM reader', () => {
    return import('../../src/importers/typescript/parse-code-file.js').then(({ parseCodeFile }) => {
      const facts = parseCodeFile('src/users.service.ts', [
        "import { DataSource } from 'typeorm';",
        'export async function find(ds: DataSource, phone: string) {',
        '  const qb = ds.createQueryBuilder();',
        "  return qb.select('u.name').from(User, 'u').where('u.phone = :phone', { phone }).getMany();",
        '}',
      ].join('\n'));
      const libraries = facts.functions.flatMap((fn) => fn.queries.map((x) => x.library));
      expect(libraries).not.toContain('drizzle');
    });
  });
});

describe('hono/jwt sign and verify', () => {
  it('reads the secret given to sign(payload, secret) imported from hono/jwt as a key in code', () => {
    return import('../../src/importers/typescript/parse-code-file.js').then(({ parseCodeFile }) => {
      const withHono = parseCodeFile('src/auth.ts', "import { sign } from 'hono/jwt';\nexport const issue = (sub: string) => sign({ sub }, 'hono-dev-secret');\n");
      expect(withHono.credentials.filter((c) => c.kind === 'key').map((c) => `${c.keyUse}:${c.keySource}`)).toEqual(['jwt-signing:literal']);
      // A sign() of some other module is no JWT signing.
      const other = parseCodeFile('src/auth.ts', "import { sign } from './crypto';\nexport const issue = (sub: string) => sign({ sub }, 'not-a-key');\n");
      expect(other.credentials.filter((c) => c.kind === 'key')).toEqual([]);
    });
  });
});

describe('Next.js Pages Router: only handlers', () => {
  it('reads a pages/api default export taking (req, res), not a default-exported value of another kind', async () => {
    const { parseCodeFile } = await import('../../src/importers/typescript/parse-code-file.js');
    const handler = parseCodeFile('pages/api/ping.js', 'export default function handler(req, res) { res.status(200).json({ ok: true }); }\n');
    expect(handler.routes.map((r) => `${r.framework} ${r.method} ${r.path}`)).toEqual(['nextjs ALL /api/ping']);
    const constant = parseCodeFile('pages/api/labels.js', "export default { title: 'API' };\n");
    expect(constant.routes).toEqual([]);
  });
});

describe('Hono: a sub-app of the same module', () => {
  it('mounts it under the base path and the route prefix, with the middleware applied before', async () => {
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"hono":"4"}}',
      'src/app.ts': [
        "import { Hono } from 'hono';",
        "import { bearerAuth } from 'hono/bearer-auth';",
        'const admin = new Hono();',
        "admin.get('/users/:id', (c) => c.json({ id: c.req.param('id') }));",
        "const app = new Hono().basePath('/v1');",
        "app.use('*', bearerAuth({ token: process.env.TOKEN! }));",
        "app.route('/admin', admin);",
        'export default app;',
      ].join('\n'),
    });
    const r = await scanCode(dir, declared());
    expect(routeIds(r)).toEqual(['GET:/v1/admin/users/:id']);
    expect(routeOf(r, 'GET:/v1/admin/users/:id')).toMatchObject({ framework: 'hono', guarded: true });
  });
});
