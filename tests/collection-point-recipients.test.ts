// PIPL Art. 23 and 39: the individuals must be told who receives their data where it is provided
// to another processor or abroad. That is a duty of the provision, met at collection or when the
// data is provided; the collection-point view asks the collection notice for the recipients only
// where a flow states the individuals are not told at provision, and leaves the question open
// (recipientsTold null) where a flow does not say.
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { ViewCache } from '../src/views/registry.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();

/** A shop's member sign-up whose notice states `items`, and one flow of its members to a loyalty partner. */
function signup(items: string, flow: string): Record<string, unknown> | undefined {
  const manifest = `apiVersion: pipl-audit/v1
stores:
  - id: members
    kind: database
    fields:
      - { name: mobile, category: contact.phone }
      - { name: nickname, category: identity.name }
collectionPoints:
  - id: member-signup
    channel: app
    stores: [members]
    categories: [contact.phone, identity.name]
    purpose: loyalty programme
    notice: { provided: true, items: [${items}] }
flows:
  - id: to-points-partner
    recipient: { name: Airline loyalty partner, kind: third-party, country: CN }
    stores: [members]
    categories: [contact.phone]
${flow}
`;
  const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': manifest }), taxonomy });
  const views = new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf: '2025-06-30' });
  return views.get('collection-point').find((p) => p.key === 'member-signup')?.data;
}

const ART_17 = 'identity, contact, purpose, method, categories, retention, rights';

describe('the recipients of a provision as a notice item (PIPL Art. 23, 39)', () => {
  it('are an item the collection notice lacks where the flow states the individuals are not told at provision', () => {
    const point = signup(ART_17, '    recipientNotified: false');
    expect(point?.missingNoticeItems).toEqual(['recipients']);
    expect(point?.recipientsTold).toBe(false);
    expect(point?.providedBy).toEqual(['to-points-partner']);
  });

  it('are no item, and the question open, where the flow does not say whether they are told at provision', () => {
    const point = signup(ART_17, '');
    expect(point?.missingNoticeItems).toEqual([]);
    expect(point?.recipientsTold).toBeNull();
    expect(point?.providedBy).toEqual([]);
  });

  it('are told where the flow states the individuals are told at provision, or the collection notice names them', () => {
    expect(signup(ART_17, '    recipientNotified: true')?.recipientsTold).toBe(true);
    const named = signup(`${ART_17}, recipients`, '    recipientNotified: false');
    expect(named?.recipientsTold).toBe(true);
    expect(named?.missingNoticeItems).toEqual([]);
  });

  it('leave the other items a notice lacks stated facts, whatever the flow says', () => {
    const point = signup('identity, contact, purpose, method, categories, rights', '');
    expect(point?.missingNoticeItems).toEqual(['retention']);
    expect(point?.recipientsTold).toBeNull();
  });
});
