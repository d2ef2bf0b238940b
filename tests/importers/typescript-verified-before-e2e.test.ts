// End to end: an SMS log-in (Fastify) that verifies the code in a helper before it looks the
// account up by phone. Refused on a failed check, the lookup proves identity: PIPL-CODE-001 (a
// lookup by phone) PASSes, and PIPL-CODE-009 (a route reaching PI without authentication) does
// not count the read (it is the authentication itself). The same
// helper's false result ignored proves nothing: PIPL-CODE-001 FAILs (anyone's account by phone);
// PIPL-CODE-009 does not apply to a log-in route, which is reachable before authentication by design
// (the one cause, an unchecked code, is PIPL-CODE-001's finding).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: member-app, name: Member app, sector: other }
stores:
  - id: members
    kind: database
    fields:
      - { name: mobile, category: contact.phone }
      - { name: name, category: identity.name }
`;

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - type: typescript
    path: backend
    mapping:
      stores: { member: members }
`;

const SMS = `import Redis from 'ioredis';
const redis = new Redis(process.env.REDIS_URL as string);
export async function verifySmsCode(phone: string, code: string): Promise<boolean> {
  const expected = await redis.get(\`sms:login:\${phone}\`);
  if (!expected || expected !== code) return false;
  await redis.del(\`sms:login:\${phone}\`);
  return true;
}
`;

const AUTH = (refused: boolean) => `import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { prisma } from '../db';
import { verifySmsCode } from '../services/sms';
export async function authRoutes(app: FastifyInstance) {
  await app.register(rateLimit, { max: 5, timeWindow: '1 minute' });
  app.post('/api/auth/sms/login', async (request, reply) => {
    const { phone, code } = request.body as { phone: string; code: string };
${refused ? '    if (!(await verifySmsCode(phone, code))) return reply.code(401).send({ msg: \'验证码错误\' });' : '    await verifySmsCode(phone, code);'}
    const member = await prisma.member.findFirst({ where: { mobile: phone } });
    if (!member) return reply.code(404).send({});
    return { token: app.jwt.sign({ sub: member.id }, { expiresIn: '2h' }) };
  });
}
`;

interface Finding { ruleId: string; status: string; target: { key: string } }

function audit(refused: boolean): Finding[] {
  const dir = tempDir({
    'pipl-audit.yaml': PROJECT,
    'manifest/system.yaml': MANIFEST,
    'backend/package.json': '{ "name": "member-app", "private": true, "dependencies": { "fastify": "^4.28.0", "@fastify/rate-limit": "^9.0.0", "ioredis": "^5.4.0", "@prisma/client": "^5.0.0" } }',
    'backend/src/app.ts': "import Fastify from 'fastify';\nimport { authRoutes } from './routes/auth';\nconst app = Fastify();\napp.register(authRoutes);\n",
    'backend/src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
    'backend/src/services/sms.ts': SMS,
    'backend/src/routes/auth.ts': AUTH(refused),
  });
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings.filter((f) => f.target.key.startsWith('POST:/api/auth/sms/login'));
}

const statuses = (findings: Finding[], rule: string) => findings.filter((f) => f.ruleId === rule).map((f) => f.status);

describe('an SMS code verified by a helper before the account lookup', () => {
  it('refused on a failed check: PIPL-CODE-001 PASS, PIPL-CODE-009 does not apply', () => {
    const findings = audit(true);
    expect(statuses(findings, 'PIPL-CODE-001')).toEqual(['PASS']);
    // PIPL-CODE-009 does not apply: the route's only PI read is the authentication itself.
    expect(statuses(findings, 'PIPL-CODE-009')).toEqual([]);
  });

  it('the helper’s false result ignored: PIPL-CODE-001 FAIL; PIPL-CODE-009 does not apply to a log-in route', () => {
    const findings = audit(false);
    expect(statuses(findings, 'PIPL-CODE-001')).toEqual(['FAIL']);
    expect(statuses(findings, 'PIPL-CODE-009')).toEqual([]);
  });
});

// The same log-in with the helper answering the comparison (`return saved === code`, a shared
// Redis client of another file) and the account looked up by a knex chain (`{ mobile }` in
// `.where`, the call run `.first(…)`): the check used to be lost on the chain.
const SMS_KNEX = `import { redis } from './redis';
export async function checkSmsCode(mobile: string, code: string): Promise<boolean> {
  const saved = await redis.get(\`sms:login:\${mobile}\`);
  return saved === code;
}
`;

const AUTH_KNEX = `import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { db } from '../db';
import { checkSmsCode } from '../lib/sms';
export async function authRoutes(app: FastifyInstance) {
  await app.register(rateLimit, { max: 5, timeWindow: '1 minute' });
  app.post('/api/auth/sms/login', async (request, reply) => {
    const { mobile, code } = request.body as { mobile: string; code: string };
    if (!(await checkSmsCode(mobile, code))) {
      return reply.code(400).send({ code: 400, msg: '验证码错误' });
    }
    const member = await db('member').where({ mobile, status: 'active' }).first('id', 'name');
    if (!member) return reply.code(404).send({});
    return { token: app.jwt.sign({ sub: member.id }, { expiresIn: '2h' }) };
  });
}
`;

describe('an SMS code verified by a helper before a knex chain lookup', () => {
  it('PIPL-CODE-001 PASS, PIPL-CODE-009 does not apply', () => {
    const dir = tempDir({
      'pipl-audit.yaml': PROJECT,
      'manifest/system.yaml': MANIFEST,
      'backend/package.json': '{ "name": "member-app", "private": true, "dependencies": { "fastify": "^4.28.0", "@fastify/rate-limit": "^9.0.0", "ioredis": "^5.4.0", "knex": "^3.1.0", "pg": "^8.11.0" } }',
      'backend/src/app.ts': "import Fastify from 'fastify';\nimport { authRoutes } from './routes/auth';\nconst app = Fastify();\napp.register(authRoutes);\n",
      'backend/src/db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
      'backend/src/lib/redis.ts': "import Redis from 'ioredis';\nexport const redis = new Redis(process.env.REDIS_URL as string);\n",
      'backend/src/lib/sms.ts': SMS_KNEX,
      'backend/src/routes/auth.ts': AUTH_KNEX,
    });
    const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const findings = (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings.filter((f) => f.target.key.startsWith('POST:/api/auth/sms/login'));
    expect(statuses(findings, 'PIPL-CODE-001')).toEqual(['PASS']);
    expect(statuses(findings, 'PIPL-CODE-009')).toEqual([]);
  });
});
