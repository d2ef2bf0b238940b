// The first date a store's records can fall due: the date it began holding data (stores[].collectedSince,
// else system.inOperationSince) plus its retention period, in calendar years and months.
import { describe, expect, it } from 'vitest';
import { dateAfter } from '../src/views/duration.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { ViewCache } from '../src/views/registry.js';
import { tempDir } from './support/temp-dir.js';

describe('dateAfter', () => {
  it('adds calendar years and months', () => {
    expect(dateAfter('2021-01-01', 'P30Y')).toBe('2051-01-01');
    expect(dateAfter('2021-11-30', 'P3M')).toBe('2022-02-28');
    expect(dateAfter('2020-02-29', 'P1Y')).toBe('2021-02-28');
    expect(dateAfter('2020-01-31', 'P1Y1M')).toBe('2021-02-28');
  });
  it('adds weeks, days and time after the calendar part', () => {
    expect(dateAfter('2024-12-25', 'P1W')).toBe('2025-01-01');
    expect(dateAfter('2024-03-01', 'P180D')).toBe('2024-08-28');
    expect(dateAfter('2024-03-01', 'PT5M')).toBe('2024-03-01');
    expect(dateAfter('2024-03-01', 'PT36H')).toBe('2024-03-02');
  });
  it('ends past the year 9999 at its last day, and reads no permanent period or unreadable text', () => {
    expect(dateAfter('2024-03-01', 'P99999999999Y')).toBe('9999-12-31');
    expect(dateAfter('2024-03-01', 'permanent')).toBeNull();
    expect(dateAfter('2024-03-01', 'three years')).toBeNull();
    expect(dateAfter('not a date', 'P1Y')).toBeNull();
  });
});

const taxonomy = loadTaxonomy();

function stores(system: string): Map<string, Record<string, unknown>> {
  const manifest = `apiVersion: pipl-audit/v1
${system}
stores:
  - id: results
    kind: table
    fields: [{ name: result, category: health.record }]
    retention: { period: P30Y, trigger: collection, action: delete }
  - id: rosters
    kind: table
    collectedSince: 2012-07-01
    fields: [{ name: name, category: identity.name }]
    retention: { period: P10Y, trigger: contract-end, action: delete }
  - id: notes
    kind: table
    fields: [{ name: note, category: health.record }]
    retention: none
deletionJobs: []
`;
  const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': manifest }), taxonomy });
  const items = new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf: '2026-03-02' }).get('store');
  return new Map(items.map((i) => [i.key, i.data]));
}

describe('store view: whether any record can be due yet', () => {
  it("reads the system's start, a store's own start before it, and no date for a store without a period", () => {
    const view = stores('system: { id: lab, name: Lab, inOperationSince: 2021-06-01 }');
    expect(view.get('results')).toMatchObject({ heldSince: '2021-06-01', firstDueDate: '2051-06-01', nothingDueYet: true });
    expect(view.get('rosters')).toMatchObject({ heldSince: '2012-07-01', firstDueDate: '2022-07-01', nothingDueYet: false });
    expect(view.get('notes')).toMatchObject({ heldSince: '2021-06-01', firstDueDate: null, nothingDueYet: null });
  });
  it('leaves it unstated when neither the system nor the store says when it began', () => {
    const view = stores('system: { id: lab, name: Lab }');
    expect(view.get('results')).toMatchObject({ heldSince: null, firstDueDate: null, nothingDueYet: null });
    expect(view.get('rosters')).toMatchObject({ nothingDueYet: false });
  });
});
