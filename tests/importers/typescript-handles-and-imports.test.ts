// The code scan on shapes real Express/TypeORM code commonly has, which it once passed over:
// repositories obtained from a helper function, a module constant or a class field; a body-size
// limit that is no rate limit; constants (a key with a literal fallback, a token lifetime)
// imported from a config module; a cookie carrying a token under a name that does not say so;
// a password literal in a module constant whose name contains "admin".
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';


async function load(files: Record<string, string>, system?: { id: string; name: string; operator?: string }): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  const declared = emptyInventory();
  if (system) declared.system = system as unknown as NonNullable<typeof declared.system>;
  declared.stores.push(
    { id: 'resumes', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }] },
    { id: 'accounts', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }] },
  );
  const mapping = { stores: { Resume: 'resumes', Account: 'accounts' } };
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping, declared });
}

const DATA_SOURCE = `
import { DataSource } from 'typeorm';
import { Resume } from './entities/Resume';
import { Account } from './entities/Account';
export const AppDataSource = new DataSource({ type: 'mysql', entities: [Resume, Account] });
export const resumeRepo = () => AppDataSource.getRepository(Resume);
export function accountStore() { return AppDataSource.getRepository(Account); }
export const resumes = AppDataSource.getRepository(Resume);
`;

const routeOf = (r: ImportResult, id: string) => r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
const storesOf = (route: CodeRoute) => route.queries.map((q) => ('store' in q ? q.store : undefined));

describe('code scan: repositories obtained through helpers, constants and class fields', () => {
  it('a helper returning getRepository(Model), in another file, a function declaration, a module constant and an alias are followed to the model', async () => {
    const r = await load({
      'src/data-source.ts': DATA_SOURCE,
      'src/repos.ts': `export { resumeRepo as resumeRepository } from './data-source';\n`,
      'src/routes.ts': `
import { Router } from 'express';
import { resumeRepo, accountStore, resumes } from './data-source';
import { resumeRepository } from './repos';
export const router = Router();
router.get('/by-phone', async (req, res) => {
  const resume = await resumeRepo().findOne({ where: { phone: String(req.query.phone) } });
  res.json(resume);
});
router.get('/accounts/:id', async (req, res) => res.json(await accountStore().findOneBy({ id: Number(req.params.id) })));
router.get('/constant/:id', async (req, res) => res.json(await resumes.findOneBy({ id: Number(req.params.id) })));
router.get('/reexported/:id', async (req, res) => res.json(await resumeRepository().findOneBy({ id: Number(req.params.id) })));
router.get('/local', async (req, res) => {
  const repo = resumeRepo();
  res.json(await repo.find({ where: { city: String(req.query.city) } }));
});
router.get('/array', async (req, res) => {
  const list = [1, 2, 3];
  res.json(list.find((x) => x === 2));
});
`,
    });
    const byPhone = routeOf(r, 'GET:/by-phone');
    expect(byPhone.queries).toHaveLength(1);
    expect(byPhone.queries[0]).toMatchObject({ store: 'resumes', model: 'Resume', operation: 'find-one', lookupFields: ['phone'], requestSupplied: true });
    expect(storesOf(routeOf(r, 'GET:/accounts/:id'))).toEqual(['accounts']);
    expect(storesOf(routeOf(r, 'GET:/constant/:id'))).toEqual(['resumes']);
    expect(storesOf(routeOf(r, 'GET:/reexported/:id'))).toEqual(['resumes']);
    expect(storesOf(routeOf(r, 'GET:/local'))).toEqual(['resumes']);
    // An array's find is no query: a handle that names no repository drops it.
    expect(routeOf(r, 'GET:/array').queries).toEqual([]);
  });

  it('class fields: assigned from getRepository in the constructor, initialised, or injected with @InjectRepository', async () => {
    const r = await load({
      'src/data-source.ts': DATA_SOURCE,
      'src/resume.service.ts': `
import { Controller, Get, Param } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppDataSource } from './data-source';
import { Resume } from './entities/Resume';
import { Account } from './entities/Account';
@Controller('people')
export class PeopleController {
  private people = AppDataSource.getRepository(Resume);
  private store;
  constructor(@InjectRepository(Account) private readonly users: Repository<Account>) {
    this.store = AppDataSource.getRepository(Account);
  }
  @Get(':id')
  one(@Param('id') id: string) { return this.people.findOneBy({ id: Number(id) }); }
  @Get('accounts/:id')
  account(@Param('id') id: string) { return this.users.findOneBy({ id: Number(id) }); }
  @Get('store/:id')
  stored(@Param('id') id: string) { return this.store.findOne({ where: { id: Number(id) } }); }
}
`,
    });
    expect(storesOf(routeOf(r, 'GET:/people/:id'))).toEqual(['resumes']);
    expect(storesOf(routeOf(r, 'GET:/people/accounts/:id'))).toEqual(['accounts']);
    expect(storesOf(routeOf(r, 'GET:/people/store/:id'))).toEqual(['accounts']);
  });
});

describe('code scan: only rate limiters limit the rate', () => {
  it('express.json({ limit }) and bodyParser limits are body-size limits; rateLimit(…) and a limiter constant are rate limits', async () => {
    const r = await load({
      'src/app.ts': `
import express from 'express';
import bodyParser from 'body-parser';
import rateLimit from 'express-rate-limit';
const app = express();
app.use(express.json({ limit: '2mb' }));
app.use(bodyParser.urlencoded({ limit: '1mb', extended: true }));
const loginLimiter = rateLimit({ windowMs: 60000, max: 10 });
app.post('/open/login', async (req, res) => res.json({}));
app.post('/limited/login', loginLimiter, async (req, res) => res.json({}));
app.post('/inline/login', rateLimit({ max: 5 }), async (req, res) => res.json({}));
`,
    });
    expect(routeOf(r, 'POST:/open/login').rateLimited).toBe(false);
    expect(routeOf(r, 'POST:/limited/login').rateLimited).toBe(true);
    expect(routeOf(r, 'POST:/inline/login').rateLimited).toBe(true);
  });
});

const sites = (r: ImportResult) => r.manifest.codeCredentialSites ?? [];

describe('code scan: constants imported from another project file', () => {
  it('a JWT key with a literal fallback and token lifetimes defined in config.ts are followed through the import (and a namespace import)', async () => {
    const r = await load({
      'src/config.ts': `
export const JWT_SECRET = process.env.JWT_SECRET || 'caipin@2019#jwt-sign';
export const TOKEN_TTL = '30d';
export const SHORT_TTL = 7200;
export const API_KEY = process.env.API_KEY;
`,
      'src/auth.ts': `
import jwt from 'jsonwebtoken';
import { JWT_SECRET, TOKEN_TTL } from './config';
import * as conf from './config';
export function issue(id: number) { return jwt.sign({ sub: id }, JWT_SECRET, { expiresIn: TOKEN_TTL }); }
export function issueShort(id: number) { return jwt.sign({ sub: id }, conf.API_KEY, { expiresIn: conf.SHORT_TTL }); }
`,
    });
    const signing = sites(r).filter((s) => s.kind === 'key' && s.keyUse === 'jwt-signing');
    const fallback = signing.find((s) => s.name === 'JWT_SECRET');
    expect(fallback).toMatchObject({ keySource: 'fallback-literal', hardCoded: true });
    expect(fallback?.keyId).toMatch(/^JWT_SECRET@(src\/)?config\.ts:2:/);
    expect(signing.find((s) => s.name === 'conf.API_KEY')).toMatchObject({ keySource: 'environment', hardCoded: false });
    const lifetimes = sites(r).filter((s) => s.kind === 'jwt').map((s) => s.expiresInSeconds).sort();
    expect(lifetimes).toEqual([2592000, 7200]);
  });

  it('a name no import leads to stays unstated', async () => {
    const r = await load({
      'src/auth.ts': `
import jwt from 'jsonwebtoken';
import { TTL } from 'some-package';
export function issue(id: number, key: string) { return jwt.sign({ sub: id }, key, { expiresIn: TTL }); }
`,
    });
    const jwtSite = sites(r).find((s) => s.kind === 'jwt');
    expect(jwtSite).toBeDefined();
    expect(jwtSite?.expiresInSeconds).toBeUndefined();
  });
});

describe('code scan: a cookie is judged by what it carries', () => {
  it('res.cookie under any name carrying a signed token is a session cookie; a preference cookie is not', async () => {
    const r = await load({
      'src/auth.ts': `
import jwt from 'jsonwebtoken';
import { Router } from 'express';
export const router = Router();
router.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: 1 }, process.env.KEY as string, { expiresIn: '30d' });
  res.cookie('cp_rt', token, { httpOnly: true, sameSite: 'lax' });
  const t2 = jwt.sign({ sub: 1 }, process.env.KEY as string, { expiresIn: '1h' });
  res.cookie('x1', t2, { httpOnly: true, secure: true });
  res.cookie('lang', String(req.query.lang), { maxAge: 1000 });
  res.json({ ok: true });
});
`,
    });
    const cookies = sites(r).filter((s) => s.kind === 'session-cookie');
    expect(cookies.map((c) => [c.name, c.httpOnly, c.secure])).toEqual([
      ['cp_rt', true, false],
      ['x1', true, true],
    ]);
  });
});

describe('code scan: a password literal held in a module constant', () => {
  it('DEFAULT_ADMIN_PASSWORD and adminPassword are passwords; PASSWORD_MIN_LENGTH and passwordHash are not', async () => {
    const r = await load({
      'src/init-admin.ts': `
import bcrypt from 'bcryptjs';
const DEFAULT_ADMIN_PASSWORD = 'caipin123';
const adminPassword = 'Admin@2024';
const PASSWORD_MIN_LENGTH = '8';
const passwordHash = 'x';
export async function initAdmin() { return bcrypt.hash(DEFAULT_ADMIN_PASSWORD + adminPassword + PASSWORD_MIN_LENGTH + passwordHash, 10); }
`,
    });
    const literals = sites(r).filter((s) => s.kind === 'hard-coded-password').map((s) => s.name).sort();
    expect(literals).toEqual(['DEFAULT_ADMIN_PASSWORD', 'adminPassword']);
  });
});

describe('code scan: a stored password named by its hash algorithm', () => {
  it('a log-in comparing passwordMd5 with the digest of the presented password, with an exit, is a credential check on its lookup', async () => {
    const r = await load({
      'src/data-source.ts': DATA_SOURCE,
      'src/auth.ts': `
import { Router } from 'express';
import { createHash } from 'crypto';
import { accountStore } from './data-source';
export const router = Router();
router.post('/legacy/login', async (req, res) => {
  const { mobile, password } = req.body;
  const account = await accountStore().findOneBy({ mobile });
  const digest = createHash('md5').update(password).digest('hex');
  if (!account || account.passwordMd5 !== digest) return res.status(401).end();
  res.json({ ok: true });
});
router.post('/legacy/lookup', async (req, res) => {
  const account = await accountStore().findOneBy({ mobile: req.body.mobile });
  if (!account || account.nickname !== req.body.nickname) return res.status(404).end();
  res.json(account);
});
`,
    });
    const login = routeOf(r, 'POST:/legacy/login').queries[0];
    expect(login).toMatchObject({ store: 'accounts', callerCheck: { kind: 'credential-check', name: 'passwordMd5' } });
    // A comparison of a field that holds no password proves nothing.
    expect(routeOf(r, 'POST:/legacy/lookup').queries[0]).toMatchObject({ store: 'accounts', callerCheck: false });
  });
});

describe("code scan: a password built on the system's own names is guessable", () => {
  it("zxcvbn rates a literal with the system's id, name and operator as user inputs: caipin123 is weak for a system called Caipin, not for another", async () => {
    const files = { 'src/seed.ts': "export const DEFAULT_ADMIN_PASSWORD = 'caipin123';\n" };
    const score = (r: ImportResult) => sites(r).find((s) => s.kind === 'hard-coded-password')?.strengthScore;
    expect(score(await load(files, { id: 'caipin', name: 'Caipin online recruitment', operator: 'Hangzhou Caipin Network Technology Co., Ltd.' }))).toBeLessThan(3);
    expect(score(await load(files, { id: 'courier', name: 'Courier outlets' }))).toBeGreaterThanOrEqual(3);
  });
});
