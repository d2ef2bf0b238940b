// One item per role: the duties it combines (its own and inherited), its privilege, its reach.
import { NO_HOLDERS } from './inventory-index.js';
import type { ViewDefinition } from './view.js';

export const roleView: ViewDefinition = {
  name: 'role',
  reads: ['roles', 'accounts', 'stores', 'interfaces'],
  description: 'every role with the duties it combines through inheritance, its privilege, reach and holders',
  statedBy: {
    '/duties': { manifest: 'roles[].duties (with inherited roles)', facts: [] },
  },
  build({ index }) {
    const holders = index.roleHolders();
    return index.inventory.roles.map((role) => {
      const chain = index.roleChain(role.id).map((id) => index.roles.get(id));
      const duties = new Set<string>();
      for (const r of chain) {
        if (r?.kind && r.kind !== 'system') duties.add(r.kind);
        for (const d of r?.duties ?? []) duties.add(d);
      }
      const categories = new Set<string>();
      const sensitive = new Set<string>();
      for (const { grant } of index.effectiveGrants(role.id)) {
        const reach = index.grantReach(grant);
        for (const c of reach.categories) categories.add(c);
        // Sensitive as each store holds them: a category may be sensitive in a children's store only.
        for (const c of index.sensitiveIn(reach.profile, reach.categories)) sensitive.add(c);
      }
      const sorted = [...categories].sort();
      const sensitiveSorted = [...sensitive].sort();
      return {
        key: role.id,
        label: role.id,
        subject: role,
        data: {
          role,
          duties: [...duties].sort(),
          privileged: index.isPrivileged(role.id),
          categories: sorted,
          sensitiveCategories: sensitiveSorted,
          reachesSensitive: sensitiveSorted.length > 0,
          holders: holders.get(role.id) ?? NO_HOLDERS,
        },
      };
    });
  },
};
