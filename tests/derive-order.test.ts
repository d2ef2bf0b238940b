// A rule's `derive` values are added before `applies` is asked unless `applies` provably cannot
// see them (src/rules/compile-rule.ts: appliesIgnoresDerived); then only applicable items are
// copied and derived. Either way the verdicts are the same.
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile-rule.js';
import { evaluateRule } from '../src/rules/evaluate-rule.js';
import type { RuleDefinition } from '../src/rules/rule-schema.js';
import { Provenance } from '../src/inventory/provenance.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import type { ViewItem } from '../src/views/view.js';

const text = { zh: '测试', en: 'test' };
const rule = (applies: Record<string, unknown>): RuleDefinition =>
  ({
    id: 'TEST-DERIVE',
    title: text,
    theme: 'access-control',
    severity: 'medium',
    description: text,
    basis: [],
    view: 'account',
    applies,
    require: { properties: { picked: { maxItems: 0 } } },
    derive: { picked: { function: 'elementsWhere', args: { list: '/origins', field: 'via', values: ['composite'] } } },
    message: text,
    remediation: text,
  }) as unknown as RuleDefinition;

const items: ViewItem[] = [
  { key: 'a', label: 'a', data: { active: true, origins: [{ via: 'composite' }] } },
  { key: 'b', label: 'b', data: { active: true, origins: [{ via: 'direct' }] } },
  { key: 'c', label: 'c', data: { active: false, origins: [{ via: 'composite' }] } },
] as unknown as ViewItem[];

const run = (applies: Record<string, unknown>) => {
  const compiled = compileRule(rule(applies), 'test.yaml', {});
  const outcome = evaluateRule(compiled, items, { provenance: new Provenance(), taxonomy: loadTaxonomy(), includePassed: true });
  return { first: compiled.appliesBeforeDerive, verdicts: outcome.findings.map((f) => `${f.target.key}:${f.status}`), counts: outcome.counts };
};

describe('derive and applies', () => {
  it('asks applies first when it names no derived value and looks at no unnamed property', () => {
    const r = run({ required: ['active'], properties: { active: { const: true } } });
    expect(r.first).toBe(true);
    expect(r.verdicts).toEqual(['a:FAIL', 'b:PASS']);
    expect(r.counts.notApplicable).toBe(1);
  });

  it('derives first when applies names a derived value', () => {
    const r = run({ required: ['picked'], properties: { picked: { minItems: 1 } } });
    expect(r.first).toBe(false);
    expect(r.verdicts).toEqual(['a:FAIL', 'c:FAIL']);
  });

  it('derives first when applies could see a property it does not name', () => {
    expect(run({ additionalProperties: true, properties: { active: { const: true } } }).first).toBe(false);
    expect(run({ allOf: [{ maxProperties: 2 }] }).first).toBe(false);
    expect(run({ properties: { active: { const: true } }, not: { const: {} } }).first).toBe(false);
    // A maxProperties of the whole item decides differently once a value is added: derived first.
    expect(run({ maxProperties: 2 }).verdicts).toEqual([]);
  });

  it('keeps a nested keyword of a named property out of the doubt', () => {
    expect(run({ properties: { origins: { items: { additionalProperties: true } } } }).first).toBe(true);
  });
});

describe('derived values only the texts read', () => {
  const messageRule = (message: string, require: Record<string, unknown>) =>
    ({ ...rule({ required: ['active'], properties: { active: { const: true } } }), require, message: { zh: message, en: message } }) as unknown as RuleDefinition;
  const findings = (definition: RuleDefinition) => {
    const compiled = compileRule(definition, 'test.yaml', {});
    const outcome = evaluateRule(compiled, items, { provenance: new Provenance(), taxonomy: loadTaxonomy(), includePassed: true });
    return { messageOnly: compiled.derivesForMessageOnly, messages: outcome.findings.map((f) => f.message.en) };
  };

  it('are made when a finding is rendered, and the message still reads them', () => {
    const r = findings(messageRule('{picked|list}', { properties: { origins: { maxItems: 0 } } }));
    expect(r.messageOnly).toBe(true);
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]).toContain('composite');
  });

  it('are made for every applicable item when a condition reads them', () => {
    expect(findings(messageRule('{picked|list}', { properties: { picked: { maxItems: 0 } } })).messageOnly).toBe(false);
  });
});
