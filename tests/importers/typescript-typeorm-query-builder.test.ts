// TypeORM's query builder, as NestJS and Express projects write it: a builder made from an
// injected repository (`this.userRepo.createQueryBuilder('u')`), from `getRepository(X)`, from a
// data source or entity manager naming the entity (`manager.createQueryBuilder(User, 'u')`,
// `.from(User, 'u')`), chained or built up in a variable with optional filters under `if`s. Each
// is read at the call that runs it (getMany, getOne, getRawMany, getCount …) into the same query
// facts a repository's `find` gives. The scanned code is parsed, never run.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

type ReadEntry = Extract<CodeRoute['queries'][number], { store: string }>;

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push(
    { id: 'users', kind: 'table', fields: [{ name: 'phone', category: 'contact.phone' }, { name: 'realName', category: 'identity.name' }, { name: 'idCard', category: 'identity.id-number' }] },
    { id: 'orders', kind: 'table', fields: [{ name: 'address', category: 'location.address' }] },
    { id: 'profile', kind: 'table', fields: [{ name: 'birthday', category: 'identity.birth-date' }] },
  );
  return inventory;
}

async function load(dir: string): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: { stores: { User: 'users', Order: 'orders' } }, declared: declared() });
}
const reads = (r: ImportResult, id: string): ReadEntry[] => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(route, id).toBeDefined();
  return (route as CodeRoute).queries.filter((q): q is ReadEntry => 'store' in q);
};

const ENTITIES = `import { Entity, PrimaryGeneratedColumn, Column, ManyToOne, OneToOne } from 'typeorm';
@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() phone: string;
  @Column() realName: string;
  @Column() idCard: string;
}
@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn() id: number;
  @Column() userId: number;
  @Column() address: string;
}
`;

const SERVICE = `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, DataSource, Brackets } from 'typeorm';
import { User, Order } from './entities';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly userRepo: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  findByPhone(phone: string) {
    return this.userRepo.createQueryBuilder('u').where('u.phone = :phone', { phone }).getOne();
  }

  search(query: { name?: string; phone?: string }, page = 1) {
    const qb = this.userRepo.createQueryBuilder('user').select(['user.id', 'user.realName', 'user.phone']);
    if (query.name) qb.andWhere('user.realName LIKE :name', { name: '%' + query.name + '%' });
    if (query.phone) {
      qb.andWhere('user.phone = :phone', { phone: query.phone });
    }
    return qb.skip((page - 1) * 20).take(20).getMany();
  }

  countAll() {
    return this.userRepo.createQueryBuilder('u').where('u.deletedAt IS NULL').getCount();
  }

  myOrders(userId: number) {
    return this.dataSource.createQueryBuilder().select('o').from(Order, 'o').where('o.userId = :uid', { uid: userId }).orderBy('o.id', 'DESC').getMany();
  }

  withProfile(id: string) {
    return this.dataSource.manager.createQueryBuilder(User, 'u').leftJoinAndSelect('u.profile', 'p').where({ id }).getOne();
  }

  either(keyword: string) {
    return this.userRepo.createQueryBuilder('u').where('u.phone = :k', { k: keyword }).orWhere('u.idCard = :k').getMany();
  }

  grouped(keyword: string) {
    return this.userRepo
      .createQueryBuilder('u')
      .where(new Brackets((q) => { q.where('u.phone = :k', { k: keyword }).orWhere('u.realName = :k', { k: keyword }); }))
      .getMany();
  }
}
`;

const CONTROLLER = `import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { UsersService } from './users.service';

@Controller('users')
@UseGuards(AuthGuard('jwt'))
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('by-phone')
  byPhone(@Query('phone') phone: string) {
    return this.users.findByPhone(phone);
  }

  @Get()
  search(@Query() q: any) {
    return this.users.search(q);
  }

  @Get('count')
  count() {
    return this.users.countAll();
  }

  @Get('mine/orders')
  mine(@Req() req: any) {
    return this.users.myOrders(req.user.id);
  }

  @Get(':id/profile')
  profile(@Param('id') id: string) {
    return this.users.withProfile(id);
  }

  @Get('either')
  either(@Query('k') k: string) {
    return this.users.either(k);
  }

  @Get('grouped')
  grouped(@Query('k') k: string) {
    return this.users.grouped(k);
  }
}
`;

const EXPRESS = `import express from 'express';
import { AppDataSource } from './data-source';
import { User, Order } from './entities';
export const router = express.Router();

router.get('/api/lookup', async (req, res) => {
  const rows = await AppDataSource.getRepository(User)
    .createQueryBuilder('u')
    .select('u.realName')
    .addSelect('u.idCard')
    .where('u.phone = :phone', { phone: req.query.phone })
    .getRawMany();
  res.json(rows);
});

router.get('/api/my-orders', async (req, res) => {
  const orders = await AppDataSource.createQueryBuilder(Order, 'o')
    .where('o.userId = :uid')
    .andWhere(\`o.address LIKE '%\${req.query.city}%'\`)
    .setParameter('uid', req.user.id)
    .limit(10)
    .getMany();
  res.json(orders);
});

router.get('/api/exists', async (req, res) => {
  const found = await AppDataSource.getRepository(User).createQueryBuilder('u').where('u.phone = :p', { p: req.query.phone }).getExists();
  res.json({ found });
});
`;

const FILES = {
  'package.json': '{"name":"shop","dependencies":{"@nestjs/core":"10","@nestjs/typeorm":"10","typeorm":"0.3","express":"4"}}',
  'src/entities.ts': ENTITIES,
  'src/users.service.ts': SERVICE,
  'src/users.controller.ts': CONTROLLER,
  'src/routes.ts': EXPRESS,
  'src/data-source.ts': "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres' });\n",
};

describe('typescript importer: TypeORM query builder', () => {
  it('a builder from an injected repository: its entity, lookup fields and their origin, a find-one', async () => {
    const r = await load(tempDir(FILES));
    const [q] = reads(r, 'GET:/users/by-phone');
    expect(q).toMatchObject({ store: 'users', operation: 'find-one', lookupFields: ['phone'], limited: true, ownerCondition: false, columns: ['*'] });
  });

  it('a builder in a variable: the filters added under ifs are optional, the select and the cap are read', async () => {
    const [q] = reads(await load(tempDir(FILES)), 'GET:/users');
    expect(q).toMatchObject({ store: 'users', operation: 'find-many', limited: true, ownerCondition: false });
    expect(q?.lookupFields).toEqual(expect.arrayContaining(['realName', 'phone']));
    expect(q?.columns).toEqual(['id', 'realName', 'phone']);
  });

  it('getCount and getExists are aggregates', async () => {
    const r = await load(tempDir(FILES));
    expect(reads(r, 'GET:/users/count').map((q) => [q.store, q.operation])).toEqual([['users', 'count']]);
    expect(reads(r, 'GET:/api/exists').map((q) => [q.store, q.operation, q.requestSupplied])).toEqual([['users', 'count', true]]);
  });

  it('an entity named by .from() or createQueryBuilder(Entity, alias); a parameter bound to the caller is an owner condition', async () => {
    const r = await load(tempDir(FILES));
    const [mine] = reads(r, 'GET:/users/mine/orders');
    // The caller's own id is the owner condition, not a lookup the request makes.
    expect(mine).toMatchObject({ store: 'orders', operation: 'find-many', lookupFields: [], ownerCondition: true, limited: false, columns: ['*'] });
    const [own] = reads(r, 'GET:/api/my-orders');
    // setParameter binds the caller; the template's value comes from the request; .limit() caps.
    expect(own).toMatchObject({ store: 'orders', ownerCondition: true, requestSupplied: true, limited: true });
    expect(own?.lookupFields).toEqual(['address']);
  });

  it('an entity manager builder with an object where and a joined relation read with the rows', async () => {
    const list = reads(await load(tempDir(FILES)), 'GET:/users/:id/profile');
    expect(list.map((q) => q.store)).toEqual(['users', 'profile']);
    expect(list[0]).toMatchObject({ operation: 'find-one', lookupFields: ['id'] });
  });

  it('getRepository(X).createQueryBuilder with select/addSelect: the fields returned', async () => {
    const [q] = reads(await load(tempDir(FILES)), 'GET:/api/lookup');
    expect(q).toMatchObject({ store: 'users', operation: 'find-many', lookupFields: ['phone'], requestSupplied: true, limited: false, columns: ['realName', 'idCard'] });
  });

  it('an orWhere, or a Brackets, never makes a condition that binds every row', async () => {
    const r = await load(tempDir(FILES));
    const [either] = reads(r, 'GET:/users/either');
    expect(either).toMatchObject({ store: 'users', ownerCondition: false });
    const [grouped] = reads(r, 'GET:/users/grouped');
    expect(grouped).toMatchObject({ store: 'users', ownerCondition: false, operation: 'find-many', limited: false });
  });

  it('an alternative that binds the caller is no owner condition', async () => {
    const src = `import express from 'express';\nimport { AppDataSource } from './data-source';\nimport { Order } from './entities';\nexport const router = express.Router();\nrouter.get('/api/o', async (req, res) => {\n  res.json(await AppDataSource.getRepository(Order).createQueryBuilder('o').where('o.userId = :uid', { uid: req.user.id }).orWhere('o.address = :a', { a: req.query.a }).getMany());\n});\n`;
    const r = await load(tempDir({ ...FILES, 'src/routes.ts': src }));
    expect(reads(r, 'GET:/api/o')[0]).toMatchObject({ store: 'orders', ownerCondition: false });
  });

  it('a terminal call on no builder is no query; a builder variable reassigned from itself is read a bounded way', async () => {
    const src = `import express from 'express';\nimport { AppDataSource } from './data-source';\nimport { User } from './entities';\nexport const router = express.Router();\nconst client = { getMany: async () => [] };\nrouter.get('/api/none', async (req, res) => res.json(await client.getMany()));\nrouter.get('/api/loop', async (req, res) => {\n  let qb = AppDataSource.getRepository(User).createQueryBuilder('u');\n  qb = qb.where('u.phone = :p', { p: req.query.p });\n  for (const k of Object.keys(req.query)) qb = qb.andWhere(\`u.\${k} = :\${k}\`, req.query);\n  const once = qb.take(5);\n  res.json(await once.getMany());\n});\n`;
    const r = await load(tempDir({ ...FILES, 'src/routes.ts': src }));
    expect(reads(r, 'GET:/api/none')).toEqual([]);
    const [loop] = reads(r, 'GET:/api/loop');
    expect(loop).toMatchObject({ store: 'users', lookupFields: ['phone'], requestSupplied: true, limited: true });
  });

  it('a chain longer than the walk follows (64 links) is not read, and the scan goes on', async () => {
    const links = Array.from({ length: 100 }, (_, i) => `.andWhere('u.f${i} = :p${i}', { p${i}: req.query.x })`).join('\n    '); // one a line: a file of long lines is skipped as minified
    const src = `import express from 'express';\nimport { AppDataSource } from './data-source';\nimport { User } from './entities';\nexport const router = express.Router();\nrouter.get('/api/long', async (req, res) => res.json(await AppDataSource.getRepository(User).createQueryBuilder('u')${links}.getMany()));\nrouter.get('/api/short', async (req, res) => res.json(await AppDataSource.getRepository(User).createQueryBuilder('u').where('u.phone = :p', { p: req.query.p }).getMany()));\n`;
    const r = await load(tempDir({ ...FILES, 'src/routes.ts': src }));
    // A route that reaches no store is not listed.
    expect(r.manifest.codeRoutes?.find((x) => x.id === 'GET:/api/long')?.queries ?? []).toEqual([]);
    expect(reads(r, 'GET:/api/short')[0]).toMatchObject({ store: 'users', lookupFields: ['phone'] });
  });
});
