// NestJS with Prisma, as real projects write them: handler parameters bound by @Query/@Param/
// @Body/@Headers (request values, as req.query.x is).
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { CodeRoute } from '../src/inventory/manifest-schema.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';
import { filesUnder } from './support/files-under.js';

function declared() {
  const inventory = emptyInventory();
  const field = (name: string, category: string) => ({ name, category });
  inventory.interfaces.push({ id: 'merchant-phone-lookup', kind: 'api' } as never, { id: 'ops-dashboard', kind: 'api' } as never);
  inventory.stores.push({
    id: 'orders',
    kind: 'table',
    // status, cityCode and amount hold no PI: not listed.
    fields: [field('contactPhone', 'contact.phone'), field('contactName', 'identity.name'), field('address', 'contact.address')],
  });
  inventory.roles.push({ id: 'merchant' }, { id: 'ops' });
  return inventory;
}

async function load(dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared: declared() });
}

const routeOf = (r: ImportResult, id: string) => r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
const PKG = '{"name":"shop","dependencies":{"@nestjs/common":"10","@nestjs/core":"10","@prisma/client":"5"}}';
const PRISMA = ["import { Injectable } from '@nestjs/common';", "import { PrismaClient } from '@prisma/client';", '@Injectable()', 'export class PrismaService extends PrismaClient {}'].join('\n');

function controller(body: string[], main?: string[]): string {
  return tempDir({
    'package.json': PKG,
    'src/prisma.service.ts': PRISMA,
    ...(main ? { 'src/main.ts': main.join('\n') } : {}),
    'src/orders.controller.ts': [
      "import { Body, Controller, Get, Headers, Param, Post, Query, SetMetadata } from '@nestjs/common';",
      "import { PrismaService } from './prisma.service';",
      "export const Roles = (...roles: string[]) => SetMetadata('roles', roles);",
      "@Roles('merchant')",
      "@Controller('merchant/orders')",
      'export class OrdersController {',
      '  constructor(private readonly prisma: PrismaService) {}',
      ...body,
      '}',
    ].join('\n'),
  });
}

describe('NestJS: decorated handler parameters are request values', () => {
  it('@Query(name), @Param(name), a whole @Body() and @Query() object, @Headers(name): requestFields', async () => {
    const dir = controller([
      "  @Get('by-phone')",
      "  byPhone(@Query('phone') phone: string) {",
      '    return this.prisma.order.findMany({ where: { contactPhone: phone }, take: 50 });',
      '  }',
      "  @Get('by-city/:cityCode')",
      "  byCity(@Param('cityCode') cityCode: string) {",
      '    return this.prisma.order.findMany({ where: { cityCode }, take: 50 });',
      '  }',
      "  @Post('search')",
      '  search(@Body() dto: { phone: string }) {',
      '    return this.prisma.order.findMany({ where: { contactPhone: dto.phone }, take: 50 });',
      '  }',
      "  @Get('find')",
      '  find(@Query() q: { name: string }) {',
      '    return this.prisma.order.findMany({ where: { contactName: q.name }, take: 50 });',
      '  }',
      "  @Get('by-header')",
      "  byHeader(@Headers('x-city') city: string) {",
      '    return this.prisma.order.findMany({ where: { cityCode: city }, take: 50 });',
      '  }',
    ]);
    const r = await load(dir);
    expect(routeOf(r, 'GET:/merchant/orders/by-phone').queries[0]).toMatchObject({ lookupFields: ['contactPhone'], requestFields: ['contactPhone'], ownerCondition: false });
    expect(routeOf(r, 'GET:/merchant/orders/by-city/:cityCode').queries[0]).toMatchObject({ requestFields: ['cityCode'] });
    expect(routeOf(r, 'POST:/merchant/orders/search').queries[0]).toMatchObject({ requestFields: ['contactPhone'] });
    expect(routeOf(r, 'GET:/merchant/orders/find').queries[0]).toMatchObject({ requestFields: ['contactName'] });
    expect(routeOf(r, 'GET:/merchant/orders/by-header').queries[0]).toMatchObject({ requestFields: ['cityCode'] });
  });

  it('an undecorated parameter, one of a same-named decorator not from Nest, or a service parameter stays untraced', async () => {
    const dir = controller([
      "  @Get('plain')",
      '  plain(phone: string) {',
      '    return this.prisma.order.findMany({ where: { contactPhone: phone }, take: 50 });',
      '  }',
      "  @Get('shadowed')",
      "  shadowed(@Query('phone') phone: string) {",
      '    const run = (phone: string) => this.prisma.order.findMany({ where: { contactPhone: phone }, take: 50 });',
      '    return run(phone.trim());',
      '  }',
    ]);
    const r = await load(dir);
    const plain = routeOf(r, 'GET:/merchant/orders/plain').queries[0];
    expect(plain).toMatchObject({ lookupFields: ['contactPhone'] });
    expect(plain && 'requestFields' in plain ? plain.requestFields : undefined).toBeUndefined();
  });
});
