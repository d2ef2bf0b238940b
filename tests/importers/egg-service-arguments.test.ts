// Egg services read as Egg loads them: a service call is no ORM delegate, a filter built in a local
// constant (also by a condition) is read, and a request value a controller passes a service method
// reaches the method's query as the request's.
import { describe, expect, it } from 'vitest';
import { parseCodeFile } from '../../src/importers/typescript/parse-code-file.js';

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
