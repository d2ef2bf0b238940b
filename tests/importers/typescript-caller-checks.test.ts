// Checks bound to the caller, read from a handler's control flow: a gate (a separate query or
// call binding the caller to what the request names, with an exit when it finds nothing) before
// a query, an owner check after a read, and role or permission checks on the route — in Express
// with Prisma, Koa with knex, NestJS with TypeORM; and the shapes that look alike but check nothing.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { REPO_ROOT } from '../support/run-cli.js';

const DIR = join(REPO_ROOT, 'tests/fixtures/typescript/caller-checks');

async function load(): Promise<ImportResult> {
  const inputs = readdirSync(DIR).sort().map((f) => readSourceInput(join(DIR, f), relative(REPO_ROOT, join(DIR, f))));
  const declared = emptyInventory();
  declared.stores.push(
    { id: 'orders', kind: 'table', fields: [{ name: 'receiver_phone', category: 'contact.phone' }] },
    { id: 'addresses', kind: 'table', fields: [{ name: 'detail', category: 'contact.address' }] },
  );
  const mapping = { stores: { order: 'orders', orders: 'orders', address: 'addresses' } };
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared });
}

const result = load();
const route = async (id: string) => (await result).manifest.codeRoutes?.find((r) => r.id === id) as CodeRoute;
const onlyQuery = async (id: string) => {
  const r = await route(id);
  expect(r, id).toBeDefined();
  const reads = r.queries.filter((q) => 'store' in q);
  expect(reads, `${id} reaches one mapped query`).toHaveLength(1);
  return reads[0] as Extract<CodeRoute['queries'][number], { store: string }>;
};

describe('typescript importer: gates bound to the caller', () => {
  it('Express + Prisma: a ticket the caller is assigned to, named by the request, with an early return, gates the order search', async () => {
    const q = await onlyQuery('GET:/gated/search');
    expect(q.callerCheck).toEqual({ kind: 'gate-query', name: 'ticket', line: 11 });
    expect(q.ownerCondition).toBe(false);
  });

  it('loading the caller’s own record, a check that does not exit, and a gate after the query are no gates', async () => {
    for (const id of ['GET:/self-loaded/search', 'GET:/logged-only/search', 'GET:/late-gate/search']) {
      expect((await onlyQuery(id)).callerCheck, id).toBe(false);
    }
  });

  it('a call given the caller and the requested id, refusing otherwise; a branch entered only when a held-ticket count is positive', async () => {
    expect((await onlyQuery('GET:/call-gated/orders/:id')).callerCheck).toEqual({ kind: 'gate-call', name: 'canSeeOrder', line: 50 });
    expect((await onlyQuery('GET:/branch-gated/search')).callerCheck).toMatchObject({ kind: 'gate-query', name: 'ticket' });
  });

  it('Koa + knex: ctx.assert on a ticket the caller holds gates the rest of the handler', async () => {
    expect((await onlyQuery('GET:/koa/search')).callerCheck).toMatchObject({ kind: 'gate-query', name: 'tickets', line: 8 });
  });

  it('NestJS + TypeORM: a findOneByOrFail bound to the caller gates the service method’s search, followed from the controller', async () => {
    expect((await onlyQuery('GET:/nest/orders')).callerCheck).toMatchObject({ kind: 'gate-query', name: 'ticket' });
  });
});

describe('typescript importer: owner checks after a read', () => {
  it('the record read by id compared with the caller, exiting on a mismatch; none on the unchecked route', async () => {
    expect((await onlyQuery('GET:/my-addresses/:id')).callerCheck).toMatchObject({ kind: 'owner-check', name: 'customerId' });
    const unchecked = await onlyQuery('GET:/addresses/:id');
    expect(unchecked.callerCheck).toBe(false);
    expect(unchecked.lookupFields).toEqual(['id']);
  });

  it('a service’s result checked in the controller checks what the service reads there, and only there', async () => {
    expect((await onlyQuery('GET:/nest/addresses/:id')).callerCheck).toMatchObject({ kind: 'owner-check', name: 'userId' });
    expect((await onlyQuery('GET:/nest/any-address/:id')).callerCheck).toBe(false);
  });
});

describe('typescript importer: authorization on the route', () => {
  it('a permission middleware or a policies guard authorizes; log-in alone does not', async () => {
    expect((await route('GET:/admin/addresses/:id')).authorized).toBe(true);
    expect((await route('GET:/nest/policy-address/:id')).authorized).toBe(true);
    expect((await route('GET:/addresses/:id')).authorized).toBe(false);
    expect((await route('GET:/nest/any-address/:id')).authorized).toBe(false);
    expect((await route('GET:/nest/any-address/:id')).guarded).toBe(true);
  });
});
