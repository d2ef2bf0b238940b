// A read that accepts only a key unique to one record (Prisma findUnique, Sequelize findByPk,
// Mongoose findById) is given a reference to a record, whatever the key is called (orderNo,
// invoiceNo): the scan states byUniqueKey, so the object-level authorization rule (PIPL-CODE-011)
// sees it; a findFirst or a findMany is not taken for one.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { REPO_ROOT } from '../support/run-cli.js';

const DIR = join(REPO_ROOT, 'tests/fixtures/typescript/record-references');

async function load(): Promise<ImportResult> {
  const inputs = readdirSync(DIR).sort().map((f) => readSourceInput(join(DIR, f), relative(REPO_ROOT, join(DIR, f))));
  const declared = emptyInventory();
  declared.stores.push({ id: 'orders', kind: 'table', fields: [{ name: 'receiver_name', category: 'identity.name' }, { name: 'receiver_address', category: 'contact.address' }] });
  const mapping = { stores: { order: 'orders', Invoice: 'orders', Shipment: 'orders' } };
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared });
}

const result = load();
const read = async (id: string) => {
  const r = (await result).manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
  expect(r, id).toBeDefined();
  const [q] = r.queries.filter((x): x is Extract<CodeRoute['queries'][number], { store: string }> => 'store' in x);
  expect(q, `${id} reads orders`).toBeDefined();
  return { route: r, query: q as Extract<CodeRoute['queries'][number], { store: string }> };
};

describe('typescript importer: reads by a record reference', () => {
  it('NestJS: the order number from the URL, read by findUnique in the service, is a record reference on a log-in-only route', async () => {
    const { route, query } = await read('GET:/api/orders/:orderNo');
    expect(route.guarded).toBe(true);
    expect(route.authorized).toBe(false);
    expect(query).toMatchObject({ lookupFields: ['orderNo'], requestSupplied: true, byUniqueKey: true, ownerCondition: false, callerCheck: false });
  });

  it('Sequelize findByPk and Mongoose findById take a record reference whatever the parameter is called', async () => {
    expect((await read('GET:/invoices/:invoiceNo')).query).toMatchObject({ lookupFields: ['id'], byUniqueKey: true });
    expect((await read('GET:/shipments/:trackingRef')).query).toMatchObject({ lookupFields: ['_id'], byUniqueKey: true });
  });

  it('a findFirst by the same number, and the caller’s own list, are not stated as unique-key reads', async () => {
    expect((await read('GET:/api/orders/latest/:orderNo')).query.byUniqueKey).toBeUndefined();
    const mine = (await read('GET:/api/orders/mine')).query;
    expect(mine.byUniqueKey).toBeUndefined();
    expect(mine.ownerCondition).toBe(true);
  });
});
