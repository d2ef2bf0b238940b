// A RAM bundle lacking a user's attached policies (ListPoliciesForUser) leaves what the user may do
// undecided: the account states rolesUnknown — what it reaches is not stated — never "no roles".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudPolicyImporter } from '../src/importers/cloud-policy/index.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { tempDir } from './support/temp-dir.js';

const RAM = JSON.parse(readFileSync(new URL('./fixtures/cloud-policy/ram-bundle.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

async function accounts(bundle: unknown) {
  const dir = tempDir({ 'ram.json': JSON.stringify(bundle, null, 2) });
  const declared = emptyInventory();
  declared.stores.push({ id: 'pod-photos', kind: 'file', fields: [{ name: 'phone', category: 'contact.phone' }] });
  const mapping = { stores: { 'pod-photos': { bucket: 'acs:oss:cn-shenzhen:1234567890123456:sf-pod-photos', object: 'pod/2024/06/SF1400012345678.jpg' } } };
  const r = await cloudPolicyImporter.load([readSourceInput(join(dir, 'ram.json'), 'ram.json')], { cwd: dir, baseDir: dir, options: {}, mapping, declared });
  return new Map((r.manifest.accounts ?? []).map((a) => [a.id, a]));
}

describe('cloud policy bundle: a listing the bundle lacks', () => {
  it("leaves the user's reach unstated (rolesUnknown naming the listing); a user whose listing is there and empty states none", async () => {
    const full = await accounts(RAM);
    const opsId = [...full.keys()].find((id) => id.endsWith(':ops-li')) as string;
    expect(full.get(opsId)?.rolesUnknown).toBeUndefined();
    const lacking = { ...RAM, ListPoliciesForUser: Object.fromEntries(Object.entries(RAM.ListPoliciesForUser ?? {}).filter(([user]) => user !== 'ops-li')) };
    const partial = await accounts(lacking);
    expect(partial.get(opsId)?.roles).toBeUndefined();
    expect(partial.get(opsId)?.rolesUnknown).toMatch(/ListPoliciesForUser/);
  });
});
