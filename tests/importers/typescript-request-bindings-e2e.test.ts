// End to end: a Fastify handler that names its request values through destructuring and a type
// assertion (`const { mobile } = request.query as { mobile: string }`, `const { tenantId } =
// request.params as …`). The lookup by the phone number is keyed by the request, so a stated
// unit scope does not pass it (PIPL-CODE-001 FAIL); an export of whichever tenant the path names
// is no read of the caller's own tenant (PIPL-CODE-011 FAIL). The same reads keyed by values
// bound from `request.user` PASS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: member-crm, name: Member CRM, sector: other }
stores:
  - id: members
    kind: database
    fields:
      - { name: mobile, category: contact.phone }
      - { name: name, category: identity.name }
roles:
  - id: outlet-staff
    kind: business
    grants:
      - { store: members, actions: [read], scope: unit }
`;

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - type: typescript
    path: backend
    mapping:
      roles: { outlet-staff: outlet-staff }
      stores: { member: members }
`;

const GUARDS = `import type { FastifyReply, FastifyRequest } from 'fastify';
export async function requireLogin(req: FastifyRequest, reply: FastifyReply) {
  try { await req.jwtVerify(); } catch { return reply.code(401).send({ msg: 'login' }); }
}
export function requireRole(...roles: string[]) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!roles.includes((req.user as { role: string }).role)) return reply.code(403).send({});
  };
}
`;

const ROUTES = (fromUser: boolean) => `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
import { requireLogin, requireRole } from '../guards';
type JwtUser = { sub: string; tenantId: string; role: string };
export async function memberRoutes(app: FastifyInstance) {
  app.addHook('preHandler', requireLogin);
  app.addHook('preHandler', requireRole('outlet-staff'));
  app.get('/members/by-mobile', async (request) => {
    const { mobile } = request.query as { mobile: string };
${fromUser ? `    const { tenantId } = request.user as JwtUser;
    return prisma.member.findFirst({ where: { mobile, tenantId } });` : `    return prisma.member.findFirst({ where: { mobile } });`}
  });
  app.get('/tenants/:tenantId/members/export', async (request) => {
    const { tenantId } = ${fromUser ? 'request.user as JwtUser' : 'request.params as { tenantId: string }'};
    return prisma.member.findMany({ where: { tenantId } });
  });
}
`;

const APP = `import Fastify from 'fastify';
import { memberRoutes } from './routes/members';
const app = Fastify();
app.register(memberRoutes, { prefix: '/api' });
app.listen({ port: 3000 });
`;

interface Finding { ruleId: string; status: string; target: { key: string }; evidence: Array<{ file: string; line?: number }>; aspects?: Array<{ ruleId: string; status: string }> }

function audit(fromUser: boolean): Finding[] {
  const dir = tempDir({
    'pipl-audit.yaml': PROJECT,
    'manifest/system.yaml': MANIFEST,
    'backend/package.json': '{ "name": "member-crm", "private": true, "dependencies": { "fastify": "^4.28.0", "@prisma/client": "^5.0.0" } }',
    'backend/src/app.ts': APP,
    'backend/src/guards.ts': GUARDS,
    'backend/src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
    'backend/src/routes/members.ts': ROUTES(fromUser),
  });
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings;
}

const on = (findings: Finding[], rule: string, route: string) => findings.filter((f) => f.ruleId === rule && f.target.key.startsWith(route));

describe('request values named through destructuring and a type assertion (Fastify)', () => {
  const fromRequest = audit(false);
  const fromUser = audit(true);

  it('a lookup by a phone number destructured from request.query as {…}, under a stated unit scope: PIPL-CODE-001 FAIL', () => {
    const [f] = on(fromRequest, 'PIPL-CODE-001', 'GET:/api/members/by-mobile');
    expect(f?.status).toBe('FAIL');
    expect(f?.evidence.map((e) => `${e.file}:${e.line}`)).toContain('backend/src/routes/members.ts:10');
  });

  it('an export of the tenant the path names (request.params as {…}): PIPL-CODE-011 FAIL, PIPL-CODE-002 its aspect', () => {
    const [f] = on(fromRequest, 'PIPL-CODE-011', 'GET:/api/tenants/:tenantId/members/export');
    expect(f?.status).toBe('FAIL');
    // A multi-row read with no owner condition and no cap, too: the same missing tie, so PIPL-CODE-002
    // is an aspect of the PIPL-CODE-011 finding, not a finding of its own.
    expect(on(fromRequest, 'PIPL-CODE-002', 'GET:/api/tenants/:tenantId/members/export')).toEqual([]);
    expect(f?.aspects?.map((a) => `${a.ruleId} ${a.status}`)).toEqual(['PIPL-CODE-002 FAIL']);
  });

  it('the same reads keyed by the tenant bound from request.user: PASS (PIPL-CODE-011 does not apply to a read with an owner condition)', () => {
    expect(on(fromUser, 'PIPL-CODE-001', 'GET:/api/members/by-mobile').map((f) => f.status)).toEqual(['PASS']);
    expect(on(fromUser, 'PIPL-CODE-002', 'GET:/api/tenants/:tenantId/members/export').map((f) => f.status)).toEqual(['PASS']);
    expect(on(fromUser, 'PIPL-CODE-011', 'GET:/api/tenants/:tenantId/members/export').filter((f) => f.status === 'FAIL')).toEqual([]);
  });
});
