// Fastify's two-argument route form, whose only argument after the path is the route options
// object naming the handler as its `handler` property:
// `fastify.get('/profile', { preValidation: fastify.authenticate, handler: async (req, reply) => … })`.
// The hooks in that object (onRequest, preValidation, preHandler, one or an array) guard the route
// as they do in the three-argument form, and the handler is the `handler` property's function.
import { describe, expect, it } from 'vitest';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { tempDir } from '../support/temp-dir.js';
import { routeOf, scanCode } from '../support/scan-code.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push({ id: 'employees', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'name', category: 'identity.name' }] });
  return inventory;
}

const ROUTES = `import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
export async function profileRoutes(fastify: FastifyInstance) {
  fastify.get('/profile', {
    preValidation: fastify.authenticate,
    handler: async (req, reply) => {
      const user = req.user as { sub: number };
      return prisma.employee.findUnique({ where: { id: user.sub } });
    },
  });
  const listEmployees = async () => prisma.employee.findMany({ take: 20 });
  fastify.get('/employees', { onRequest: [fastify.authenticate, fastify.requireAdmin], handler: listEmployees });
  fastify.get('/open', { schema: { querystring: {} }, handler: async () => prisma.employee.findMany({ take: 20 }) });
}
`;

const project = tempDir({
  'package.json': '{"name":"hr","dependencies":{"fastify":"4","@prisma/client":"5"}}',
  'src/db.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
  'src/routes/profile.ts': ROUTES,
  'src/app.ts': "import Fastify from 'fastify';\nimport { profileRoutes } from './routes/profile';\nconst app = Fastify();\napp.register(profileRoutes, { prefix: '/api' });\n",
});
const result = scanCode(project, declared(), { stores: { employee: 'employees' } });

describe('typescript importer: Fastify route options naming the handler', () => {
  it('reads the hooks of the options object as the route middleware and the handler from its `handler` property', async () => {
    const r = await result;
    const profile = routeOf(r, 'GET:/api/profile');
    expect(profile).toMatchObject({ framework: 'fastify', guarded: true, middleware: ['fastify.authenticate'] });
    expect(profile.queries.some((q) => 'store' in q && q.store === 'employees')).toBe(true);
    // An array of hooks, the handler a function named by reference.
    const list = routeOf(r, 'GET:/api/employees');
    expect(list).toMatchObject({ guarded: true, middleware: ['fastify.authenticate', 'fastify.requireAdmin'] });
    expect(list.queries.some((q) => 'store' in q && q.store === 'employees')).toBe(true);
  });

  it('options without a hook leave the route unguarded, its handler still read', async () => {
    const open = routeOf(await result, 'GET:/api/open');
    expect(open).toMatchObject({ guarded: false });
    expect(open.middleware ?? []).toEqual([]);
    expect(open.queries.some((q) => 'store' in q && q.store === 'employees')).toBe(true);
  });
});
