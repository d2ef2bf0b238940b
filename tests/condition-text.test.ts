// `rules explain` and the rule pages put a rule's conditions in words: the English must read as
// English (articles, plurals, an empty list said as empty), in both languages.
import { describe, expect, it } from 'vitest';
import { conditionText } from '../src/report/condition-text.js';

const en = { lang: 'en' as const, params: { limit: 3 } };
const zh = { lang: 'zh' as const, params: { limit: 3 } };

describe('conditionText', () => {
  it('gives a type its article', () => {
    expect(conditionText({ properties: { roles: { type: 'array' } } }, en)).toBe('roles is an array');
    expect(conditionText({ properties: { n: { type: 'integer' } } }, en)).toBe('n is an integer');
    expect(conditionText({ properties: { s: { type: 'string' } } }, en)).toBe('s is a string');
    expect(conditionText({ properties: { roles: { type: 'array' } } }, zh)).toBe('roles 为列表');
  });
  it('says an empty list is empty and counts items in the singular or plural', () => {
    expect(conditionText({ properties: { missing: { maxItems: 0 } } }, en)).toBe('missing is empty');
    expect(conditionText({ properties: { missing: { maxItems: 0 } } }, zh)).toBe('missing 为空');
    expect(conditionText({ properties: { masked: { minItems: 1 } } }, en)).toBe('masked has at least 1 item');
    expect(conditionText({ properties: { masked: { maxItems: 2 } } }, en)).toBe('masked has at most 2 items');
    expect(conditionText({ properties: { masked: { maxItems: { $param: 'limit' } } } }, en)).toBe('masked has at most parameter limit (3) item(s)');
  });
});
