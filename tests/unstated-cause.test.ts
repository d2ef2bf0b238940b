// A grouped rule's NOT_EVALUATED items are grouped by the facts they miss, not by the values of
// their FAIL cause: an unstated fact is one thing to state however many organisations or
// policies its items carry (src/rules/unstated-cause.ts). FAILs keep one finding per stated cause.
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile-rule.js';
import { evaluateRule } from '../src/rules/evaluate-rule.js';
import type { RuleDefinition } from '../src/rules/rule-schema.js';
import { Provenance } from '../src/inventory/provenance.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import type { ViewItem } from '../src/views/view.js';
import { targetLabelText } from '../src/i18n/target-label-text.js';

const text = { zh: '测试', en: 'test' };
const rule = {
  id: 'TEST-UNSTATED-GROUP',
  title: text,
  theme: 'provision',
  severity: 'high',
  description: text,
  basis: [],
  view: 'account',
  require: { properties: { link: { const: 'contract' } } },
  needs: ['/link'],
  groupBy: ['/account/organisation', '/link'],
  message: { zh: '账号 {account.id}', en: 'Account {account.id}' },
  remediation: text,
} as unknown as RuleDefinition;

const account = (id: string, organisation: string | undefined, link: string | undefined): ViewItem =>
  ({ key: id, label: id, data: { account: { id, ...(organisation ? { organisation } : {}) }, ...(link ? { link } : {}) } }) as unknown as ViewItem;

function run(items: ViewItem[]) {
  const outcome = evaluateRule(compileRule(rule, 'test.yaml', {}), items, { provenance: new Provenance(), taxonomy: loadTaxonomy(), includePassed: false });
  return outcome.findings.map((f) => ({ status: f.status, key: f.target.key, label: f.target.label, members: f.members?.count ?? 1 }));
}

describe('NOT_EVALUATED groups by the facts missed', () => {
  it('makes one NOT_EVALUATED for items of many organisations missing the same fact, naming the first values and the count', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].flatMap((org) => [account(`${org}-1`, `org-${org}`, undefined), account(`${org}-2`, `org-${org}`, undefined)]);
    const findings = run(items);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'NOT_EVALUATED', members: 14, key: 'account.organisation=*;link=;unstated=/link' });
    expect(findings[0]?.label).toBe('account.organisation = org-a, org-b, org-c, org-d, org-e and 2 more (7 values), link = (not stated)');
  });

  it('keeps the FAIL cause of a single organisation as its key, so a small inventory keeps its fingerprints', () => {
    const findings = run([account('x-1', 'org-x', undefined), account('x-2', 'org-x', undefined)]);
    expect(findings).toEqual([{ status: 'NOT_EVALUATED', key: 'account.organisation=org-x;link=', label: 'account.organisation = org-x, link = (not stated)', members: 2 }]);
  });

  it('counts an organisation stated on some members and not on others as one more value', () => {
    const findings = run([account('x-1', 'org-x', undefined), account('y-1', undefined, undefined)]);
    expect(findings[0]?.label).toBe('account.organisation = org-x, (not stated), link = (not stated)');
  });

  it('still makes one FAIL per stated cause beside the NOT_EVALUATED group', () => {
    const findings = run([account('x-1', 'org-x', 'none'), account('y-1', 'org-y', 'none'), account('z-1', 'org-z', undefined), account('w-1', 'org-w', 'contract')]);
    expect(findings.map((f) => `${f.status} ${f.key}`).sort()).toEqual(['FAIL account.organisation=org-x;link=none', 'FAIL account.organisation=org-y;link=none', 'NOT_EVALUATED account.organisation=org-z;link=']);
  });
});

describe('the label of several values in a Chinese report', () => {
  it('joins the values with 、, counts them in Chinese and says an unstated one is 未说明', () => {
    const label = 'account.organisation = org-a, org-b, (not stated) and 2 more (5 values), link = (not stated)';
    expect(targetLabelText({ label }, 'zh')).toBe('account.organisation = org-a、org-b、（未说明） 等 5 个值，link = （未说明）');
    expect(targetLabelText({ label }, 'en')).toBe(label);
  });
});
