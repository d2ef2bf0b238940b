// A middleware that checks an API key the request presents is authentication, whatever its name:
// it reads a header, looks the value up (a query, a model lookup, a Set or Map, a configured value)
// and refuses with 401/403 when the lookup fails. One that reads a header but never refuses, or
// refuses only when the header is missing (any value then passes), authenticates nobody.
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

/** The router file: every route of it behind `mw` (imported from ./mw), applied with `router.use`. */
const routerWith = (mw: string) => `
import { Router } from 'express';
import { ${mw} } from './mw';
const router = Router();
router.use(${mw});
router.get('/records', async (req, res) => res.json([]));
export default router;
`;

async function guardedBy(mw: string, body: string): Promise<boolean | undefined> {
  const r = await load({ 'src/mw.ts': body, 'src/routes.ts': routerWith(mw) });
  return r.manifest.codeRoutes?.find((x) => x.id === 'GET:/records')?.guarded;
}

describe('API-key middleware read as authentication by what it does', () => {
  it('a header looked up with raw SQL (pg pool), 401 when no row: a gate', async () => {
    expect(await guardedBy('partnerKey', `
import { pool } from './db';
export async function partnerKey(req, res, next) {
  const key = req.header('X-Partner-Key');
  if (!key) return res.status(401).json({ code: 401 });
  const { rows } = await pool.query('SELECT id FROM partner WHERE api_key = $1', [key]);
  if (rows.length === 0) return res.status(401).json({ code: 401 });
  req.partner = rows[0];
  next();
}
`)).toBe(true);
  });

  it('a header looked up with a model findOne, 403 when none: a gate', async () => {
    expect(await guardedBy('merchantCheck', `
import { Merchant } from './models';
export const merchantCheck = async (req, res, next) => {
  const merchant = await Merchant.findOne({ where: { apiKey: req.headers['x-api-key'] } });
  if (!merchant) { res.status(403).end(); return; }
  next();
};
`)).toBe(true);
  });

  it('a header checked against a Set of keys or a configured value, refused otherwise: a gate', async () => {
    expect(await guardedBy('deviceKey', `
const KEYS = new Set((process.env.DEVICE_KEYS ?? '').split(','));
export function deviceKey(req, res, next) {
  if (!KEYS.has(req.get('X-Device-Key'))) return res.sendStatus(401);
  next();
}
`)).toBe(true);
    expect(await guardedBy('hookSecret', `
import { config } from './config';
export function hookSecret(req, res, next) {
  const presented = req.headers['x-hook-secret'];
  if (presented !== config.hookSecret) return next(createError(403, 'bad secret'));
  next();
}
`)).toBe(true);
  });

  it('a header read but never refused, or refused only when missing: no gate', async () => {
    expect(await guardedBy('traceId', `
export function traceId(req, res, next) {
  const id = req.header('X-Request-Id');
  req.traceId = id ?? 'none';
  next();
}
`)).toBe(false);
    expect(await guardedBy('partnerKey', `
export function partnerKey(req, res, next) {
  const key = req.header('X-Partner-Key');
  if (!key) return res.status(401).end();
  req.partnerKey = key;
  next();
}
`)).toBe(false);
    // Looked up only to tag the request (a miss is let through).
    expect(await guardedBy('tenantOf', `
import { pool } from './db';
export async function tenantOf(req, res, next) {
  const { rows } = await pool.query('SELECT id FROM tenant WHERE host = $1', [req.get('Host')]);
  req.tenant = rows[0]?.id;
  next();
}
`)).toBe(false);
  });

  it('a header that says where the request comes from (Origin, Host, X-Forwarded-For) compared and refused: no gate', async () => {
    expect(await guardedBy('sameOrigin', `
export function sameOrigin(req, res, next) {
  if (req.get('Origin') !== process.env.APP_ORIGIN) return res.status(403).end();
  next();
}
`)).toBe(false);
    expect(await guardedBy('officeOnly', `
const OFFICE = new Set(['10.0.0.8']);
export function officeOnly(req, res, next) {
  if (!OFFICE.has(req.headers['x-forwarded-for'])) return res.sendStatus(403);
  next();
}
`)).toBe(false);
  });

  // The walk for a gate is skipped where the body's text names no `get`/`header` (every gate reads
  // a header): a header read spelled with an escaped identifier must still be walked.
  it('a header read spelled with a Unicode escape (req.h\u0065ader) is still read: a gate', async () => {
    expect(await guardedBy('partnerKey', `
import { pool } from './db';
export async function partnerKey(req, res, next) {
  const key = req.h\\u0065ader('X-Partner-Key');
  const { rows } = await pool.query('SELECT id FROM partner WHERE api_key = $1', [key]);
  if (rows.length === 0) return res.status(401).json({ code: 401 });
  next();
}
`)).toBe(true);
  });
});
