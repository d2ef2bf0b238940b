// A log-in route is one a password is presented to. A handler that only verifies the bearer token
// an earlier log-in issued (jsonwebtoken's jwt.verify, a NestJS JwtService, a bare `verify`
// imported from a token library), even through a helper in a module that also checks passwords
// elsewhere, takes no password: it is not a log-in route. A password library's `verify`
// (argon2.verify) still is one. Nor is a key a machine caller presents in a request header
// (`x-partner-token`) compared with a configured secret or a stored hash, in constant time or by
// bcrypt: a person's password comes in the body, and one compared so is still a log-in.
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

const loginOf = (r: ImportResult, id: string) => r.manifest.codeRoutes?.find((x) => x.id === id)?.login;

const ROUTES = `
import { Router } from 'express';
import { currentMember, passwordMatches } from './auth';
const router = Router();
router.post('/api/member/me/freeze', async (req, res) => {
  const me = currentMember(req);
  if (!me) return res.status(401).end();
  res.json({ frozen: true });
});
router.post('/api/member/session-start', async (req, res) => {
  const ok = await passwordMatches(req.body.memberNo, req.body.password);
  if (!ok) return res.status(401).end();
  res.json({ ok });
});
export default router;
`;

describe('token verification is not a password check', () => {
  it('jwt.verify in a helper beside a bcrypt check: the token route is no log-in, the password route is one', async () => {
    const r = await load({
      'src/auth.ts': `
import jwt from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
export function currentMember(req) {
  const header = req.headers.authorization ?? '';
  try { return jwt.verify(header.slice(7), process.env.MEMBER_SECRET); } catch { return null; }
}
export async function passwordMatches(memberNo, plain) {
  const hash = await loadHash(memberNo);
  return bcrypt.compare(plain, hash);
}
async function loadHash(memberNo) { return ''; }
`,
      'src/routes.ts': ROUTES,
    });
    expect(loginOf(r, 'POST:/api/member/me/freeze')).toBe(false);
    expect(loginOf(r, 'POST:/api/member/session-start')).toBe(true);
  });

  it('a bare verify imported from jsonwebtoken, and a JwtService field: no log-in', async () => {
    const r = await load({
      'src/auth.ts': `
import { verify } from 'jsonwebtoken';
import { JwtService } from '@nestjs/jwt';
class Tokens { constructor(private readonly jwtService: JwtService) {} check(t) { return this.jwtService.verify(t); } }
const tokens = new Tokens(new JwtService());
export function currentMember(req) { return verify(req.headers.authorization, 'k') && tokens.check(req.headers.authorization); }
export async function passwordMatches(memberNo, plain) { return false; }
`,
      'src/routes.ts': ROUTES,
    });
    expect(loginOf(r, 'POST:/api/member/me/freeze')).toBe(false);
  });

  it('argon2.verify compares a password: the route is a log-in route', async () => {
    const r = await load({
      'src/auth.ts': `
import argon2 from 'argon2';
export function currentMember(req) { return null; }
export async function passwordMatches(memberNo, plain) { return argon2.verify(await loadHash(memberNo), plain); }
async function loadHash(memberNo) { return ''; }
`,
      'src/routes.ts': ROUTES,
    });
    expect(loginOf(r, 'POST:/api/member/session-start')).toBe(true);
    expect(loginOf(r, 'POST:/api/member/me/freeze')).toBe(false);
  });
});

describe('a signature compared in constant time is not a password check', () => {
  it('a webhook comparing an HMAC with timingSafeEqual is no log-in route; a scrypt hash compared so is one', async () => {
    const r = await load({
      'src/hooks.ts': `
import { Router } from 'express';
import { createHmac, scryptSync, timingSafeEqual } from 'node:crypto';
const router = Router();
router.post('/api/hooks/payment', (req, res) => {
  const expected = createHmac('sha256', process.env.HOOK_KEY).update(req.rawBody).digest();
  const signature = Buffer.from(String(req.headers['x-signature']), 'hex');
  if (!timingSafeEqual(expected, signature)) return res.status(401).end();
  res.json({ ok: true });
});
router.post('/api/staff/sign-in', async (req, res) => {
  const stored = await loadHash(req.body.user);
  const derived = scryptSync(req.body.password, 'salt', 64);
  if (!timingSafeEqual(derived, stored)) return res.status(401).end();
  res.json({ ok: true });
});
async function loadHash(user) { return Buffer.alloc(64); }
export default router;
`,
    });
    expect(loginOf(r, 'POST:/api/hooks/payment')).toBe(false);
    expect(loginOf(r, 'POST:/api/staff/sign-in')).toBe(true);
  });
});

describe('a key presented in a request header is not a password', () => {
  it('timingSafeEqual of a header token with a configured secret (Express, Koa, NestJS): no log-in route', async () => {
    const r = await load({
      'src/express.ts': `
import { Router } from 'express';
import crypto from 'node:crypto';
const router = Router();
router.post('/api/partner/sync', async (req, res) => {
  const presented = Buffer.from(String(req.headers['x-partner-token'] ?? ''));
  const expected = Buffer.from(process.env.PARTNER_TOKEN ?? '');
  if (presented.length !== expected.length || !crypto.timingSafeEqual(presented, expected)) return res.status(401).end();
  res.json({ ok: true });
});
router.post('/api/partner/push', async (req, res) => {
  if (!crypto.timingSafeEqual(Buffer.from(req.get('X-Token') as string), Buffer.from(process.env.PUSH_TOKEN as string))) return res.sendStatus(403);
  res.json({ ok: true });
});
export default router;
`,
      'src/koa.ts': `
import Router from '@koa/router';
import { timingSafeEqual } from 'crypto';
const router = new Router();
router.post('/api/partner/koa-sync', async (ctx) => {
  const token = ctx.get('x-partner-token');
  const ok = token.length === 32 && timingSafeEqual(Buffer.from(token), Buffer.from(process.env.PARTNER_TOKEN!));
  if (!ok) ctx.throw(401);
  ctx.body = { ok };
});
export default router;
`,
      'src/partner.controller.ts': `
import { Controller, Post, Headers, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
@Controller('api/partner')
export class PartnerController {
  @Post('nest-sync')
  sync(@Headers('x-partner-token') token: string) {
    if (!timingSafeEqual(Buffer.from(token), Buffer.from(process.env.PARTNER_TOKEN ?? ''))) throw new UnauthorizedException();
    return { ok: true };
  }
}
`,
    });
    for (const id of ['POST:/api/partner/sync', 'POST:/api/partner/push', 'POST:/api/partner/koa-sync', 'POST:/api/partner/nest-sync']) expect(loginOf(r, id), id).toBe(false);
  });

  it('bcrypt.compare of an API-key header with a stored hash: no log-in; a body password (also against a hash looked up by a tenant header) or a Basic-auth password compared so: a log-in', async () => {
    const r = await load({
      'src/routes.ts': `
import { Router } from 'express';
import bcrypt from 'bcryptjs';
import { timingSafeEqual } from 'node:crypto';
import { findClient, findAdmin, findTenantHash } from './store';
const router = Router();
router.post('/api/clients/report', async (req, res) => {
  const apiKey = req.header('x-api-key') ?? '';
  const client = await findClient(req.body.clientId);
  if (!client || !(await bcrypt.compare(apiKey, client.keyHash))) return res.status(401).end();
  res.json({ ok: true });
});
router.post('/api/admin/enter', async (req, res) => {
  if (!timingSafeEqual(Buffer.from(String(req.body.password)), Buffer.from(process.env.ADMIN_PASSWORD ?? ''))) return res.status(401).end();
  res.json({ ok: true });
});
router.post('/api/tenant/sign-in', async (req, res) => {
  const stored = await findTenantHash(req.headers['x-tenant-id'], req.body.user);
  if (!stored || !(await bcrypt.compare(req.body.secret, stored))) return res.status(401).end();
  res.json({ ok: true });
});
router.post('/api/staff/basic', async (req, res) => {
  const [user, pass] = Buffer.from(String(req.headers.authorization).split(' ')[1] ?? '', 'base64').toString().split(':');
  const admin = await findAdmin(user);
  if (!admin || !(await bcrypt.compare(pass, admin.passwordHash))) return res.status(401).end();
  res.json({ ok: true });
});
export default router;
`,
      'src/store.ts': 'export async function findClient(id) { return null; }\nexport async function findAdmin(name) { return null; }\nexport async function findTenantHash(tenant, user) { return null; }\n',
    });
    expect(loginOf(r, 'POST:/api/clients/report')).toBe(false);
    expect(loginOf(r, 'POST:/api/admin/enter')).toBe(true);
    expect(loginOf(r, 'POST:/api/tenant/sign-in')).toBe(true);
    expect(loginOf(r, 'POST:/api/staff/basic')).toBe(true);
  });
});
