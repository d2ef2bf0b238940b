// Chinese legal citations: article numbers in Chinese numerals, items and paragraphs as statutes
// write them, standards by clause, the full title first and the short title after.
import { describe, expect, it } from 'vitest';
import { basisText } from '../src/report/basis-text.js';
import { chineseNumeral, chineseProvision, LegalCitations } from '../src/report/legal-citation.js';

describe('Chinese numerals as statutes number articles', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [51, '五十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [1226, '一千二百二十六'],
  ])('%i → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));
});

describe('provisions', () => {
  it('an article, an item, a paragraph and its item', () => {
    expect(chineseProvision('Art. 51', false)).toBe('第五十一条');
    expect(chineseProvision('Art. 51(4)', false)).toBe('第五十一条第（四）项');
    expect(chineseProvision('Art. 13(1)(3)', false)).toBe('第十三条第一款第（三）项');
  });
  it('clauses of a standard, with their letters and several at once', () => {
    expect(chineseProvision('§7.1', true)).toBe('第7.1条');
    expect(chineseProvision('8.1.4.2 c) (level 3 access control)', true)).toBe('第8.1.4.2条c)');
    expect(chineseProvision('8.1.4.1 c) and 8.1.4.8 (level 3)', true)).toBe('第8.1.4.1条c)、第8.1.4.8条');
    expect(chineseProvision('C2 grade', true)).toBeUndefined();
  });
});

describe('citations in one document', () => {
  it('the full title at first mention, the short title after; principles named', () => {
    const citations = new LegalCitations();
    expect(citations.cite('PIPL', 'Art. 51(4)')).toBe('《中华人民共和国个人信息保护法》第五十一条第（四）项');
    expect(citations.cite('PIPL', 'Art. 6')).toBe('《个人信息保护法》第六条（目的限制和最小必要原则）');
    expect(citations.cite('GB/T 35273-2020', '§7.1')).toBe('GB/T 35273—2020《信息安全技术 个人信息安全规范》第7.1条');
    expect(citations.cite('GB/T 35273-2020', '§7.2')).toBe('GB/T 35273—2020第7.2条');
    expect(citations.cite('Network Data Security Management Regulations', 'Art. 9')).toBe('《网络数据安全管理条例》第九条');
    expect(citations.cite('NIST SP 800-63B', '§5.1.1.2 (rev. 3)')).toBeUndefined();
  });
  it('English keeps the form rule files write; Chinese marks an unverified text', () => {
    const basis = { instrument: 'Cybersecurity Law', provision: 'Art. 23(3)', kind: 'law' as const, verified: false };
    expect(basisText(basis, 'en')).toBe('Cybersecurity Law Art. 23(3) (law, text unverified)');
    expect(basisText(basis, 'zh')).toBe('《中华人民共和国网络安全法》第二十三条第（三）项（法律，条文未核实）');
  });
});
