// A log-in's own lookup: an account found by a phone number from the request is answered only to
// whoever proves to hold it — a password compared after the read (bcrypt, a model's own method),
// a password or one-time code in the lookup's own condition, or a one-time code checked first with
// the same phone — and the shapes that look alike but prove nothing (an existence check, a coupon
// code, a comparison whose failure does not exit). Express + Prisma and NestJS + Mongoose.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

const DIR = join(REPO_ROOT, 'tests/fixtures/typescript/log-in-lookups');

async function load(): Promise<ImportResult> {
  const inputs = readdirSync(DIR).sort().map((f) => readSourceInput(join(DIR, f), relative(REPO_ROOT, join(DIR, f))));
  const declared = emptyInventory();
  declared.stores.push({ id: 'members', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
  const mapping = { stores: { member: 'members', Customer: 'members' } };
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared });
}

const result = load();
const memberReads = async (id: string) => {
  const r = (await result).manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
  expect(r, id).toBeDefined();
  const reads = r.queries.filter((q): q is Extract<CodeRoute['queries'][number], { store: string }> => 'store' in q && q.store === 'members' && (q.operation === 'find-one' || q.operation === 'find-many'));
  expect(reads.length, `${id} reads members`).toBeGreaterThan(0);
  return reads;
};

describe('typescript importer: a log-in proves who the caller is', () => {
  it('a password compared after the read, exiting on a mismatch, checks the account read by phone', async () => {
    const [q] = await memberReads('POST:/auth/login');
    expect(q?.lookupFields).toEqual(['phone']);
    expect(q?.callerCheck).toEqual({ kind: 'credential-check', name: 'passwordHash', line: 15 });
  });

  it('the comparison kept in a variable (through a conditional) and refused afterwards counts the same', async () => {
    const [q] = await memberReads('POST:/auth/token');
    expect(q?.callerCheck).toMatchObject({ kind: 'credential-check', name: 'passwordHash' });
  });

  it('an SMS code checked first with the same phone gates the account read (password reset; NestJS SMS log-in)', async () => {
    const [q] = await memberReads('POST:/auth/reset-password');
    expect(q?.callerCheck).toMatchObject({ kind: 'credential-gate', name: 'verificationCode' });
    const [sms] = await memberReads('POST:/api/session/sms');
    expect(sms?.callerCheck).toMatchObject({ kind: 'credential-gate', name: 'OtpToken' });
  });

  it('a one-time code read from Redis by the phone, compared with the presented code and refused on a mismatch, gates the account read (ioredis with Koa, node-redis with Express)', async () => {
    const [koa] = await memberReads('POST:/app/sms/login');
    expect(koa?.callerCheck).toEqual({ kind: 'credential-gate', name: 'redis', line: 14 });
    const [express] = await memberReads('POST:/auth/otp/verify');
    expect(express?.callerCheck).toEqual({ kind: 'credential-gate', name: 'client', line: 11 });
  });

  it('a one-time code held in a class field Map under the phone, compared with the presented code, gates the account read (NestJS service)', async () => {
    const [q] = await memberReads('POST:/api/phone/login');
    expect(q?.callerCheck).toEqual({ kind: 'credential-gate', name: 'codes', line: 18 });
  });

  it('a Map read never compared, or a coupon keyed by its own id compared with a code, proves nothing', async () => {
    for (const id of ['POST:/api/phone/pending', 'POST:/api/phone/redeem']) {
      for (const q of await memberReads(id)) expect(q.callerCheck, id).toBe(false);
    }
  });

  it('a cached code compared but only logged, read but never compared, or a captcha keyed by its own id proves nothing', async () => {
    for (const id of ['POST:/app/sms/lenient', 'POST:/app/sms/pending', 'POST:/app/captcha/lookup']) {
      for (const q of await memberReads(id)) expect(q.callerCheck, id).toBe(false);
    }
  });

  it('a model’s own password method (customer.comparePassword) checks the record it is called on', async () => {
    const [q] = await memberReads('POST:/api/session/password');
    expect(q?.callerCheck).toMatchObject({ kind: 'credential-check', name: 'comparePassword' });
  });

  it('an existence check, a coupon code, a comparison that only logs, and a bare lookup prove nothing', async () => {
    for (const id of ['GET:/auth/exists', 'POST:/coupons/claim', 'POST:/auth/legacy-login', 'POST:/api/session/lookup']) {
      for (const q of await memberReads(id)) expect(q.callerCheck, id).toBe(false);
    }
  });

  it('a throttler guard or a log-in rate limiter limits attempts but authenticates no one', async () => {
    const routes = (await result).manifest.codeRoutes ?? [];
    for (const id of ['POST:/api/session/sms', 'POST:/api/session/lookup', 'POST:/auth/login']) {
      const r = routes.find((x) => x.id === id);
      expect(r?.guarded, id).toBe(false);
      expect(r?.rateLimited, id).toBe(true);
    }
  });
});

describe('typescript importer: an Egg.js SMS log-in', () => {
  const eggApp = (controllerBody: string[]) => tempDir({
    'package.json': '{"name":"egg-shop","dependencies":{"egg":"3"}}',
    'app/router.ts': [
      "import { Application } from 'egg';",
      'export default (app: Application) => {',
      '  const { router, controller } = app;',
      "  router.post('/api/sms/login', controller.session.smsLogin);",
      '};',
    ].join('\n'),
    'app/controller/session.ts': [
      "import { Controller } from 'egg';",
      'export default class SessionController extends Controller {',
      '  public async smsLogin() {',
      '    const { ctx } = this;',
      '    const { phone, code } = ctx.request.body;',
      ...controllerBody,
      "    ctx.body = { token: ctx.app.jwt.sign({ id: member.id }, 's') };",
      '  }',
      '}',
    ].join('\n'),
    'app/service/otp.ts': [
      "import { Service } from 'egg';",
      'export default class OtpService extends Service {',
      '  public async verify(phone: string, code: string) {',
      '    const saved = await this.app.redis.get(`otp:${phone}`);',
      '    if (!saved || saved !== code) return false;',
      '    await this.app.redis.del(`otp:${phone}`);',
      '    return true;',
      '  }',
      '}',
    ].join('\n'),
    'app/service/member.ts': [
      "import { Service } from 'egg';",
      'export default class MemberService extends Service {',
      '  public async findByPhone(phone: string) {',
      "    return this.app.mysql.get('member', { phone });",
      '  }',
      '}',
    ].join('\n'),
  });
  const memberRead = async (dir: string) => {
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
    const declared = emptyInventory();
    declared.stores.push({ id: 'members', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
    const r = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: { stores: { member: 'members' } }, declared });
    const route = r.manifest.codeRoutes?.find((x) => x.id === 'POST:/api/sms/login') as CodeRoute;
    return route.queries.find((q): q is Extract<CodeRoute['queries'][number], { store: string }> => 'store' in q && q.store === 'members');
  };

  it('a code checked by a service (ctx.service.otp.verify) for the same phone, refused on failure, gates the account read through the service by its Egg name', async () => {
    const q = await memberRead(eggApp([
      '    const ok = await ctx.service.otp.verify(phone, code);',
      '    if (!ok) { ctx.status = 400; return; }',
      '    const member = await ctx.service.member.findByPhone(phone);',
    ]));
    expect(q?.callerCheck).toMatchObject({ kind: 'credential-gate', name: 'verify' });
  });

  it('the same check whose failure does not end the handler proves nothing', async () => {
    const q = await memberRead(eggApp([
      '    const ok = await ctx.service.otp.verify(phone, code);',
      "    if (!ok) ctx.logger.warn('bad code');",
      '    const member = await ctx.service.member.findByPhone(phone);',
    ]));
    expect(q?.callerCheck).toBe(false);
  });
});
