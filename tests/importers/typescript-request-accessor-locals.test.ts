// A local bound to a call that hands over the request's values — Hono's `c.req.query('phone')`,
// `await c.req.json()`, the Fetch API's `searchParams.get('q')` — is a request value, as a local
// bound to `req.query.phone` is; one bound to Hono's `c.get('user')` is the caller. A unit field
// given a value the request names is then no tie to the caller.
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
  inventory.stores.push({ id: 'members', kind: 'table', fields: [f('name', 'identity.name'), f('mobile', 'contact.phone'), f('memberNo', 'identity.member-id')] } as never);
  return inventory;
}

async function load(files: Record<string, string>): Promise<ImportResult> {
  const dir = tempDir(files);
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(dir, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: { scopeFields: { branchId: 'unit' } }, mapping: {}, declared: declared() });
}

const query = (r: ImportResult, id: string) => (r.manifest.codeRoutes ?? []).find((x) => x.id === id)?.queries[0] as Record<string, unknown> | undefined;

const HONO_MEMBERS = `
import { Hono } from 'hono';
import { prisma } from '../db';
export const members = new Hono();

members.get('/by-mobile', async (c) => {
  const mobile = c.req.query('mobile') ?? '';
  return c.json(await prisma.member.findMany({ where: { mobile }, take: 20 }));
});

members.post('/find', async (c) => {
  const { memberNo } = await c.req.json<{ memberNo: string }>();
  return c.json(await prisma.member.findFirst({ where: { memberNo } }));
});

members.get('/branch', async (c) => {
  const branchId = c.req.query('branchId');
  return c.json(await prisma.member.findMany({ where: { branchId }, take: 500 }));
});

members.get('/mine', async (c) => {
  const user = c.get('user') as { branchId: string; memberNo: string };
  return c.json(await prisma.member.findMany({ where: { branchId: user.branchId }, take: 500 }));
});

members.get('/me', async (c) => {
  const user = c.get('user');
  return c.json(await prisma.member.findFirst({ where: { memberNo: user.memberNo } }));
});

members.get('/validated', async (c) => {
  const input = schema.parse(c.req.query());
  return c.json(await prisma.member.findFirst({ where: { memberNo: input.memberNo } }));
});
`;

describe('locals bound to a request accessor call', () => {
  it('Hono: c.req.query(…) (with a default), await c.req.json() and c.get(\'user\') bound to a local', async () => {
    const r = await load({
      'package.json': '{"name":"club","dependencies":{"hono":"4"}}',
      'src/db.ts': `export const prisma: any = {};\nexport const schema: any = {};\n`,
      'src/routes/members.ts': HONO_MEMBERS,
      'src/index.ts': `import { Hono } from 'hono';\nimport { members } from './routes/members';\nconst app = new Hono();\napp.route('/members', members);\nexport default app;\n`,
    });
    expect(query(r, 'GET:/members/by-mobile')).toMatchObject({ lookupFields: ['mobile'], requestFields: ['mobile'], ownerCondition: false });
    expect(query(r, 'POST:/members/find')).toMatchObject({ lookupFields: ['memberNo'], requestFields: ['memberNo'], ownerCondition: false });
    // A unit field given the value the request names ties the rows to nothing the caller holds.
    expect(query(r, 'GET:/members/branch')).toMatchObject({ lookupFields: ['branchId'], requestFields: ['branchId'], ownerCondition: false });
    expect(query(r, 'GET:/members/mine')).toMatchObject({ lookupFields: [], ownerCondition: true });
    expect(query(r, 'GET:/members/me')).toMatchObject({ lookupFields: [], ownerCondition: true });
    // A value the code made from the request (a parser's result) stays untraced: a lookup, not the request's own.
    const validated = query(r, 'GET:/members/validated');
    expect(validated).toMatchObject({ lookupFields: ['memberNo'], ownerCondition: false });
    expect(validated?.requestFields).toBeUndefined();
  });

  it('Next.js: a local bound to searchParams.get(…) is the request\'s', async () => {
    const r = await load({
      'package.json': '{"name":"club-web","dependencies":{"next":"14"}}',
      'src/db.ts': `export const prisma: any = {};\n`,
      'app/api/members/route.ts': `
import { NextRequest } from 'next/server';
import { prisma } from '../../../src/db';
export async function GET(req: NextRequest) {
  const mobile = req.nextUrl.searchParams.get('mobile');
  return Response.json(await prisma.member.findMany({ where: { mobile }, take: 20 }));
}
`,
    });
    expect(query(r, 'GET:/api/members')).toMatchObject({ lookupFields: ['mobile'], requestFields: ['mobile'] });
  });
});
