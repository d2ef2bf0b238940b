// The vocabulary a real system needs: the shipped taxonomy's classes against the 2017 SPC/SPP
// interpretation, a project's own categories (checked like the shipped ones), store subjects,
// write-only interfaces and PI-free stores, and the distinct unknowns.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/inventory/diagnostic.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { ViewCache } from '../src/views/registry.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();

describe('the shipped taxonomy', () => {
  it('classes communication, location, plates, education, recordings and tariffs as the 2017 interpretation does', () => {
    const classOf = (key: string) => [taxonomy.get(key)?.volumeClass, taxonomy.get(key)?.sensitive];
    expect(classOf('communication.content')).toEqual(['whereabouts-credit-property', true]); // Art. 5(3): 50
    expect(classOf('communication.records')).toEqual(['health-transaction', true]); // Art. 5(4): 500
    expect(classOf('location.whereabouts')).toEqual(['whereabouts-credit-property', true]);
    expect(classOf('location.precise')).toEqual(['whereabouts-credit-property', true]);
    for (const key of ['vehicle.licence-plate', 'education.school', 'education.record', 'media.audio-video', 'media.cctv-still', 'telecom.tariff']) expect(classOf(key)).toEqual(['other', false]);
    // Each new entry says where its class comes from (children inherit it).
    for (const key of ['communication.content', 'communication.records', 'vehicle.licence-plate', 'education.school', 'media.cctv-still', 'telecom.tariff']) expect(taxonomy.get(key)?.basis).toMatch(/SPC\/SPP 2017|PIPL Art\. 28/);
  });
});

const SUBSCRIBERS = `apiVersion: pipl-audit/v1
system: { id: isp, name: Regional ISP, asOf: 2024-06-30 }
categories:
  - id: telecom.imei-history
    name: { zh: 终端串号变更记录, en: Handset IMEI history }
    sensitive: false
    volumeClass: health-transaction
    basis: treated as 通信记录 (SPC/SPP 2017 Art. 5(4)) by the operator's own classification
stores:
  - id: subscribers
    kind: database
    subjects: { kinds: [subscribers], minorsUnder14: true, individuals: 1200000 }
    fields:
      - { name: msisdn, category: contact.phone }
      - { name: imei, category: telecom.imei-history }
      - { name: package, category: telecom.tariff }
      - { name: cdr, category: communication.records }
    retention: { period: P3Y, trigger: account-closure, action: delete }
  - id: cell-sites
    kind: table
    fields: []
interfaces:
  - { id: signup-form, kind: api, store: subscribers, returns: [] }
deletionJobs:
  - { id: purge, stores: [subscribers], schedule: unknown, action: delete, enabled: true, lastRun: unknown }
accounts:
  - { id: ex-agent, type: personal, hrStatus: left, leaveDate: 2023-11, lastLogin: '2023', status: active }
`;

function load(text: string) {
  const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': text }), taxonomy });
  return new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf: '2024-06-30' });
}

describe('a project manifest with its own categories and unknowns', () => {
  it('names its own category like a shipped one, with the class it states', () => {
    const store = load(SUBSCRIBERS).get('store').find((s) => s.key === 'subscribers')?.data;
    expect(store?.categories).toContain('telecom.imei-history');
    // The store states its subjects include children under 14: all of its PI is sensitive (PIPL
    // Art. 28) whatever the category's own class, and the view says which categories are so because
    // they are children's; the project category itself stays not sensitive (the store's categories
    // other than children's would be judged by the taxonomy).
    expect(store?.sensitiveCategories).toEqual(['contact.phone', 'telecom.imei-history', 'telecom.tariff', 'communication.records']);
    expect(store?.childrenSensitiveCategories).toEqual(['contact.phone', 'telecom.imei-history', 'telecom.tariff', 'communication.records']);
    const adults = load(SUBSCRIBERS.replace('minorsUnder14: true', 'minorsUnder14: false')).get('store').find((s) => s.key === 'subscribers')?.data;
    expect(adults?.sensitiveCategories).toEqual(['communication.records']);
    expect(store).toMatchObject({ individuals: 1200000, holdsMinorsUnder14: true, deletionJobHasRun: null, enabledDeletionJob: true });
  });

  it('says a PI-free store holds no PI and a write-only interface returns nothing', () => {
    const views = load(SUBSCRIBERS);
    expect(views.get('store').find((s) => s.key === 'cell-sites')?.data.holdsPI).toBe(false);
    expect(views.get('interface').find((i) => i.key === 'signup-form')?.data).toMatchObject({ returnedCategories: [] });
  });

  it('keeps a last log-in known only to the year as unknown age, never as absent', () => {
    const account = load(SUBSCRIBERS).get('account').find((a) => a.key === 'ex-agent')?.data;
    expect(account).toMatchObject({ daysSinceLastLogin: null, account: { lastLogin: '2023', leaveDate: '2023-11' } });
  });

  it('rejects a category that replaces a shipped one or hangs under nothing, at its line', () => {
    const bad = SUBSCRIBERS.replace('id: telecom.imei-history', 'id: contact.phone').replace('category: telecom.imei-history', 'category: contact.phone');
    expect(() => load(bad)).toThrow(/already in the shipped taxonomy/);
    const orphan = SUBSCRIBERS.replaceAll('telecom.imei-history', 'handset.imei-history');
    const error = (() => {
      try {
        load(orphan);
      } catch (e) {
        return e as InputError;
      }
      return undefined;
    })();
    expect(error?.diagnostics[0]).toMatchObject({ file: 'm.yaml', line: 4, pointer: '/categories/0/id', message: expect.stringContaining('"handset"') });
  });

  it('requires a project category to state its sensitivity and volume class (schema)', () => {
    const unclassified = SUBSCRIBERS.replace('    sensitive: false\n', '');
    expect(() => load(unclassified)).toThrow(/sensitive/);
  });

  it('reads a year-only date as text, and rejects an unquoted year (YAML makes it a number)', () => {
    expect(() => load(SUBSCRIBERS.replace("lastLogin: '2023'", 'lastLogin: 2023'))).toThrow(/lastLogin/);
  });
});
