// Prisma reads return related records with their rows: `include: { patient: true }` (and a
// relation given its own `select`) reads the related model's fields, so the route reaches that
// store too, through the query's own condition, cap and caller check. A `select` of nothing but
// record keys and aggregates (`_count`) returns no one's values: an aggregate, as `COUNT(*)` is.
// The scanned code is parsed, never run.
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
  inventory.roles.push({ id: 'clinic-staff' });
  return inventory;
}

async function load(dir: string): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: declared() });
}
const reads = (r: ImportResult, id: string): ReadEntry[] => {
  const route = r.manifest.codeRoutes?.find((x) => x.id === id);
  expect(route, id).toBeDefined();
  return (route as CodeRoute).queries.filter((q): q is ReadEntry => 'store' in q);
};

const ROUTES = `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireLogin } from './auth';
const prisma = new PrismaClient();
export const router = express.Router();
router.use(requireLogin);

router.get('/appointments', async (req, res) => {
  const rows = await prisma.appointment.findMany({
    where: { clinicId: req.query.clinicId as string },
    include: { patient: true, doctor: { select: { name: true } }, _count: true },
  });
  res.json(rows);
});

router.get('/appointments/mine', async (req, res) => {
  const rows = await prisma.appointment.findMany({
    where: { patientId: req.user.id },
    take: 50,
    select: { id: true, reason: true, patient: { select: { mobile: true } } },
  });
  res.json(rows);
});

router.get('/appointments/stats', async (req, res) => {
  const rows = await prisma.appointment.findMany({
    where: { doctorId: req.query.doctorId as string },
    select: { id: true, _count: { select: { notes: true } } },
  });
  res.json(rows);
});

router.get('/appointments/:id/ids', async (req, res) => {
  const row = await prisma.appointment.findUnique({
    where: { id: req.params.id },
    include: { patient: { select: { id: true } }, doctor: false },
  });
  res.json(row);
});
`;

const FILES = {
  'package.json': '{"name":"clinic","dependencies":{"@prisma/client":"5"}}',
  'src/routes.ts': ROUTES,
  'src/auth.ts': 'export function requireLogin(req, res, next) { if (!req.user) return res.status(401).end(); next(); }\n',
};

describe('typescript importer: Prisma relations read with a query', () => {
  it('include: { patient: true } and a relation with its own select reach the related stores through the same condition', async () => {
    const r = await load(tempDir(FILES));
    const list = reads(r, 'GET:/appointments');
    expect(list.map((q) => q.store)).toEqual(['appointments', 'patients', 'doctors']);
    const [own, patient, doctor] = list as [ReadEntry, ReadEntry, ReadEntry];
    expect(own).toMatchObject({ operation: 'find-many', lookupFields: ['clinicId'], limited: false, ownerCondition: false });
    // The lookup is the query's: the related reads look nothing up by their own fields.
    expect(patient).toMatchObject({ operation: 'find-many', lookupFields: [], requestSupplied: false, limited: false, ownerCondition: false, joins: ['appointment'], model: 'patient' });
    expect(doctor).toMatchObject({ model: 'doctor', joins: ['appointment'] });
    // Placed at its key in the include, not at the query.
    expect(r.places?.get(patient)?.file).toBe('src/routes.ts');
  });

  it('a related read through a select keeps the query’s owner condition and cap', async () => {
    const list = reads(await load(tempDir(FILES)), 'GET:/appointments/mine');
    expect(list.map((q) => q.store)).toEqual(['appointments', 'patients']);
    expect(list[1]).toMatchObject({ ownerCondition: true, limited: true });
  });

  it('a select of only keys and _count is an aggregate; a relation selected for its id only, or included as false, is not read', async () => {
    const r = await load(tempDir(FILES));
    const stats = reads(r, 'GET:/appointments/stats');
    expect(stats.map((q) => [q.store, q.operation])).toEqual([['appointments', 'count']]);
    const ids = reads(r, 'GET:/appointments/:id/ids');
    expect(ids.map((q) => [q.store, q.operation])).toEqual([['appointments', 'find-one']]);
  });

  it('nested includes are followed a bounded depth, and a hostile include list is capped', async () => {
    const deep = `include: { a1: { include: { a2: { include: { a3: { include: { a4: { include: { a5: true } } } } } } } } }`;
    const wide = Array.from({ length: 40 }, (_, i) => `r${i}: true`).join(', ');
    const src = `import { PrismaClient } from '@prisma/client';\nimport express from 'express';\nconst prisma = new PrismaClient();\nconst router = express.Router();\nrouter.get('/deep', async (req, res) => res.json(await prisma.patient.findMany({ ${deep} })));\nrouter.get('/wide', async (req, res) => res.json(await prisma.patient.findMany({ include: { ${wide} } })));\n`;
    const r = await load(tempDir({ 'package.json': '{"name":"x"}', 'src/r.ts': src }));
    const notes = (r.coverage ?? []).filter((c) => c.kind === 'model').map((c) => c.name);
    expect(notes).toEqual(expect.arrayContaining(['a1', 'a2', 'a3']));
    expect(notes).not.toContain('a4');
    expect(notes.filter((n) => /^r\d+$/.test(n))).toHaveLength(16);
  });
});
