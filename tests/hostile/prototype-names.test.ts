// Names in scanned code are looked up in tables the scan fills (constants, repositories, SQL
// parameters) and in its own tables of ORM operations and hash algorithms. A name such as
// `constructor`, `toString` or `__proto__` must be an ordinary name there: read from
// Object.prototype it would be a function where a string is expected, or replace a table's
// prototype. Each file below uses such names where the scan looks them up.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
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

// Shapes the scan learned to read later: a request decorator imported from a module named
// `constructor` once crashed the import (a plain table of decorator modules).
const LATER_SHAPES: Record<string, string> = {
  'main.ts': `import { NestFactory } from '@nestjs/core';
const app = await NestFactory.create(AppModule);
app.setGlobalPrefix(toString);
`,
  'players.controller.ts': `import { Controller, Get } from '@nestjs/common';
import { Query } from 'constructor';
import { Param } from '__proto__';
import Router from '@koa/router';
import ratelimit from 'toString';
import { valueOf } from './limits';
const limiter = ratelimit({});
const router = new Router({ prefix: constructor });
router.prefix(hasOwnProperty);
router.get('/x', valueOf, limiter, async (ctx) => { console.log(ctx.request.body.constructor, __proto__); ctx.body = await Player.find({ phone: { $regex: ctx.query.q } }).sort({}).constructor(); });
@Controller('players')
export class PlayersController {
  @Get('by-phone')
  f(@Query('phone') phone: string, @Param('id') id: string) {
    const qb = this.repo.createQueryBuilder('constructor').where('constructor.phone = :toString', { toString: phone });
    return qb.getMany();
  }
}
const iv = Buffer.alloc(16);
crypto.createCipheriv(process.env.X || valueOf, key, iv);
`,
  'limits.ts': `module.exports.valueOf = rateLimit({}); exports.constructor = require('toString'); module.exports = { __proto__: rateLimit({}) };`,
};

// Midway and Egg: verbs, namespaces, egg-mysql operations, controller and service names and config
// middleware named after Object.prototype's members.
const MIDWAY_EGG: Record<string, string> = {
  'app/router.js': `module.exports = app => {
  const { router, controller, middleware } = app;
  const __proto__ = app.router.namespace('/p', middleware.constructor());
  const constructor = app.router.namespace('/c');
  router.constructor('/x', controller.toString.valueOf);
  router.toString('/y', controller.user.show);
  __proto__.get('/members', controller.__proto__.constructor);
  constructor.get('/m', controller.hasOwnProperty.toString);
  router.get('/s', controller.user.show);
  router.resources('/r', controller.constructor);
};`,
  'app/controller/user.js': `const Controller = require('egg').Controller;
class UserController extends Controller {
  async show() { const { ctx } = this; ctx.body = await ctx.service.constructor.toString(ctx.query.__proto__); }
}
module.exports = UserController;`,
  'app/controller/__proto__.js': `class C extends require('egg').Controller { async constructor2() {} async toString() { return this.app.mysql.constructor('members', {}); } }
module.exports = C;`,
  'app/service/constructor.js': `class S extends require('egg').Service { async toString(p) { return this.app.mysql.get('members', { mobile: p }); } async valueOf() { return this.ctx.model.__proto__.findAll(); } }
module.exports = S;`,
  'config/config.default.js': `module.exports = () => { const config = {}; config.middleware = ['__proto__', 'constructor', 'toString']; config.__proto__ = { ignore: '/x' }; config.constructor = { match: ['/y'] }; return config; };`,
  'src/controller/m.controller.ts': `import { Controller, Get, Query, toString } from '@midwayjs/core';
@Controller('/constructor', { middleware: [__proto__] })
export class M {
  @toString('/a') a() {}
  @Get('/__proto__') b(@Query('constructor') constructor: string) { return this.repo.findOneBy({ mobile: constructor }); }
}`,
  'src/config/config.default.ts': `export default { koa: { globalPrefix: '/__proto__' }, constructor: { globalPrefix: '/toString' } };`,
};

/**
 * The folder's code imported against one store holding a phone field: the import neither throws nor
 * reads a function (an Object.prototype member) as a value anywhere in what it gives.
 */
async function importedAsPlainValues(dir: string, store: string, phoneField: string): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  const inventory = emptyInventory();
  inventory.stores.push({ id: store, kind: 'table', fields: [{ name: phoneField, category: 'contact.phone' }] });
  const result = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: inventory });
  const text = JSON.stringify(result.manifest);
  expect(text).not.toContain('[native code]');
  expect(text).not.toContain('function ');
  return result;
}

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
    const result = await importedAsPlainValues(dir, 'members', 'mobile');
    expect(result.manifest.codeRoutes?.map((r) => r.id)).toEqual(expect.arrayContaining([expect.stringContaining('/profile')]));
  });

  it('are ordinary names where the scan reads decorators, query builders, router prefixes, limiters, loggers and cipher fallbacks', async () => {
    const dir = tempDir(LATER_SHAPES);
    await importedAsPlainValues(dir, 'players', 'phone');
  });

  it('are ordinary names where the scan reads Midway controllers and Egg routers, services, egg-mysql calls and config middleware', async () => {
    const dir = tempDir(MIDWAY_EGG);
    const result = await importedAsPlainValues(dir, 'members', 'mobile');
    const ids = result.manifest.codeRoutes?.map((r) => r.id) ?? [];
    // `router.constructor(…)` and `router.toString(…)` are no routes; the namespaces named `__proto__` and `constructor` are namespaces.
    expect(ids).toEqual(expect.arrayContaining(['GET:/s', 'GET:/p/members', 'GET:/c/m', 'GET:/__proto__/constructor/__proto__']));
    expect(ids.some((id) => id.includes('/x') || id.includes('/y'))).toBe(false);
    // The service method named `toString` is followed: its egg-mysql read of members is reached.
    const s = result.manifest.codeRoutes?.find((r) => r.id === 'GET:/s');
    expect(s?.queries.map((q) => ('store' in q ? q.store : undefined))).toEqual(['members']);
    // Middleware named `constructor` matches only /y; `__proto__` is skipped on /x only.
    expect(s?.middleware).toEqual(['config.middleware.__proto__', 'config.middleware.toString']);
  });

  it('are ordinary names as Drizzle tables, Hono apps and their base paths, and Next.js middleware matchers', async () => {
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"hono":"4","drizzle-orm":"0.38","next":"15"}}',
      'src/schema.ts': `import { pgTable, text } from 'drizzle-orm/pg-core';
export const constructor = pgTable('members', { phone: text('phone') });
export const __proto__ = pgTable('toString', { phone: text('phone') });
export const hasOwnProperty = pgTable('hasOwnProperty', { phone: text('phone') });
`,
      'src/index.ts': `import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { constructor, __proto__ } from './schema';
const toString = new Hono().basePath('/valueOf');
const valueOf = new Hono();
valueOf.get('/m', async (c) => c.json(await db.select().from(constructor).where(eq(constructor.phone, c.req.query('p')!))));
valueOf.get('/n', async (c) => c.json(await db.query.__proto__.findMany({ where: eq(__proto__.phone, c.req.param('constructor')) })));
toString.route('/__proto__', valueOf);
export default toString;
`,
      'src/middleware.ts': `import { withAuth } from 'next-auth/middleware';
export default withAuth({});
export const config = { matcher: ['/constructor/:__proto__*', '/((?!toString|valueOf).*)'] };
`,
      'src/app/constructor/[__proto__]/route.ts': `export async function GET(req: Request, { params }: { params: { __proto__: string } }) { return Response.json(await db.select().from(hasOwnProperty).where(eq(hasOwnProperty.phone, params.__proto__))); }
`,
    });
    const result = await importedAsPlainValues(dir, 'members', 'phone');
    const routes = result.manifest.codeRoutes ?? [];
    expect(routes.map((r) => r.path).sort()).toEqual(['/constructor/:__proto__', '/valueOf/__proto__/m', '/valueOf/__proto__/n']);
    // The table `constructor` declares is members: its query is on that store.
    expect(routes.find((r) => r.path === '/valueOf/__proto__/m')?.queries[0]).toMatchObject({ store: 'members', model: 'members', requestFields: ['phone'] });
    expect(routes.find((r) => r.path === '/constructor/:__proto__')).toMatchObject({ guarded: true });
  });
});
