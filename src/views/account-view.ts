// One item per account: its credential policy resolved (its own or the default), the roles it
// holds through inheritance, whether those are privileged, what PI they reach, and its age.
import { daysBetween } from './duration.js';
import { categoriesReached } from './identity-realm-view.js';
import { SCOPE_ORDER, scopeRank } from './scope.js';
import type { InventoryIndex } from './inventory-index.js';
import type { ViewDefinition, ViewItem } from './view.js';

interface RoleSetSummary {
  roles: string[];
  privileged: boolean;
  /** The widest scope of any grant that reaches PI (null when none does). */
  widestScope: string | null;
  categories: string[];
  sensitiveCategories: string[];
}

function summarise(index: InventoryIndex, roleIds: string[]): RoleSetSummary {
  const roles = new Set<string>();
  for (const id of roleIds) for (const r of index.roleChain(id)) roles.add(r);
  const categories = new Set<string>();
  let widest = -1;
  for (const id of roles) {
    for (const { grant } of index.effectiveGrants(id)) {
      const reached = index.grantReach(grant).categories;
      for (const c of reached) categories.add(c);
      if (reached.length > 0) widest = Math.max(widest, scopeRank(grant.scope) ?? -1);
    }
  }
  const sorted = [...categories].sort();
  return {
    roles: [...roles].sort(),
    privileged: roleIds.some((id) => index.isPrivileged(id)),
    widestScope: widest >= 0 ? (SCOPE_ORDER[widest] ?? null) : null,
    categories: sorted,
    sensitiveCategories: index.sensitive(sorted),
  };
}

export const accountView: ViewDefinition = {
  name: 'account',
  reads: ['accounts', 'roles', 'credentialPolicies', 'stores', 'interfaces'],
  description: 'every account with its resolved credential policy, effective roles, privilege, reach and last-login age',
  build({ index, asOf }) {
    // Accounts with the same role list share one summary: national exports repeat a few role sets.
    const summaries = new Map<string, RoleSetSummary>();
    const roleReach = new Map<string, string[]>();
    const reachOf = (roleId: string) => {
      let categories = roleReach.get(roleId);
      if (!categories) roleReach.set(roleId, (categories = categoriesReached(index, [roleId])));
      return categories;
    };
    const items: ViewItem[] = [];
    for (const account of index.inventory.accounts) {
      const roleIds = account.roles ?? [];
      const cacheKey = roleIds.join('\0');
      let summary = summaries.get(cacheKey);
      if (!summary) summaries.set(cacheKey, (summary = summarise(index, roleIds)));
      const lastLogin = account.lastLogin;
      items.push({
        key: account.id,
        // A cohort is one item; its label states how many accounts it stands for.
        label: account.count === undefined ? account.id : `${account.id} ×${account.count}`,
        subject: account,
        data: {
          account,
          policy: index.policyOf(account) ?? null,
          roles: summary.roles,
          privileged: summary.privileged,
          widestScope: summary.widestScope,
          categories: summary.categories,
          sensitiveCategories: summary.sensitiveCategories,
          reachesPI: summary.categories.length > 0,
          reachesSensitive: summary.sensitiveCategories.length > 0,
          active: account.status !== 'disabled',
          // null when not stated, or known only to the month or year (2021-07, 2021): the age is
          // then a range, not a number a threshold can be held against.
          daysSinceLastLogin: lastLogin === 'never' ? Number.MAX_SAFE_INTEGER : lastLogin === undefined || lastLogin.length < 10 ? null : daysBetween(lastLogin, asOf),
          holderCount: account.holders?.length ?? null,
          // How many accounts the item stands for (a cohort's count, else 1).
          accountCount: account.count ?? 1,
          mlpsLevel: index.inventory.system?.mlpsLevel ?? null,
          // How the account holds each role that reaches PI, when an identity provider says (Keycloak).
          piRoleOrigins: (account.roleOrigins ?? []).filter((o) => reachOf(o.role).length > 0).map((o) => ({ role: o.role, via: o.via })),
          piRoleRoutes: (account.roleOrigins ?? []).filter((o) => reachOf(o.role).length > 0).map((o) => `${o.role} ⇐ ${o.path.join(' → ')} (${o.via})`),
        },
      });
    }
    return items;
  },
};
