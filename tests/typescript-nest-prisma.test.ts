// NestJS with Prisma, as real projects write them: handler parameters bound by @Query/@Param/
// @Body/@Headers (request values, as req.query.x is), `app.setGlobalPrefix('api')` in main.ts, and
// Prisma `groupBy` (its `by` fields and aggregates, not whole rows).
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import { tempDir } from './support/temp-dir.js';
import { routeIds, routeOf, scanCode } from './support/scan-code.js';

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

const load = (dir: string, mapping: Record<string, unknown> = {}): Promise<ImportResult> => scanCode(dir, declared(), mapping);

const ids = routeIds;
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
    // The inner function's own `phone` parameter binds the name there, not the handler's @Query('phone').
    const shadowed = routeOf(r, 'GET:/merchant/orders/shadowed').queries[0];
    expect(shadowed).toMatchObject({ lookupFields: ['contactPhone'] });
    expect(shadowed && 'requestFields' in shadowed ? shadowed.requestFields : undefined).toBeUndefined();
  });
});

describe('NestJS: app.setGlobalPrefix', () => {
  const BY_PHONE = ["  @Get('by-phone')", "  byPhone(@Query('phone') phone: string) {", '    return this.prisma.order.findMany({ where: { contactPhone: phone }, take: 50 });', '  }'];
  const main = (call: string) => [
    "import { NestFactory } from '@nestjs/core';",
    "import { RequestMethod } from '@nestjs/common';",
    "import { AppModule } from './app.module';",
    "const API_PREFIX = 'api';",
    'async function bootstrap() {',
    '  const app = await NestFactory.create(AppModule);',
    `  ${call}`,
    '  await app.listen(3000);',
    '}',
    'bootstrap();',
  ];

  it('prefixes every controller route (a literal or a module constant); the name without it stays mappable', async () => {
    for (const call of ["app.setGlobalPrefix('api');", 'app.setGlobalPrefix(API_PREFIX);', "app.setGlobalPrefix('/api/');"]) {
      const dir = controller(BY_PHONE, main(call));
      const r = await load(dir);
      expect(ids(r)).toEqual(['GET:/api/merchant/orders/by-phone']);
      expect((await load(dir, { routes: { 'GET /api/merchant/orders/by-phone': 'merchant-phone-lookup' } })).manifest.codeRoutes?.[0]?.interface).toBe('merchant-phone-lookup');
      expect((await load(dir, { routes: { 'GET /merchant/orders/by-phone': 'merchant-phone-lookup' } })).manifest.codeRoutes?.[0]?.interface).toBe('merchant-phone-lookup');
    }
  });

  it('respects a simple exclude list (a path, a wildcard, a path with its method)', async () => {
    const body = [...BY_PHONE, "  @Get('health')", '  health() { return "ok"; }', "  @Post('health')", '  ping() { return "ok"; }'];
    const excludeAll = controller(body, main("app.setGlobalPrefix('api', { exclude: ['merchant/orders/(.*)'] });"));
    expect(ids(await load(excludeAll))).toEqual(['GET:/merchant/orders/by-phone', 'GET:/merchant/orders/health', 'POST:/merchant/orders/health']);
    const byMethod = controller(body, main("app.setGlobalPrefix('api', { exclude: [{ path: 'merchant/orders/health', method: RequestMethod.GET }] });"));
    expect(ids(await load(byMethod))).toEqual(['GET:/api/merchant/orders/by-phone', 'GET:/merchant/orders/health', 'POST:/api/merchant/orders/health']);
  });

  it('without setGlobalPrefix, routes keep their names', async () => {
    expect(ids(await load(controller(BY_PHONE)))).toEqual(['GET:/merchant/orders/by-phone']);
  });
});

describe('Prisma groupBy: its by fields and aggregates, not whole rows', () => {
  it('grouped by fields without PI: an aggregate; grouped by a phone: a read of the phone only', async () => {
    const dir = controller([
      "  @Get('dashboard')",
      '  dashboard() {',
      "    return this.prisma.order.groupBy({ by: ['status'], _count: { _all: true }, _sum: { amount: true } });",
      '  }',
      "  @Get('by-customer')",
      '  byCustomer() {',
      "    return this.prisma.order.groupBy({ by: ['contactPhone', 'status'], _count: { _all: true } });",
      '  }',
      "  @Get('by-city')",
      '  byCity() {',
      "    return this.prisma.order.groupBy({ by: 'cityCode', _count: true });",
      '  }',
    ]);
    const r = await load(dir);
    const dashboard = routeOf(r, 'GET:/merchant/orders/dashboard').queries[0];
    expect(dashboard).toMatchObject({ store: 'orders', operation: 'count' });
    expect(dashboard && 'columns' in dashboard ? dashboard.columns : undefined).toBeUndefined();
    expect(routeOf(r, 'GET:/merchant/orders/by-customer').queries[0]).toMatchObject({ operation: 'find-many', columns: ['contactPhone', 'status'] });
    expect(routeOf(r, 'GET:/merchant/orders/by-city').queries[0]).toMatchObject({ operation: 'count' });
  });
});

describe('Lookups by a fragment: the match kind is recorded', () => {
  it('Prisma contains/startsWith (with mode), TypeORM Like(), a Mongoose regex, SQL LIKE: partialMatchFields; equality: none', async () => {
    const dir = tempDir({
      'package.json': '{"name":"shop","dependencies":{"@nestjs/common":"10","@prisma/client":"5","typeorm":"0.3","mongoose":"8","pg":"8"}}',
      'src/prisma.service.ts': PRISMA,
      'src/customers.controller.ts': [
        "import { Controller, Get, Query } from '@nestjs/common';",
        "import { InjectRepository } from '@nestjs/typeorm';",
        "import { Like, Repository } from 'typeorm';",
        "import { Pool } from 'pg';",
        "import { PrismaService } from './prisma.service';",
        'const pool = new Pool();',
        "@Controller('cs/orders')",
        'export class CustomersController {',
        '  constructor(private readonly prisma: PrismaService, @InjectRepository(Order) private readonly orderRepository: Repository<Order>) {}',
        "  @Get('contains')",
        "  contains(@Query('phone') phone: string) {",
        "    return this.prisma.order.findMany({ where: { contactPhone: { contains: phone, mode: 'insensitive' } }, take: 20 });",
        '  }',
        "  @Get('starts')",
        "  starts(@Query('name') name: string) {",
        '    return this.prisma.order.findMany({ where: { contactName: { startsWith: name } }, take: 20 });',
        '  }',
        "  @Get('equals')",
        "  equals(@Query('phone') phone: string) {",
        '    return this.prisma.order.findMany({ where: { contactPhone: phone }, take: 20 });',
        '  }',
        "  @Get('like')",
        "  like(@Query('phone') phone: string) {",
        '    return this.orderRepository.find({ where: { contactPhone: Like(`%${phone}%`) }, take: 20 });',
        '  }',
        "  @Get('sql')",
        "  async sql(@Query('phone') phone: string) {",
        "    return (await pool.query('SELECT id, contact_phone FROM orders WHERE contact_phone LIKE $1 LIMIT 20', [`%${phone}%`])).rows;",
        '  }',
        '}',
      ].join('\n'),
    });
    const r = await load(dir, { stores: { order: 'orders', Order: 'orders' } });
    const partial = (id: string) => {
      const q = routeOf(r, id).queries[0];
      return q && 'partialMatchFields' in q ? q.partialMatchFields : undefined;
    };
    expect(partial('GET:/cs/orders/contains')).toEqual(['contactPhone']);
    expect(routeOf(r, 'GET:/cs/orders/contains').queries[0]).toMatchObject({ lookupFields: ['contactPhone'] });
    expect(partial('GET:/cs/orders/starts')).toEqual(['contactName']);
    expect(partial('GET:/cs/orders/equals')).toBeUndefined();
    expect(partial('GET:/cs/orders/like')).toEqual(['contactPhone']);
    expect(partial('GET:/cs/orders/sql')).toEqual(['contact_phone']);
  });

  it('a Mongoose $regex or regex literal on a lookup field', async () => {
    const dir = tempDir({
      'package.json': '{"name":"shop","dependencies":{"express":"4","mongoose":"8"}}',
      'src/models.ts': ["import mongoose from 'mongoose';", "export const Order = mongoose.model('Order', new mongoose.Schema({ contactPhone: String, contactName: String }), 'orders');"].join('\n'),
      'src/routes.ts': [
        "import express from 'express';",
        "import { Order } from './models';",
        'const router = express.Router();',
        "router.get('/orders/regex', async (req, res) => res.json(await Order.find({ contactPhone: { $regex: req.query.phone, $options: 'i' } }).limit(20)));",
        "router.get('/orders/literal', async (req, res) => res.json(await Order.find({ contactName: /^Wang/ }).limit(20)));",
        'export default router;',
      ].join('\n'),
    });
    const r = await load(dir);
    const q = routeOf(r, 'GET:/orders/regex').queries[0];
    expect(q).toMatchObject({ lookupFields: ['contactPhone'], partialMatchFields: ['contactPhone'] });
  });
});
