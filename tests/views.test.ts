// Views: inheritance resolved into effective grants, holders counted and sampled, credential
// policies resolved, ages computed against the as-of date.
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { ViewCache } from '../src/views/registry.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();
const accounts = Array.from({ length: 60 }, (_, i) => `  - { id: "c-${String(60 - i).padStart(3, '0')}", type: personal, roles: [courier], lastLogin: 2024-01-01 }`).join('\n');
const MANIFEST = `apiVersion: pipl-audit/v1
stores:
  - id: waybills
    kind: database
    fields:
      - { name: phone, category: contact.phone }
      - { name: diagnosis, category: health.diagnosis }
interfaces:
  - { id: lookup, kind: query-screen, store: waybills, lookupKeys: [phone], returns: [phone, diagnosis], masked: [phone] }
roles:
  - id: base
    grants: [{ interface: lookup, actions: [read], scope: assigned }]
  - id: courier
    inherits: [base]
    jobScope: assigned
credentialPolicies:
  - { id: staff, default: true, minLength: 12 }
accounts:
${accounts}
  - { id: gone, type: personal, roles: [courier], status: disabled }
`;

function views() {
  const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': MANIFEST }), taxonomy });
  return new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf: '2024-03-31' });
}

describe('views', () => {
  it('resolve inherited grants with the categories they reach, masked or not', () => {
    const grant = views().get('grant').find((g) => g.key === 'courier>lookup');
    expect(grant?.data).toMatchObject({
      inheritedFrom: 'base',
      scope: 'assigned',
      lookupKeyCategories: ['contact.phone'],
      categories: ['contact.phone', 'health.diagnosis'],
      sensitiveCategories: ['health.diagnosis'],
      unmaskedCategories: ['health.diagnosis'],
    });
  });

  it('count every active holder and sample the smallest ids in order', () => {
    const holders = views().get('grant').find((g) => g.key === 'courier>lookup')?.data.holders as { count: number; accounts: string[] };
    expect(holders.count).toBe(60);
    expect(holders.accounts).toEqual(Array.from({ length: 50 }, (_, i) => `c-${String(i + 1).padStart(3, '0')}`));
  });

  it('resolve the default credential policy and the age of the last login', () => {
    const account = views().get('account').find((a) => a.key === 'c-001')?.data;
    expect((account?.policy as { id: string }).id).toBe('staff');
    expect(account?.roles).toEqual(['base', 'courier']);
    expect(account?.daysSinceLastLogin).toBe(90);
    expect(account?.reachesSensitive).toBe(true);
  });

  it('read a left-out roles or lookupKeys key as unstated (null), an empty list as a stated absence', () => {
    const manifest = MANIFEST.replace(
      'accounts:\n',
      `accounts:
  - { id: no-roles-key, type: personal }
  - { id: no-roles, type: personal, roles: [] }
`,
    ).replace(
      'interfaces:\n',
      `interfaces:
  - { id: keys-left-out, kind: export, store: waybills, returns: [phone] }
  - { id: no-keys, kind: export, store: waybills, lookupKeys: [], returns: [phone] }
`,
    ).replace('  - id: courier\n', `  - id: exporter
    grants: [{ interface: keys-left-out, actions: [export], scope: any }, { interface: no-keys, actions: [export], scope: any }]
  - id: courier
`);
    const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': manifest }), taxonomy });
    const cache = new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf: '2024-03-31' });
    const account = (key: string) => cache.get('account').find((a) => a.key === key)?.data;
    expect(account('no-roles-key')).toMatchObject({ roles: null, privileged: null, categories: null, reachesPI: null });
    expect(account('no-roles')).toMatchObject({ roles: [], privileged: false, categories: [], reachesPI: false });
    const grant = (key: string) => cache.get('grant').find((g) => g.key === key)?.data;
    expect(grant('exporter>keys-left-out')?.lookupKeyCategories).toBeNull();
    expect(grant('exporter>no-keys')?.lookupKeyCategories).toEqual([]);
  });

  it("read a left-out fullValuesNeeded as an unstated need (null), 'none' as a stated absence of need", () => {
    const manifest = MANIFEST.replace('  - id: courier\n', `  - id: need-left-out
    grants: [{ interface: lookup, actions: [read], scope: unit }]
  - id: needs-nothing
    fullValuesNeeded: none
    grants: [{ interface: lookup, actions: [read], scope: unit }]
  - id: needs-diagnosis
    fullValuesNeeded: { categories: [health.diagnosis], duty: 门诊医生：为本科室患者诊治 }
    grants: [{ interface: lookup, actions: [read], scope: unit }]
  - id: courier
`);
    const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': manifest }), taxonomy });
    const cache = new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf: '2024-03-31' });
    const grant = (key: string) => cache.get('grant').find((g) => g.key === key)?.data;
    expect(grant('need-left-out>lookup')).toMatchObject({ unmaskedBeyondStatedNeed: null, unmaskedSensitiveBeyondStatedNeed: null });
    expect(grant('needs-nothing>lookup')).toMatchObject({ unmaskedBeyondStatedNeed: ['health.diagnosis'], unmaskedSensitiveBeyondStatedNeed: ['health.diagnosis'] });
    expect(grant('needs-diagnosis>lookup')).toMatchObject({ unmaskedBeyondStatedNeed: [], unmaskedSensitiveBeyondStatedNeed: [] });
  });
});
