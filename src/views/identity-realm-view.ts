// One item per identity realm (Keycloak realm): its brute-force, OTP, session and event settings,
// whether its accounts reach personal information, and what its default roles reach.
import type { IdentityRealm } from '../inventory/manifest-schema.js';
import type { InventoryIndex } from './inventory-index.js';
import type { ViewDefinition } from './view.js';

export interface RealmReach {
  accounts: number;
  accountsReachingPI: number;
  /** Active accounts whose roles are not stated (accounts[].rolesUnknown) and whose stated roles reach no PI. */
  accountsReachUnknown: number;
  categories: string[];
  sensitiveCategories: string[];
}

/** Per realm: its active accounts and the PI categories their roles reach (each role set summarised once). */
export function realmReach(index: InventoryIndex): Map<string, RealmReach> {
  const byRoleSet = new Map<string, string[]>();
  const acc = new Map<string, { accounts: number; reaching: number; unknown: number; categories: Set<string> }>();
  for (const account of index.inventory.accounts) {
    if (account.identityRealm === undefined || account.status === 'disabled') continue;
    const key = (account.roles ?? []).join('\0');
    let categories = byRoleSet.get(key);
    if (!categories) byRoleSet.set(key, (categories = categoriesReached(index, account.roles ?? [])));
    let entry = acc.get(account.identityRealm);
    if (!entry) acc.set(account.identityRealm, (entry = { accounts: 0, reaching: 0, unknown: 0, categories: new Set() }));
    const n = account.count ?? 1; // a cohort counts every account it stands for
    entry.accounts += n;
    if (categories.length > 0) entry.reaching += n;
    else if (account.rolesUnknown !== undefined) entry.unknown += n;
    for (const c of categories) entry.categories.add(c);
  }
  const out = new Map<string, RealmReach>();
  for (const [realm, e] of acc) {
    const categories = [...e.categories].sort();
    out.set(realm, { accounts: e.accounts, accountsReachingPI: e.reaching, accountsReachUnknown: e.unknown, categories, sensitiveCategories: index.sensitive(categories) });
  }
  return out;
}

export function categoriesReached(index: InventoryIndex, roleIds: readonly string[]): string[] {
  const categories = new Set<string>();
  for (const id of roleIds) for (const r of index.roleChain(id)) for (const { grant } of index.effectiveGrants(r)) for (const c of index.grantReach(grant).categories) categories.add(c);
  return [...categories].sort();
}

/**
 * Whether the realm guards PI: its active accounts reach PI, or roles of the realm are mapped to
 * manifest roles that do (its tokens can carry them whether or not the export lists users). null
 * when the export lists no users (a partial export), or an active account's roles are not stated
 * (a users list without role mappings: accounts[].rolesUnknown), and no mapping says: not stated,
 * so the realm's and its clients' settings are still judged, never taken as out of scope.
 */
export function realmGuardsPI(index: InventoryIndex, realm: IdentityRealm | undefined, reach: RealmReach | undefined): boolean | null {
  if ((reach?.categories.length ?? 0) > 0) return true;
  if (realm && categoriesReached(index, realm.mappedRoles ?? []).length > 0) return true;
  return realm?.usersExported === false || (reach?.accountsReachUnknown ?? 0) > 0 ? null : false;
}

const NO_REACH: RealmReach = { accounts: 0, accountsReachingPI: 0, accountsReachUnknown: 0, categories: [], sensitiveCategories: [] };

export const identityRealmView: ViewDefinition = {
  name: 'identity-realm',
  reads: ['identityRealms', 'accounts', 'roles', 'stores', 'interfaces'],
  description: 'every identity-provider realm with its brute-force, OTP, session and event settings, the PI its accounts reach, and what its default roles reach',
  statedBy: {
    '/defaultRoleCategories': { manifest: 'Keycloak realm default roles', facts: [], export: { zh: 'Keycloak：realm 的 defaultRole 及其组合角色', en: 'Keycloak: the realm\'s defaultRole and its composites' } },
    '/eventRetentionDays': { manifest: 'Keycloak realm eventsExpiration', facts: [], export: { zh: 'Keycloak：eventsExpiration', en: 'Keycloak: eventsExpiration' } },
    '/realm/bruteForce': { manifest: 'Keycloak realm brute-force settings', export: { zh: 'Keycloak：bruteForceProtected、failureFactor、waitIncrementSeconds 等', en: 'Keycloak: bruteForceProtected, failureFactor, waitIncrementSeconds …' } },
    '/realm/bruteForce/maxDeltaTimeSeconds': { manifest: 'identityRealms[].bruteForce.maxDeltaTimeSeconds', export: { zh: 'Keycloak：maxDeltaTimeSeconds（失败重置时间）', en: 'Keycloak: maxDeltaTimeSeconds (failure reset time)' } },
    '/realm/bruteForce/maxFailureWaitSeconds': { manifest: 'identityRealms[].bruteForce.maxFailureWaitSeconds', export: { zh: 'Keycloak：maxFailureWaitSeconds（最长等待）', en: 'Keycloak: maxFailureWaitSeconds (max wait)' } },
    '/realm/bruteForce/permanentLockout': { manifest: 'identityRealms[].bruteForce.permanentLockout', absent: 'permanentLockout: false', export: { zh: 'Keycloak：permanentLockout（永久锁定）', en: 'Keycloak: permanentLockout' } },
    '/realm/bruteForce/waitIncrementSeconds': { manifest: 'identityRealms[].bruteForce.waitIncrementSeconds', export: { zh: 'Keycloak：waitIncrementSeconds（等待增量）', en: 'Keycloak: waitIncrementSeconds (wait increment)' } },
    '/realm/events': { manifest: 'Keycloak realm event settings', export: { zh: 'Keycloak：eventsEnabled、adminEventsEnabled', en: 'Keycloak: eventsEnabled, adminEventsEnabled' } },
  },
  build({ index }) {
    const reach = realmReach(index);
    return index.inventory.identityRealms.map((realm: IdentityRealm) => {
      const r = reach.get(realm.id) ?? NO_REACH;
      const defaultCategories = categoriesReached(index, realm.defaultRoles ?? []);
      const expiration = realm.events?.expirationSeconds;
      return {
        key: realm.id,
        label: realm.id,
        subject: realm,
        data: {
          realm,
          accounts: r.accounts,
          accountsReachingPI: r.accountsReachingPI,
          categories: r.categories,
          sensitiveCategories: r.sensitiveCategories,
          holdsPI: realmGuardsPI(index, realm, r),
          defaultRoleCategories: defaultCategories,
          // Days stored events are kept: 0 when none are stored; "none" (no expiration) is kept until deleted.
          eventRetentionDays:
            realm.events === undefined ? null
            : !realm.events.loginEvents && !realm.events.adminEvents ? 0
            : expiration === undefined ? null
            : expiration === 'none' ? Number.MAX_SAFE_INTEGER
            : Math.floor(expiration / 86400),
          mlpsLevel: index.inventory.system?.mlpsLevel ?? null,
        },
      };
    });
  },
};
