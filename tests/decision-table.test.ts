// Decision tables: every shipped table is complete (each combination of input values has a row)
// and unambiguous (no combination has two), every row is proved by a fixture, the check catches
// gaps and overlaps in a table made for the purpose, and an unstated input makes the verdict
// NOT_EVALUATED only when the rows it could lead to differ.
import { describe, expect, it } from 'vitest';
import { createConditionAjv } from '../src/schema/condition-ajv.js';
import { checkDecisionTable, compileDecisionTable, decide, decideValues } from '../src/rules/decision-table.js';
import { loadRulePack, shippedPackDirs, type LoadedRule } from '../src/rules/load-rule-pack.js';
import { fixtureDocument, runFixtureManifest, runFixtures } from '../src/rules/run-fixtures.js';
import type { DecisionTable } from '../src/rules/rule-schema.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

const packs = shippedPackDirs().map(loadRulePack);
const tableRules = packs.flatMap((p) => p.rules).filter((r) => r.definition.decision);
const taxonomy = loadTaxonomy();
const ajv = createConditionAjv({ allErrors: false });

/** A two-input table: colour (red, green, blue) × size (small, large). */
function table(rows: DecisionTable['rows']): DecisionTable {
  const value = (input: string, id: string) => ({ id, title: { zh: id, en: id }, when: { required: [input], properties: { [input]: { const: id } } } });
  return {
    inputs: [
      { id: 'colour', title: { zh: '颜色', en: 'colour' }, needs: ['/colour'], values: [value('colour', 'red'), value('colour', 'green'), value('colour', 'blue')] },
      { id: 'size', title: { zh: '大小', en: 'size' }, needs: ['/size'], values: [value('size', 'small'), value('size', 'large')] },
    ],
    rows,
  };
}
const reason = { zh: '理由', en: 'reason' };

describe('shipped decision tables', () => {
  it('exist (PIPL-QRY-001 at least)', () => {
    expect(tableRules.map((r) => r.definition.id)).toContain('PIPL-QRY-001');
  });

  for (const rule of tableRules) {
    const id = rule.definition.id;
    it(`${id}: every combination of its inputs matches exactly one row, and the rule's severity is its most severe row`, () => {
      expect(checkDecisionTable(rule.definition.decision as DecisionTable, rule.definition.severity)).toEqual([]);
    });

    it(`${id}: every row is proved by a fixture of its result (a FAIL row with its severity)`, () => {
      const results = runFixtures(rule, taxonomy);
      const rows = (rule.definition.decision as DecisionTable).rows;
      expect(results.filter((r) => !r.ok).map((r) => `${r.kind} ${r.name}: ${r.detail.en}`)).toEqual([]);
      const fixtures = rule.loadFixtures();
      const named = new Set([...(fixtures?.fail ?? []), ...(fixtures?.pass ?? []), ...(fixtures?.notEvaluated ?? [])].map((c) => c.row));
      expect(rows.filter((r) => !named.has(r.id)).map((r) => r.id)).toEqual([]);
    });
  }
});

describe('checking a table', () => {
  it('accepts a complete table without overlaps', () => {
    const sound = table([
      { id: 'red', when: { colour: 'red' }, result: 'FAIL', severity: 'high', reason },
      { id: 'other-small', when: { colour: ['green', 'blue'], size: 'small' }, result: 'PASS', reason },
      { id: 'other-large', when: { colour: ['green', 'blue'], size: 'large' }, result: 'FAIL', severity: 'low', reason },
    ]);
    expect(checkDecisionTable(sound, 'high')).toEqual([]);
  });

  it('names a combination no row holds for', () => {
    const gap = table([
      { id: 'red', when: { colour: 'red' }, result: 'PASS', reason },
      { id: 'green', when: { colour: 'green' }, result: 'PASS', reason },
      { id: 'blue-small', when: { colour: 'blue', size: 'small' }, result: 'PASS', reason },
    ]);
    expect(checkDecisionTable(gap)).toEqual(['no row holds for 1 combination(s), e.g. colour=blue, size=large']);
  });

  it('names the rows that overlap and where', () => {
    const overlap = table([
      { id: 'red', when: { colour: 'red' }, result: 'PASS', reason },
      { id: 'small', when: { size: 'small' }, result: 'FAIL', severity: 'low', reason },
      { id: 'rest', when: { colour: ['green', 'blue'], size: 'large' }, result: 'PASS', reason },
    ]);
    expect(checkDecisionTable(overlap)).toEqual(['rows overlap on 1 combination(s), e.g. "red" and "small" both hold for colour=red, size=small']);
  });

  it('refuses unknown inputs and values, a FAIL row without severity, and a rule severity that is not the worst row', () => {
    const wrong = table([
      { id: 'a', when: { shape: 'round' }, result: 'PASS', reason },
      { id: 'b', when: { colour: 'purple' }, result: 'FAIL', reason },
    ]);
    expect(checkDecisionTable(wrong)).toEqual([
      'row "a": unknown input "shape" (expected one of: colour, size)',
      'row "b": input "colour" has no value "purple" (expected one of: red, green, blue)',
      'row "b": a FAIL row states its severity',
    ]);
    const mild = table([{ id: 'all', result: 'FAIL', severity: 'medium', reason }]);
    expect(checkDecisionTable(mild, 'critical')).toEqual(["the rule's severity is critical, but its most severe FAIL row is medium (they must be the same)"]);
  });
});

describe('deciding an item', () => {
  const compiled = compileDecisionTable(
    table([
      { id: 'red', when: { colour: 'red' }, result: 'FAIL', severity: 'high', reason },
      { id: 'other-small', when: { colour: ['green', 'blue'], size: 'small' }, result: 'PASS', reason },
      { id: 'other-large', when: { colour: ['green', 'blue'], size: 'large' }, result: 'FAIL', severity: 'low', reason },
    ]),
    (schema) => ajv.compile(schema),
  );

  it('takes the row of a fully stated item', () => {
    expect(decide(compiled, { colour: 'green', size: 'large' })).toEqual({ row: 2 });
  });

  it('decides without an input the row does not condition on', () => {
    expect(decide(compiled, { colour: 'red' })).toEqual({ row: 0 });
  });

  it('is NOT_EVALUATED, naming the input, when the rows it could lead to differ', () => {
    expect(decide(compiled, { colour: 'blue' })).toEqual({ unstated: [1] });
    expect(decide(compiled, { size: 'small' })).toEqual({ unstated: [0] });
    expect(decide(compiled, {})).toEqual({ unstated: [0, 1] });
  });

  it('treats a value that matches no value of an input as unstated', () => {
    expect(decide(compiled, { colour: 'purple', size: 'small' })).toEqual({ unstated: [0] });
    expect(decideValues(compiled, [-1, 0])).toEqual({ unstated: [0] });
  });
});

describe('a table rule in an audit', () => {
  const rule = tableRules.find((r) => r.definition.id === 'PIPL-QRY-001');
  const manifest = (iface: Record<string, unknown>, scope = 'any') => ({
    apiVersion: 'pipl-audit/v1',
    stores: [{ id: 'waybills', kind: 'database', fields: [{ name: 'phone', category: 'contact.phone' }, { name: 'address', category: 'contact.address' }] }],
    interfaces: [{ id: 'lookup', kind: 'query-screen', store: 'waybills', lookupKeys: ['phone'], returns: ['phone', 'address'], ...iface }],
    roles: [{ id: 'clerk', grants: [{ interface: 'lookup', actions: ['read'], scope }] }],
  });
  const run = (data: Record<string, unknown>) => runFixtureManifest(rule as LoadedRule, taxonomy, fixtureDocument('t.yaml', data)).findings.filter((f) => f.target.key === 'clerk>lookup');

  it('takes severity and reason from the deciding row, and records the row', () => {
    const [finding] = run(manifest({ masked: [], trigger: 'none', rateLimit: { max: 10, per: 'day' }, logged: true }));
    expect(finding?.status).toBe('FAIL');
    expect(finding?.severity).toBe('high');
    expect(finding?.decision).toEqual({ row: 'wide-unmasked-contained', rowNumber: 12 });
    expect(finding?.message.en).toContain('— decision table row 12 (wide-unmasked-contained): anyone in the organisation can be looked up freely and seen in full');
    expect(finding?.message.zh).toContain('（判定表第 12 行 wide-unmasked-contained：');
  });

  it('says which input is missing and the manifest key that states it', () => {
    const [finding] = run(manifest({ masked: [], rateLimit: 'none', logged: false }));
    expect(finding?.status).toBe('NOT_EVALUATED');
    expect(finding?.decision).toEqual({ unstated: ['trigger'] });
    expect(finding?.reason?.en).toContain('trigger /grant/trigger | /interface/trigger');
    expect(finding?.reason?.en).toContain('manifest key interfaces[].trigger; if there is none, state trigger: none');
  });
});
