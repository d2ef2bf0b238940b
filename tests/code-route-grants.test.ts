// Roles from route guards become grants: a route restricted to a role (requireRole('agent'),
// @Roles, a Fastify preHandler) whose handler reads a PI store gives the manifest role mapped from
// it a read of that store, on the route's interface, with the scope the query's filter gives,
// cited at the route, so the query-rights rules judge it. A grant the manifest states too is one
// cause: one item of the grant view, one finding citing both the manifest and the route. End to
// end through the built CLI's program, run in-process (tests/support/run-cli-in-process.ts: the
// subject is the report and the views, not the process; tests/code-scan-cli.test.ts spawns the CLI
// on a code scan written to -o, and the views command is spawned elsewhere); the scanned code is
// parsed, never run.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { filesUnder } from './support/files-under.js';
import { runCliInProcess } from './support/run-cli-in-process.js';
import { tempDir } from './support/temp-dir.js';

const PROJECT = `version: 1
manifests: [manifest]
sources:
  - type: typescript
    path: backend
    mapping:
      roles: { agent: service-agent, nurse: ward-nurse }
      stores: { patient: patients }
      routes: { "GET /patients/search": patient-lookup }
`;

const MANIFEST = (agentGrants: string) => `apiVersion: pipl-audit/v1
system: { id: clinic, name: Clinic, sector: medical }
stores:
  - id: patients
    kind: table
    records: 200000
    fields:
      - { name: name, category: identity.name }
      - { name: mobile, category: contact.phone }
      - { name: diagnosis, category: health.record }
interfaces:
  - { id: patient-lookup, kind: query-screen, store: patients, lookupKeys: [mobile], returns: [name, mobile, diagnosis], masked: [], trigger: none, logged: true }
roles:
  - id: service-agent
    kind: business
    jobScope: unit
${agentGrants}
  - id: ward-nurse
    kind: business
    jobScope: unit
`;

const APP = `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireLogin, requireRole } from './auth';
const prisma = new PrismaClient();
const app = express();
app.use(requireLogin);

app.get('/patients/search', requireRole('agent'), async (req, res) => {
  const rows = await prisma.patient.findMany({ where: { mobile: String(req.query.mobile) }, take: 10 });
  res.json(rows);
});

app.get('/ward/patients', requireRole('nurse'), async (req, res) => {
  res.json(await prisma.patient.findMany({ where: { wardId: req.user.wardId }, take: 50 }));
});

app.get('/patients/count', requireRole('nurse'), async (req, res) => {
  res.json(await prisma.patient.count());
});
app.listen(3000);
`;

const AUTH = `export function requireLogin(req, res, next) { if (!req.user) return res.status(401).end(); next(); }
export function requireRole(...roles: string[]) { return (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end()); }
`;

function project(agentGrants: string): string {
  return tempDir({
    'pipl-audit.yaml': PROJECT,
    'manifest/m.yaml': MANIFEST(agentGrants),
    'backend/package.json': '{ "name": "clinic-api", "dependencies": { "express": "4", "@prisma/client": "5" } }',
    'backend/src/app.ts': APP,
    'backend/src/auth.ts': AUTH,
  });
}

interface Finding { ruleId: string; status: string; target: { key: string }; evidence: Array<{ file: string; line?: number }>; members?: { items: Array<{ key: string }> } }
async function audit(dir: string): Promise<Finding[]> {
  const r = await runCliInProcess(['audit', '.', '--format', 'json', '-o', 'report.json', '--fail-on', 'none', '--lang', 'en'], { cwd: dir });
  expect(r.stderr).not.toMatch(/error/i);
  return (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { findings: Finding[] }).findings;
}
interface GrantItem { key: string; grant: { scope: string; codeRoute?: string; interface?: string; store?: string } }
async function grantView(dir: string): Promise<GrantItem[]> {
  const r = await runCliInProcess(['views', '.', '--view', 'grant'], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as GrantItem[];
}
const memberKeys = (f: Finding | undefined) => (f?.members?.items ?? []).map((m) => m.key);
const places = (f: Finding | undefined) => [...new Set((f?.evidence ?? []).map((e) => `${e.file}:${e.line ?? ''}`))];

describe('route roles become grants', () => {
  it('a grant the manifest states and the route shows is one item and one finding citing both', async () => {
    const dir = project('    grants:\n      - { interface: patient-lookup, actions: [read], scope: any }');
    const items = (await grantView(dir)).filter((i) => i.key.startsWith('service-agent>'));
    expect(items.map((i) => i.key)).toEqual(['service-agent>patient-lookup']);
    const findings = (await audit(dir)).filter((f) => f.ruleId === 'PIPL-QRY-010' && f.status === 'FAIL');
    // One finding: PIPL-QRY-010 groups grants by the point that should trigger access (here the
    // interface), so the grant is its one member.
    expect(findings).toHaveLength(1);
    expect(memberKeys(findings[0])).toEqual(['service-agent>patient-lookup']);
    expect(places(findings[0])).toEqual(expect.arrayContaining(['manifest/m.yaml:18', 'backend/src/app.ts:8']));
  });

  it('a grant only the code shows is judged on the code alone, cited at the route', async () => {
    const dir = project('');
    const findings = (await audit(dir)).filter((f) => f.ruleId === 'PIPL-QRY-010' && f.status === 'FAIL');
    // One finding: PIPL-QRY-010 groups grants by the point that should trigger access (here the
    // interface), so the grant is its one member.
    expect(findings).toHaveLength(1);
    expect(memberKeys(findings[0])).toEqual(['service-agent>patient-lookup']);
    expect(places(findings[0])).toContain('backend/src/app.ts:8');
    expect(places(findings[0])).not.toContain('manifest/m.yaml:18');
  });

  it('the scope is the one the query filters by; an aggregate grants nothing; beside a narrower stated grant the route adds none', async () => {
    const dir = project('    grants:\n      - { interface: patient-lookup, actions: [read], scope: unit }');
    const items = await grantView(dir);
    const nurse = items.filter((i) => i.key.startsWith('ward-nurse>'));
    // wardId: req.user.wardId ties the rows to the nurse's ward (unit); count() reads no one's PI.
    expect(nurse.map((i) => [i.key, i.grant.scope, i.grant.codeRoute])).toEqual([['ward-nurse>store:patients', 'unit', 'GET:/ward/patients']]);
    const agent = items.filter((i) => i.key.startsWith('service-agent>')).map((i) => [i.key, i.grant.scope, i.grant.codeRoute ?? null]);
    // The narrower statement may be enforced where the scan cannot see (a policy engine): the code's
    // wider reading is PIPL-CODE-001's to judge on the query, not a second grant.
    expect(agent).toEqual([['service-agent>patient-lookup', 'unit', null]]);
  });

  it('the code query rules keep judging the query itself: a route grant is not the route roles’ scope', async () => {
    // With no stated grant, the route's own grant (any) is not read back as the scope of its roles: unstated, as before.
    const r = await runCliInProcess(['views', '.', '--view', 'code-query'], { cwd: project('') });
    const items = JSON.parse(r.stdout) as Array<{ key: string; roleScope: string | null }>;
    expect(items.find((i) => i.key === 'GET:/patients/search>patients')?.roleScope).toBeNull();
    // A stated grant still is.
    const stated = JSON.parse((await runCliInProcess(['views', '.', '--view', 'code-query'], { cwd: project('    grants:\n      - { interface: patient-lookup, actions: [read], scope: unit }') })).stdout) as Array<{ key: string; roleScope: string | null }>;
    expect(stated.find((i) => i.key === 'GET:/patients/search>patients')?.roleScope).toBe('unit');
  });
});

describe('route roles become grants: the guard forms', () => {
  it('Fastify preHandler [app.authorize([…])] and NestJS @Roles give their mapped roles a grant at the route; unmapped roles get none', async () => {
    const dir = tempDir({
      'package.json': '{"name":"x"}',
      'src/fastify.ts': `import Fastify from 'fastify';
import { prisma } from './db';
const app = Fastify();
app.get('/renters/:id', { preHandler: [app.authenticate, app.authorize(['agent'])] }, async (req) => prisma.renter.findUnique({ where: { id: req.params.id } }));
app.get('/renters', { preHandler: [app.authorize(['temp'])] }, async () => prisma.renter.findMany({ take: 10 }));
`,
      'src/renters.controller.ts': `import { Controller, Get, Param } from '@nestjs/common';
import { Roles } from './roles.decorator';
@Controller('admin/renters')
export class RentersController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('mine')
  @Roles('supervisor')
  mine(@CurrentUser() user) { return this.prisma.renter.findMany({ where: { storeId: user.storeId }, take: 20 }); }
}
`,
      'src/roles.decorator.ts': `import { SetMetadata } from '@nestjs/common';\nexport const Roles = (...roles: string[]) => SetMetadata('roles', roles);\n`,
      'src/db.ts': `import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n`,
    });
    const declared = emptyInventory();
    declared.stores.push({ id: 'renters', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }] });
    declared.roles.push({ id: 'service-agent' }, { id: 'store-supervisor' });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
    const r = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: { roles: { agent: 'service-agent', supervisor: 'store-supervisor' } }, declared });
    const grants = (r.grants ?? []).map((g) => [g.role, g.grant.store, g.grant.scope, g.grant.codeRoute, g.place.file]).sort();
    expect(grants).toEqual([
      ['service-agent', 'renters', 'any', 'GET:/renters/:id', 'src/fastify.ts'],
      ['store-supervisor', 'renters', 'unit', 'GET:/admin/renters/mine', 'src/renters.controller.ts'],
    ]);
    // The unmapped code role is a role of its own, without route grants.
    expect(r.manifest.roles?.find((x) => x.id === 'temp')?.grants ?? []).toEqual([]);
  });
});
