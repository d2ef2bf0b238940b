import { describe, expect, it } from 'vitest';
import { Provenance } from '../src/inventory/provenance.js';

describe('Provenance', () => {
  it('gives an element recorded by list and index the pointer of its place, the same object each time', () => {
    const provenance = new Provenance();
    const first = { id: 'a' };
    const later = { id: 'b' };
    provenance.recordElement(first, 'm.json', '/accounts', 0);
    provenance.recordElement(later, 'm.json', '/accounts', 299_999);
    expect(provenance.has(later)).toBe(true);
    expect(provenance.of(later)).toEqual({ file: 'm.json', pointer: '/accounts/299999' });
    expect(provenance.of(later)).toBe(provenance.of(later));
    expect(provenance.of(first)).toEqual({ file: 'm.json', pointer: '/accounts/0' });
    expect(provenance.has({})).toBe(false);
    expect(provenance.of({})).toBeUndefined();
    expect(provenance.of('a')).toBeUndefined();
  });

  it('tells the same list in two files apart, and keeps places right beyond the numbered lists', () => {
    const provenance = new Provenance();
    const inA = {};
    const inB = {};
    provenance.recordElement(inA, 'a.json', '/devices', 3);
    provenance.recordElement(inB, 'b.json', '/devices', 3);
    expect(provenance.of(inA)).toEqual({ file: 'a.json', pointer: '/devices/3' });
    expect(provenance.of(inB)).toEqual({ file: 'b.json', pointer: '/devices/3' });
    const entities = Array.from({ length: 5000 }, () => ({}));
    entities.forEach((e, i) => provenance.recordElement(e, 'm.json', `/roles/${i}/grants`, i + 1));
    entities.forEach((e, i) => expect(provenance.of(e)).toEqual({ file: 'm.json', pointer: `/roles/${i}/grants/${i + 1}` }));
  });
});
