// End to end: a partner's machine key checked by the handler itself, in a Koa handler given only
// its context. The route that compares the key header with a configured secret and refuses with
// 401/403 is authenticated (PIPL-CODE-009 PASS); the same key compared in constant time
// (`timingSafeEqual`) is no person's password, so the route is no log-in route (PIPL-CODE-007 does
// not apply) and is judged as an authenticated route instead. A route without the check still FAILs.
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
      stores: { resident: residents }
`;

const ROUTES = `import Router from '@koa/router';
import { timingSafeEqual } from 'node:crypto';
import { prisma } from '../db';
const router = new Router();
router.get('/api/partner/residents', async (ctx) => {
  if (ctx.get('x-api-key') !== process.env.PARTNER_KEY) ctx.throw(401, 'unknown partner');
  ctx.body = await prisma.resident.findMany({ take: 50 });
});
router.post('/api/partner/residents/sync', async (ctx) => {
  const presented = Buffer.from(ctx.get('x-partner-token'));
  const expected = Buffer.from(process.env.PARTNER_TOKEN ?? '');
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    ctx.status = 403;
    return;
  }
  ctx.body = await prisma.resident.findMany({ take: 50 });
});
router.get('/api/open/residents', async (ctx) => {
  ctx.body = await prisma.resident.findMany({ take: 50 });
});
export default router;
`;

interface Finding { ruleId: string; status: string; target: { key: string } }

describe('a Koa handler checking a partner key itself', () => {
  const dir = tempDir({
    'pipl-audit.yaml': PROJECT,
    'manifest/system.yaml': MANIFEST,
    'backend/package.json': '{ "name": "community", "private": true, "dependencies": { "koa": "^2.15.0", "@koa/router": "^12.0.0", "@prisma/client": "^5.0.0" } }',
    'backend/src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
    'backend/src/routes/residents.ts': ROUTES,
  });
  const result = runCli(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--include-passed'], { cwd: dir });
  const statuses = (rule: string, route: string) => {
    const findings = (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings;
    return findings.filter((f) => f.ruleId === rule && f.target.key === route).map((f) => f.status);
  };

  it('the key compared with a configured secret, or in constant time: PIPL-CODE-009 PASS, no log-in route for PIPL-CODE-007; no check: FAIL', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(statuses('PIPL-CODE-009', 'GET:/api/partner/residents')).toEqual(['PASS']);
    expect(statuses('PIPL-CODE-009', 'POST:/api/partner/residents/sync')).toEqual(['PASS']);
    expect(statuses('PIPL-CODE-007', 'POST:/api/partner/residents/sync')).toEqual([]);
    expect(statuses('PIPL-CODE-009', 'GET:/api/open/residents')).toEqual(['FAIL']);
  });
});
