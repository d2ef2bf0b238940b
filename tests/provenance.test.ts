import { describe, expect, it } from 'vitest';
import { ElementPlaceLists, placeElement } from '../src/importers/element-place-lists.js';
import { buildInventory } from '../src/inventory/build-inventory.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { Provenance } from '../src/inventory/provenance.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';

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

  it('places an element at a path inside it (a suffix), apart from the element itself and from other suffixes, also beyond the numbered lists', () => {
    const provenance = new Provenance();
    const account = {};
    const storage = {};
    const other = {};
    provenance.recordElementIn(account, provenance.elementList('r.json', '/users'), 7);
    provenance.recordElementIn(storage, provenance.elementList('r.json', '/users', '/credentials/0'), 7);
    provenance.recordElementIn(other, provenance.elementList('r.json', '/users', '/credentials/1'), 8);
    expect(provenance.of(account)).toEqual({ file: 'r.json', pointer: '/users/7' });
    expect(provenance.of(storage)).toEqual({ file: 'r.json', pointer: '/users/7/credentials/0' });
    expect(provenance.of(other)).toEqual({ file: 'r.json', pointer: '/users/8/credentials/1' });
    for (let i = 0; i < 4100; i++) provenance.elementList('m.json', `/l/${i}`);
    const late = {};
    provenance.recordElementIn(late, provenance.elementList('r.json', '/late', '/x'), 2);
    expect(provenance.of(late)).toEqual({ file: 'r.json', pointer: '/late/2/x' });
  });
});

describe('ImportResult.elementPlaces', () => {
  const taxonomy = loadTaxonomy();
  const source = (accounts: Array<{ id: string; passwordStorage?: object }>, extra?: (lists: ElementPlaceLists) => void) => {
    const lists = new ElementPlaceLists();
    accounts.forEach((a, i) => {
      placeElement(lists.list('realm.json', '/users'), a, i + 1);
      if (a.passwordStorage) placeElement(lists.list('realm.json', '/users', '/credentials/0'), a.passwordStorage, i + 1);
    });
    extra?.(lists);
    return { files: [{ path: 'realm.json', sha256: 'x', format: 'keycloak' }], format: 'keycloak', result: { manifest: { apiVersion: 'pipl-audit/v1', accounts }, elementPlaces: lists.lists, warnings: [] } };
  };

  it('places the entities and the objects inside them where the importer listed them, not at their manifest layout', () => {
    const storage = { algorithm: 'bcrypt' };
    const accounts = [{ id: 'r/a', type: 'personal', holders: ['a'], status: 'active' }, { id: 'r/b', type: 'personal', holders: ['b'], status: 'active', passwordStorage: storage }];
    const inventory = buildInventory([source(accounts)] as never, taxonomy, { check: false });
    expect(inventory.provenance.of(inventory.accounts[0])).toEqual({ file: 'realm.json', pointer: '/users/1' });
    expect(inventory.provenance.of(inventory.accounts[1])).toEqual({ file: 'realm.json', pointer: '/users/2' });
    expect(inventory.provenance.of(storage)).toEqual({ file: 'realm.json', pointer: '/users/2/credentials/0' });
  });

  it('names the element place of a duplicate id', () => {
    const accounts = [{ id: 'r/a', type: 'personal', holders: ['a'], status: 'active' }, { id: 'r/a', type: 'personal', holders: ['a'], status: 'active' }];
    let error: unknown;
    try {
      buildInventory([source(accounts)] as never, taxonomy, { check: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'realm.json', message: expect.stringContaining('first at realm.json#/users/1') });
    expect(JSON.stringify((error as InputError).diagnostics[0])).toContain('/users/2/id');
  });

  describe('uniqueIds: ids an importer made unique are still checked against other sources', () => {
    const unique = (accounts: Array<{ id: string }>) => {
      const s = source(accounts);
      return { ...s, result: { ...s.result, uniqueIds: ['accounts'] } };
    };
    const manifest = (accounts: Array<{ id: string }>) => ({ files: [{ path: 'm.json', sha256: 'y', format: 'manifest' }], format: 'manifest', result: { manifest: { apiVersion: 'pipl-audit/v1', accounts }, warnings: [] } });
    const account = (id: string) => ({ id, type: 'personal', holders: ['a'], status: 'active' });
    const duplicates = (sources: unknown[]): string[] => {
      try {
        buildInventory(sources as never, taxonomy, { check: false });
        return [];
      } catch (e) {
        return (e as InputError).diagnostics.map((d) => `${d.file}: ${d.message}`);
      }
    };

    it('a repeat in another source is found, whichever comes first', () => {
      expect(duplicates([unique([account('r/a'), account('r/b')]), manifest([account('r/c'), account('r/b')])])).toEqual(['m.json: duplicate id "r/b" in accounts (first at realm.json#/users/2)']);
      expect(duplicates([manifest([account('r/b')]), unique([account('r/a'), account('r/b')])])).toEqual(['realm.json: duplicate id "r/b" in accounts (first at m.json#/accounts/0)']);
      expect(duplicates([unique([account('r/a')]), unique([account('r/a')])])).toEqual(['realm.json: duplicate id "r/a" in accounts (first at realm.json#/users/1)']);
    });

    it('one source alone keeps every entity', () => {
      const inventory = buildInventory([unique([account('r/a'), account('r/b')])] as never, taxonomy, { check: false });
      expect(inventory.accounts.map((a) => a.id)).toEqual(['r/a', 'r/b']);
    });
  });
});
