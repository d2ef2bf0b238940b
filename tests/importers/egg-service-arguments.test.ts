// Egg services read as Egg loads them: a service call is no ORM delegate, a filter built in a local
// constant (also by a condition) is read, and a request value a controller passes a service method
// reaches the method's query as the request's.
import { describe, expect, it } from 'vitest';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';
import { emptyInventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { routeOf, scanCode } from '../support/scan-code.js';
import { tempDir } from '../support/temp-dir.js';

function declared() {
  const inventory = emptyInventory();
  inventory.stores.push(
    { id: 'patients', kind: 'table', fields: [{ name: 'name', category: 'identity.name' }, { name: 'mobile', category: 'contact.phone' }] },
    { id: 'lab-results', kind: 'table', fields: [{ name: 'result_text', category: 'health.medical' }] },
  );
  return inventory;
}
type Read = Extract<CodeRoute['queries'][number], { store: string }>;
const reads = (route: CodeRoute): Read[] => route.queries.filter((q): q is Read => 'store' in q);

describe('Egg service calls are methods of the code base', () => {
  it('reads ctx.service.x.create/update/count as calls of services, not as Prisma models named x', () => {
    const facts = parseCodeFile('app/controller/admin/clerk.ts', [
      "import { Controller } from 'egg';",
      'export default class ClerkController extends Controller {',
      '  async add() { await this.ctx.service.clerk.create(this.ctx.request.body); }',
      '  async edit() { const { ctx } = this; await ctx.service.clerk.update(ctx.params.id, ctx.request.body); }',
      '  async total() { this.ctx.body = await this.ctx.service.clerk.count(); }',
      '}',
    ].join('\n'));
    expect(facts.functions.flatMap((f) => f.queries)).toEqual([]);
    expect(facts.functions.flatMap((f) => f.calls)).toContain('egg:service/clerk#create');
  });
});

describe('a filter built in a local constant', () => {
  it('reads both branches of a conditional filter, each an alternative', () => {
    const facts = parseCodeFile('app/service/patient.ts', [
      "import { Service } from 'egg';",
      'export default class PatientService extends Service {',
      '  async find(kw: string) {',
      "    const where = /^1\\d{10}$/.test(kw) ? { mobile: kw } : { name: kw };",
      "    return this.app.mysql.select('patient', { where, limit: 10 });",
      '  }',
      '}',
    ].join('\n'));
    const [q] = facts.functions.flatMap((f) => f.queries);
    expect(q?.conditions.map((c) => [c.field, c.alternative])).toEqual([['mobile', true], ['name', true]]);
  });

  it('keeps a field both branches filter by, and reads a const filter given to an ORM; not a let one', () => {
    const facts = parseCodeFile('src/patients.ts', [
      'export async function list(req, res) {',
      '  const clinic = req.user.clinicId;',
      '  const where = req.query.all ? { clinicId: clinic } : { clinicId: clinic, status: 1 };',
      '  res.json(await Patient.findAll({ where, limit: 50 }));',
      '}',
      'export async function other(req, res) {',
      '  let where = { mobile: req.query.mobile };',
      '  if (req.query.name) where = { name: req.query.name };',
      '  res.json(await Patient.findAll({ where, limit: 50 }));',
      '}',
    ].join('\n'));
    const [first, second] = facts.functions.filter((f) => f.name !== '').map((f) => f.queries[0]);
    expect(first?.conditions).toEqual([{ field: 'clinicId', origin: 'user' }, { field: 'status', origin: 'constant', alternative: true }]);
    expect(second?.conditions).toEqual([]);
  });
});

describe('request values passed to Egg service methods', () => {
  const app = (controller: string, service: string) =>
    tempDir({
      'package.json': '{"name":"clinic","dependencies":{"egg":"3"}}',
      'app/router.ts': [
        "import { Application } from 'egg';",
        'export default (app: Application) => {',
        '  const { router, controller, middleware } = app;',
        "  router.get('/api/nurse/patients', middleware.role('nurse'), controller.nurse.search);",
        "  router.get('/api/nurse/patients/:id/results', middleware.role('nurse'), controller.nurse.results);",
        "  router.get('/api/me/results', controller.nurse.mine);",
        '};',
      ].join('\n'),
      'app/controller/nurse.ts': controller,
      'app/service/patient.ts': service,
    });
  const controller = [
    "import { Controller } from 'egg';",
    'export default class NurseController extends Controller {',
    '  async search() { const { ctx } = this; ctx.body = await ctx.service.patient.find(ctx.query.kw); }',
    '  async results() { const { ctx } = this; ctx.body = await ctx.service.patient.results(Number(ctx.params.id)); }',
    '  async mine() { const { ctx } = this; ctx.body = await ctx.service.patient.results(ctx.state.user.id); }',
    '}',
  ].join('\n');
  const service = [
    "import { Service } from 'egg';",
    'export default class PatientService extends Service {',
    '  async find(kw: string) {',
    "    const where = /^1\\d{10}$/.test(kw) ? { mobile: kw } : { name: kw };",
    "    return this.app.mysql.select('patient', { where, columns: ['id', 'name', 'mobile'], limit: 20 });",
    '  }',
    '  async results(patientId: number) {',
    "    return this.app.mysql.select('lab_result', { where: { patient_id: patientId }, limit: 20 });",
    '  }',
    '}',
  ].join('\n');

  it('reads a service parameter given ctx.query or ctx.params as the request’s, and one given ctx.state.user as the caller’s', async () => {
    const r = await scanCode(app(controller, service), declared(), { stores: { patient: 'patients', lab_result: 'lab-results' } });
    expect(reads(routeOf(r, 'GET:/api/nurse/patients'))).toMatchObject([{ store: 'patients', lookupFields: ['mobile', 'name'], requestFields: ['mobile', 'name'], requestSupplied: true, ownerCondition: false }]);
    expect(reads(routeOf(r, 'GET:/api/nurse/patients/:id/results'))).toMatchObject([{ store: 'lab-results', lookupFields: ['patient_id'], requestFields: ['patient_id'], ownerCondition: false }]);
    expect(reads(routeOf(r, 'GET:/api/me/results'))).toMatchObject([{ store: 'lab-results', lookupFields: [], ownerCondition: true }]);
  });

  it('leaves a parameter untraced where the caller passes a value it made', async () => {
    const made = controller.replace('ctx.service.patient.results(Number(ctx.params.id))', 'ctx.service.patient.results(await this.pickPatient())');
    const r = await scanCode(app(made, service), declared(), { stores: { patient: 'patients', lab_result: 'lab-results' } });
    const [q] = reads(routeOf(r, 'GET:/api/nurse/patients/:id/results'));
    expect(q?.requestFields).toBeUndefined();
  });
});
