// A requirement whose only grounds are instruments not yet in force on the audit date (asOf) is no
// requirement on that date: the rule does not apply to the item (src/rules/instrument-in-force.ts,
// basis entries' grounds and groundsWhen).
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile-rule.js';
import { evaluateRule } from '../src/rules/evaluate-rule.js';
import { inForceFrom, inForceOn } from '../src/rules/instrument-in-force.js';
import type { RuleDefinition } from '../src/rules/rule-schema.js';
import { Provenance } from '../src/inventory/provenance.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import type { ViewItem } from '../src/views/view.js';

const text = { zh: '测试', en: 'test' };
const NDSMR = 'Network Data Security Management Regulations';
const rule = (basis: unknown[]): RuleDefinition =>
  ({
    id: 'TEST-IN-FORCE',
    title: text,
    theme: 'provision',
    severity: 'medium',
    description: text,
    basis,
    view: 'flow',
    require: { properties: { records: { const: true } } },
    message: text,
    remediation: text,
  }) as unknown as RuleDefinition;

// Two flows without records: one a provision the law requires, one an entrustment.
const items: ViewItem[] = [
  { key: 'to-police', label: 'to-police', data: { records: false, legalBasis: 'legal-duty' } },
  { key: 'to-vendor', label: 'to-vendor', data: { records: false, legalBasis: 'contract' } },
] as unknown as ViewItem[];

const run = (basis: unknown[], asOf?: string) => {
  const compiled = compileRule(rule(basis), 'test.yaml', {});
  const outcome = evaluateRule(compiled, items, { provenance: new Provenance(), taxonomy: loadTaxonomy(), includePassed: true, ...(asOf ? { asOf } : {}) });
  return { verdicts: outcome.findings.map((f) => `${f.target.key}:${f.status}`), notApplicable: outcome.counts.notApplicable };
};

const ndsmr = { instrument: NDSMR, provision: 'Art. 12', kind: 'regulation', verified: true };
const art17Context = { instrument: 'PIPL', provision: 'Art. 17', kind: 'law', verified: true, grounds: false };
const art56ForAssessed = { instrument: 'PIPL', provision: 'Art. 56', kind: 'law', verified: true, groundsWhen: { properties: { legalBasis: { not: { const: 'legal-duty' } } } } };

describe('instruments in force on the audit date', () => {
  it('dates the instruments the rules cite, and takes an undated one as in force', () => {
    expect(inForceFrom(NDSMR)).toBe('2025-01-01');
    expect(inForceOn(NDSMR, '2024-12-31')).toBe(false);
    expect(inForceOn(NDSMR, '2025-01-01')).toBe(true);
    expect(inForceOn('Face Recognition Technology Application Security Management Measures', '2025-05-31')).toBe(false);
    expect(inForceOn('PIPL', '2024-10-08')).toBe(true);
    expect(inForceOn('NIST SP 800-63B', '2000-01-01')).toBe(true);
    // Scanned or user-given names never reach the table's prototype.
    expect(inForceOn('constructor', '2024-01-01')).toBe(true);
    expect(inForceFrom('__proto__')).toBeUndefined();
  });

  it('does not apply a rule grounded only in an instrument not yet in force', () => {
    expect(run([art17Context, ndsmr], '2024-10-08')).toEqual({ verdicts: [], notApplicable: 2 });
    expect(run([art17Context, ndsmr], '2025-01-01').verdicts).toEqual(['to-police:FAIL', 'to-vendor:FAIL']);
  });

  it('applies a rule as before when a grounding entry in force holds for every item, or no date is given', () => {
    const pipl = { instrument: 'PIPL', provision: 'Art. 51', kind: 'law', verified: true };
    expect(run([ndsmr, pipl], '2024-10-08').verdicts).toEqual(['to-police:FAIL', 'to-vendor:FAIL']);
    expect(run([art17Context, ndsmr]).verdicts).toEqual(['to-police:FAIL', 'to-vendor:FAIL']);
  });

  it('grounds the rule through an entry with groundsWhen only for the items it matches', () => {
    expect(run([ndsmr, art56ForAssessed], '2024-10-08')).toEqual({ verdicts: ['to-vendor:FAIL'], notApplicable: 1 });
    expect(run([ndsmr, art56ForAssessed], '2025-03-01').verdicts).toEqual(['to-police:FAIL', 'to-vendor:FAIL']);
  });

  it('refuses a rule none of whose basis entries grounds it', () => {
    expect(() => compileRule(rule([art17Context]), 'test.yaml', {})).toThrow(/no basis entry grounds the rule/);
  });
});
