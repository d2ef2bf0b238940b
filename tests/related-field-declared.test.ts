import { describe, expect, it } from 'vitest';
import { declaredAsOwnField } from '../src/views/related-field-declared.js';
import type { Interface } from '../src/inventory/manifest-schema.js';
import type { StoreProfile } from '../src/views/inventory-index.js';

// A ward-round sheet copying the inpatient's name and bed beside the round's own notes.
const fields = [
  { name: 'inpatient_name', category: 'identity.name' },
  { name: 'bed_no', category: 'health.record' },
  { name: 'nurse_name', category: 'identity.name' },
];
const own = { categoryOf: new Map(fields.map((f) => [f.name, f.category])) } as unknown as StoreProfile;
const sheet = (returns: string[], masked: string[] = []): Interface => ({ id: 'round-sheet', kind: 'api', store: 'rounds', returns, masked }) as unknown as Interface;

describe('a related field declared under the name the copy store keeps it by', () => {
  it('matches the relation-prefixed name, the relation named singular or plural', () => {
    const itf = sheet(['inpatient_name', 'bed_no']);
    expect(declaredAsOwnField(itf, own, { store: 'inpatients', relation: 'inpatient' }, { name: 'name', category: 'identity.name' })).toBe('inpatient_name');
    expect(declaredAsOwnField(itf, own, { store: 'inpatients', relation: 'admission' }, { name: 'name', category: 'identity.name' })).toBe('inpatient_name');
    expect(declaredAsOwnField(itf, own, { store: 'inpatients', relation: 'inpatient' }, { name: 'bedNo', category: 'health.record' })).toBe('bed_no');
  });
  it('never on the name alone: the category must agree, the field must be returned, and not masked', () => {
    expect(declaredAsOwnField(sheet(['inpatient_name']), own, { store: 'inpatients', relation: 'inpatient' }, { name: 'name', category: 'contact.phone' })).toBeUndefined();
    expect(declaredAsOwnField(sheet(['bed_no']), own, { store: 'inpatients', relation: 'inpatient' }, { name: 'name', category: 'identity.name' })).toBeUndefined();
    expect(declaredAsOwnField(sheet(['inpatient_name'], ['inpatient_name']), own, { store: 'inpatients', relation: 'inpatient' }, { name: 'name', category: 'identity.name' })).toBeUndefined();
    // Another relation's name is another person's: the nurse's name is not the inpatient's.
    expect(declaredAsOwnField(sheet(['nurse_name']), own, { store: 'inpatients', relation: 'inpatient' }, { name: 'name', category: 'identity.name' })).toBeUndefined();
  });
  it('is prototype-safe on scanned names', () => {
    expect(declaredAsOwnField(sheet(['inpatient_name']), own, { store: '__proto__', relation: 'constructor' }, { name: 'toString', category: 'identity.name' })).toBeUndefined();
  });
});
