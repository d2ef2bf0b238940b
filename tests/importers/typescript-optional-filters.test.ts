// A search whose filters are built in place, each only when the request gives it:
// `OR: [kw ? { name: { contains: kw } } : undefined, phone ? { phone } : undefined].filter(Boolean)`,
// `...(mobile ? { mobile } : {})`, `kw && { name: kw }`. Each such filter is a lookup by what
// the request names (an optional one: it restricts only some calls), never a tie to the caller.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { tempDir } from '../support/temp-dir.js';
import { filesUnder } from '../support/files-under.js';

function declared() {
  const inventory = emptyInventory();
  const f = (name: string, category: string) => ({ name, category });
  inventory.stores.push({ id: 'tenants', kind: 'table', fields: [f('name', 'identity.name'), f('mobile', 'contact.phone'), f('idNumber', 'identity.id-number')] } as never);
  return inventory;
}

async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: { scopeFields: { estateId: 'unit' } }, mapping: {}, declared: declared() });
}

const query = (r: ImportResult, id: string) => (r.manifest.codeRoutes ?? []).find((x) => x.id === id)?.queries[0] as Record<string, unknown> | undefined;

describe('optional filters built in place', () => {
  it('reads an OR list through .filter(Boolean), conditional entries, spreads and && as lookups by the request', async () => {
    const r = await load({
      'src/app.ts': `
import express from 'express';
import { prisma } from './db';
const app = express();

app.get('/tenants/search', async (req, res) => {
  const { kw, mobile, idNumber } = req.query as Record<string, string>;
  const rows = await prisma.tenant.findMany({
    where: {
      OR: [
        kw ? { name: { contains: kw } } : undefined,
        mobile ? { mobile } : undefined,
        idNumber ? { idNumber } : undefined,
      ].filter(Boolean) as object[],
    },
    take: 50,
  });
  res.json(rows);
});

app.get('/tenants/by-mobile', async (req, res) => {
  const mobile = req.query.mobile as string | undefined;
  res.json(await prisma.tenant.findMany({ where: { estateId: req.user.estateId, ...(mobile ? { mobile } : {}) }, take: 50 }));
});

app.get('/tenants/by-name', async (req, res) => {
  const name = req.query.name as string | undefined;
  res.json(await prisma.tenant.findMany({ where: { AND: [name && { name }] }, take: 50 }));
});

// An owner filter applied only on some calls does not tie every read to the caller.
app.get('/tenants/mine', async (req, res) => {
  res.json(await prisma.tenant.findMany({ where: req.query.all ? {} : { estateId: req.user.estateId }, take: 50 }));
});
`,
      'src/db.ts': 'export const prisma: any = {};\n',
    });
    expect(query(r, 'GET:/tenants/search')).toMatchObject({ lookupFields: ['idNumber', 'mobile', 'name'], requestFields: ['idNumber', 'mobile', 'name'], partialMatchFields: ['name'], ownerCondition: false });
    expect(query(r, 'GET:/tenants/by-mobile')).toMatchObject({ lookupFields: ['mobile'], requestFields: ['mobile'], ownerCondition: true });
    expect(query(r, 'GET:/tenants/by-name')).toMatchObject({ lookupFields: ['name'], requestFields: ['name'] });
    expect(query(r, 'GET:/tenants/mine')).toMatchObject({ ownerCondition: false });
  });
});
