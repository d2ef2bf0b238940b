// A module creating several routers and exporting each, mounted by another module under
// different prefixes: each mount serves the routes of the router it names (and of the module's
// routers mounted in that one), never the routes of the module's other routers.
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
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
}

const ids = (r: ImportResult) => (r.manifest.codeRoutes ?? []).map((x) => x.id).sort();
const route = (r: ImportResult, id: string) => (r.manifest.codeRoutes ?? []).find((x) => x.id === id);

describe('several routers in one module', () => {
  it('Hono: two sub-apps of one module mounted under two prefixes keep their own routes and guards', async () => {
    const r = await load({
      'package.json': '{"name":"depot","dependencies":{"hono":"4"}}',
      'src/routes/members.ts': `
import { Hono } from 'hono';
import { requireRole } from '../auth';
export const members = new Hono();
members.get('/lookup', requireRole('clerk'), (c) => c.json([]));
members.get('/:memberNo', requireRole('clerk', 'auditor'), (c) => c.json({}));
const desk = new Hono();
desk.get('/today', requireRole('desk'), (c) => c.json([]));
export { desk as frontDesk };
`,
      'src/auth.ts': `export const requireRole = (...roles: string[]) => async (_c: unknown, next: () => Promise<void>) => next();\n`,
      'src/index.ts': `
import { Hono } from 'hono';
import { members, frontDesk } from './routes/members';
const app = new Hono().basePath('/api');
app.route('/members', members);
app.route('/desk', frontDesk);
export default app;
`,
    });
    expect(ids(r)).toEqual(['GET:/api/desk/today', 'GET:/api/members/:memberNo', 'GET:/api/members/lookup']);
    expect(route(r, 'GET:/api/desk/today')?.roles).toEqual(['desk']);
  });

  it('Express: named and CommonJS exports of one module mounted apart; a router mounted inside one takes that one\'s mount only', async () => {
    const r = await load({
      'src/routes/staff.ts': `
import { Router } from 'express';
export const staffRouter = Router();
const shifts = Router();
shifts.get('/week', (req, res) => res.json([]));
staffRouter.use('/shifts', shifts);
staffRouter.get('/search', (req, res) => res.json([]));
export const kioskRouter = Router();
kioskRouter.get('/badge/:id', (req, res) => res.json({}));
`,
      'src/routes/legacy.js': `
const express = require('express');
const inbound = express.Router();
inbound.post('/scan', (req, res) => res.json({}));
const outbound = express.Router();
outbound.get('/manifest', (req, res) => res.json([]));
exports.inbound = inbound;
exports.outbound = outbound;
`,
      'src/app.ts': `
import express from 'express';
import { staffRouter, kioskRouter } from './routes/staff';
const { inbound, outbound } = require('./routes/legacy');
const app = express();
app.use('/staff', staffRouter);
app.use('/kiosk', kioskRouter);
app.use('/in', inbound);
app.use('/out', outbound);
`,
    });
    expect(ids(r)).toEqual(['GET:/kiosk/badge/:id', 'GET:/out/manifest', 'GET:/staff/search', 'GET:/staff/shifts/week', 'POST:/in/scan']);
  });

  it('a module with one router keeps every mount of it (mounted twice, under two prefixes)', async () => {
    const r = await load({
      'src/routes/ping.ts': `
import { Router } from 'express';
const router = Router();
router.get('/ping', (req, res) => res.json({}));
export default router;
`,
      'src/app.ts': `
import express from 'express';
import ping from './routes/ping';
const app = express();
app.use('/v1', ping);
app.use('/v2', ping);
`,
    });
    expect(ids(r)).toEqual(['GET:/v1/ping', 'GET:/v2/ping']);
  });
});
