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

