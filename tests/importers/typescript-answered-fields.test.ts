// What a route answers with: the fields a read selects (`columns`: `*` for the whole row, the
// names of a TypeORM/Prisma `select`, Sequelize `attributes`, a knex `.select`; absent when the
// selection cannot be read), the model class's hidden properties (`@Column({ select: false })`,
// `@Exclude()`), and whether the route answers with the rows unchanged (`answered`), directly or
// through the service method it returns the result of. PIPL-CODE-012 compares them with the
// interface's declaration. The scanned code is parsed, never run.
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
  inventory.stores.push({ id: 'members', kind: 'table', fields: [{ name: 'nickname', category: 'identity.name' }, { name: 'phone', category: 'contact.phone' }, { name: 'id_number', category: 'identity.id-number' }] });
  return inventory;
}
async function load(dir: string): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: declared() });
}
const read = (r: ImportResult, id: string): ReadEntry => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(route, id).toBeDefined();
  const q = (route as CodeRoute).queries.find((x): x is ReadEntry => 'store' in x);
  expect(q, id).toBeDefined();
  return q as ReadEntry;
};

const ENTITY = `import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';
import { Exclude } from 'class-transformer';
@Entity('members')
export class Member {
  @PrimaryGeneratedColumn() id: number;
  @Column() nickname: string;
  @Column() phone: string;
  @Column({ name: 'id_number', select: false }) idNumber: string;
  @Exclude() @Column() passwordHash: string;
}
`;
const SERVICE = `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Member } from './member.entity';
@Injectable()
export class MembersService {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}
  search(phone: string) {
    return this.members.find({ where: { phone }, take: 10 });
  }
  async card(id: number) {
    const m = await this.members.findOne({ where: { id }, select: { nickname: true } });
    return m;
  }
}
`;
const CONTROLLER = `import { Controller, Get, Param, Query } from '@nestjs/common';
import { MembersService } from './members.service';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Member } from './member.entity';
@Controller('members')
export class MembersController {
  constructor(private readonly service: MembersService, @InjectRepository(Member) private readonly repo: Repository<Member>) {}
  @Get()
  search(@Query('phone') phone: string) {
    return this.service.search(phone);
  }
  @Get('page')
  async page(@Query('skip') skip: number) {
    const [rows, total] = await this.repo.findAndCount({ skip, take: 20 });
    return { rows, total };
  }
  @Get('masked')
  async masked(@Query('phone') phone: string) {
    const rows = await this.repo.find({ where: { phone }, take: 10 });
    return rows.map((m) => ({ nickname: m.nickname, phone: m.phone.slice(0, 3) + '****' }));
  }
  @Get('custom')
  custom(@Query('fields') fields: string[]) {
    return this.repo.find({ select: fields as never, take: 10 });
  }
  @Get(':id')
  card(@Param('id') id: string) {
    return this.service.card(Number(id));
  }
}
`;
const FILES = { 'package.json': '{"name":"api"}', 'src/member.entity.ts': ENTITY, 'src/members.service.ts': SERVICE, 'src/members.controller.ts': CONTROLLER };

describe('what a route answers with (columns, hidden properties, answered)', () => {
  it('a find without select, returned through a service method, answers with the whole row less the hidden properties', async () => {
    const r = await load(tempDir(FILES));
    const q = read(r, 'GET:/members');
    expect(q.columns).toEqual(['*']);
    expect(q.hiddenColumns).toEqual(['idNumber', 'passwordHash']);
    expect(q.answered).toBe(true);
  });
  it('rows destructured from findAndCount and answered in an object are answered unchanged', async () => {
    const q = read(await load(tempDir(FILES)), 'GET:/members/page');
    expect(q.columns).toEqual(['*']);
    expect(q.answered).toBe(true);
  });
  it('rows mapped before answering are not answered unchanged', async () => {
    const q = read(await load(tempDir(FILES)), 'GET:/members/masked');
    expect(q.answered).toBe(false);
  });
  it('a selection the scan cannot read leaves the columns unknown', async () => {
    const q = read(await load(tempDir(FILES)), 'GET:/members/custom');
    expect(q.columns).toBeUndefined();
  });
  it('a select names the fields, and a local bound to the read and returned is answered', async () => {
    const q = read(await load(tempDir(FILES)), 'GET:/members/:id');
    expect(q.columns).toEqual(['nickname']);
    expect(q.hiddenColumns).toBeUndefined();
    expect(q.answered).toBe(true);
  });
});

const EXPRESS = `import express from 'express';
import knex from 'knex';
import { Member } from './models';
import { Card } from './mongo';
const db = knex({ client: 'pg' });
export const router = express.Router();
router.get('/k/members', async (req, res) => {
  const rows = await db('members').select('nickname', 'phone').where({ city: req.query.city }).limit(20);
  res.json(rows);
});
router.get('/s/members', async (req, res) => {
  res.json(await Member.findAll({ where: { city: req.query.city }, attributes: ['nickname'], limit: 20 }));
});
router.get('/s/members/all', async (req, res) => {
  res.json(await Member.findAll({ where: { city: req.query.city }, attributes: { exclude: ['idNumber'] }, limit: 20 }));
});
router.get('/m/cards', async (req, res) => {
  const cards = await Card.find({ city: req.query.city }).select('nickname avatar').limit(20);
  res.send(cards);
});
router.get('/m/cards/raw', async (req, res) => {
  const cards = await Card.find({ city: req.query.city }).select('-phone').limit(20);
  res.send(cards);
});
`;
const STORES = { members: 'members', Member: 'members', Card: 'members' };

describe('the fields Express handlers answer with (knex, Sequelize, Mongoose)', () => {
  const loadMapped = async () => {
    const dir = tempDir({ 'package.json': '{"name":"api"}', 'src/routes.ts': EXPRESS, 'src/models.ts': 'export const Member = {};\n', 'src/mongo.ts': 'export const Card = {};\n' });
    const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
    return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: { stores: STORES }, declared: declared() });
  };
  it('a knex .select names the columns; rows sent with res.json are answered', async () => {
    const q = read(await loadMapped(), 'GET:/k/members');
    expect(q.columns).toEqual(['nickname', 'phone']);
    expect(q.answered).toBe(true);
  });
  it('Sequelize attributes name the columns; an exclusion leaves them unknown', async () => {
    const r = await loadMapped();
    expect(read(r, 'GET:/s/members').columns).toEqual(['nickname']);
    expect(read(r, 'GET:/s/members').answered).toBe(true);
    expect(read(r, 'GET:/s/members/all').columns).toBeUndefined();
  });
  it('a chained Mongoose .select names the fields; a "-field" exclusion leaves them unknown', async () => {
    const r = await loadMapped();
    expect(read(r, 'GET:/m/cards').columns).toEqual(['nickname', 'avatar']);
    expect(read(r, 'GET:/m/cards').answered).toBe(true);
    expect(read(r, 'GET:/m/cards/raw').columns).toBeUndefined();
  });
});
