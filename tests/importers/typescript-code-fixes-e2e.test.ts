// End to end, two general causes of false findings on real code:
// - Fastify's route options naming the handler (`fastify.get(path, { preValidation:
//   fastify.authenticate, handler })`): the hook guards the route, so PIPL-CODE-009 (PI reached
//   without authentication) PASSes; the same options without a hook FAIL.
// - Koa's `ctx.state` (set by middleware, never by the client): a resident read by a path id
//   within `ctx.state.communityId` is tied to the caller, so PIPL-CODE-011 PASSes (it failed
//   before, the community an untraced variable); within the community the query string names, FAIL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: community-app, name: Community app, sector: other }
stores:
  - id: residents
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
      stores: { resident: residents, residents: residents }
`;

interface Finding { ruleId: string; status: string; target: { key: string } }

function audit(files: Record<string, string>): Finding[] {
  const dir = tempDir({ 'pipl-audit.yaml': PROJECT, 'manifest/system.yaml': MANIFEST, ...files });
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings;
}
const statuses = (findings: Finding[], rule: string, route: string) => findings.filter((f) => f.ruleId === rule && f.target.key.startsWith(route)).map((f) => f.status);

const FASTIFY = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
export async function residentRoutes(fastify: FastifyInstance) {
  fastify.get('/api/residents', {
    preValidation: fastify.authenticate,
    handler: async () => prisma.resident.findMany({ take: 20 }),
  });
  fastify.get('/api/open/residents', { schema: {}, handler: async () => prisma.resident.findMany({ take: 20 }) });
}
`;

const KOA = `import Router from '@koa/router';
import { db } from '../db';
import { requireLogin } from '../auth';
const router = new Router();
router.get('/api/community/residents/:id', requireLogin, async (ctx) => {
  ctx.body = await db('residents').where({ id: ctx.params.id, community_id: ctx.state.communityId }).first();
});
router.get('/api/any/residents/:id', requireLogin, async (ctx) => {
  ctx.body = await db('residents').where({ id: ctx.params.id, community_id: ctx.query.communityId }).first();
});
export default router;
`;

describe('Fastify route options naming the handler', () => {
  const findings = audit({
    'backend/package.json': '{ "name": "community", "private": true, "dependencies": { "fastify": "^4.28.0", "@prisma/client": "^5.0.0" } }',
    'backend/src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
    'backend/src/routes/residents.ts': FASTIFY,
    'backend/src/app.ts': "import Fastify from 'fastify';\nimport { residentRoutes } from './routes/residents';\nconst app = Fastify();\napp.register(residentRoutes);\n",
  });
  it('a preValidation hook in the options guards the route: PIPL-CODE-009 PASS; no hook: FAIL', () => {
    expect(statuses(findings, 'PIPL-CODE-009', 'GET:/api/residents')).toEqual(['PASS']);
    expect(statuses(findings, 'PIPL-CODE-009', 'GET:/api/open/residents')).toEqual(['FAIL']);
  });
});

describe("Koa's ctx.state is the caller's", () => {
  const findings = audit({
    'backend/package.json': '{ "name": "community", "private": true, "dependencies": { "koa": "^2.15.0", "@koa/router": "^12.0.0", "knex": "^3.1.0", "pg": "^8.11.0" } }',
    'backend/src/db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
    'backend/src/auth.ts': "import jwt from 'jsonwebtoken';\nexport async function requireLogin(ctx: any, next: () => Promise<void>) { ctx.state.user = jwt.verify(ctx.get('Authorization'), 'k'); await next(); }\n",
    'backend/src/routes/residents.ts': KOA,
  });
  it('a resident by id within the community kept in ctx.state: PIPL-CODE-011 PASS; within the community the query string names: FAIL', () => {
    expect(statuses(findings, 'PIPL-CODE-011', 'GET:/api/community/residents/:id')).toEqual(['PASS']);
    expect(statuses(findings, 'PIPL-CODE-011', 'GET:/api/any/residents/:id')).toEqual(['FAIL']);
  });
});
