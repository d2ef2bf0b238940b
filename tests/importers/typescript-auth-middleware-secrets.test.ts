// The token or password a known authentication middleware checks every caller against, written in
// the code, is a key in code (PIPL-CODE-010): hono/bearer-auth, hono/basic-auth, express-basic-auth,
// koa-basic-auth — known by the module the callee comes from, the value classified as keys are.
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

const sites = (r: ImportResult) =>
  (r.manifest.codeCredentialSites ?? [])
    .filter((s) => s.kind === 'key' || s.kind === 'hard-coded-password')
    .map((s) => ({ kind: s.kind, keyUse: (s as { keyUse?: string }).keyUse, keySource: (s as { keySource?: string }).keySource, hardCoded: (s as { hardCoded?: boolean }).hardCoded, name: s.name }))
    .sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : 1));

describe('secrets given to an authentication middleware', () => {
  it('reads hono/bearer-auth and hono/basic-auth options: a module constant, a list, the environment; a basic-auth password once, as a key', async () => {
    const r = await load({
      'package.json': '{"name":"kiosk-api","dependencies":{"hono":"4"}}',
      'src/routes/kiosk.ts': `
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { basicAuth as staffOnly } from 'hono/basic-auth';
const KIOSK_TOKEN = 'kt-4c1d9e27b0a84f6e93d5c2a1f0e7b6d8';
export const kiosk = new Hono();
kiosk.use('/sync/*', bearerAuth({ token: KIOSK_TOKEN }));
kiosk.use('/legacy/*', bearerAuth({ token: ['first-gen-kiosk-token-2019', process.env.KIOSK_TOKEN_V2!] }));
kiosk.use('/admin/*', staffOnly({ username: 'ops', password: 'Kiosk@2024' }));
kiosk.use('/health/*', bearerAuth({ token: process.env.HEALTH_TOKEN ?? '' }));
kiosk.get('/sync/members', (c) => c.json([]));
`,
    });
    expect(sites(r)).toEqual([
      { kind: 'key', keyUse: 'access-token', keySource: 'literal', hardCoded: true, name: 'KIOSK_TOKEN' },
      { kind: 'key', keyUse: 'access-token', keySource: 'literal', hardCoded: true, name: 'bearerAuth({ token })' },
      { kind: 'key', keyUse: 'access-token', keySource: 'environment', hardCoded: false, name: 'bearerAuth({ token })' },
      { kind: 'key', keyUse: 'access-token', keySource: 'environment', hardCoded: false, name: 'bearerAuth({ token })' },
      { kind: 'key', keyUse: 'access-password', keySource: 'literal', hardCoded: true, name: 'staffOnly({ password })' },
    ]);
  });

  it('reads express-basic-auth users and koa-basic-auth pass; a same-named function of another module is not one', async () => {
    const r = await load({
      'src/app.js': `
const express = require('express');
const basicAuth = require('express-basic-auth');
const app = express();
app.use('/metrics', basicAuth({ users: { prometheus: 'scrape-6b2f0c9a', grafana: process.env.GRAFANA_PW } }));
`,
      'src/koa.ts': `
import auth from 'koa-basic-auth';
import { bearerAuth } from './my-auth';
export const gate = auth({ name: 'ops', pass: 'letmein' });
export const other = bearerAuth({ token: 'not-a-middleware-we-know' });
`,
      'src/my-auth.ts': 'export const bearerAuth = (o: { token: string }) => o;\n',
    });
    expect(sites(r)).toEqual([
      { kind: 'key', keyUse: 'access-password', keySource: 'literal', hardCoded: true, name: 'auth({ pass })' },
      { kind: 'key', keyUse: 'access-password', keySource: 'environment', hardCoded: false, name: 'basicAuth({ users: { grafana } })' },
      { kind: 'key', keyUse: 'access-password', keySource: 'literal', hardCoded: true, name: 'basicAuth({ users: { prometheus } })' },
    ]);
  });
});
