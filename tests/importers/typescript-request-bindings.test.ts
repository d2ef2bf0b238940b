// Request values a handler names before it uses them: destructured from the request's query,
// params, body or headers, through a type assertion (`as X`, `as unknown as X`, `<X>`, `!`,
// `satisfies`), or a whole part bound to a local and read later (`const q = request.query as Q;
// q.mobile`) — in Fastify, Express, Koa and NestJS handlers. Such a local is the request's value,
// as `req.query.mobile` is: a lookup by it is keyed by the request (`requestFields`), and a unit
// field given it (a tenant id from the path) is not tied to the caller. Values bound from the
// logged-in user (`const { tenantId } = request.user as JwtUser`) stay the caller's.
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
const MAPPING = { stores: { member: 'members' } };

type Read = Extract<CodeRoute['queries'][number], { store: string }>;
const reads = (route: CodeRoute | undefined): Read[] => (route?.queries ?? []).filter((q): q is Read => 'store' in q);

const FASTIFY = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
type JwtUser = { sub: string; tenantId: string };
export async function memberRoutes(app: FastifyInstance) {
  app.get('/api/members/by-mobile', { preHandler: [app.authenticate] }, async (request, reply) => {
    const { mobile } = request.query as { mobile: string };
    return prisma.member.findFirst({ where: { mobile } });
  });
  app.get('/api/members/by-mobile-unknown', { preHandler: [app.authenticate] }, async (request) => {
    const { mobile } = request.query as unknown as { mobile: string };
    return prisma.member.findFirst({ where: { mobile } });
  });
  app.get('/api/members/by-mobile-angle', { preHandler: [app.authenticate] }, async (request) => {
    const { mobile } = <{ mobile: string }>request.query;
    return prisma.member.findFirst({ where: { mobile } });
  });
  app.get('/api/members/by-mobile-bang', { preHandler: [app.authenticate] }, async (request) => {
    const { mobile } = (request.query!) satisfies object;
    return prisma.member.findFirst({ where: { mobile: mobile } });
  });
  app.get('/api/members/by-mobile-local', { preHandler: [app.authenticate] }, async (request) => {
    const q = request.query as { mobile: string };
    return prisma.member.findFirst({ where: { mobile: q.mobile } });
  });
  app.get('/api/members/by-mobile-two-steps', { preHandler: [app.authenticate] }, async (request) => {
    const q = request.query as { mobile: string };
    const { mobile } = q;
    return prisma.member.findFirst({ where: { mobile } });
  });
  app.get('/api/tenants/:tenantId/members/export', { preHandler: [app.authenticate] }, async (request) => {
    const { tenantId } = request.params as { tenantId: string };
    return prisma.member.findMany({ where: { tenantId } });
  });
  app.get('/api/my-tenant/members/export', { preHandler: [app.authenticate] }, async (request) => {
    const { tenantId } = request.user as JwtUser;
    return prisma.member.findMany({ where: { tenantId } });
  });
  app.get('/api/members/me', { preHandler: [app.authenticate] }, async (request) => {
    const { sub } = request.user as JwtUser;
    return prisma.member.findFirst({ where: { id: sub } });
  });
  app.get('/api/members/by-header', { preHandler: [app.authenticate] }, async (request) => {
    const { 'x-mobile': mobile } = request.headers as Record<string, string>;
    return prisma.member.findFirst({ where: { mobile } });
  });
}
`;

const EXPRESS = `import { Router, Request, Response } from 'express';
import { prisma } from '../db';
export const router = Router();
router.post('/members/search', async (req: Request, res: Response) => {
  const { mobile } = req.body as { mobile: string };
  res.json(await prisma.member.findMany({ where: { mobile }, take: 20 }));
});
router.get('/branches/:branchId/members', async (req: Request, res: Response) => {
  const branchId = req.params.branchId as string;
  res.json(await prisma.member.findMany({ where: { branchId } }));
});
router.get('/members/nested', async (req: Request, res: Response) => {
  const { query: { mobile } } = req;
  res.json(await prisma.member.findFirst({ where: { mobile } }));
});
router.get('/members/computed', async (req: Request, res: Response) => {
  const found = await prisma.member.findFirst({ where: { id: req.params.id } });
  const mobile = found?.mobile;
  res.json(await prisma.member.findFirst({ where: { name: mobile } }));
});
`;

const KOA = `import Router from '@koa/router';
import { prisma } from '../db';
export const router = new Router();
router.post('/app/members/lookup', async (ctx) => {
  const { mobile } = ctx.request.body as { mobile: string };
  ctx.body = await prisma.member.findFirst({ where: { mobile } });
});
router.get('/app/stations/:stationId/members', async (ctx) => {
  const { stationId } = ctx.params;
  ctx.body = await prisma.member.findMany({ where: { stationId } });
});
`;

const NEST = `import { Body, Controller, Post } from '@nestjs/common';
import { PrismaService } from './prisma.service';
class LookupDto { mobile!: string }
@Controller('nest/members')
export class MembersController {
  constructor(private readonly prisma: PrismaService) {}
  @Post('lookup')
  lookup(@Body() dto: LookupDto) {
    const { mobile } = dto;
    return this.prisma.member.findFirst({ where: { mobile } });
  }
}
`;

const PRISMA_SERVICE = "import { Injectable } from '@nestjs/common';\nimport { PrismaClient } from '@prisma/client';\n@Injectable()\nexport class PrismaService extends PrismaClient {}\n";

const project = tempDir({
  'package.json': '{"name":"members","dependencies":{"fastify":"4","express":"4","@koa/router":"12","@nestjs/common":"10","@prisma/client":"5"}}',
  'src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
  'src/routes/members.ts': FASTIFY,
  'src/app.ts': "import Fastify from 'fastify';\nimport { memberRoutes } from './routes/members';\nconst app = Fastify();\napp.register(memberRoutes);\n",
  'src/express/members.ts': EXPRESS,
  'src/koa/members.ts': KOA,
  'src/nest/prisma.service.ts': PRISMA_SERVICE,
  'src/nest/members.controller.ts': NEST,
});
const result = scanCode(project, declared(), MAPPING);
const first = async (id: string): Promise<Read> => {
  const q = reads(routeOf(await result, id))[0];
  expect(q, id).toBeDefined();
  return q as Read;
};

describe('typescript importer: locals bound from the request are request values', () => {
  it('Fastify: a query value destructured through as, as unknown as, <X>, ! and satisfies, or read off a local part, keys the lookup by the request', async () => {
    for (const path of ['by-mobile', 'by-mobile-unknown', 'by-mobile-angle', 'by-mobile-bang', 'by-mobile-local', 'by-mobile-two-steps', 'by-header']) {
      const q = await first(`GET:/api/members/${path}`);
      expect(q.lookupFields, path).toEqual(['mobile']);
      expect(q.requestFields, path).toEqual(['mobile']);
    }
  });

  it('Fastify: a tenant id destructured from the path is no tie to the caller; one from request.user is', async () => {
    const path = await first('GET:/api/tenants/:tenantId/members/export');
    expect(path.ownerCondition).toBe(false);
    expect(path.requestFields).toEqual(['tenantId']);
    const own = await first('GET:/api/my-tenant/members/export');
    expect(own.ownerCondition).toBe(true);
    expect(own.requestFields).toBeUndefined();
    const me = await first('GET:/api/members/me');
    expect(me.ownerCondition).toBe(true);
    expect(me.lookupFields).toEqual([]);
  });

  it('Express: a body value through as, a path value bound plainly, a nested pattern off req', async () => {
    expect((await first('POST:/members/search')).requestFields).toEqual(['mobile']);
    const branch = await first('GET:/branches/:branchId/members');
    expect(branch.ownerCondition).toBe(false);
    expect(branch.requestFields).toEqual(['branchId']);
    expect((await first('GET:/members/nested')).requestFields).toEqual(['mobile']);
  });

  it('Express: a value the code read from a record (a call’s result) stays untraced, not the request', async () => {
    const [, second] = reads(routeOf(await result, 'GET:/members/computed'));
    expect(second?.lookupFields).toEqual(['name']);
    expect(second?.requestFields).toBeUndefined();
  });

  it('Koa: ctx.request.body through as, ctx.params destructured', async () => {
    expect((await first('POST:/app/members/lookup')).requestFields).toEqual(['mobile']);
    const station = await first('GET:/app/stations/:stationId/members');
    expect(station.ownerCondition).toBe(false);
    expect(station.requestFields).toEqual(['stationId']);
  });

  it('NestJS: a value destructured from a @Body() parameter', async () => {
    expect((await first('POST:/nest/members/lookup')).requestFields).toEqual(['mobile']);
  });
});
