// One item per (role, effective grant): inheritance resolved, the interface and store it reaches,
// the categories it shows masked and unmasked, and who holds the role.
import { isPrivilegedRole } from './account-view.js';
import { scopeRank } from './scope.js';
import type { ViewDefinition, ViewItem } from './view.js';

const BULK_ACTIONS = new Set(['export', 'print', 'copy']);

export const grantView: ViewDefinition = {
  name: 'grant',
  description: 'every grant of every role, inherited ones included, joined to its interface, store, categories and holders',
  build({ index }) {
    const holders = index.roleHolders();
    const items: ViewItem[] = [];
    for (const role of index.inventory.roles) {
      const seenKeys = new Map<string, number>();
      for (const { grant, declaredBy } of index.effectiveGrants(role.id)) {
        const reach = index.grantReach(grant);
        const target = grant.interface ?? `store:${grant.store ?? ''}`;
        const base = `${role.id}>${target}`;
        const n = (seenKeys.get(base) ?? 0) + 1;
        seenKeys.set(base, n);
        const itf = reach.itf;
        const held = holders.get(role.id) ?? { count: 0, types: [], affiliations: [], outsiders: 0, shared: 0 };
        items.push({
          key: n === 1 ? base : `${base}#${n}`,
          label: `${role.id} → ${target}`,
          subject: grant,
          data: {
            role,
            grant,
            scope: grant.scope,
            actions: grant.actions,
            inheritedFrom: declaredBy === role ? null : declaredBy.id,
            interface: itf?.interface ?? null,
            store: reach.profile?.store ?? null,
            records: reach.profile?.store.records ?? null,
            lookupKeyCategories: itf?.lookupKeyCategories ?? [],
            categories: reach.categories,
            sensitiveCategories: index.sensitive(reach.categories),
            unmaskedCategories: reach.unmaskedCategories,
            unmaskedSensitiveCategories: index.sensitive(reach.unmaskedCategories),
            reachesPI: reach.categories.length > 0,
            reachesSensitive: index.sensitive(reach.categories).length > 0,
            bulk: itf?.interface.bulk === true || grant.actions.some((a) => BULK_ACTIONS.has(a)),
            scopeRank: scopeRank(grant.scope),
            jobScopeRank: scopeRank(role.jobScope),
            holders: held,
            /** The role, or a role it inherits from, is privileged (flagged, or of kind admin/security/audit/system). */
            privileged: index.roleChain(role.id).some((id) => isPrivilegedRole(index.roles.get(id))),
          },
        });
      }
    }
    return items;
  },
};
