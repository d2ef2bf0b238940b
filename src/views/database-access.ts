// What a set of manifest roles may read of one store, field by field, and how widely: the yard-
// stick a database login's real privileges are measured against (a login mapped to a role should
// read no field the role's grants do not name).
import type { InventoryIndex } from './inventory-index.js';
import { SCOPE_ORDER, scopeRank } from './scope.js';

// `manage` is every action on the store (as CASL and the cloud-policy reader use it), reading included.
const READING_ACTIONS = new Set(['read', 'export', 'print', 'copy', 'manage']);

export interface StoreAllowance {
  fields: Set<string>;
  /** The narrowest scope of the grants that allow reading the store (null when none does). */
  narrowestScope: string | null;
}

export function storeAllowance(index: InventoryIndex, roleIds: readonly string[], storeId: string): StoreAllowance {
  const fields = new Set<string>();
  let narrowest = Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  for (const roleId of roleIds) {
    for (const id of index.roleChain(roleId)) {
      if (seen.has(id)) continue;
      seen.add(id);
      for (const grant of index.roles.get(id)?.grants ?? []) {
        if (!grant.actions.some((a) => READING_ACTIONS.has(a))) continue;
        const itf = grant.interface === undefined ? undefined : index.interfaces.get(grant.interface);
        const grantStore = itf ? itf.store.id : grant.store;
        if (grantStore !== storeId) continue;
        const base = itf ? itf.interface.returns : (index.stores.get(storeId)?.store.fields.map((f) => f.name) ?? []);
        const limit = grant.fields ? new Set(grant.fields) : undefined;
        for (const f of base) if (!limit || limit.has(f)) fields.add(f);
        narrowest = Math.min(narrowest, scopeRank(grant.scope) ?? Number.POSITIVE_INFINITY);
      }
    }
  }
  return { fields, narrowestScope: Number.isFinite(narrowest) ? (SCOPE_ORDER[narrowest] ?? null) : null };
}
