// One item per account: its credential policy resolved (its own or the default), the roles it
// holds through inheritance, whether those are privileged, what PI they reach, and its age.
import { roleRouteText } from '../i18n/role-origin-text.js';
import { daysBetween } from './duration.js';
import { childrenPINote } from '../i18n/children-pi-text.js';
import { categoriesReached } from './identity-realm-view.js';
import { codeAnsweredReach, type CodeAnsweredReach } from './code-answered-reach.js';
import { SCOPE_ORDER, scopeRank } from './scope.js';
import type { Account, Flow } from '../inventory/manifest-schema.js';
import { isUnstated } from '../inventory/assumed-facts.js';
import type { InventoryIndex } from './inventory-index.js';
import type { ViewDefinition, ViewItem } from './view.js';

interface RoleSetSummary {
  roles: string[];
  privileged: boolean;
  /** The widest scope of any grant that reaches PI (null when none does). */
  widestScope: string | null;
  categories: string[];
  sensitiveCategories: string[];
  /** Some of what it reaches is PI of children under 14 (sensitive under PIPL Art. 28). */
  children: boolean;
  /**
   * The grants reaching PI that are scoped to the account's unit (unit, unit-subtree), as
   * `role>interface` or `role>store`: what follows the account's unit whatever else it holds.
   */
  unitScopedGrants: string[];
  /** The categories those grants reach. */
  unitScopedCategories: string[];
  /** The code's reads answering, through an interface the roles are granted, PI its stated returns leave out (counted in `categories`). */
  codeReads: object[];
}

function summarise(index: InventoryIndex, roleIds: string[], code: ReadonlyMap<string, CodeAnsweredReach>): RoleSetSummary {
  const roles = new Set<string>();
  for (const id of roleIds) for (const r of index.roleChain(id)) roles.add(r);
  const categories = new Set<string>();
  const sensitive = new Set<string>();
  let children = false;
  let widest = -1;
  // A grant narrowed by a filter the import could not decide reaches an unknown scope: the widest
  // is then unknown unless a decided grant already reaches the widest there is.
  let undecided = false;
  const unitScoped = new Set<string>();
  const unitCategories = new Set<string>();
  // What the manifest states the roles reach, and what the code behind their interfaces answers beyond it.
  const stated = new Set<string>();
  const answeredByCode = new Set<CodeAnsweredReach>();
  for (const id of roles) {
    for (const { grant, declaredBy } of index.effectiveGrants(id)) {
      const reach = index.grantReach(grant);
      // What the interface's code answers beyond its stated returns is reached too (code-answered-reach.ts).
      const answered = grant.interface === undefined ? undefined : code.get(grant.interface);
      if (answered) answeredByCode.add(answered);
      for (const c of reach.categories) stated.add(c);
      const reached = answered ? [...new Set([...reach.categories, ...answered.categories])] : reach.categories;
      for (const c of reached) categories.add(c);
      for (const c of index.sensitiveIn(reach.profile, reach.categories)) sensitive.add(c);
      for (const c of answered?.sensitiveCategories ?? []) sensitive.add(c);
      if (index.childrenIn(reach.profile, reached).length > 0) children = true;
      if (reached.length === 0) continue;
      if (grant.scopeUndecided !== undefined) undecided = true;
      else widest = Math.max(widest, scopeRank(grant.scope) ?? -1);
      if (grant.scopeUndecided === undefined && (grant.scope === 'unit' || grant.scope === 'unit-subtree')) {
        unitScoped.add(`${declaredBy.id}>${grant.interface ?? grant.store ?? ''}`);
        for (const c of reached) unitCategories.add(c);
      }
    }
  }
  if (undecided && widest < SCOPE_ORDER.length - 1) widest = -1;
  const sorted = [...categories].sort();
  return {
    roles: [...roles].sort(),
    privileged: roleIds.some((id) => index.isPrivileged(id)),
    widestScope: widest >= 0 ? (SCOPE_ORDER[widest] ?? null) : null,
    categories: sorted,
    // Sensitive as each store holds them: a category may be sensitive in a children's store only.
    sensitiveCategories: [...sensitive].sort(),
    children,
    unitScopedGrants: [...unitScoped].sort(),
    unitScopedCategories: [...unitCategories].sort(),
    // Cited only where the code adds a category the manifest's statements do not reach.
    codeReads: [...answeredByCode].filter((a) => a.categories.some((c) => !stated.has(c))).flatMap((a) => a.reads),
  };
}

export const accountView: ViewDefinition = {
  name: 'account',
  reads: ['accounts', 'roles', 'credentialPolicies', 'stores', 'interfaces', 'flows'],
  description: 'every account with its resolved credential policy, effective roles, privilege, reach and last-login age',
  statedBy: {
    '/account/affiliation': { manifest: 'accounts[].affiliation', export: { zh: 'Keycloak：用户属性 affiliation（employee、contractor、partner、outside、leaver）；或加入 HR 花名册（hr-roster 来源）与账号关联：名单上的人为 employee，外包人员在清单的 accounts[].affiliation 中写明 contractor', en: 'Keycloak: the user attribute affiliation (employee, contractor, partner, outside, leaver); or add an HR staff list (an hr-roster source) joined to the accounts: those on it are employees, and contractors are stated affiliation: contractor in the manifest' } },
    '/account/defaultPassword': { manifest: 'accounts[].defaultPassword', absent: 'defaultPassword: false' },
    '/account/lastLogin': { manifest: 'accounts[].lastLogin', absent: 'lastLogin: never', export: { zh: 'Keycloak 导出不含最近登录时间：请在清单的 accounts[].lastLogin 中写明（取自登录事件）', en: 'a Keycloak export has no last login: state accounts[].lastLogin in the manifest (from the login events)' } },
    '/account/mfa': { manifest: 'accounts[].mfa', absent: 'mfa: false', export: { zh: 'Keycloak：用户的 requiredActions 含 CONFIGURE_TOTP 或已配置 OTP 凭据；阿里云 RAM 策略包：加入 ListVirtualMFADevices 的响应（绑定了虚拟 MFA 设备的用户）；腾讯云 CAM 策略包：加入每个子用户的 DescribeSafeAuthFlagColl 响应（登录保护 LoginFlag）', en: 'Keycloak: the user\'s OTP credential or CONFIGURE_TOTP required action; Alibaba Cloud RAM bundle: add the ListVirtualMFADevices response (the users a virtual MFA device is bound to); Tencent Cloud CAM bundle: add each sub-user\'s DescribeSafeAuthFlagColl response (its LoginFlag)' } },
    '/account/passwordStorage': { manifest: 'accounts[].passwordStorage', export: { zh: 'Keycloak：导出时包含用户凭据（credentials 的 algorithm、hashIterations）', en: 'Keycloak: export users with their credentials (algorithm, hashIterations)' } },
    '/account/passwordStorage/iterations': { manifest: 'accounts[].passwordStorage.iterations', export: { zh: 'Keycloak：导出时包含用户凭据（credentials 的 credentialData.hashIterations）', en: 'Keycloak: export users with their credentials (the hashIterations of credentialData)' } },
    '/account/passwordStorage/cost': { manifest: 'accounts[].passwordStorage.cost' },
    // A RAM/CAM user whose console log-in the bundle does not state has no stated type (the
    // importer's placeholder is marked unstated, src/inventory/assumed-facts.ts): it is null here.
    '/account/type': {
      manifest: 'accounts[].type (for an imported account, overlays.accounts[].set.type)',
      export: {
        zh: '阿里云 RAM 策略包：为该用户加入 GetLoginProfile 的响应（有控制台登录的用户；没有的用户不列出即为 service）；腾讯云 CAM 策略包：ListUsers 中的 ConsoleLogin',
        en: 'Alibaba Cloud RAM bundle: include GetLoginProfile for the user (users with console log-in; a user left out of a present GetLoginProfile is a service account); Tencent Cloud CAM bundle: ConsoleLogin in ListUsers',
      },
    },
    '/account/unit': { manifest: 'accounts[].unit' },
    '/active': { manifest: 'accounts[].status', absent: 'status: disabled', facts: ['/account/status'], export: { zh: 'Keycloak：用户的 enabled', en: 'Keycloak: the user\'s enabled flag' } },
    '/account/dormant': { manifest: 'accounts[].dormant (a cohort: how many of its accounts are dormant)', absent: 'dormant: 0' },
    '/dormantAccounts': { manifest: 'accounts[].dormant (a cohort: how many of its accounts are dormant)', absent: 'dormant: 0', facts: ['/account/dormant'] },
    '/daysSinceLastLogin': { manifest: 'accounts[].lastLogin', absent: 'lastLogin: never', facts: ['/account/lastLogin'] },
    '/oldestActiveAccessKeyDays': { manifest: 'accounts[].accessKeys[].created', facts: ['/account/accessKeys'], export: { zh: '云平台策略包：ListAccessKeys 的 CreateDate / CreateTime', en: 'cloud policy bundle: the CreateDate / CreateTime of ListAccessKeys' } },
    '/holderCount': { manifest: 'accounts[].holders', facts: ['/account/holders'] },
    '/piRoleOrigins': { manifest: 'accounts[].roleOrigins (from an identity-provider export)', facts: ['/account/roleOrigins'], export: { zh: 'Keycloak：导出用户及其角色映射、组成员关系', en: 'Keycloak: export users with their role mappings and group memberships' } },
    '/account/status': { manifest: 'accounts[].status', absent: 'status: active' },
    '/entrustmentLink': {
      manifest: "accounts[].entrustment (the flow by which the holder's organisation processes PI on the processor's behalf), or accounts[].organisation naming the recipient of one entrusted-processor flow, and that flow's recipient.kind and contract.present",
      absent: 'entrustment: none',
      facts: ['/account/entrustment', '/account/organisation'],
    },
    '/policy': { manifest: 'credentialPolicies (a list; the account\'s credentialPolicy or the default: true entry)', absent: 'credentialPolicies: [] (no policy)', facts: ['manifest:/credentialPolicies', '/account/credentialPolicy'] },
    '/policy/mfa': { manifest: 'credentialPolicies[].mfa', absent: 'mfa: none' },
    '/privileged': { manifest: 'roles[].privileged or roles[].kind', facts: [] },
    '/recipientFlows': { manifest: 'roles[].recipientFlow of every role the account holds that reaches PI (naming a listed flow)', facts: [] },
    '/privilegedPIRoles': {
      manifest: 'accounts[].roles (the roles the account holds), each privileged by roles[].privileged or roles[].kind',
      absent: 'roles: []',
      facts: ['/account/roles'],
      export: { zh: 'RuoYi：导出用户与角色的对应关系（sys_user_role）；Keycloak：连同用户导出 realm（含每个用户的 realmRoles、clientRoles、groups）；JeecgBoot：转储中包含 sys_user_role', en: 'RuoYi: export the user–role assignment (sys_user_role); Keycloak: export the realm with its users (their realmRoles, clientRoles and groups); JeecgBoot: a dump with sys_user_role' },
    },
    // The two sides of PIPL-QRY-014 (a business role reaching PI held with a privileged role).
    '/businessPIRoles': {
      manifest: 'accounts[].roles (the roles the account holds; an empty list states it holds none)',
      absent: 'roles: []',
      facts: ['/account/roles'],
      export: { zh: 'RuoYi：导出用户与角色的对应关系（sys_user_role）；Keycloak：连同用户导出 realm（含每个用户的 realmRoles、clientRoles、groups）；JeecgBoot：转储中包含 sys_user_role', en: 'RuoYi: export the user–role assignment (sys_user_role); Keycloak: export the realm with its users (their realmRoles, clientRoles and groups); JeecgBoot: a dump with sys_user_role' },
    },
    '/privilegedRolesHeld': {
      manifest: 'accounts[].roles (the roles the account holds), each an administration role by roles[].kind or roles[].duties (admin, security, audit; kind system too), or roles[].privileged on a role not of kind business',
      absent: 'roles: []',
      facts: ['/account/roles'],
      export: { zh: 'RuoYi：导出用户与角色的对应关系（sys_user_role）；Keycloak：连同用户导出 realm（含每个用户的 realmRoles、clientRoles、groups）；JeecgBoot：转储中包含 sys_user_role', en: 'RuoYi: export the user–role assignment (sys_user_role); Keycloak: export the realm with its users (their realmRoles, clientRoles and groups); JeecgBoot: a dump with sys_user_role' },
    },
    // What the account reaches is read from the roles it holds: unstated when its export cannot
    // say which roles it holds (a RuoYi console user export has no role column, a Keycloak users
    // list without role mappings), never "none".
    '/reachesPI': {
      manifest: 'accounts[].roles (the roles the account holds; an empty list states it holds none)',
      absent: 'roles: []',
      facts: ['/account/roles'],
      export: { zh: 'RuoYi：导出用户与角色的对应关系（sys_user_role，含 sys_user、sys_role 的数据库转储），控制台用户导出不含角色；超级管理员（*:*:*）可触及的界面由 mapping.perms 把权限标识映射到清单接口来说明；Keycloak：连同用户导出 realm（kc.sh export，含每个用户的 realmRoles、clientRoles、groups），管理 REST 接口的用户列表不含角色映射', en: "RuoYi: export the user–role assignment (sys_user_role, in a dump with sys_user and sys_role), the console's user export carrying no roles; what the super administrator (*:*:*) reaches, by mapping its perms to manifest interfaces in mapping.perms; Keycloak: export the realm with its users (kc.sh export, with each user's realmRoles, clientRoles and groups), the admin REST user listing carrying no role mappings" },
    },
  },
  build({ index, asOf }) {
    const code = codeAnsweredReach(index, asOf);
    // Accounts with the same role list share one summary: national exports repeat a few role sets.
    const summaries = new Map<string, RoleSetSummary>();
    const roleReach = new Map<string, string[]>();
    const reachOf = (roleId: string) => {
      let categories = roleReach.get(roleId);
      if (!categories) roleReach.set(roleId, (categories = categoriesReached(index, [roleId])));
      return categories;
    };
    // PIPL-QRY-014's two sides: the administration roles held (whatever they reach: an administrator
    // role grants, changes and audits, reaching PI or not) and the ordinary roles held that reach
    // PI. When the export cannot state every role held (no `roles` key, or rolesUnknown), an
    // empty side is not known to be empty: null. A business role the account holds only as an
    // identity provider's default role (every origin `via: default`) is left out: every account
    // gets it, so the cause and the fix are the default role's (PIPL-IDP-003), not this account's.
    // With them, PIPL-QRY-013's side: the privileged roles held that reach PI.
    const split = new Map<string, { privileged: string[]; business: string[]; privilegedPI: string[] }>();
    const splitOf = (roleIds: string[], defaultOnly: ReadonlySet<string>) => {
      const key = `${roleIds.join('\0')}\u0001${[...defaultOnly].sort().join('\0')}`;
      let sides = split.get(key);
      if (!sides) {
        // QRY-014's sides are administration roles (isAdministration: a business role flagged
        // privileged, a manager's wide reach, administers nothing by the flag) and the others
        // reaching PI; QRY-013's are the privileged roles (the flag counts) reaching PI.
        const privileged = roleIds.filter((id) => index.isAdministration(id));
        const business = roleIds.filter((id) => !index.isAdministration(id) && !defaultOnly.has(id) && reachOf(id).length > 0);
        const privilegedPI = roleIds.filter((id) => index.isPrivileged(id) && reachOf(id).length > 0).sort();
        split.set(key, (sides = { privileged: [...new Set(privileged)].sort(), business: [...new Set(business)].sort(), privilegedPI }));
      }
      return sides;
    };
    const items: ViewItem[] = [];
    for (const account of index.inventory.accounts) {
      const roleIds = account.roles ?? [];
      const cacheKey = roleIds.join('\0');
      let summary = summaries.get(cacheKey);
      if (!summary) summaries.set(cacheKey, (summary = summarise(index, roleIds, code)));
      // Roles (or what a held role reaches) its export cannot state (rolesUnknown), or an account
      // whose `roles` key is left out (`roles: []` states it holds none; every importer that reads
      // role assignments writes the list, an empty one too): when the roles stated reach no PI,
      // what the account reaches is not known — not "none".
      const rolesPartial = account.roles === undefined || account.rolesUnknown !== undefined;
      const rolesUnstated = rolesPartial && summary.categories.length === 0;
      const lastLogin = account.lastLogin;
      const entrustmentFlow = index.entrustmentOf(account);
      const sides = splitOf(roleIds, defaultOnlyRoles(account.roleOrigins));
      items.push({
        key: account.id,
        // A cohort is one item; its label states how many accounts it stands for.
        label: account.count === undefined ? account.id : `${account.id} ×${account.count}`,
        subject: account,
        data: {
          account: typeUnstated(index, account),
          // The governing policy; 'none' when credential policies are listed and none governs the
          // account; null when no input lists credential policies.
          policy: index.policyOf(account) ?? (index.inventory.statedSections.has('credentialPolicies') ? 'none' : null),
          roles: account.roles === undefined && rolesUnstated ? null : summary.roles,
          privileged: rolesUnstated && !summary.privileged ? null : summary.privileged,
          // The privileged roles (flagged, or of an admin, security, audit or system kind, also
          // through inheritance) the account is assigned that reach PI: who holds a privileged role
          // (PIPL-QRY-013). null when its roles are not stated and none stated is such a role.
          privilegedPIRoles: rolesUnstated && sides.privilegedPI.length === 0 ? null : sides.privilegedPI,
          // PIPL-QRY-014: the privileged roles held (any reach) and the non-privileged ones reaching PI.
          privilegedRolesHeld: rolesPartial && sides.privileged.length === 0 ? null : sides.privileged,
          businessPIRoles: rolesPartial && sides.business.length === 0 ? null : sides.business,
          widestScope: summary.widestScope,
          // The PI grants that follow the account's unit (unit, unit-subtree), whatever else it
          // holds: an organisation-wide default role does not make a unit-scoped grant stop
          // resting on the unit (PIPL-HR-001).
          // null (not stated) where the account's roles are not stated and none stated is such a grant.
          unitScopedGrants: rolesUnstated && summary.unitScopedGrants.length === 0 ? null : summary.unitScopedGrants,
          unitScopedCategories: rolesUnstated && summary.unitScopedGrants.length === 0 ? null : summary.unitScopedCategories,
          categories: rolesUnstated ? null : summary.categories,
          sensitiveCategories: rolesUnstated ? null : summary.sensitiveCategories,
          reachesPI: rolesUnstated ? null : summary.categories.length > 0,
          reachesSensitive: rolesUnstated ? null : summary.sensitiveCategories.length > 0,
          // The code's reads that answer, through an interface the account's roles are granted, PI
          // the manifest does not state the roles reach: cited as evidence of that reach.
          codeReads: summary.codeReads,
          childrenPINote: childrenPINote(!rolesUnstated && summary.children),
          active: account.status !== 'disabled',
          // The entrustment the account's work is done under (PIPL Art. 21, PIPL-PROV-009): the flow
          // it names, or its organisation's one entrustment, and what that flow is (entrustmentLink).
          entrustmentFlow,
          entrustmentLink: entrustmentLink(account, entrustmentFlow),
          // The flows whose recipient acts with this account: every role it holds that reaches PI
          // states recipientFlow naming a listed flow (a labour agency's coordinator, a parent
          // company's HR viewer). The account is then that recipient's access identity, a channel of
          // those provisions, judged by the provision rules (PIPL-PROV-008 compares its reach with
          // the flows), not an outsider holding a staff account (PIPL-QRY-009). Empty otherwise, and
          // when the account's roles are not all stated (an unstated role may be a staff role).
          recipientFlows: rolesPartial ? NO_FLOWS : recipientFlowsOf(index, roleIds, reachOf),
          // null when not stated, or known only to the month or year (2021-07, 2021): the age is
          // then a range, not a number a threshold can be held against.
          daysSinceLastLogin: lastLogin === 'never' ? Number.MAX_SAFE_INTEGER : lastLogin === undefined || lastLogin.length < 10 ? null : daysBetween(lastLogin, asOf),
          holderCount: account.holders?.length ?? null,
          // Age in days of the oldest active API key: 0 when none is active; null when the keys are
          // not listed or an active key's creation date is not given.
          oldestActiveAccessKeyDays: oldestKeyDays(account.accessKeys, asOf),
          // How many accounts the item stands for (a cohort's count, else 1).
          accountCount: account.count ?? 1,
          // How many of a cohort's accounts its manifest states are dormant; null when not stated.
          dormantAccounts: account.dormant ?? null,
          mlpsLevel: index.inventory.system?.mlpsLevel ?? null,
          // How the account holds each role that reaches PI, when an identity provider says (Keycloak).
          piRoleOrigins: account.roleOrigins === undefined ? NO_ORIGINS : piRoleOrigins(account.roleOrigins, (role) => reachOf(role).length > 0),
          // Each as { zh, en }: the message names the route's glue words in the report's language.
          piRoleRoutes: account.roleOrigins === undefined ? NO_ROUTES : account.roleOrigins.filter((o) => reachOf(o.role).length > 0).map(roleRouteText),
        },
      });
    }
    return items;
  },
};

/**
 * The account as rules read it: without its `type` where the importer wrote that only as a
 * placeholder the export does not state (markUnstated: a RAM user without GetLoginProfile), so
 * `/account/type` is unstated. The copy keeps the account's places for evidence.
 */
function typeUnstated(index: InventoryIndex, account: Account): Account {
  if (!isUnstated(account, 'type')) return account;
  const { type: _placeholder, ...rest } = account;
  const copy = rest as Account;
  const provenance = index.inventory.provenance;
  const place = provenance.of(account);
  if (place) provenance.record(copy, place.file, place.pointer);
  provenance.copyFacts(account, copy);
  return copy;
}

/**
 * The flows the account's roles reaching PI act for, when every such role states recipientFlow
 * naming a listed flow; empty when any of them is a staff role or none reaches PI.
 */
function recipientFlowsOf(index: InventoryIndex, roleIds: readonly string[], reachOf: (roleId: string) => string[]): string[] {
  const flows = new Set<string>();
  for (const id of roleIds) {
    if (reachOf(id).length === 0) continue;
    const flow = index.roles.get(id)?.recipientFlow;
    if (flow === undefined || !index.flows.has(flow)) return NO_FLOWS;
    flows.add(flow);
  }
  return flows.size === 0 ? NO_FLOWS : [...flows].sort();
}
const NO_FLOWS: string[] = Object.freeze([]) as unknown as string[];

/** The roles an identity provider states the account holds only as a default role every user gets. */
function defaultOnlyRoles(origins: Account['roleOrigins']): ReadonlySet<string> {
  if (origins === undefined) return NO_ROLES;
  const viaDefault = new Set<string>();
  const otherwise = new Set<string>();
  for (const o of origins) (o.via === 'default' ? viaDefault : otherwise).add(o.role);
  for (const role of otherwise) viaDefault.delete(role);
  return viaDefault;
}
const NO_ROLES: ReadonlySet<string> = new Set();

/** An account no identity provider describes holds no role by a stated route: one empty list for all of them. */
const NO_ORIGINS: ReturnType<typeof piRoleOrigins> = Object.freeze([]) as unknown as ReturnType<typeof piRoleOrigins>;
const NO_ROUTES: Array<ReturnType<typeof roleRouteText>> = Object.freeze([]) as unknown as Array<ReturnType<typeof roleRouteText>>;

/**
 * How the account holds each role reaching PI. A role inside a composite is `carriedBy` the job role
 * an access review of the account sees carrying it (ordinary RBAC: a job role composed of
 * permissions), named by its manifest role id or, where the mapping leaves it unmapped, by its name
 * in the identity provider:
 * - a manifest role on the route that the account holds in sight (directly or through a group) and
 *   that reaches PI itself: the review sees that job role and what it reaches;
 * - else the composite that holds the role, where the account holds that composite in sight (the
 *   route reaches it through groups only) and no origin maps it to a manifest role: group → job role
 *   → permission roles is reviewable, and no input states that the job role looks harmless.
 * null (the role is hidden) where the composite that holds it is mapped to a manifest role reaching
 * no PI by itself (an input states it looks harmless), or is itself held only through another
 * composite or a default role.
 */
function piRoleOrigins(origins: NonNullable<Account['roleOrigins']>, reachesPI: (role: string) => boolean): Array<{ role: string; via: string; carriedBy?: string | null }> {
  // The source role (last step of its path) of each role the account holds in sight and that
  // reaches PI, and every source role a manifest role is mapped from.
  const inSight = new Map<string, string>();
  const mapped = new Set<string>();
  for (const o of origins) {
    const source = o.path[o.path.length - 1] ?? '';
    mapped.add(source);
    if ((o.via === 'direct' || o.via === 'group') && reachesPI(o.role)) inSight.set(source, o.role);
  }
  return origins
    .filter((o) => reachesPI(o.role))
    .map((o) => {
      if (o.via !== 'composite') return { role: o.role, via: o.via };
      const carrier = o.path.slice(0, -1).find((step) => inSight.has(step));
      if (carrier !== undefined) return { role: o.role, via: o.via, carriedBy: inSight.get(carrier) ?? null };
      return { role: o.role, via: o.via, carriedBy: unmappedJobRoleInSight(o.path, mapped) };
    });
}

/**
 * The composite holding the last role of a composite route, when the account holds it in sight
 * (every step before it is a group or a parent group) and no origin maps it to a manifest role:
 * its name without the step's `role ` prefix; null otherwise.
 */
function unmappedJobRoleInSight(path: readonly string[], mapped: ReadonlySet<string>): string | null {
  if (path.length < 2) return null;
  const holder = path[path.length - 2] as string;
  for (let i = 0; i < path.length - 2; i++) if (!isGroupStep(path[i] as string)) return null;
  if (mapped.has(holder) || isGroupStep(holder)) return null;
  return holder.startsWith('role ') ? holder.slice('role '.length) : holder;
}

/** A step of a role route naming a group the user is in, or a parent of one. */
function isGroupStep(step: string): boolean {
  return step.startsWith('group ') || step.startsWith('parent group ');
}

function oldestKeyDays(keys: ReadonlyArray<{ status: string; created?: string }> | undefined, asOf: string): number | null {
  if (keys === undefined) return null;
  let oldest = 0;
  for (const key of keys) {
    if (key.status !== 'active') continue;
    if (key.created === undefined) return null;
    oldest = Math.max(oldest, daysBetween(key.created, asOf));
  }
  return oldest;
}

/**
 * What the entrustment behind the account's work is: `entrusted-with-contract` (a flow to an
 * entrusted processor with a contract), `no-contract` (its contract stated absent),
 * `not-entrustment` (a flow to a third party, an affiliate or a government body), `no-such-flow`
 * (an id no flow has), `none` (stated that no entrustment covers the work); null when no
 * entrustment is stated — the account names none and its organisation is the recipient of no
 * single entrustment (InventoryIndex.entrustmentOf) — or its contract is not stated.
 */
function entrustmentLink(account: Account, flow: Flow | null): 'entrusted-with-contract' | 'no-contract' | 'not-entrustment' | 'no-such-flow' | 'none' | null {
  if (account.entrustment === 'none') return 'none';
  if (!flow) return account.entrustment === undefined ? null : 'no-such-flow';
  if (flow.recipient.kind !== 'entrusted-processor') return 'not-entrustment';
  if (flow.contract === undefined) return null;
  return flow.contract.present ? 'entrusted-with-contract' : 'no-contract';
}
