// Account cohorts: a call centre's 3,000 agents written as one line. Account rules judge the
// cohort once and their finding states the count; every figure that counts accounts (role
// holders, reach by account type, accounts per credential policy and per realm) counts all 3,000.
import { describe, expect, it } from 'vitest';
import { audit } from '../src/audit.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { buildReach } from '../src/reach/build-reach.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { InventoryIndex } from '../src/views/inventory-index.js';
import { ViewCache } from '../src/views/registry.js';
import { tempDir } from './support/temp-dir.js';

const taxonomy = loadTaxonomy();
const MANIFEST = `apiVersion: pipl-audit/v1
system: { id: call-centre, name: Telecom call centre, mlpsLevel: 3, asOf: 2024-03-31 }
stores:
  - id: subscribers
    kind: database
    records: 2000000
    fields:
      - { name: phone, category: contact.phone }
      - { name: idNumber, category: identity.id-number }
interfaces:
  - { id: subscriber-lookup, kind: query-screen, store: subscribers, lookupKeys: [phone], returns: [phone, idNumber] }
roles:
  - id: agent
    jobScope: assigned
    grants: [{ interface: subscriber-lookup, actions: [read], scope: organization }]
credentialPolicies:
  - { id: agents, default: true, minLength: 8, characterClasses: 3, mfa: none }
accounts:
  - id: agents-shift-a
    count: 3000
    type: personal
    affiliation: contractor
    roles: [agent]
    mfa: false
    status: active
    lastLogin: 2024-03-30
  - { id: team-lead-wang, type: personal, roles: [agent], mfa: true, status: active, lastLogin: 2024-03-30 }
  - { id: agents-left, count: 40, type: personal, roles: [agent], status: disabled }
`;

function index() {
  const { inventory } = loadInventory(['m.yaml'], { cwd: tempDir({ 'm.yaml': MANIFEST }), taxonomy });
  return new InventoryIndex(inventory, taxonomy);
}

describe('account cohorts', () => {
  it('are one item of the account view, labelled with their count', () => {
    const items = new ViewCache({ index: index(), asOf: '2024-03-31' }).get('account');
    expect(items.map((i) => [i.key, i.label, i.data.accountCount])).toEqual([
      ['agents-shift-a', 'agents-shift-a ×3000', 3000],
      ['team-lead-wang', 'team-lead-wang', 1],
      ['agents-left', 'agents-left ×40', 40],
    ]);
  });

  it('count every account they stand for in role holders, policies and reach (disabled ones not)', () => {
    const idx = index();
    expect(idx.roleHolders().get('agent')).toMatchObject({ count: 3001 });
    const policy = new ViewCache({ index: idx, asOf: '2024-03-31' }).get('credential-policy').find((p) => p.key === 'agents');
    expect(policy?.data.accounts).toBe(3001);
    const reach = buildReach(idx, '2024-03-31');
    expect(reach.accountTypes).toEqual([expect.objectContaining({ type: 'personal', accounts: 3001 })]);
    expect(reach.roles.find((r) => r.id === 'agent')?.holders).toBe(3001);
  });

  it('make one finding per rule, naming the count', async () => {
    const dir = tempDir({ 'm.yaml': MANIFEST });
    const report = await audit({ paths: ['m.yaml'], cwd: dir, only: ['PIPL-CRED-006'] });
    const fails = report.findings.filter((f) => f.ruleId === 'PIPL-CRED-006' && f.status === 'FAIL');
    // One finding for the shared cause (the policy not asking for MFA); the cohort is its member, counted.
    expect(fails).toHaveLength(1);
    expect(fails[0]?.members?.items.map((m) => m.label)).toContain('agents-shift-a ×3000');
  });

  it('state how many of their accounts are dormant: the dormant-account rule counts them', async () => {
    // The oldest last log-in of the shift is recent, but the login records show 120 agents unused for months.
    const dir = tempDir({ 'm.yaml': MANIFEST.replace('    lastLogin: 2024-03-30\n  - { id: team-lead-wang', '    lastLogin: 2024-03-30\n    dormant: 120\n  - { id: team-lead-wang') });
    const report = await audit({ paths: ['m.yaml'], cwd: dir, only: ['PIPL-CRED-007'] });
    const fails = report.findings.filter((f) => f.ruleId === 'PIPL-CRED-007' && f.status === 'FAIL');
    expect(fails.map((f) => f.target)).toEqual([{ key: 'agents-shift-a', label: 'agents-shift-a ×3000' }]);
    expect(fails[0]?.message.en).toMatch(/dormant accounts of the cohort: 120/);
    // Without dormant the same cohort passes on its last log-in.
    const before = await audit({ paths: ['m.yaml'], cwd: tempDir({ 'm.yaml': MANIFEST }), only: ['PIPL-CRED-007'] });
    expect(before.findings.filter((f) => f.ruleId === 'PIPL-CRED-007' && f.status === 'FAIL')).toEqual([]);
  });
});
