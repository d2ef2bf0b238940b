// Midway.js (v3) and Egg.js back offices, as their templates write them (tests/fixtures/typescript/
// midway-admin and egg-crm): routes with their prefixes, middleware and guards, a request-supplied
// lookup, a caller-bound query, a capped and an uncapped list — and the shapes that look alike but
// are not theirs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { routeIds, routeOf, scanCode } from '../support/scan-code.js';
import { tempDir } from '../support/temp-dir.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push(
    { id: 'members', kind: 'table', fields: [{ name: 'real_name', category: 'identity.name' }, { name: 'phone', category: 'contact.phone' }, { name: 'id_card_no', category: 'identity.id-number' }] },
    { id: 'orders', kind: 'table', fields: [{ name: 'receiver_phone', category: 'contact.phone' }] },
    { id: 'coupons', kind: 'table', fields: [{ name: 'member_id', category: 'other.id' }] },
  );
  return inventory;
}

const fixture = (name: string): Promise<ImportResult> => scanCode(join(REPO_ROOT, 'tests/fixtures/typescript', name), declared());
type Read = Extract<CodeRoute['queries'][number], { store: string }>;
const onlyQuery = (r: ImportResult, id: string): Read => {
  const route = routeOf(r, id);
  expect(route, id).toBeDefined();
  const reads = route.queries.filter((q): q is Read => 'store' in q);
  expect(reads, `${id} reaches one query`).toHaveLength(1);
  return reads[0] as Read;
};

describe('Midway.js (v3): controllers, middleware, guards, the global prefix', () => {
  const midway = fixture('midway-admin');

  it('reads every @Get/@Del of a @Controller under the koa globalPrefix of config.default', async () => {
    const r = await midway;
    expect(routeIds(r)).toEqual(['DELETE:/api/member/:id', 'GET:/api/member/list', 'GET:/api/member/lookup', 'GET:/api/member/page', 'GET:/api/member/search', 'GET:/api/member/store', 'GET:/api/open/ping']);
    expect(routeOf(r, 'GET:/api/member/list').framework).toBe('midway');
  });

  it('puts the configuration’s useMiddleware, the controller’s middleware option and @UseGuard in the chain', async () => {
    const r = await midway;
    expect(routeOf(r, 'GET:/api/member/list')).toMatchObject({ guarded: true, middleware: ['ReportMiddleware', 'AuthMiddleware'] });
    expect(routeOf(r, 'DELETE:/api/member/:id')).toMatchObject({ guarded: true, middleware: ['ReportMiddleware', 'AuthMiddleware', 'AdminGuard'] });
    expect(routeOf(r, 'GET:/api/open/ping')).toMatchObject({ guarded: false, middleware: ['ReportMiddleware'] });
  });

  it('reads @Query() from @midwayjs/core and this.ctx.query as request values, through @InjectEntityModel repositories', async () => {
    const r = await midway;
    expect(onlyQuery(r, 'GET:/api/member/lookup')).toMatchObject({ store: 'members', library: 'typeorm', operation: 'find-one', requestSupplied: true, requestFields: ['phone'] });
    expect(onlyQuery(r, 'GET:/api/member/search')).toMatchObject({ store: 'members', requestSupplied: true, requestFields: ['idCardNo'] });
  });

  it('follows @Inject()ed service calls: an uncapped list, a capped page, a list tied to the caller’s store', async () => {
    const r = await midway;
    expect(onlyQuery(r, 'GET:/api/member/list')).toMatchObject({ store: 'members', operation: 'find-many', limited: false, ownerCondition: false });
    expect(onlyQuery(r, 'GET:/api/member/page')).toMatchObject({ operation: 'find-many', limited: true });
    expect(onlyQuery(r, 'GET:/api/member/store')).toMatchObject({ operation: 'find-many', limited: false, ownerCondition: true });
  });

  it('reads @midwayjs/sequelize @InjectRepository handles with Sequelize operations: findAll capped only by limit', async () => {
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"@midwayjs/core":"3","@midwayjs/sequelize":"3"}}',
      'src/controller/m.controller.ts': [
        "import { Controller, Get, Query } from '@midwayjs/core';",
        "import { InjectRepository } from '@midwayjs/sequelize';",
        "import { Repository } from 'sequelize-typescript';",
        "import { Member } from '../entity/member';",
        "@Controller('/m')",
        'export class M {',
        '  @InjectRepository(Member) memberModel: Repository<Member>;',
        "  @Get('/all') all() { return this.memberModel.findAll({ attributes: ['phone'] }); }",
        "  @Get('/some') some(@Query('name') name: string) { return this.memberModel.findAll({ where: { realName: name }, limit: 20 }); }",
        "  @Get('/other') other() { return this.notARepository.findAll(); }",
        '}',
      ].join('\n'),
    });
    const r = await scanCode(dir, declared());
    expect(onlyQuery(r, 'GET:/m/all')).toMatchObject({ store: 'members', library: 'sequelize', operation: 'find-many', limited: false, columns: ['phone'] });
    expect(onlyQuery(r, 'GET:/m/some')).toMatchObject({ store: 'members', limited: true, requestFields: ['realName'] });
    expect(routeOf(r, 'GET:/m/other').queries).toEqual([]);
  });

  it('leaves a NestJS @Controller a NestJS route, and a @Query not imported from Midway no request value', () => {
    const nest = parseCodeFile('src/a.controller.ts', "import { Controller, Get } from '@nestjs/common';\n@Controller('a') export class A { @Get('b') b() {} }");
    expect(nest.routes.map((x) => [x.framework, x.path])).toEqual([['nestjs', '/a/b']]);
    const other = parseCodeFile('src/b.controller.ts', [
      "import { Controller, Get } from '@midwayjs/core';",
      "import { Query } from './my-decorators';",
      "@Controller('/b') export class B { @Get('/') find(@Query('phone') phone: string) { return this.userModel.findOneBy({ phone }); } }",
    ].join('\n'));
    expect(other.routes.map((x) => [x.framework, x.path])).toEqual([['midway', '/b']]);
    expect(other.functions.flatMap((f) => f.queries).map((q) => q.conditions)).toEqual([[{ field: 'phone', origin: 'variable' }]]);
  });
});

describe('Egg.js: app/router.js, controllers and services by their paths, egg-mysql and egg-sequelize', () => {
  const egg = fixture('egg-crm');

  it('reads router.js, egg-router-plus namespaces, named routes and the resources actions the controller defines', async () => {
    const r = await egg;
    expect(routeIds(r)).toEqual([
      'DELETE:/api/members/:id', 'GET:/api/admin/members/export', 'GET:/api/coupons', 'GET:/api/members', 'GET:/api/members/:id', 'GET:/api/members/by-phone',
      'GET:/api/members/lookup', 'GET:/api/members/page', 'GET:/api/my/orders', 'GET:/public/stores', 'POST:/api/coupons', 'POST:/api/login',
    ]);
    expect(routeOf(r, 'GET:/api/members')).toMatchObject({ framework: 'egg', handler: 'egg:controller/member#index' });
    expect(routeOf(r, 'GET:/api/admin/members/export').handler).toBe('egg:controller/admin/member#exportAll');
  });

  it('applies config.middleware to every route but those its ignore list names; route and namespace middleware give roles', async () => {
    const r = await egg;
    expect(routeOf(r, 'GET:/api/members')).toMatchObject({ guarded: true, middleware: ['config.middleware.errorHandler', 'config.middleware.auth'] });
    expect(routeOf(r, 'POST:/api/login')).toMatchObject({ guarded: false, middleware: ['config.middleware.errorHandler'] });
    expect(routeOf(r, 'GET:/public/stores').guarded).toBe(false);
    expect(routeOf(r, 'DELETE:/api/members/:id')).toMatchObject({ guarded: true, roles: ['admin'] });
    expect(routeOf(r, 'GET:/api/admin/members/export')).toMatchObject({ guarded: true, roles: ['admin'] });
  });

  it('reads ctx.query lookups through egg-sequelize models and egg-mysql get, followed from ctx.service', async () => {
    const r = await egg;
    expect(onlyQuery(r, 'GET:/api/members/lookup')).toMatchObject({ store: 'members', library: 'sequelize', operation: 'find-one', requestSupplied: true, requestFields: ['phone'] });
    expect(onlyQuery(r, 'GET:/api/members/by-phone')).toMatchObject({ store: 'members', library: 'sql', operation: 'find-one', lookupFields: ['phone'] });
    expect(onlyQuery(r, 'GET:/api/members/:id')).toMatchObject({ store: 'members', operation: 'find-one', byUniqueKey: true, requestFields: ['id'] });
    expect(onlyQuery(r, 'DELETE:/api/members/:id')).toMatchObject({ store: 'members', operation: 'delete', requestFields: ['id'] });
  });

  it('reads egg-mysql select: uncapped without limit, capped with it, its columns; SQL through app.mysql.query tied to the caller', async () => {
    const r = await egg;
    expect(onlyQuery(r, 'GET:/api/members')).toMatchObject({ operation: 'find-many', limited: false, ownerCondition: false, columns: ['id', 'real_name', 'phone'] });
    expect(onlyQuery(r, 'GET:/api/members/page')).toMatchObject({ operation: 'find-many', limited: true });
    expect(onlyQuery(r, 'GET:/api/my/orders')).toMatchObject({ store: 'orders', library: 'sql', operation: 'find-many', ownerCondition: true });
    expect(onlyQuery(r, 'GET:/api/coupons')).toMatchObject({ store: 'coupons', limited: true, ownerCondition: true });
    expect(onlyQuery(r, 'GET:/api/admin/members/export')).toMatchObject({ library: 'sequelize', limited: false, columns: ['real_name', 'phone'] });
  });

  it('reads no route outside the router files, no query from a client getter, and config middleware match as a path prefix', async () => {
    const facts = parseCodeFile('app/controller/x.js', "module.exports = app => { app.router.get('/x', app.controller.x.y); };");
    expect(facts.routes.map((x) => x.framework)).not.toContain('egg');
    const getter = parseCodeFile('app/service/x.js', "class X extends Service { async a() { return this.app.mysql.get('db1').select('members', { limit: 10 }); } }");
    expect(getter.functions.flatMap((f) => f.queries).map((q) => [q.model, q.operation, q.limited])).toEqual([['members', 'find-many', true]]);
    const count = parseCodeFile('app/service/y.js', "class Y extends Service { async a() { return this.ctx.model.Member.count({ where: { status: 1 } }); } }");
    expect(count.functions.flatMap((f) => f.queries).map((q) => [q.library, q.model, q.operation])).toEqual([['sequelize', 'Member', 'count']]);
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"egg":"3"}}',
      'config/config.default.js': "exports.middleware = ['jwtAuth'];\nexports.jwtAuth = { match: '/api' };",
      'app/router.js': "module.exports = ({ router, controller }) => { router.get('/api/a', controller.a.b); router.get('/apix', controller.a.b); router.get('/health', controller.a.b); };",
      'app/controller/a.js': 'class A extends Controller { async b() { this.ctx.body = 1; } }\nmodule.exports = A;',
    });
    const r = await scanCode(dir, declared());
    expect(routeOf(r, 'GET:/api/a').guarded).toBe(true);
    expect(routeOf(r, 'GET:/apix').guarded).toBe(false);
    expect(routeOf(r, 'GET:/health').guarded).toBe(false);
  });
});

describe('Midway roles, Egg string handlers and camel-cased file names', () => {
  it('reads @Role on a guarded Midway route as its roles; an Egg handler given as a string and a service in user_info.js', async () => {
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"@midwayjs/core":"3","egg":"3"}}',
      'src/controller/a.controller.ts': [
        "import { Controller, Get, UseGuard } from '@midwayjs/core';",
        "import { Role } from '../decorator/role';",
        "import { RoleGuard } from '../guard/role.guard';",
        "@Controller('/a')",
        '@UseGuard(RoleGuard)',
        "export class A { @Get('/b') @Role(['auditor']) b() { return 1; } }",
      ].join('\n'),
      'app/router.js': "module.exports = app => { app.router.get('/info', 'userInfo.show'); };",
      'app/controller/user_info.js': "class UserInfoController extends Controller { async show() { const { ctx } = this; ctx.body = await ctx.service.userInfo.find(ctx.query.phone); } }\nmodule.exports = UserInfoController;",
      'app/service/user_info.js': "class UserInfoService extends Service { async find(phone) { return this.app.mysql.get('members', { phone }); } }\nmodule.exports = UserInfoService;",
    });
    const r = await scanCode(dir, declared());
    expect(routeOf(r, 'GET:/a/b')).toMatchObject({ guarded: true, roles: ['auditor'] });
    expect(routeOf(r, 'GET:/info').handler).toBe('egg:controller/userInfo#show');
    expect(onlyQuery(r, 'GET:/info')).toMatchObject({ store: 'members', operation: 'find-one', lookupFields: ['phone'] });
  });
});

describe('Egg service methods by the name Egg loads them under', () => {
  it('follows ctx.service.member.find to app/service/member.js only, and answers with its rows, though four services define find', async () => {
    const service = (name: string, table: string) => `class S extends Service { async find(v) { return this.app.mysql.get('${table}', { phone: v }); } }\nmodule.exports = S;`;
    const dir = tempDir({
      'package.json': '{"name":"x","dependencies":{"egg":"3"}}',
      'app/router.js': "module.exports = ({ router, controller }) => { router.get('/m', controller.member.show); };",
      'app/controller/member.js': 'class C extends Controller { async show() { const { ctx } = this; ctx.body = await ctx.service.member.find(ctx.query.phone); } }\nmodule.exports = C;',
      'app/service/member.js': service('member', 'members'),
      'app/service/order.js': service('order', 'orders'),
      'app/service/coupon.js': service('coupon', 'coupons'),
      'app/service/shop.js': service('shop', 'shops'),
    });
    const r = await scanCode(dir, declared());
    expect(onlyQuery(r, 'GET:/m')).toMatchObject({ store: 'members', operation: 'find-one', answered: true });
  });
});
