// A related read travels in the rows of the query it is read with (a Prisma include or nested
// select, a TypeORM leftJoinAndSelect): its entry names that query (`includedIn`, the query's index
// in the route's queries), the related fields it returns (`columns`) and whether the route answers
// with them unchanged (`answered`, as the query's rows are), so that PIPL-CODE-012 counts what the
// include adds to the query's answer. The scanned code is parsed, never run.
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
    { id: 'appointments', kind: 'table', fields: [{ name: 'reason', category: 'health.record' }] },
    { id: 'patients', kind: 'table', fields: [{ name: 'mobile', category: 'contact.phone' }, { name: 'id_no', category: 'identity.id-number' }] },
    { id: 'doctors', kind: 'table', fields: [{ name: 'name', category: 'identity.name' }] },
  );
  return inventory;
}

async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: declared() });
}
const reads = (r: ImportResult, id: string): ReadEntry[] => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(route, id).toBeDefined();
  return (route as CodeRoute).queries.filter((q): q is ReadEntry => 'store' in q);
};

const PRISMA = `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const router = express.Router();

router.get('/appointments', async (req, res) => {
  const rows = await prisma.appointment.findMany({
    where: { clinicId: req.query.clinicId as string },
    select: { reason: true, patient: { include: { doctor: { select: { name: true } } } } },
    take: 20,
  });
  res.json(rows);
});

router.get('/appointments/lean', async (req, res) => {
  const rows = await prisma.appointment.findMany({
    where: { clinicId: req.query.clinicId as string },
    include: { patient: { omit: { id_no: true } } },
    take: 20,
  });
  res.json(rows);
});

router.get('/appointments/mapped', async (req, res) => {
  const rows = await prisma.appointment.findMany({ where: { clinicId: req.query.clinicId as string }, include: { patient: true }, take: 20 });
  res.json(rows.map((r) => ({ reason: r.reason })));
});
`;

const TYPEORM_ENTITIES = `import { Entity, PrimaryGeneratedColumn, Column, ManyToOne } from 'typeorm';
@Entity('appointments')
export class Appointment {
  @PrimaryGeneratedColumn() id: number;
  @Column() reason: string;
  @ManyToOne(() => Patient) patient: Patient;
}
@Entity('patients')
export class Patient {
  @PrimaryGeneratedColumn() id: number;
  @Column() mobile: string;
  @Column() id_no: string;
}
`;

const TYPEORM = `import express from 'express';
import { AppDataSource } from './data-source';
import { Appointment } from './entities';
export const router = express.Router();

router.get('/visits', async (req, res) => {
  const rows = await AppDataSource.getRepository(Appointment).createQueryBuilder('a').leftJoinAndSelect('a.patient', 'p').where('a.clinicId = :c', { c: req.query.clinicId }).take(20).getMany();
  res.json(rows);
});

router.get('/visits/by-find', async (req, res) => {
  res.json(await AppDataSource.getRepository(Appointment).find({ where: { clinicId: req.query.clinicId as string }, relations: ['patient'], take: 20 }));
});

router.get('/visits/by-find-select', async (req, res) => {
  res.json(await AppDataSource.getRepository(Appointment).find({ where: { clinicId: req.query.clinicId as string }, relations: { patient: true }, select: { reason: true, patient: { mobile: true } }, take: 20 }));
});

router.get('/visits/narrow', async (req, res) => {
  const rows = await AppDataSource.getRepository(Appointment).createQueryBuilder('a').innerJoinAndSelect('a.patient', 'p').select(['a.reason', 'p.mobile']).where('a.clinicId = :c', { c: req.query.clinicId }).take(20).getMany();
  res.json(rows);
});
`;

describe('typescript importer: reads included with a query', () => {
  it('a nested include is read with the top query: each related entry names it, with the fields it selects and the answer', async () => {
    const r = await load({ 'package.json': '{"name":"clinic","dependencies":{"@prisma/client":"5"}}', 'src/routes.ts': PRISMA });
    const list = reads(r, 'GET:/appointments');
    expect(list.map((q) => [q.store, q.includedIn, q.columns, q.answered])).toEqual([
      ['appointments', undefined, ['reason'], true],
      ['patients', 0, ['*'], true],
      ['doctors', 0, ['name'], true],
    ]);
  });

  it('an include with an omit returns fields the scan does not list (no columns); rows mapped before answering are not answered unchanged', async () => {
    const r = await load({ 'package.json': '{"name":"clinic","dependencies":{"@prisma/client":"5"}}', 'src/routes.ts': PRISMA });
    const lean = reads(r, 'GET:/appointments/lean');
    expect(lean[1]).toMatchObject({ store: 'patients', includedIn: 0, answered: true });
    expect(lean[1]).not.toHaveProperty('columns');
    const mapped = reads(r, 'GET:/appointments/mapped');
    expect(mapped.map((q) => [q.store, q.includedIn, q.answered])).toEqual([
      ['appointments', undefined, false],
      ['patients', 0, false],
    ]);
  });

  it('a TypeORM leftJoinAndSelect returns the joined row with the query; a later select() leaves what it returns of the join unread', async () => {
    const r = await load({ 'package.json': '{"name":"clinic","dependencies":{"typeorm":"0.3"}}', 'src/entities.ts': TYPEORM_ENTITIES, 'src/routes.ts': TYPEORM, 'src/data-source.ts': "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres' });\n" });
    const wide = reads(r, 'GET:/visits');
    expect(wide.map((q) => [q.store, q.includedIn, q.columns, q.answered])).toEqual([
      ['appointments', undefined, ['*'], true],
      ['patients', 0, ['*'], true],
    ]);
    const narrow = reads(r, 'GET:/visits/narrow');
    expect(narrow.map((q) => [q.store, q.includedIn])).toEqual([
      ['appointments', undefined],
      ['patients', 0],
    ]);
    expect(narrow[1]).not.toHaveProperty('columns');
  });

  it("a TypeORM find's relations load the related row with it; its select's object for the relation says which fields", async () => {
    const r = await load({ 'package.json': '{"name":"clinic","dependencies":{"typeorm":"0.3"}}', 'src/entities.ts': TYPEORM_ENTITIES, 'src/routes.ts': TYPEORM, 'src/data-source.ts': "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres' });\n" });
    expect(reads(r, 'GET:/visits/by-find').map((q) => [q.store, q.includedIn, q.columns, q.answered])).toEqual([
      ['appointments', undefined, ['*'], true],
      ['patients', 0, ['*'], true],
    ]);
    expect(reads(r, 'GET:/visits/by-find-select').map((q) => [q.store, q.includedIn, q.columns, q.answered])).toEqual([
      ['appointments', undefined, ['reason'], true],
      ['patients', 0, ['mobile'], true],
    ]);
  });
});
