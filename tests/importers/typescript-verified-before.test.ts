// A one-time code verified in a separate call before the account is looked up (an SMS log-in):
// `if (!(await verifySmsCode(phone, code))) return reply.code(401)…`, or a helper that throws,
// awaited as a statement of its own. The helper is followed by name, as calls are elsewhere; the
// lookup proves identity only where the helper itself checks a one-time code and fails in a way
// that ends the handler, and the lookup uses a request value the helper was given. Fastify with
// ioredis helpers, and a NestJS service.
import { describe, expect, it } from 'vitest';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { tempDir } from '../support/temp-dir.js';
import { routeOf, scanCode } from '../support/scan-code.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'members', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
  return inventory;
}

const SMS = `import Redis from 'ioredis';
import { prisma } from '../db';
const redis = new Redis(process.env.REDIS_URL as string);
/** true when the code matches the one sent to the phone. */
export async function verifySmsCode(phone: string, code: string): Promise<boolean> {
  const expected = await redis.get(\`sms:login:\${phone}\`);
  if (!expected || expected !== code) return false;
  await redis.del(\`sms:login:\${phone}\`);
  return true;
}
/** Throws when the code does not match. */
export async function assertSmsCode(phone: string, code: string): Promise<void> {
  const expected = await redis.get(\`sms:login:\${phone}\`);
  if (expected !== code) throw new Error('验证码错误');
}
/** A code kept as JSON with its expiry, under a key built first: true when it matches. */
export async function checkLoginCode(phone: string, code: string): Promise<boolean> {
  const key = \`sms:login:\${phone}\`;
  const raw = await redis.get(key);
  if (!raw) return false;
  const entry = JSON.parse(raw);
  return entry.code === code && entry.expiresAt > Date.now();
}
/** The unused code sent to the phone, or nothing. */
export async function findValidCode(phone: string, code: string) {
  const record = await prisma.smsCode.findFirst({ where: { phone, code, usedAt: null, expiresAt: { gt: new Date() } } });
  return record !== null;
}
/** The latest code sent to the phone, its code compared with the presented one; throws on a mismatch. */
export const requireLatestCode = async (phone: string, code: string) => {
  const latest = await prisma.smsCode.findFirst({ where: { phone }, orderBy: { createdAt: 'desc' } });
  if (!latest || latest.code !== code || latest.expiresAt < new Date()) throw new Error('验证码错误');
};
/** Every code ever sent to the phone: a list, never falsy. */
export async function codesOf(phone: string, code: string) {
  return prisma.smsCode.findMany({ where: { phone, code } });
}
/** Compares nothing it read: true for any code of six digits. */
export async function looksLikeCode(phone: string, code: string): Promise<boolean> {
  return code.length === 6 && phone.length === 11;
}
/** Sends a welcome text: checks nothing. */
export async function sendWelcome(phone: string): Promise<void> {
  await redis.set(\`welcome:\${phone}\`, '1');
}
`;

const AUTH = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
import { assertSmsCode, checkLoginCode, codesOf, findValidCode, requireLatestCode, looksLikeCode, sendWelcome, verifySmsCode } from '../services/sms';
type SmsLogin = { phone: string; code: string; referrerPhone?: string };
export async function authRoutes(app: FastifyInstance) {
  app.post('/api/auth/sms/login', async (request, reply) => {
    const { phone, code } = request.body as SmsLogin;
    if (!(await verifySmsCode(phone, code))) return reply.code(401).send({ msg: '验证码错误' });
    const member = await prisma.member.findFirst({ where: { mobile: phone } });
    return { token: app.jwt.sign({ sub: member?.id }) };
  });
  app.post('/api/auth/sms/login-kept', async (request, reply) => {
    const body = request.body as SmsLogin;
    const ok = await verifySmsCode(body.phone, body.code);
    if (!ok) {
      return reply.code(401).send({ msg: '验证码错误' });
    }
    return prisma.member.findFirst({ where: { mobile: body.phone } });
  });
  app.post('/api/auth/sms/login-throws', async (request) => {
    const { phone, code } = request.body as SmsLogin;
    await assertSmsCode(phone, code);
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/login-json', async (request, reply) => {
    const { phone, code } = request.body as SmsLogin;
    const valid = await checkLoginCode(phone, code);
    if (!valid) throw app.httpErrors.unauthorized('验证码错误');
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/login-record', async (request, reply) => {
    const { phone, code } = request.body as SmsLogin;
    if (!(await findValidCode(phone, code))) return reply.code(401).send({});
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/login-latest', async (request) => {
    const { phone, code } = request.body as SmsLogin;
    await requireLatestCode(phone, code);
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/code-list', async (request, reply) => {
    const { phone, code } = request.body as SmsLogin;
    if (!(await codesOf(phone, code))) return reply.code(401).send({});
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/shape-only', async (request, reply) => {
    const { phone, code } = request.body as SmsLogin;
    if (!(await looksLikeCode(phone, code))) return reply.code(400).send({});
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/result-ignored', async (request) => {
    const { phone, code } = request.body as SmsLogin;
    await verifySmsCode(phone, code);
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/other-value', async (request, reply) => {
    const { phone, code, referrerPhone } = request.body as SmsLogin;
    if (!(await verifySmsCode(phone, code))) return reply.code(401).send({});
    return prisma.member.findFirst({ where: { mobile: referrerPhone } });
  });
  app.post('/api/auth/sms/only-logged', async (request) => {
    const { phone, code } = request.body as SmsLogin;
    const ok = await verifySmsCode(phone, code);
    if (!ok) request.log.warn('bad sms code');
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
  app.post('/api/auth/sms/caught', async (request) => {
    const { phone, code } = request.body as SmsLogin;
    try {
      await assertSmsCode(phone, code);
      return await prisma.member.findFirst({ where: { mobile: phone } });
    } catch (e) {
      request.log.warn(e);
      return null;
    }
  });
  app.post('/api/auth/sms/welcome', async (request) => {
    const { phone } = request.body as SmsLogin;
    await sendWelcome(phone);
    return prisma.member.findFirst({ where: { mobile: phone } });
  });
}
`;

const NEST_SMS = `import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRedis } from '@nestjs-modules/ioredis';
import Redis from 'ioredis';
@Injectable()
export class SmsService {
  constructor(@InjectRedis() private readonly redis: Redis) {}
  async checkCode(mobile: string, smsCode: string): Promise<void> {
    const cached = await this.redis.get(\`otp:\${mobile}\`);
    if (!cached || cached !== smsCode) throw new UnauthorizedException('验证码错误');
  }
}
`;

const NEST_CONTROLLER = `import { Body, Controller, Post } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { SmsService } from './sms.service';
class SmsLoginDto { mobile!: string; smsCode!: string }
@Controller('nest/auth')
export class AuthController {
  constructor(private readonly prisma: PrismaService, private readonly sms: SmsService) {}
  @Post('sms-login')
  async smsLogin(@Body() dto: SmsLoginDto) {
    await this.sms.checkCode(dto.mobile, dto.smsCode);
    return this.prisma.member.findFirst({ where: { mobile: dto.mobile } });
  }
}
`;

const project = tempDir({
  'package.json': '{"name":"members","dependencies":{"fastify":"4","ioredis":"5","@nestjs/common":"10","@prisma/client":"5"}}',
  'src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
  'src/services/sms.ts': SMS,
  'src/routes/auth.ts': AUTH,
  'src/app.ts': "import Fastify from 'fastify';\nimport { authRoutes } from './routes/auth';\nconst app = Fastify();\napp.register(authRoutes);\n",
  'src/nest/prisma.service.ts': "import { Injectable } from '@nestjs/common';\nimport { PrismaClient } from '@prisma/client';\n@Injectable()\nexport class PrismaService extends PrismaClient {}\n",
  'src/nest/sms.service.ts': NEST_SMS,
  'src/nest/auth.controller.ts': NEST_CONTROLLER,
});
const result = scanCode(project, declared(), { stores: { member: 'members' } });

type Read = Extract<CodeRoute['queries'][number], { store: string }>;
const lookup = async (id: string): Promise<Read> => {
  const route = routeOf(await result, id);
  expect(route, id).toBeDefined();
  const q = route.queries.find((x): x is Read => 'store' in x && x.store === 'members');
  expect(q, id).toBeDefined();
  return q as Read;
};

describe('typescript importer: a one-time code verified by a call before the lookup', () => {
  it('a helper returning false on a mismatch, its result tested and refused (inline or kept in a variable): the lookup by that phone proves identity', async () => {
    expect((await lookup('POST:/api/auth/sms/login')).callerCheck).toEqual({ kind: 'credential-gate', name: 'verifySmsCode', line: 8 });
    expect((await lookup('POST:/api/auth/sms/login-kept')).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'verifySmsCode' });
  });

  it('a helper answering the comparison itself (`return entry.code === code && …`, a JSON entry under a key built first; a one-time-code record)', async () => {
    expect((await lookup('POST:/api/auth/sms/login-json')).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'checkLoginCode' });
    // A one-time-code record found by phone and code, answered as `record !== null`.
    expect((await lookup('POST:/api/auth/sms/login-record')).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'findValidCode' });
  });

  it('a helper that throws on a mismatch, awaited as a statement (Fastify function, NestJS service method)', async () => {
    expect((await lookup('POST:/api/auth/sms/login-throws')).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'assertSmsCode' });
    // The latest one-time-code record read by phone, its code compared with the presented one.
    expect((await lookup('POST:/api/auth/sms/login-latest')).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'requireLatestCode' });
    expect((await lookup('POST:/nest/auth/sms-login')).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'checkCode' });
  });

  it('proves nothing: a false result ignored, a lookup by another value, a failure that only logs, a throw caught, a helper checking no code (or only the code’s shape), a list of codes (never falsy)', async () => {
    for (const path of ['result-ignored', 'other-value', 'only-logged', 'caught', 'welcome', 'shape-only', 'code-list']) {
      expect((await lookup(`POST:/api/auth/sms/${path}`)).callerCheck, path).toBe(false);
    }
  });
});

// The shape found on real code: a Fastify plugin whose SMS log-in checks the code in a helper of
// another file (`return saved === code`, the key a template literal inside `redis.get(…)`), then
// looks the employee up with a knex chain whose condition is the shorthand `{ mobile }` in an
// earlier link than the call run (`.first(…)`). The lookup used to be matched against the
// verified values by the last link's arguments only, and lost the check.
const KNEX_SMS = (client: 'shared' | 'ioredis') => `${client === 'shared' ? "import { redis } from './redis';" : "import Redis from 'ioredis';\nconst redis = new Redis(process.env.REDIS_URL as string);"}
export async function checkSmsCode(mobile: string, code: string): Promise<boolean> {
  const saved = await redis.get(\`sms:login:\${mobile}\`);
  return ${client === 'shared' ? 'saved === code' : 'code === saved'};
}
`;

const KNEX_AUTH = (lookupValue: string) => `import type { FastifyInstance } from 'fastify';
import { db } from '../db';
import { checkSmsCode } from '../lib/sms';
export async function authRoutes(app: FastifyInstance) {
  app.post('/sms/login', async (request, reply) => {
    const { mobile, code, inviterMobile } = request.body as { mobile: string; code: string; inviterMobile?: string };
    if (!(await checkSmsCode(mobile, code))) {
      return reply.code(400).send({ code: 400, msg: '验证码错误' });
    }
    const emp = await db('employees').where({ ${lookupValue}, status: 'active' }).first('id', 'tenant_id');
    if (!emp) return reply.code(404).send({ code: 404 });
    return { token: app.jwt.sign({ sub: emp.id, tenantId: emp.tenant_id }) };
  });
}
`;

function knexProject(client: 'shared' | 'ioredis', lookupValue = 'mobile') {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'employees', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
  const dir = tempDir({
    'package.json': '{"name":"hr","dependencies":{"fastify":"4","ioredis":"5","knex":"3"}}',
    'src/lib/redis.ts': "import Redis from 'ioredis';\nexport const redis = new Redis(process.env.REDIS_URL as string);\n",
    'src/lib/sms.ts': KNEX_SMS(client),
    'src/db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
    'src/routes/auth.ts': KNEX_AUTH(lookupValue),
    'src/app.ts': "import Fastify from 'fastify';\nimport { authRoutes } from './routes/auth';\nconst app = Fastify();\napp.register(authRoutes, { prefix: '/api/auth' });\n",
  });
  return scanCode(dir, inventory, {});
}

describe('typescript importer: a code verified by a helper before a knex chain lookup', () => {
  const employeeRead = async (r: ReturnType<typeof knexProject>) => routeOf(await r, 'POST:/api/auth/sms/login').queries.find((q): q is Read => 'store' in q && q.store === 'employees') as Read;
  it('the helper in another file on a shared Redis client, `return saved === code`: the lookup by `{ mobile }` in an earlier link proves identity', async () => {
    expect((await employeeRead(knexProject('shared'))).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'checkSmsCode' });
  });
  it('the same with its own ioredis client and the comparison reversed (`code === saved`)', async () => {
    expect((await employeeRead(knexProject('ioredis'))).callerCheck).toMatchObject({ kind: 'credential-gate', name: 'checkSmsCode' });
  });
  it('a lookup by another request value than the one the code was sent to proves nothing', async () => {
    expect((await employeeRead(knexProject('shared', 'mobile: inviterMobile'))).callerCheck).toBe(false);
  });
});
