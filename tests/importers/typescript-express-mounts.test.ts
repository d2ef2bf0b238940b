// Express mounts decided by what is mounted, not by its name: `app.use('/admin/auth', adminAuth)`
// mounts a router another module exports whatever it is called, a router this module creates, or
// a router factory's result; a middleware function passed with a path (`app.use('/api',
// apiLimiter)`) is no mount, even when its name says "api".
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

async function load(files: Record<string, string>, routes?: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  const declared = emptyInventory();
  if (routes) declared.interfaces.push(...Object.values(routes).map((id) => ({ id }) as unknown as (typeof declared.interfaces)[number]));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: routes ? { routes } : {}, declared });
}

const ids = (r: ImportResult) => (r.manifest.codeRoutes ?? []).map((x) => x.id).sort();
const route = (r: ImportResult, id: string) => (r.manifest.codeRoutes ?? []).find((x) => x.id === id);

const AUTH_ROUTER = `
import { Router } from 'express';
const router = Router();
router.post('/login', async (req, res) => res.json({ ok: true }));
export default router;
`;

describe('Express mounts by what is mounted', () => {
  it('an imported router is mounted under its prefix whatever the importing name (default, named, CommonJS-style, re-exported)', async () => {
    const r = await load({
      'src/routes/admin-auth.ts': AUTH_ROUTER,
      'src/routes/fleet.ts': `
import express from 'express';
export const fleetRoutes = express.Router();
fleetRoutes.get('/sessions', async (req, res) => res.json([]));
`,
      'src/routes/stations.ts': `
import PromiseRouter from 'express-promise-router';
const stations = PromiseRouter();
stations.get('/list', async (req, res) => res.json([]));
export { stations as stationDirectory };
`,
      'src/routes/index.ts': `export { default as staffLogin } from './admin-auth';\n`,
      'src/app.ts': `
import express from 'express';
import adminAuth from './routes/admin-auth';
import { fleetRoutes as openFleet } from './routes/fleet';
import { stationDirectory } from './routes/stations';
import { staffLogin } from './routes';
const app = express();
app.use(express.json());
app.use('/admin/auth', adminAuth);
app.use('/open/fleet', openFleet);
app.use('/partner', stationDirectory);
app.use('/staff', staffLogin);
`,
    });
    expect(ids(r)).toEqual(['GET:/open/fleet/sessions', 'GET:/partner/list', 'POST:/admin/auth/login', 'POST:/staff/login']);
  });

  it('a router factory exported by a module, called in the mount, is mounted', async () => {
    const r = await load({
      'src/routes/partner.ts': `
import { Router } from 'express';
export function partnerPortal(db: unknown) {
  const r = Router();
  r.get('/snapshots', async (req, res) => res.json([]));
  return r;
}
`,
      'src/app.ts': `
import express from 'express';
import { partnerPortal } from './routes/partner';
const app = express();
app.use('/partner', partnerPortal({}));
`,
    });
    expect(ids(r)).toEqual(['GET:/partner/snapshots']);
  });

  // Routers are looked for only in a file whose text names a router or express (every way of
  // creating one does): a callee spelled with a Unicode escape must still be read, or `portal`
  // (a name no router rule knows) declares no routes.
  it('a router created by Router() spelled with a Unicode escape declares its routes', async () => {
    const r = await load({
      'src/portal.ts': `
const portal = \\u0052outer();
portal.get('/snapshots', async (req, res) => res.json([]));
export default portal;
`,
    });
    expect(ids(r)).toEqual(['GET:/snapshots']);
  });

  it('a router the module creates and mounts itself gives its routes the prefix and the middleware before it', async () => {
    const r = await load({
      'src/app.ts': `
import express, { Router } from 'express';
import { requireStaff } from './auth';
const app = express();
const console = Router();
console.get('/users', async (req, res) => res.json([]));
app.use('/console', requireStaff, console);
`,
      'src/auth.ts': `export function requireStaff(req: any, res: any, next: any) { if (!req.user) return res.status(401).end(); next(); }\n`,
    });
    expect(ids(r)).toEqual(['GET:/console/users']);
    expect(route(r, 'GET:/console/users')?.middleware).toContain('requireStaff');
  });

  it('a middleware passed with a path is no mount, even when its name says api or router: the router after it is', async () => {
    const r = await load({
      'src/limits.ts': `
import rateLimit from 'express-rate-limit';
export const apiLimiter = rateLimit({ windowMs: 60000, max: 30 });
`,
      'src/routes/users.ts': `
import { Router } from 'express';
const users = Router();
users.get('/me', async (req, res) => res.json({}));
export default users;
`,
      'src/app.ts': `
import express from 'express';
import { apiLimiter } from './limits';
import users from './routes/users';
const app = express();
app.use(apiLimiter);
app.use('/api', apiLimiter);
app.use('/api/users', users);
app.get('/api/health', (req, res) => res.json({ ok: true }));
`,
    });
    expect(ids(r)).toEqual(['GET:/api/health', 'GET:/api/users/me']);
    // The limiter stays middleware (read by its name as a mount, it was dropped from the chain).
    expect(route(r, 'GET:/api/health')?.rateLimited).toBe(true);
    expect(route(r, 'GET:/api/users/me')?.rateLimited).toBe(true);
  });

  it('a module exporting a router and a middleware: the middleware imported from it and passed with a path is no mount', async () => {
    const r = await load({
      'src/auth.ts': `
import { Router } from 'express';
export function requireAuth(req: any, res: any, next: any) { if (!req.user) return res.status(401).end(); next(); }
export const authRouter = Router();
authRouter.post('/login', async (req, res) => res.json({}));
`,
      'src/routes/orders.ts': `
import { Router } from 'express';
const orders = Router();
orders.get('/list', async (req, res) => res.json([]));
export default orders;
`,
      'src/app.ts': `
import express from 'express';
import { requireAuth, authRouter } from './auth';
import orders from './routes/orders';
const app = express();
app.use('/auth', authRouter);
app.use('/orders', requireAuth);
app.use('/orders', orders);
`,
    });
    expect(ids(r)).toEqual(['GET:/orders/list', 'POST:/auth/login']);
  });

  it('a project file written when the mount was not read may still map the route by its in-file path', async () => {
    const r = await load({ 'src/routes/admin-auth.ts': AUTH_ROUTER, 'src/app.ts': `
import express from 'express';
import adminAuth from './routes/admin-auth';
const app = express();
app.use('/admin/auth', adminAuth);
` }, { 'POST /login': 'staff-login' });
    expect(ids(r)).toEqual(['POST:/admin/auth/login']);
    expect(route(r, 'POST:/admin/auth/login')?.interface).toBe('staff-login');
  });
});
