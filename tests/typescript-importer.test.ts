// The TypeScript/JavaScript importer on real-world-shaped code: NestJS controllers and role
// decorators, CASL and nest-access-control definitions, Express/Koa/Fastify routes, queries in
// TypeORM, Sequelize, Mongoose, knex, Prisma and SQL, credential handling and scheduled jobs —
// and bad input skipped with a note, never a crash.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { typescriptImporter } from '../src/importers/typescript/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import type { CodeRoute } from '../src/inventory/manifest-schema.js';
import { discoverFiles } from '../src/sources/discover-files.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';
import { filesUnder } from './support/files-under.js';


function declared() {
  const inventory = emptyInventory();
  const field = (name: string, category: string) => ({ name, category });
  inventory.stores.push(
    { id: 'shipments', kind: 'table', fields: [field('recipient_phone', 'contact.phone'), field('waybill_no', 'logistics.waybill-number')] },
    { id: 'members', kind: 'table', fields: [field('id_number', 'identity.id-number'), field('phone', 'contact.phone')] },
    { id: 'patients', kind: 'table', fields: [field('name', 'identity.name'), field('phone', 'contact.phone')] },
    { id: 'visits', kind: 'collection', fields: [field('patient_name', 'identity.name')] },
    { id: 'videos', kind: 'table', fields: [field('title', 'other.text')] },
  );
  inventory.roles.push({ id: 'dispatcher' }, { id: 'admin', kind: 'admin' }, { id: 'courier' });
  return inventory;
}

async function load(dir: string, mapping: Record<string, unknown> = {}, options: Record<string, unknown> = {}): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options, mapping, declared: declared() });
}

const SHAPES = join(REPO_ROOT, 'tests/fixtures/typescript/shapes');
const routeOf = (r: ImportResult, id: string) => r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
const positionOf = (r: ImportResult, entity: object) => {
  const place = r.places?.get(entity);
  const locator = r.locators?.find((l) => l.path === place?.file);
  return place && locator ? { file: place.file, ...locator.locate([place.pointer]).get(place.pointer) } : undefined;
};

describe('typescript importer: routes and the queries they reach', () => {
  it('NestJS: class and method role decorators, enum members, a public marker, service calls followed', async () => {
    const r = await load(SHAPES);
    const byPhone = routeOf(r, 'GET:/shipments/by-phone');
    expect(byPhone).toMatchObject({ framework: 'nestjs', roles: ['dispatcher'], guarded: true, public: false });
    expect(byPhone.queries).toEqual([expect.objectContaining({ store: 'shipments', library: 'typeorm', operation: 'find-many', lookupFields: ['recipientPhone'], requestSupplied: true, ownerCondition: false, limited: false })]);
    // The method's Reflector.createDecorator roles override the class's SetMetadata roles.
    const mine = routeOf(r, 'GET:/shipments/mine');
    expect(mine.roles).toEqual(['admin']);
    expect(mine.queries[0]).toMatchObject({ ownerCondition: true, lookupFields: [], limited: true });
    expect(routeOf(r, 'GET:/shipments/track/:no')).toMatchObject({ public: true, guarded: false });
    expect(positionOf(r, byPhone)).toEqual({ file: 'tests/fixtures/typescript/shapes/src/nest/shipments.controller.ts', line: 15, column: 3 });
    expect(positionOf(r, byPhone.queries[0] as object)).toEqual({ file: 'tests/fixtures/typescript/shapes/src/nest/shipments.service.ts', line: 11, column: 12 });
  });

  it('Koa with knex: middleware applies to routes after it; the log-in route is found by its password check', async () => {
    const r = await load(SHAPES);
    expect(routeOf(r, 'POST:/login')).toMatchObject({ framework: 'koa', login: true, guarded: false, rateLimited: false });
    expect(routeOf(r, 'GET:/members/search')).toMatchObject({ guarded: true, middleware: ['authenticate'] });
    expect(routeOf(r, 'GET:/members/search').queries[0]).toMatchObject({ library: 'knex', model: 'members', operation: 'find-one', lookupFields: ['id_number'] });
  });

  it('Fastify with Sequelize and Mongoose: preHandler guards, route objects, bulk reads and limits', async () => {
    const r = await load(SHAPES);
    expect(routeOf(r, 'GET:/patients')).toMatchObject({ framework: 'fastify', guarded: true });
    expect(routeOf(r, 'GET:/patients').queries[0]).toMatchObject({ library: 'sequelize', operation: 'find-many', where: false, limited: false });
    expect(routeOf(r, 'GET:/patients/by-name')).toMatchObject({ guarded: false });
    expect(routeOf(r, 'GET:/patients/by-name').queries[0]).toMatchObject({ lookupFields: ['name'], requestSupplied: true });
    expect(routeOf(r, 'GET:/visits').queries[0]).toMatchObject({ library: 'mongoose', operation: 'find-many', limited: true, lookupFields: ['patientName'] });
  });
});

describe('typescript importer: permission definitions', () => {
  it('CASL: manage/all reaches every store, an owner condition is scope own, a later cannot takes a grant back', async () => {
    const r = await load(SHAPES);
    // Grants read from routes (codeRoute) are checked below.
    const grants = (r.grants ?? []).filter((g) => g.grant.codeRoute === undefined).map((g) => `${g.role} ${g.grant.actions.join()} ${g.grant.store ?? g.grant.interface} ${g.grant.scope}`).sort();
    expect(grants).toEqual([
      'admin manage members any',
      'admin manage patients any',
      'admin manage shipments any',
      'admin manage videos any',
      'admin manage visits any',
      'courier read shipments own',
      'dispatcher read shipments any',
      'dispatcher update shipments any',
    ]);
    // The routes restricted to these roles read what CASL already grants them: each states that same grant (one cause), at the route.
    const fromRoutes = (r.grants ?? []).filter((g) => g.grant.codeRoute !== undefined).map((g) => `${g.role} ${g.grant.actions.join()} ${g.grant.store ?? g.grant.interface} ${g.grant.scope}`);
    expect(fromRoutes.length).toBeGreaterThan(0);
    for (const g of fromRoutes) expect(grants).toContain(g);
  });

  it('CASL scope from the project file: scopeFields (parentId own, classId assigned, outletId unit), else ownerFields, else the defaults; queries read the same fields', async () => {
    const dir = join(REPO_ROOT, 'tests/fixtures/typescript/casl-school');
    const school = () => {
      const inventory = emptyInventory();
      inventory.stores.push(
        { id: 'students', kind: 'table', fields: [{ name: 'name', category: 'identity.name' }, { name: 'id_card_no', category: 'identity.id-number' }] },
        { id: 'attendance', kind: 'table', fields: [{ name: 'student_name', category: 'identity.name' }] },
      );
      inventory.roles.push({ id: 'parent' }, { id: 'teacher' }, { id: 'front-desk' }, { id: 'principal' });
      return inventory;
    };
    const run = async (options: Record<string, unknown>) => {
      const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
      const r = await typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options, mapping: {}, declared: school() });
      const grants = (r.grants ?? []).map((g) => `${g.role} ${g.grant.actions.join()} ${g.grant.store} ${g.grant.scope}`).sort();
      const queries = (r.manifest.codeRoutes ?? []).map((route) => `${route.path} ${route.queries.map((q) => ('unreadable' in q ? 'unreadable' : `owner=${q.ownerCondition} lookup=${q.lookupFields.join('+')}`)).join()}`).sort();
      return { grants, queries };
    };
    const stated = await run({ scopeFields: { parentId: 'own', classId: 'assigned', outletId: 'unit' } });
    expect(stated.grants).toEqual([
      'front-desk create students any',
      'front-desk read students unit',
      'parent read attendance own',
      'parent read students own',
      'principal read attendance any',
      // cannot('read', 'Student', ['idCardNo']) takes back one field, not the grant.
      'principal read students any',
      'teacher read attendance assigned',
      'teacher read students assigned',
      'teacher update attendance assigned',
    ]);
    expect(stated.queries).toEqual(['/my/children owner=true lookup=', '/my/class/students owner=true lookup=']);
    // Without options the defaults apply: parentId and classId tie nothing (scope any, and a lookup key).
    const defaults = await run({});
    expect(defaults.grants.filter((g) => g.startsWith('parent ') || g.startsWith('teacher read'))).toEqual(['parent read attendance any', 'parent read students any', 'teacher read attendance any', 'teacher read students any']);
    expect(defaults.queries).toEqual(['/my/children owner=false lookup=parentId', '/my/class/students owner=false lookup=classId']);
    // ownerFields: a CASL condition on one is scope own, as a query condition on one ties it to the caller.
    const owners = await run({ ownerFields: ['parentId', 'classId'] });
    expect(owners.grants.filter((g) => g.startsWith('parent ') || g.startsWith('teacher read'))).toEqual(['parent read attendance own', 'parent read students own', 'teacher read attendance own', 'teacher read students own']);
    expect(owners.queries).toEqual(['/my/children owner=true lookup=', '/my/class/students owner=true lookup=']);
  });

  it('nest-access-control (real example): RolesBuilder chain with enum roles and extend; @UseRoles resolves to the roles granted', async () => {
    const r = await load(join(REPO_ROOT, 'tests/fixtures/typescript/real/nest-access-control'), { roles: { USER_CREATE_ANY_VIDEO: 'dispatcher', ADMIN_UPDATE_OWN_VIDEO: 'admin' } });
    const grants = (r.grants ?? []).map((g) => `${g.role} ${g.grant.actions.join()} ${g.grant.scope}`).sort();
    expect(grants).toEqual(['admin create own', 'admin delete any', 'admin read any', 'admin update any', 'dispatcher create own', 'dispatcher delete own', 'dispatcher read any']);
    expect(r.manifest.codeRoutes?.[0]).toMatchObject({ path: '/', roles: ['admin', 'dispatcher'], guarded: true });
  });

  it('unmapped code roles become roles of their own, listed as coverage notes', async () => {
    const r = await load(join(REPO_ROOT, 'tests/fixtures/typescript/real/nest-access-control'));
    expect(r.manifest.roles?.map((x) => x.id)).toEqual(['ADMIN_UPDATE_OWN_VIDEO', 'USER_CREATE_ANY_VIDEO']);
    expect(r.coverage?.filter((c) => c.kind === 'role').map((c) => `${c.name}@${c.line}`)).toEqual(['ADMIN_UPDATE_OWN_VIDEO@7', 'USER_CREATE_ANY_VIDEO@7']);
  });
});

describe('typescript importer: credentials and deletion jobs', () => {
  it('hashing, literal passwords rated by zxcvbn, JWT lifetimes, cookie flags', async () => {
    const r = await load(SHAPES);
    const sites = (r.manifest.codeCredentialSites ?? []).map(({ id: _id, codeBase: _cb, ...rest }) => rest);
    expect(sites).toEqual([
      { kind: 'password-hash', algorithm: 'sha1', salted: true },
      { kind: 'password-hash', algorithm: 'bcrypt', salted: true, cost: 8 },
      { kind: 'password-hash', algorithm: 'pbkdf2-sha512', salted: true, iterations: 1000 },
      { kind: 'password-hash', algorithm: 'argon2id', salted: true },
      { kind: 'jwt', expiresInSeconds: 365 * 86400 },
      { kind: 'key', keyUse: 'jwt-signing', keySource: 'environment', hardCoded: false, name: 'jwt.sign key' },
      { kind: 'session-cookie', name: 'sid', httpOnly: false, secure: false },
      { kind: 'session-cookie', name: 'session', httpOnly: true, secure: false },
      { kind: 'key', keyUse: 'session-signing', keySource: 'environment', hardCoded: false, name: 'session({ secret })' },
      { kind: 'hard-coded-password', name: 'admin (password)', strengthScore: 1, guessesLog10: 4.09 },
      { kind: 'hard-coded-password', name: 'initialPassword', strengthScore: 4, guessesLog10: 18 },
      { kind: 'session-cookie', name: 'session', httpOnly: true, secure: false },
    ]);
  });

  it('agenda, bullmq repeatable jobs and setInterval that delete or anonymise stores become deletion jobs', async () => {
    const r = await load(SHAPES);
    expect(r.manifest.deletionJobs?.map((j) => `${j.stores.join()} ${j.schedule} ${j.action}`)).toEqual(['members 1 day delete', 'visits 0 4 * * * delete', 'patients PT86400S anonymise']);
  });
});

describe('typescript importer: Egg.js scheduled jobs', () => {
  it('app/schedule objects and Subscription classes that delete or anonymise become deletion jobs; disable: true is a job that does not run', async () => {
    const dir = tempDir({
      'package.json': '{"name":"egg-jobs","dependencies":{"egg":"3"}}',
      'app/schedule/purge_members.ts': [
        "import { Context } from 'egg';",
        'export default {',
        "  schedule: { cron: '0 0 3 * * *', type: 'worker' },",
        '  async task(ctx: Context) {',
        "    await ctx.app.mysql.query('DELETE FROM members WHERE created_at < DATE_SUB(NOW(), INTERVAL 1 YEAR)');",
        '  },',
        '};',
        '',
      ].join('\n'),
      'app/schedule/blank_patients.ts': [
        'export default {',
        "  schedule: { cron: '0 0 4 1 * *', type: 'worker', disable: true },",
        '  task: async (ctx: any) => {',
        "    await ctx.app.mysql.query('UPDATE patients SET name = NULL, phone = NULL WHERE discharged_at < NOW()');",
        '  },',
        '};',
        '',
      ].join('\n'),
      'app/schedule/purge_shipments.js': [
        "const Subscription = require('egg').Subscription;",
        'class PurgeShipments extends Subscription {',
        '  static get schedule() {',
        "    return { interval: 24 * 60 * 60 * 1000, type: 'all' };",
        '  }',
        '  async subscribe() {',
        "    await this.app.mysql.query('DELETE FROM shipments WHERE delivered_at < NOW()');",
        '  }',
        '}',
        'module.exports = PurgeShipments;',
        '',
      ].join('\n'),
      // The same shape outside app/schedule is no job Egg.js runs.
      'app/service/not_a_job.ts': [
        'export default {',
        "  schedule: { cron: '0 0 5 * * *' },",
        "  async task(ctx: any) { await ctx.app.mysql.query('DELETE FROM videos'); },",
        '};',
        '',
      ].join('\n'),
    });
    const r = await load(dir);
    expect(r.manifest.deletionJobs?.map((j) => `${j.stores.join()} ${j.schedule} ${j.action} enabled=${j.enabled}`).sort()).toEqual([
      'members 0 0 3 * * * delete enabled=true',
      'patients 0 0 4 1 * * anonymise enabled=false',
      'shipments PT86400S delete enabled=true',
    ]);
  });
});

describe('typescript importer: signing and encryption keys', () => {
  it('jwt.sign/verify, passport-jwt through super(), JwtModule, express-jwt and session secrets, createCipheriv key and IV, createHmac: where each key comes from, masked', async () => {
    const r = await load(join(REPO_ROOT, 'tests/fixtures/typescript/keys'));
    const keys = (r.manifest.codeCredentialSites ?? [])
      .filter((s) => s.kind === 'key')
      .map((s) => `${s.id.replace(/^.*src\//, '')} ${s.keyUse} ${s.keySource} hardCoded=${s.hardCoded ?? '?'} ${s.name} ${s.keyPreview ?? ''} ${s.keyBytes ?? ''} ${s.strengthScore ?? ''}`.trim());
    expect(keys).toEqual([
      'app.ts:6:19 session-signing literal hardCoded=true session({ secret }) …(12 characters) 12 2',
      'app.ts:7:30 jwt-signing fallback-literal hardCoded=true expressjwt({ secret }) …(8 characters) 8 0',
      'auth/auth.module.ts:5:34 jwt-signing environment hardCoded=false JwtModule.register({ secret })',
      'auth/jwt.strategy.ts:11:7 jwt-verification literal hardCoded=true super({ secretOrKey }) …(15 characters) 15 4',
      'auth/token.ts:5:60 jwt-signing literal hardCoded=true TOKEN_SECRET …(12 characters) 12 4',
      'auth/token.ts:9:28 jwt-verification literal hardCoded=true TOKEN_SECRET …(12 characters) 12 4',
      'auth/token.ts:13:28 jwt-signing unknown hardCoded=? jwt.sign key',
      // A hex key is 32 bytes however many characters it is written in.
      'crypto/phone-cipher.ts:6:48 cipher-key literal hardCoded=true PHONE_KEY 3f…(64 characters) 32 4',
      'crypto/phone-cipher.ts:6:79 cipher-iv literal hardCoded=true PHONE_IV a1…(16 characters) 16 3',
      'crypto/phone-cipher.ts:11:52 cipher-key literal hardCoded=true PHONE_KEY 3f…(64 characters) 32 4',
      'crypto/phone-cipher.ts:11:83 cipher-iv literal hardCoded=true PHONE_IV a1…(16 characters) 16 3',
      'crypto/phone-cipher.ts:16:31 hmac environment hardCoded=false createHmac key',
    ]);
    // The keys themselves are nowhere in what the importer returns.
    const everything = JSON.stringify(r.manifest);
    for (const secret of ['waybill@2021', 'nest-outlet-key', 'keyboard cat', 'changeme', '3f7a9c1e5b2d8f4a', 'a1b2c3d4e5f60718']) expect(everything).not.toContain(secret);
  });
});

describe('typescript importer: one literal key, one identity', () => {
  it('every site given the same literal key (signing and verifying, a constant used twice) carries one keyId, named by the constant and where it is written; other keys differ', async () => {
    const r = await load(join(REPO_ROOT, 'tests/fixtures/typescript/keys'));
    const ids = new Map<string, Set<string>>();
    for (const s of (r.manifest.codeCredentialSites ?? []).filter((x) => x.kind === 'key' && x.keyId !== undefined)) {
      const label = `${s.name} ${s.keyUse === 'cipher-iv' ? 'iv' : 'key'}`;
      ids.set(label, new Set([...(ids.get(label) ?? []), s.keyId as string]));
    }
    expect([...(ids.get('TOKEN_SECRET key') ?? [])]).toEqual([expect.stringMatching(/^TOKEN_SECRET@.*auth\/token\.ts:\d+:\d+$/)]);
    expect(ids.get('PHONE_KEY key')?.size).toBe(1);
    expect(ids.get('PHONE_IV iv')?.size).toBe(1);
    expect([...(ids.get('PHONE_KEY key') ?? [])][0]).not.toBe([...(ids.get('PHONE_IV iv') ?? [])][0]);
    // Keys without a literal (from the environment, or untraced) have no identity to group by.
    expect((r.manifest.codeCredentialSites ?? []).filter((x) => x.kind === 'key' && x.hardCoded !== true).every((x) => x.keyId === undefined)).toBe(true);
  });
});

describe('typescript importer: bad input is skipped with a note', () => {
  it('syntax errors, huge generated files, minified bundles, binary .js and symlink loops', async () => {
    const dir = tempDir({
      'package.json': '{"name":"bad"}',
      'src/broken.ts': "import { createHash } from 'node:crypto';\nexport function f(password: string) {\n  return createHash('md5').update(password).digest('hex');\n}\nexport const x = {{{ ;\n",
      'src/generated.ts': `export const table = [${'1,'.repeat(700_000)}];\n`,
      'src/vendor.min.js': 'var a=1;'.repeat(2000),
      'src/bundle.js': `!function(e){${'var x=function(){return 1};'.repeat(400)}}();`,
      'src/image.js': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0, 1]),
    });
    mkdirSync(join(dir, 'src/loop'));
    symlinkSync(join(dir, 'src'), join(dir, 'src/loop/back'));
    writeFileSync(join(dir, 'src/ok.ts'), "export const password = 'qwerty';\n");
    const files = discoverFiles([dir], dir, new Set(typescriptImporter.extensions));
    const inputs = files.map((f) => readSourceInput(f.fsPath, f.displayPath));
    const r = await typescriptImporter.load(inputs, { cwd: dir, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    const notes = r.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''} ${w.message.split(' (')[0]?.split(';')[0]}`).sort();
    expect(notes).toEqual([
      'src/broken.ts:5 syntax error: Property assignment expected.',
      'src/bundle.js not scanned: minified or generated code',
      'src/generated.ts not scanned: larger than 1024 KB',
      'src/image.js not scanned: binary content under a source-file name',
      'src/vendor.min.js not scanned: minified bundle',
    ]);
    // The rest of a file with a syntax error is still scanned; the good file is scanned once.
    expect(r.manifest.codeCredentialSites?.map((s) => `${s.kind} ${s.algorithm ?? s.name}`)).toEqual(['password-hash md5', 'hard-coded-password password']);
    expect(r.manifest.codeBases?.[0]).toMatchObject({ files: 2, skipped: 4 });
  });
});

describe('typescript importer: worker threads', () => {
  it('parse in workers to the same facts as in the main thread (built script)', async () => {
    // Workers run dist/…/scan-worker.js; `npm test` builds before it runs the tests. The built
    // module is imported by a computed URL, typed from its source, so that the type-check does
    // not need the build's declarations (npm test builds and type-checks side by side).
    const built = new URL('../dist/importers/typescript/scan-code-files.js', import.meta.url).href;
    const { scanCodeFiles } = (await import(built)) as typeof import('../src/importers/typescript/scan-code-files.js');
    const texts = filesUnder(SHAPES).filter((f) => f.endsWith('.ts')).map((f) => ({ path: relative(REPO_ROOT, f), text: readFileSync(f, 'utf8') }));
    const inThread = await scanCodeFiles(texts, 0);
    const inWorkers = await scanCodeFiles(texts, 2);
    expect(inThread.flatMap((f) => f.routes).length).toBeGreaterThan(5);
    expect(inWorkers).toEqual(inThread);
  });
});

describe('typescript importer: erasure on an event', () => {
  it("a route erasing the caller's own records (a closure handler) is an on-trigger job; one looking records up from the request is not", async () => {
    const dir = tempDir({
      'package.json': '{"name":"closure","dependencies":{"express":"4","sequelize":"6"}}',
      'src/account.ts': [
        "import { Router } from 'express';",
        "import { Member, Patient } from './models';",
        'export const accountRouter = Router();',
        "accountRouter.post('/account/close', async (req, res) => {",
        '  await Member.update({ phone: null, idNumber: null }, { where: { id: req.user.id } });',
        '  res.json({ ok: true });',
        '});',
        "accountRouter.delete('/patients/:id', async (req, res) => {",
        '  await Patient.destroy({ where: { id: req.params.id } });',
        '  res.json({ ok: true });',
        '});',
        "accountRouter.get('/me', async (req, res) => {",
        '  res.json(await Member.findOne({ where: { id: req.user.id } }));',
        '});',
        '',
      ].join('\n'),
    });
    const r = await load(dir, { stores: { Member: 'members', Patient: 'patients' } });
    expect(r.manifest.deletionJobs?.map((j) => `${j.stores.join()} ${j.schedule} ${j.action} ${j.onTrigger}`)).toEqual(['members POST /account/close anonymise true']);
  });
});
