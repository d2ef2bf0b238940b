// One item per role: the duties it combines (its own and inherited), its privilege, its reach.
import { NO_HOLDERS } from './inventory-index.js';
import type { ViewDefinition } from './view.js';

export const roleView: ViewDefinition = {
  name: 'role',
  reads: ['roles', 'accounts', 'stores', 'interfaces'],
  description: 'every role with the duties it combines through inheritance, its privilege, reach and holders',
  statedBy: {
    '/duties': { manifest: 'roles[].duties (with inherited roles)', facts: [] },
    '/businessWithAdministration': { manifest: 'roles[].duties or roles[].kind (business), with an admin, security, audit or system kind or duty, or roles[].privileged on a role not of kind business, and the grants (with inherited roles)', facts: [] },
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
      // One role that is both a business role reaching PI and an administration role (of an admin,
      // security or audit duty or kind, or flagged privileged without being a business role):
      // its holder operates on PI and administers the system that checks the operation, the
      // combination PIPL-QRY-014 finds across two roles of one account. Read only from a stated
      // business duty (or kind), never guessed from grants. A business role flagged privileged (a
      // manager's wide reach) carries no administration duty by the flag alone.
      const administration = index.isAdministration(role.id) || ['admin', 'security', 'audit'].some((d) => duties.has(d));
      const businessWithAdministration = duties.has('business') && administration && sorted.length > 0;
      const sensitiveSorted = [...sensitive].sort();
      return {
        key: role.id,
        label: role.id,
        subject: role,
        data: {
          role,
          duties: [...duties].sort(),
          privileged: index.isPrivileged(role.id),
          businessWithAdministration,
          // Which separation the role breaks, for the message: a business duty with administration,
          // or two of the admin, security and audit duties (both may hold).
          dutyConflict: businessWithAdministration ? 'business-with-administration' : 'administration-duties',
          categories: sorted,
          sensitiveCategories: sensitiveSorted,
          reachesSensitive: sensitiveSorted.length > 0,
          holders: holders.get(role.id) ?? NO_HOLDERS,
        },
      };
    });
  },
};
