// The yes-or-no rule conditions (src/schema/boolean-condition.ts) against ajv: each keyword on
// data of every type, and every shipped rule's conditions on the items of its fixtures (and on
// each item with one field at a time made absent or null). Where the fast condition answers, it
// must answer as ajv does; where it cannot, it must say so (undefined) and ajv keeps the condition.
import { describe, expect, it } from 'vitest';
import { booleanCondition } from '../src/schema/boolean-condition.js';
import { compileSchema } from '../src/schema/compile-schema.js';
import { compileRule } from '../src/rules/compile-rule.js';
import { loadRulePack, shippedPackDirs } from '../src/rules/load-rule-pack.js';
import { substituteParams } from '../src/rules/resolve-params.js';
import { fixtureDocument, fixtureManifest, runFixtureManifest } from '../src/rules/run-fixtures.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InputError } from '../src/inventory/diagnostic.js';

const VALUES: unknown[] = [
  undefined, null, true, false, 0, -0, 1, 2, 2.5, -3, 3, 10, 60, Number.MAX_SAFE_INTEGER, '', 'a', 'abc', '😀😀', 'logistics.waybill', 'logistics',
  'any', 'organization', [], [1], ['a', 'b'], [null], [{ id: 'x' }], ['contact.phone'], {}, { a: 1 }, { a: null }, { a: { b: 'x' } }, { id: 'x' }, { a: [1, 2] },
];

const SCHEMAS: unknown[] = [
  true, false, {}, { description: 'nothing' },
  { type: 'null' }, { type: 'boolean' }, { type: 'string' }, { type: 'object' }, { type: 'array' }, { type: 'number' }, { type: 'integer' }, { type: ['string', 'null'] }, { type: ['integer', 'array'] },
  { const: 1 }, { const: 'a' }, { const: null }, { const: false }, { const: [1] }, { const: { a: 1 } }, { const: {} },
  { enum: [1, 'a', null] }, { enum: [[1], { a: 1 }, 'abc'] }, { enum: [0] }, { enum: [false, true] },
  { required: ['a'] }, { required: [] }, { required: ['a', 'id'] }, { properties: { a: { const: 1 } } }, { properties: { a: { type: 'object', properties: { b: { const: 'x' } } } } },
  { properties: { a: {} } }, { properties: { a: false } }, { properties: { constructor: { const: 1 } } }, { required: ['constructor'] },
  { not: { const: 1 } }, { not: {} }, { not: { required: ['a'] } },
  { anyOf: [{ const: 1 }, { type: 'string' }] }, { allOf: [{ type: 'number' }, { minimum: 2 }] }, { oneOf: [{ type: 'number' }, { minimum: 2 }] }, { oneOf: [{ type: 'string' }, { minLength: 1 }] },
  { if: { type: 'number' }, then: { minimum: 2 } }, { if: { type: 'number' }, else: { type: 'string' } }, { if: { type: 'number' }, then: { minimum: 2 }, else: { maxLength: 2 } },
  { contains: { const: 1 } }, { contains: {} }, { contains: { enum: ['contact.phone', 'identity.id-number'] } }, { not: { contains: { pattern: '^logistics(\\.|$)' } } }, { items: { type: 'number' } }, { items: {} },
  { minItems: 1 }, { maxItems: 0 }, { minItems: 1, maxItems: 1 }, { minLength: 2 }, { maxLength: 2 }, { minLength: 1, pattern: '^a' }, { pattern: '^logistics(\\.|$)' },
  { minimum: 2 }, { maximum: 2 }, { exclusiveMinimum: 2 }, { exclusiveMaximum: 2 }, { minimum: 0, maximum: 10 }, { type: 'integer', minimum: 3 },
  { required: ['active'], properties: { active: { const: true }, account: { properties: { type: { not: { const: 'service' } } } } }, anyOf: [{ required: ['a'], properties: { a: { const: 1 } } }, { required: ['id'] }] },
];

describe('a yes-or-no condition answers as ajv does', () => {
  for (const schema of SCHEMAS) {
    it(JSON.stringify(schema), () => {
      const fast = booleanCondition(schema);
      expect(fast, 'evaluated without ajv').toBeDefined();
      const ajv = compileSchema('applies', typeof schema === 'boolean' ? { allOf: [schema] } : (schema as object));
      // Each value as the data, and as a property and an element of it (what `properties` and `contains` reach).
      for (const value of VALUES) {
        for (const data of [value, { a: value }, [value]]) expect(fast?.(data), `${JSON.stringify(data)}`).toBe(ajv(data));
      }
    });
  }

  it('compares with another value of the item by an absolute $data pointer in const, as ajv does', () => {
    const schemas = [
      { properties: { a: { const: { $data: '/b' } } } },
      { properties: { a: { properties: { x: { const: { $data: '/b/c' } } } } } },
      { properties: { a: { contains: { const: { $data: '/b/c' } } } } },
      { properties: { 'x/y': { const: { $data: '/z~1w/~0' } } } },
      { not: { properties: { a: { const: { $data: '/b' } } } } },
    ];
    const datas: unknown[] = [
      {}, { a: 1 }, { a: 1, b: 1 }, { a: 1, b: 2 }, { a: 0, b: 0 }, { a: [1], b: [1] }, { a: { x: 1 }, b: { c: 1 } }, { a: { x: 1 }, b: { c: 2 } },
      { a: { x: 0 }, b: 0 }, { a: { x: 1 }, b: null }, { a: { x: 1 }, b: { c: null } }, { a: [1, 2], b: { c: 2 } }, { a: [], b: { c: 2 } }, { a: [3], b: { c: 0 } },
      { 'x/y': 1, 'z/w': { '~': 1 } }, { 'x/y': 1, 'z/w': { '~': 2 } }, { a: 'b', b: '' }, null, 1, [],
    ];
    for (const schema of schemas) {
      const fast = booleanCondition(schema);
      expect(fast, JSON.stringify(schema)).toBeDefined();
      const ajv = compileSchema('applies', schema);
      for (const data of datas) expect(fast?.(data), `${JSON.stringify(schema)} on ${JSON.stringify(data)}`).toBe(ajv(data));
    }
  });

  it('leaves to ajv what it does not evaluate exactly', () => {
    for (const schema of [
      { maximum: { $data: '1/jobScopeRank' } },
      { const: { $data: '1/a' } },
      { format: 'date' },
      { $ref: '#/x' },
      { additionalProperties: false },
      { minProperties: 1 },
      { prefixItems: [{}] },
      { items: {}, prefixItems: [{}] },
      { contains: {}, minContains: 2 },
      { uniqueItems: true },
      { properties: { a: { unevaluatedProperties: false } } },
      { anyOf: [] },
      { type: 'date' },
      { minItems: 1.5 },
    ]) {
      expect(booleanCondition(schema), JSON.stringify(schema)).toBeUndefined();
    }
  });
});

describe('every shipped rule condition answers as ajv does on its fixtures', () => {
  const taxonomy = loadTaxonomy();
  const packs = shippedPackDirs().map(loadRulePack);
  let answered = 0;
  let total = 0;
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const id = rule.definition.id;
      it(id, () => {
        let fixtures;
        try {
          fixtures = rule.loadFixtures();
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        for (const [kind, cases] of Object.entries(fixtures ?? {})) {
          if (!Array.isArray(cases)) continue;
          for (const c of cases) {
            const params = c.params ?? {};
            const compiled = compileRule(rule.definition, rule.file, params);
            const schemas: Array<{ part: string; schema: object }> = [];
            const add = (part: string, schema: unknown) => {
              if (schema !== undefined) schemas.push({ part, schema: substituteParams(schema, compiled.params, id) as object });
            };
            add('applies', rule.definition.applies);
            add('require', rule.definition.require);
            for (const need of rule.definition.needs ?? []) if (typeof need === 'object' && !Array.isArray(need)) add('when', need.when);
            for (const input of rule.definition.decision?.inputs ?? []) for (const value of input.values) add(`${input.id}=${value.id}`, value.when);
            let items;
            try {
              items = runFixtureManifest(rule, taxonomy, fixtureDocument(`${id}#${kind}/${c.name}`, fixtureManifest(fixtures, c)), params).items;
            } catch (error) {
              if (error instanceof InputError) continue;
              throw error;
            }
            const datas: Array<Record<string, unknown>> = [];
            for (const item of items) {
              const data: Record<string, unknown> = { ...item.data };
              for (const d of compiled.derive) data[d.name] = d.fn(data, d.args);
              datas.push(data);
              // Each field made absent, and null: what a manifest that does not state it gives.
              for (const key of Object.keys(data)) datas.push({ ...data, [key]: undefined }, { ...data, [key]: null });
            }
            for (const { part, schema } of schemas) {
              total++;
              const fast = booleanCondition(schema);
              if (!fast) continue;
              answered++;
              const ajv = compileSchema(part === 'require' ? 'condition' : 'applies', schema);
              for (const data of datas) expect(fast(data), `${id} ${part} (${kind}/${c.name})`).toBe(ajv(data));
            }
          }
        }
      });
    }
  }
  it('answers most of them without ajv', () => {
    // The fast path is the point: a change that loses it for most conditions should be seen.
    expect(answered).toBeGreaterThan(total * 0.8);
  });
});
