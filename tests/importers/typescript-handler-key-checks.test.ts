// Authentication a route does without middleware named for it: a handler that compares a key or a
// signature the request presents (an API-key header with a configured secret, an HMAC of the body
// with a signature header) and refuses with 401/403 on a mismatch before reading anything; and a
// middleware class (Midway's `resolve()` returning the function, NestJS's `use`) or a factory
// named in the chain that does the same. A handler finds the request where its framework puts it:
// Koa's and Hono's one context parameter (`ctx.get(…)`, `ctx.request.headers[…]`, `c.req.header(…)`),
// a NestJS parameter decorated with the header (`@Headers('x-api-key') key`), an Egg or Midway
// controller's `this.ctx`.
// A presence check, a check of where the request comes from (Origin), or a check that never
// refuses authenticates no one.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
}
const route = (r: ImportResult, id: string): CodeRoute => {
  const found = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(found, id).toBeDefined();
  return found as CodeRoute;
};

/** A Next.js App Router GET at /api/partner/members whose handler body is `body`. */
const nextGet = (body: string) => ({
  'web/src/app/api/partner/members/route.ts': `
import { NextRequest, NextResponse } from 'next/server';
import { db } from '@/db';
import { members } from '@/db/schema';
const ALLOWED_ORIGIN = 'https://partner.example.com';
export async function GET(req: NextRequest) {
${body}
  const rows = await db.select().from(members);
  return NextResponse.json({ data: rows });
}
`,
});

describe('a Next.js handler that checks the key or signature itself', () => {
  it('an API-key header compared with a configured secret, 401 otherwise: guarded', async () => {
    const r = await load(nextGet(`  if (req.headers.get('x-api-key') !== process.env.PARTNER_API_KEY) {
    return NextResponse.json({ code: 401 }, { status: 401 });
  }`));
    expect(route(r, 'GET:/api/partner/members')).toMatchObject({ guarded: true, middleware: ['auth check: presented key'] });
  });

  it('an HMAC of the raw body compared with a signature header, 403 otherwise: guarded', async () => {
    const r = await load({
      'web/src/app/api/payments/notify/route.ts': `
import { NextRequest } from 'next/server';
import { createHmac, timingSafeEqual } from 'crypto';
import { db } from '@/db';
import { wallets } from '@/db/schema';
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const presented = req.headers.get('x-payment-signature') ?? '';
  const expected = createHmac('sha256', process.env.PAYMENT_HOOK_KEY as string).update(raw).digest('hex');
  if (presented.length !== expected.length || !timingSafeEqual(Buffer.from(presented), Buffer.from(expected))) {
    return new Response('bad signature', { status: 403 });
  }
  const body = JSON.parse(raw);
  await db.update(wallets).set({ balance: body.amount });
  return Response.json({ ok: true });
}
`,
    });
    expect(route(r, 'POST:/api/payments/notify').guarded).toBe(true);
  });

  it('only the presence of the key checked, an Origin compared, or a mismatch let through: not guarded', async () => {
    const presence = await load(nextGet(`  if (!req.headers.get('x-api-key')) return NextResponse.json({ code: 401 }, { status: 401 });`));
    expect(route(presence, 'GET:/api/partner/members')).toMatchObject({ guarded: false });
    const origin = await load(nextGet(`  if (req.headers.get('origin') !== ALLOWED_ORIGIN) return NextResponse.json({ code: 403 }, { status: 403 });`));
    expect(route(origin, 'GET:/api/partner/members')).toMatchObject({ guarded: false });
    const logged = await load(nextGet(`  if (req.headers.get('x-api-key') !== process.env.PARTNER_API_KEY) console.warn('unknown partner');`));
    expect(route(logged, 'GET:/api/partner/members')).toMatchObject({ guarded: false });
  });
});

describe('an Express handler that checks the key itself', () => {
  it('refused with 401 before the query: guarded; without the refusal: not', async () => {
    const routes = (check: string) => `
import { Router } from 'express';
import { pool } from './db';
const router = Router();
router.get('/feed/members', async (req, res) => {
  ${check}
  const { rows } = await pool.query('SELECT name, phone FROM member');
  res.json(rows);
});
export default router;
`;
    const checked = await load({ 'src/routes.ts': routes(`if (req.get('X-Feed-Key') !== process.env.FEED_KEY) return res.status(401).end();`) });
    expect(route(checked, 'GET:/feed/members')).toMatchObject({ guarded: true, middleware: ['auth check: presented key'] });
    const open = await load({ 'src/routes.ts': routes(`const key = req.get('X-Feed-Key');`) });
    expect(route(open, 'GET:/feed/members').guarded).toBe(false);
  });

  it('a factory named in the chain whose returned middleware refuses a wrong key: guarded', async () => {
    const r = await load({
      'src/partner-key.ts': `
export function partnerKey(expected: string) {
  return (req, res, next) => {
    if (req.header('X-Partner-Key') !== expected) return res.sendStatus(403);
    next();
  };
}
`,
      'src/routes.ts': `
import { Router } from 'express';
import { partnerKey } from './partner-key';
const router = Router();
router.get('/partner/orders', partnerKey(process.env.PARTNER_KEY), async (req, res) => res.json([]));
export default router;
`,
    });
    expect(route(r, 'GET:/partner/orders').guarded).toBe(true);
  });
});

describe('a Midway controller whose middleware option names a key-checking class', () => {
  const controller = `
import { Controller, Get, Inject } from '@midwayjs/core';
import { PartnerKeyMiddleware } from '../middleware/partner-key.middleware';
import { ReportService } from '../service/report.service';

@Controller('/open/partner', { middleware: [PartnerKeyMiddleware] })
export class PartnerController {
  @Inject()
  reportService: ReportService;

  @Get('/residents')
  async residents() {
    return this.reportService.residents();
  }
}
`;
  const middleware = (check: string) => `
import { Middleware, IMiddleware, httpError } from '@midwayjs/core';
import { NextFunction, Context } from '@midwayjs/koa';

const PARTNER_KEY = process.env.PARTNER_KEY;

@Middleware()
export class PartnerKeyMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      ${check}
      await next();
    };
  }

  static getName(): string {
    return 'partnerKey';
  }
}
`;

  it('resolve() returns a function refusing a wrong x-api-key: guarded', async () => {
    const r = await load({
      'server/src/controller/partner.controller.ts': controller,
      'server/src/middleware/partner-key.middleware.ts': middleware(`if (ctx.get('x-api-key') !== PARTNER_KEY) throw new httpError.ForbiddenError();`),
    });
    expect(route(r, 'GET:/open/partner/residents')).toMatchObject({ guarded: true, middleware: ['PartnerKeyMiddleware'] });
  });

  it('one that refuses only a missing key, or only logs: not guarded', async () => {
    const presence = await load({
      'server/src/controller/partner.controller.ts': controller,
      'server/src/middleware/partner-key.middleware.ts': middleware(`if (!ctx.get('x-api-key')) throw new httpError.UnauthorizedError();`),
    });
    expect(route(presence, 'GET:/open/partner/residents').guarded).toBe(false);
    const logs = await load({
      'server/src/controller/partner.controller.ts': controller,
      'server/src/middleware/partner-key.middleware.ts': middleware(`ctx.logger.info(ctx.get('x-api-key'));`),
    });
    expect(route(logs, 'GET:/open/partner/residents').guarded).toBe(false);
  });
});

describe('a Koa or Hono handler given only the context, checking the key itself', () => {
  const koa = (check: string) => ({
    'src/routes/partner.ts': `
import Router from '@koa/router';
import { pool } from '../db';
const router = new Router({ prefix: '/partner' });
router.get('/members', async (ctx) => {
  ${check}
  const { rows } = await pool.query('SELECT name, phone FROM member');
  ctx.body = rows;
});
export default router;
`,
  });

  it('ctx.get, ctx.headers[…], ctx.request.headers[…], a destructured header, refused by ctx.throw or a 401/403 status: guarded', async () => {
    for (const check of [
      `if (ctx.get('x-api-key') !== process.env.PARTNER_KEY) ctx.throw(401, 'unknown partner');`,
      `const key = ctx.headers['x-api-key'];
  if (key !== process.env.PARTNER_KEY) { ctx.status = 403; return; }`,
      `if (ctx.request.headers['x-api-key'] !== process.env.PARTNER_KEY) { ctx.status = 401; ctx.body = { error: 'bad key' }; return; }`,
      `const { 'x-api-key': key } = ctx.request.header;
  if (!key || key !== process.env.PARTNER_KEY) return ctx.throw(403);`,
    ]) {
      const r = await load(koa(check));
      expect(route(r, 'GET:/partner/members'), check).toMatchObject({ guarded: true, middleware: ['auth check: presented key'] });
    }
  });

  it('only the presence of the key, an Origin compared, or a mismatch only logged: not guarded', async () => {
    for (const check of [
      `if (!ctx.get('x-api-key')) ctx.throw(401);`,
      `if (ctx.get('origin') !== 'https://partner.example.com') ctx.throw(403);`,
      `if (ctx.headers['x-api-key'] !== process.env.PARTNER_KEY) console.warn('unknown partner');`,
    ]) {
      const r = await load(koa(check));
      expect(route(r, 'GET:/partner/members').guarded, check).toBe(false);
    }
  });

  it('a Hono handler reading c.req.header and answering 401, or throwing HTTPException(403): guarded; a presence check: not', async () => {
    const hono = (check: string) => ({
      'src/routes/partner.ts': `
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { db } from '../db';
import { members } from '../schema';
const app = new Hono();
app.get('/partner/members', async (c) => {
  ${check}
  return c.json(await db.select().from(members));
});
export default app;
`,
    });
    const json = await load(hono(`if (c.req.header('x-api-key') !== process.env.PARTNER_KEY) return c.json({ error: 'unknown partner' }, 401);`));
    expect(route(json, 'GET:/partner/members')).toMatchObject({ guarded: true, middleware: ['auth check: presented key'] });
    const thrown = await load(hono(`const key = c.req.header('X-Api-Key');
  if (key !== process.env.PARTNER_KEY) throw new HTTPException(403, { message: 'forbidden' });`));
    expect(route(thrown, 'GET:/partner/members').guarded).toBe(true);
    const presence = await load(hono(`if (!c.req.header('x-api-key')) return c.json({ error: 'no key' }, 401);`));
    expect(route(presence, 'GET:/partner/members').guarded).toBe(false);
  });
});

describe('a controller method checking the key itself: NestJS header parameters, Egg and Midway this.ctx', () => {
  const nest = (params: string, check: string) => ({
    'api/src/partner/partner.controller.ts': `
import { Controller, Get, Headers, Req, HttpException, HttpStatus, UnauthorizedException, ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';
import { PrismaService } from '../prisma.service';

@Controller('partner')
export class PartnerController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('members')
  async members(${params}) {
    ${check}
    return this.prisma.member.findMany({ select: { name: true, phone: true } });
  }
}
`,
  });

  it("@Headers('x-api-key'), @Headers() or @Req() compared with a configured secret, refused with Unauthorized/Forbidden: guarded", async () => {
    for (const [params, check] of [
      [`@Headers('x-api-key') apiKey: string`, `if (apiKey !== process.env.PARTNER_KEY) throw new UnauthorizedException();`],
      [`@Headers() headers: Record<string, string>`, `if (headers['x-api-key'] !== process.env.PARTNER_KEY) throw new ForbiddenException('unknown partner');`],
      [`@Req() req: Request`, `if (req.get('x-api-key') !== process.env.PARTNER_KEY) throw new HttpException('unknown partner', HttpStatus.UNAUTHORIZED);`],
    ]) {
      const r = await load(nest(params as string, check as string));
      expect(route(r, 'GET:/partner/members'), params).toMatchObject({ guarded: true });
      expect(route(r, 'GET:/partner/members').middleware).toContain('auth check: presented key');
    }
  });

  it("the Origin header compared, or only the key's presence: not guarded", async () => {
    const origin = await load(nest(`@Headers('origin') origin: string`, `if (origin !== 'https://partner.example.com') throw new ForbiddenException();`));
    expect(route(origin, 'GET:/partner/members').guarded).toBe(false);
    const presence = await load(nest(`@Headers('x-api-key') apiKey: string`, `if (!apiKey) throw new UnauthorizedException();`));
    expect(route(presence, 'GET:/partner/members').guarded).toBe(false);
  });

  const egg = (method: string) => ({
    'app/router.js': `
module.exports = (app) => {
  const { router, controller } = app;
  router.get('/open/members', controller.partner.members);
};
`,
    'app/controller/partner.js': `
const { Controller } = require('egg');
class PartnerController extends Controller {
${method}
}
module.exports = PartnerController;
`,
  });

  it('an Egg controller reading ctx (destructured from this, or this.ctx) and refusing a wrong key: guarded; a presence check: not', async () => {
    const destructured = await load(egg(`  async members() {
    const { ctx, app } = this;
    if (ctx.get('x-api-key') !== app.config.partner.key) {
      ctx.status = 401;
      ctx.body = { message: 'unknown partner' };
      return;
    }
    ctx.body = await ctx.service.member.list();
  }`));
    expect(route(destructured, 'GET:/open/members')).toMatchObject({ guarded: true, middleware: ['auth check: presented key'] });
    const member = await load(egg(`  async members() {
    if (this.ctx.headers['x-api-key'] !== this.config.partner.key) this.ctx.throw(403, 'unknown partner');
    this.ctx.body = await this.ctx.service.member.list();
  }`));
    expect(route(member, 'GET:/open/members').guarded).toBe(true);
    const presence = await load(egg(`  async members() {
    const { ctx } = this;
    if (!ctx.get('x-api-key')) ctx.throw(401);
    ctx.body = await ctx.service.member.list();
  }`));
    expect(route(presence, 'GET:/open/members').guarded).toBe(false);
  });

  it('a Midway controller with an injected ctx refusing a wrong key: guarded', async () => {
    const r = await load({
      'server/src/controller/open.controller.ts': `
import { Controller, Get, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { ReportService } from '../service/report.service';

@Controller('/open')
export class OpenController {
  @Inject()
  ctx: Context;

  @Inject()
  reportService: ReportService;

  @Get('/residents')
  async residents() {
    const key = this.ctx.get('x-api-key');
    if (key !== process.env.PARTNER_KEY) throw new httpError.UnauthorizedError();
    return this.reportService.residents();
  }
}
`,
    });
    expect(route(r, 'GET:/open/residents')).toMatchObject({ guarded: true });
  });
});
