// Enumerated values are named in the report language; a value whose meaning depends on the field
// holding it (`collection`: a retention period running from collection, or a store that is a
// document database's collection) is named as that field uses it.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/rules/render-template.js';
import { termName } from '../../src/i18n/terms.js';
import { loadTaxonomy } from '../../src/taxonomy/taxonomy.js';

const taxonomy = loadTaxonomy();
const render = (template: string, data: Record<string, unknown>) => renderTemplate(template, { data, params: {}, label: '', lang: 'zh', taxonomy });

describe('a term named as its field uses it', () => {
  it('names a retention period running from collection 收集时, and a store kind collection 集合', () => {
    const data = { store: { kind: 'collection', retention: { trigger: 'collection' } } };
    expect(render('{store.kind}，起算点 {store.retention.trigger}', data)).toBe('集合，起算点 收集时');
  });
  it('falls back to the value\'s general name, then to the value itself', () => {
    expect(termName('membership-end', 'zh', 'trigger')).toBe('会员资格终止');
    expect(termName('no-such-term', 'zh', 'trigger')).toBe('no-such-term');
    expect(termName('__proto__', 'zh', 'trigger')).toBe('__proto__');
  });
});

describe('a computed quantity in a message', () => {
  it('is shown to one decimal place (a month of days), an integer as it is', () => {
    expect(render('{a} / {b}', { a: 365 / 12, b: 180 })).toBe('30.4 / 180');
  });
});
