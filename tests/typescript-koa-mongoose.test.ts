// Koa (@koa/router, koa-router) with Mongoose, as real projects write them: router prefixes
// (`new Router({ prefix })`, `router.prefix()`, nested `router.use('/a', other.routes())`),
// Mongoose queries whose `.limit()`/`.select()` come after other modifiers, and rate limiters
// defined in another module under names that say nothing; and what a handler writes to logs (PIPL-CODE-014).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import { runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';
import { routeIds, routeOf, scanCode } from './support/scan-code.js';

function declared() {
  const inventory = emptyInventory();
  const field = (name: string, category: string) => ({ name, category });
  inventory.interfaces.push({ id: 'player-search', kind: 'screen' } as never, { id: 'chat-review', kind: 'screen' } as never);
  inventory.stores.push(
    { id: 'players', kind: 'collection', fields: [field('phone', 'contact.phone'), field('idCardNo', 'identity.id-number'), field('realName', 'identity.name')] },
    { id: 'chatlogs', kind: 'collection', fields: [field('content', 'communication.content'), field('playerId', 'other.id')] },
  );
  return inventory;
}

const load = (dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> => scanCode(dir, declared(), mapping);

const ids = routeIds;

const MODELS = [
  "import mongoose from 'mongoose';",
  "const playerSchema = new mongoose.Schema({ phone: String, idCardNo: String, realName: String });",
  "export const Player = mongoose.model('Player', playerSchema, 'players');",
  "const chatSchema = new mongoose.Schema({ playerId: String, content: String, sentAt: Date });",
  "export const ChatLog = mongoose.model('ChatLog', chatSchema, 'chatlogs');",
].join('\n');

describe('Mongoose: modifiers anywhere in the chain', () => {
  it('reads .limit() and .select() after .sort(), .lean(), .skip(); .limit(0) caps nothing', async () => {
    const dir = tempDir({
      'package.json': '{"name":"game","dependencies":{"koa":"2","@koa/router":"12","mongoose":"8"}}',
      'src/models.ts': MODELS,
      'src/routes/chat.ts': [
        "import Router from '@koa/router';",
        "import { ChatLog, Player } from '../models';",
        'const router = new Router();',
        "router.get('/chat-logs', async (ctx) => {",
        '  ctx.body = await ChatLog.find({ playerId: ctx.query.playerId }).sort({ sentAt: -1 }).limit(500);',
        '});',
        "router.get('/players/search', async (ctx) => {",
        "  ctx.body = await Player.find({ phone: ctx.query.phone }).sort({ _id: 1 }).skip(20).select('phone realName').lean().limit(20).exec();",
        '});',
        "router.get('/players/all', async (ctx) => {",
        '  ctx.body = await Player.find({ phone: ctx.query.phone }).sort({ _id: 1 }).limit(0);',
        '});',
        "router.get('/players/unsorted', async (ctx) => {",
        '  ctx.body = await Player.find({ phone: ctx.query.phone }).sort({ _id: 1 }).lean();',
        '});',
        'export default router;',
      ].join('\n'),
    });
    const r = await load(dir);
    expect(routeOf(r, 'GET:/chat-logs').queries[0]).toMatchObject({ library: 'mongoose', operation: 'find-many', limited: true });
    const search = routeOf(r, 'GET:/players/search').queries[0];
    expect(search).toMatchObject({ limited: true, lookupFields: ['phone'] });
    expect(search && 'columns' in search ? search.columns : undefined).toEqual(['phone', 'realName']);
    expect(routeOf(r, 'GET:/players/all').queries[0]).toMatchObject({ limited: false });
    expect(routeOf(r, 'GET:/players/unsorted').queries[0]).toMatchObject({ limited: false });
  });
});

const KOA_PKG = '{"name":"game","dependencies":{"koa":"2","@koa/router":"12","koa-router":"12","mongoose":"8"}}';

describe('Koa routers: prefixes', () => {
  const dir = () => tempDir({
    'package.json': KOA_PKG,
    'src/models.ts': MODELS,
    'src/routes/cs.ts': [
      "import Router from '@koa/router';",
      "import { Player } from '../models';",
      "const router = new Router({ prefix: '/cs' });",
      "router.get('/players/search', async (ctx) => { ctx.body = await Player.findOne({ phone: ctx.query.phone }); });",
      'export default router;',
    ].join('\n'),
    'src/routes/player.ts': [
      "const Router = require('koa-router');",
      "import { Player } from '../models';",
      "const API_PREFIX = '/api/player';",
      'const players = new Router({ prefix: API_PREFIX, sensitive: true });',
      "players.get('/profile', async (ctx) => { ctx.body = await Player.findById(ctx.state.user.sub); });",
      'export default players;',
    ].join('\n'),
    'src/routes/admin.ts': [
      "import Router from '@koa/router';",
      'export const admin = new Router();',
      "admin.prefix('/gm');",
      "admin.post('/ban/:id', async (ctx) => { ctx.body = { ok: true }; });",
    ].join('\n'),
    'src/routes/api.ts': [
      "import Router from '@koa/router';",
      "import { admin } from './admin';",
      "const api = new Router({ prefix: '/v2' });",
      "api.use('/ops', admin.routes(), admin.allowedMethods());",
      "api.get('/health', async (ctx) => { ctx.body = 'ok'; });",
      'export default api;',
    ].join('\n'),
    'src/app.ts': [
      "import Koa from 'koa';",
      "import csRouter from './routes/cs';",
      "import playerRouter from './routes/player';",
      "import apiRouter from './routes/api';",
      'const app = new Koa();',
      'app.use(csRouter.routes()).use(csRouter.allowedMethods());',
      'app.use(playerRouter.routes());',
      'app.use(apiRouter.routes());',
      'app.listen(3000);',
    ].join('\n'),
  });

  it('joins the constructor\'s prefix (a string or a module constant), router.prefix(), and a prefixed router nesting another', async () => {
    const r = await load(dir());
    expect(ids(r)).toEqual(['GET:/api/player/profile', 'GET:/cs/players/search', 'GET:/v2/health', 'POST:/v2/ops/gm/ban/:id']);
    expect(routeOf(r, 'GET:/cs/players/search')).toMatchObject({ framework: 'koa', path: '/cs/players/search' });
  });

  it('a project file may map the full path, or the in-file path as files written before prefixes were read did', async () => {
    const full = await load(dir(), { routes: { 'GET /cs/players/search': 'player-search' } });
    expect(routeOf(full, 'GET:/cs/players/search').interface).toBe('player-search');
    const bare = await load(dir(), { routes: { 'GET /players/search': 'player-search' } });
    expect(routeOf(bare, 'GET:/cs/players/search').interface).toBe('player-search');
    await expect(load(dir(), { routes: { 'GET /cs/players/serch': 'player-search' } })).rejects.toThrow(/did you mean "GET \/cs\/players\/search"/);
  });

  it('a prefix option of something that is not a router of the module is not a route prefix', async () => {
    const r = await load(tempDir({
      'package.json': KOA_PKG,
      'src/routes.ts': [
        "import Router from '@koa/router';",
        "import { Cache } from './cache';",
        "const cache = new Cache({ prefix: '/tmp' });",
        "cache.prefix('/other');",
        'const router = new Router();',
        "router.get('/ping', async (ctx) => { ctx.body = 'pong'; });",
        'export default router;',
      ].join('\n'),
      'src/cache.ts': 'export class Cache { constructor(_o: object) {} prefix(_p: string) {} }',
    }));
    expect(ids(r)).toEqual(['GET:/ping']);
  });
});

describe('rate limiters: by what the name is bound to', () => {
  const files = (limits: string) => ({
    'package.json': '{"name":"game","dependencies":{"koa":"2","@koa/router":"12","koa-ratelimit":"5","rate-limiter-flexible":"5","express-rate-limit":"7"}}',
    'src/middleware/limits.ts': limits,
    'src/routes/auth.ts': [
      "import Router from '@koa/router';",
      "import { loginLimit, smsLimit, otpGate, bodyLimit } from '../middleware/limits';",
      "const router = new Router({ prefix: '/api/auth' });",
      "router.post('/sms/send', smsLimit, async (ctx) => { ctx.body = { ok: true }; });",
      "router.post('/sms/login', loginLimit, async (ctx) => { ctx.body = { ok: true }; });",
      "router.post('/otp/login', otpGate, async (ctx) => { ctx.body = { ok: true }; });",
      "router.post('/pw/login', bodyLimit, async (ctx) => { ctx.body = { ok: true }; });",
      'export default router;',
    ].join('\n'),
  });

  it('a limiter exported from another module under any name limits the route (koa-ratelimit, express-rate-limit, a rate-limiter-flexible consumer)', async () => {
    const r = await load(tempDir(files([
      "import ratelimit from 'koa-ratelimit';",
      "import rateLimit from 'express-rate-limit';",
      "import { RateLimiterRedis } from 'rate-limiter-flexible';",
      "import Redis from 'ioredis';",
      'const redis = new Redis();',
      "export const loginLimit = ratelimit({ driver: 'redis', db: redis, duration: 60_000, max: 5, id: (ctx) => ctx.ip });",
      'export const smsLimit = rateLimit({ windowMs: 60_000, max: 1 });',
      "const otpLimiter = new RateLimiterRedis({ storeClient: redis, points: 5, duration: 60 });",
      'export async function otpGate(ctx: any, next: () => Promise<void>) {',
      '  await otpLimiter.consume(ctx.ip);',
      '  await next();',
      '}',
      "export const bodyLimit = (ctx: any, next: () => Promise<void>) => next();",
    ].join('\n'))));
    expect(routeOf(r, 'POST:/api/auth/sms/login')).toMatchObject({ rateLimited: true, middleware: ['loginLimit'] });
    expect(routeOf(r, 'POST:/api/auth/sms/send')).toMatchObject({ rateLimited: true });
    expect(routeOf(r, 'POST:/api/auth/otp/login')).toMatchObject({ rateLimited: true });
    // A function of the code base that limits nothing, whatever it is called, limits nothing.
    expect(routeOf(r, 'POST:/api/auth/pw/login')).toMatchObject({ rateLimited: false });
  });

  it('the same names bound to something else limit nothing; a package limiter called in place does', async () => {
    const r = await load(tempDir({
      ...files([
        "import { bodyParser } from './body';",
        'export const loginLimit = bodyParser({ jsonLimit: "1mb" });',
        'export const smsLimit = (ctx: any, next: () => Promise<void>) => next();',
        'export const otpGate = smsLimit;',
        'export const bodyLimit = smsLimit;',
      ].join('\n')),
      'src/body.ts': 'export const bodyParser = (o: object) => (ctx: any, next: () => Promise<void>) => next();',
      'src/routes/inline.ts': [
        "import Router from '@koa/router';",
        "import limit from 'koa-ratelimit';",
        'const router = new Router();',
        "router.post('/login', limit({ driver: 'memory', db: new Map(), max: 5 }), async (ctx) => { ctx.body = 1; });",
        'export default router;',
      ].join('\n'),
    }));
    expect(routeOf(r, 'POST:/api/auth/sms/login')).toMatchObject({ rateLimited: false });
    expect(routeOf(r, 'POST:/api/auth/sms/send')).toMatchObject({ rateLimited: false });
    expect(routeOf(r, 'POST:/login')).toMatchObject({ rateLimited: true });
  });
});

describe('rate limiters: Egg.js middleware files', () => {
  it('a middleware file whose factory returns a function consuming a rate-limiter-flexible limiter limits the routes naming it; one limiting nothing does not', async () => {
    const r = await load(tempDir({
      'package.json': '{"name":"shop","dependencies":{"egg":"3","rate-limiter-flexible":"5"}}',
      'app/middleware/sms_gate.ts': [
        "import { RateLimiterRedis } from 'rate-limiter-flexible';",
        'const perPhone = new RateLimiterRedis({ storeClient: null as any, points: 3, duration: 600 });',
        'export default () => {',
        '  return async function guard(ctx: any, next: () => Promise<void>) {',
        '    try { await perPhone.consume(ctx.request.body.phone); } catch { ctx.status = 429; return; }',
        '    await next();',
        '  };',
        '};',
      ].join('\n'),
      'app/middleware/body_check.js': [
        'module.exports = (options, app) => async (ctx, next) => {',
        '  if (!ctx.request.body) { ctx.status = 400; return; }',
        '  await next();',
        '};',
      ].join('\n'),
      'app/router.ts': [
        "import { Application } from 'egg';",
        'export default (app: Application) => {',
        '  const { router, controller, middleware } = app;',
        "  router.post('/api/otp/login', middleware.smsGate(), controller.auth.otpLogin);",
        "  router.post('/api/pw/login', app.middleware.bodyCheck(), controller.auth.login);",
        '};',
      ].join('\n'),
      'app/controller/auth.ts': [
        "import { Controller } from 'egg';",
        'export default class AuthController extends Controller {',
        '  async otpLogin() { this.ctx.body = { ok: true }; }',
        '  async login() { this.ctx.body = { ok: true }; }',
        '}',
      ].join('\n'),
    }));
    expect(routeOf(r, 'POST:/api/otp/login')).toMatchObject({ rateLimited: true });
    expect(routeOf(r, 'POST:/api/pw/login')).toMatchObject({ rateLimited: false });
  });
});

describe('values a route handler writes to logs', () => {
  it('reads console.*, logger.* and ctx.log arguments: request fields, record properties, variables; calls and strings are not values, an audit logger is not an application log', async () => {
    const r = await load(tempDir({
      'package.json': KOA_PKG,
      'src/models.ts': MODELS,
      'src/routes/player.ts': [
        "import Router from '@koa/router';",
        "import pino from 'pino';",
        "import { Player } from '../models';",
        'const logger = pino();',
        'const auditLogger = pino();',
        "const mask = (s: string) => s.slice(-4);",
        "const router = new Router({ prefix: '/api/player' });",
        "router.post('/realname', async (ctx) => {",
        '  const { playerId, realName, idCardNo } = ctx.request.body;',
        "  console.log('[realname] verify', playerId, realName, idCardNo);",
        '  ctx.body = { ok: true };',
        '});',
        "router.post('/sms', async (ctx) => {",
        '  logger.info({ phone: ctx.request.body.phone, at: Date.now() });',
        "  ctx.log.warn(`sms to ${mask(ctx.request.body.phone)}`);",
        '  ctx.body = { ok: true };',
        '});',
        "router.get('/profile/:id', async (ctx) => {",
        '  const player = await Player.findById(ctx.params.id);',
        "  if (!player) { console.error('no player ' + player?.idCardNo); return; }",
        "  console.info('profile read');",
        '  auditLogger.info({ action: \'read\', subject: player.idCardNo });',
        '  ctx.body = player;',
        '});',
        "router.get('/ping', async (ctx) => { ctx.body = 'pong'; });",
        'export default router;',
      ].join('\n'),
    }));
    expect(routeOf(r, 'POST:/api/player/realname').loggedFields).toEqual([
      { field: 'idCardNo', source: 'code', line: 10 },
      { field: 'playerId', source: 'code', line: 10 },
      { field: 'realName', source: 'code', line: 10 },
    ]);
    // The masked phone passes through a call: not a value written; Date.now() neither.
    expect(routeOf(r, 'POST:/api/player/sms').loggedFields).toEqual([{ field: 'phone', source: 'request', line: 14 }]);
    expect(routeOf(r, 'GET:/api/player/profile/:id').loggedFields).toEqual([{ field: 'idCardNo', source: 'code', line: 20 }]);
    expect(routeOf(r, 'GET:/api/player/ping').loggedFields).toEqual([]);
  });

  it('PIPL-CODE-014 fails the route logging ID numbers and passes the one logging nothing personal, through the CLI', () => {
    const dir = tempDir({
      'pipl-audit.yaml': 'version: 1\nmanifests: [manifest]\nsources:\n  - type: typescript\n    path: server\n',
      'manifest/m.yaml': 'apiVersion: pipl-audit/v1\nstores:\n  - { id: players, kind: collection, fields: [{ name: realName, category: identity.name }, { name: idCardNo, category: identity.id-number }] }\n',
      'server/package.json': KOA_PKG,
      'server/src/routes/player.ts': [
        "import Router from '@koa/router';",
        "const router = new Router({ prefix: '/api/player' });",
        "router.post('/realname', async (ctx) => {",
        '  const { realName, idCardNo } = ctx.request.body;',
        "  console.log('[realname] verify', realName, idCardNo);",
        '  ctx.body = { ok: true };',
        '});',
        "router.get('/ping', async (ctx) => { console.log('ping', ctx.query.nonce); ctx.body = 'pong'; });",
        'export default router;',
      ].join('\n'),
    });
    const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Array<{ ruleId: string; status: string; target: { key: string } }>; rules: Array<{ id: string; counts: Record<string, number> }> };
    const code014 = report.findings.filter((f) => f.ruleId === 'PIPL-CODE-014' && f.status === 'FAIL').map((f) => f.target.key);
    expect(code014).toEqual(['POST:/api/player/realname']);
    expect(report.rules.find((r) => r.id === 'PIPL-CODE-014')?.counts).toMatchObject({ FAIL: 1, PASS: 1 });
  });
});
