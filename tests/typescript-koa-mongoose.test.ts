// Koa (@koa/router, koa-router) with Mongoose, as real projects write them: router prefixes
// (`new Router({ prefix })`, `router.prefix()`, nested `router.use('/a', other.routes())`),
// Mongoose queries whose `.limit()`/`.select()` come after other modifiers, and rate limiters
// defined in another module under names that say nothing.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { CodeRoute } from '../src/inventory/manifest-schema.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';
import { filesUnder } from './support/files-under.js';

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

async function load(dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared: declared() });
}

const ids = (r: ImportResult) => (r.manifest.codeRoutes ?? []).map((x) => x.id).sort();
const routeOf = (r: ImportResult, id: string) => r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;

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
