// `{x|template}` renders rule text a textByValue derivation chose (docs/writing-rules.md): applied
// to anything else — a stated value, another derivation — it would read the input's own words as
// a template. The rule does not load; the shipped rules that use it do, and render it.
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile-rule.js';
import { evaluateRule } from '../src/rules/evaluate-rule.js';
import { Provenance } from '../src/inventory/provenance.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { loadRulePack, shippedPackDirs } from '../src/rules/load-rule-pack.js';
import type { RuleDefinition } from '../src/rules/rule-schema.js';

const text = (zh: string, en: string) => ({ zh, en });
/** A flow rule naming its recipient's access the way PIPL-PROV-004 does. */
const rule = (message: { zh: string; en: string }, derive: Record<string, unknown> = {}): RuleDefinition =>
  ({
    id: 'TEST-TEMPLATE',
    title: text('测试', 'test'),
    theme: 'provision',
    severity: 'medium',
    description: text('测试', 'test'),
    basis: [],
    view: 'flow',
    require: { properties: { flow: { properties: { consent: { const: 'separate' } } } } },
    derive,
    message,
    remediation: text('测试', 'test'),
  }) as unknown as RuleDefinition;
const ACCESS = { function: 'textByValue', args: { value: '/flow/access/method', cases: { account: text('，受管理：{flow.access.managed}', '; managed: {flow.access.managed}') }, default: text('', '') } };

describe('the |template filter', () => {
  it('refuses a stated value: a recipient named "{flow.contract}" must print as its name, never be rendered', () => {
    expect(() => compileRule(rule(text('接收方 {recipient.name|template}', 'Recipient {recipient.name|template}')), 'test.yaml', {})).toThrow(/"recipient\.name" is not one/);
  });

  it('refuses a derivation other than textByValue', () => {
    const limit = { function: 'categoryLimit', args: { categories: '/categories', limits: {} } };
    expect(() => compileRule(rule(text('{limitDays|template}', '{limitDays|template}'), { limitDays: limit }), 'test.yaml', {})).toThrow(/"limitDays" is not one/);
  });

  it('refuses a chosen text that applies it again (it would be dropped silently)', () => {
    const nested = { function: 'textByValue', args: { value: '/flow/access/method', cases: { account: text('{accessFacts|template}', '{accessFacts|template}') } } };
    expect(() => compileRule(rule(text('{accessFacts|template}', '{accessFacts|template}'), { accessFacts: nested }), 'test.yaml', {})).toThrow(/one level deep/);
  });

  it('refuses a chosen text in one language only', () => {
    const half = { function: 'textByValue', args: { value: '/flow/access/method', cases: { account: { en: '; managed' } } } };
    expect(() => compileRule(rule(text('{accessFacts|template}', '{accessFacts|template}'), { accessFacts: half }), 'test.yaml', {})).toThrow(/needs its zh text/);
  });

  it('renders a textByValue choice against the item, and a stated value that looks like a template as itself', () => {
    const compiled = compileRule(rule(text('接收方 {recipient.name}{accessFacts|template}', 'Recipient {recipient.name}{accessFacts|template}'), { accessFacts: ACCESS }), 'test.yaml', {});
    const item = { key: 'to-courier', label: 'to-courier', subject: undefined, data: { flow: { id: 'to-courier', consent: 'none', access: { method: 'account', managed: false } }, recipient: { name: '{flow.access.managed|template}' } } };
    const [finding] = evaluateRule(compiled, [item], { provenance: new Provenance(), taxonomy: loadTaxonomy(), includePassed: false }).findings;
    expect(finding?.message.en).toBe('Recipient {flow.access.managed|template}; managed: no');
    expect(finding?.message.zh).toBe('接收方 {flow.access.managed|template}，受管理：否');
  });

  it('is used by shipped rules only on textByValue derivations (they load)', () => {
    const users = shippedPackDirs()
      .flatMap((dir) => loadRulePack(dir).rules)
      .filter((r) => JSON.stringify([r.definition.message, r.definition.passMessage ?? null]).includes('|template}'));
    // Rules adopt the filter as they word their messages; what must hold is that every user's
    // filter names a textByValue derivation of its own, which compiling checks.
    expect(users.map((r) => r.definition.id)).toContain('PIPL-PROV-004');
    for (const r of users) expect(() => compileRule(r.definition, r.file, {})).not.toThrow();
  });
});
