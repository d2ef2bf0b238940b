// One item per (role, effective grant): inheritance resolved, the interface and store it reaches,
// the categories it shows masked and unmasked, and who holds the role. The same grant stated by
// several sources (a Casbin policy line and the code that enforces it, a manifest role and a
// Keycloak role) is one item citing every source: its key is the cause (role, interface or store,
// and the scope only when the role holds several different grants on it), never the source.
import { NO_HOLDERS, type RoleHolders } from './inventory-index.js';
import { childrenPINote } from '../i18n/children-pi-text.js';
import { reachableRecords, volumeCrossings } from '../reach/volume-threshold.js';
import { codeQueryKeys, routeRoleScope } from './code-query-view.js';
import { actsForRecipient } from './acts-for-recipient.js';
import { grantCauses } from './grant-causes.js';
import { scopeRank } from './scope.js';
import type { ViewDefinition, ViewItem } from './view.js';
import type { Grant, Role } from '../inventory/manifest-schema.js';

const BULK_ACTIONS = new Set(['export', 'print', 'copy']);

export const grantView: ViewDefinition = {
  name: 'grant',
  reads: ['roles', 'accounts', 'stores', 'interfaces', 'codeRoutes', 'collectionPoints', 'flows'],
  description: 'every grant of every role, inherited ones included, joined to its interface, store, categories and holders',
  statedBy: {
    '/actions': { manifest: 'roles[].grants[].actions', facts: [] },
    '/controlPoint': { manifest: 'roles[].grants[].interface (or the grant, for a grant on a store)', facts: [] },
    '/triggerPoint': { manifest: 'roles[].grants[].trigger, approval, breakGlass (the grant, when it states any of them), else the interface of roles[].grants[].interface', facts: [] },
    '/expired': { manifest: 'roles[].grants[].expires', facts: [] },
    '/grant/approval': { manifest: 'roles[].grants[].approval', absent: 'approval: { required: false }' },
    '/grant/breakGlass': { manifest: 'roles[].grants[].breakGlass', absent: 'trigger: none (and no breakGlass)' },
    '/grant/approval/reasonRequired': { manifest: 'roles[].grants[].approval.reasonRequired', absent: 'reasonRequired: false' },
    '/grant/expires': { manifest: 'roles[].grants[].expires', absent: 'expires: none' },
    '/grant/reason': { manifest: 'roles[].grants[].reason', absent: 'reason: none' },
    '/grant/trigger': { manifest: 'roles[].grants[].trigger', absent: 'trigger: none' },
    '/interface/approval': { manifest: 'interfaces[].approval', absent: 'approval: { required: false }' },
    '/interface/approval/reasonRequired': { manifest: 'interfaces[].approval.reasonRequired', absent: 'reasonRequired: false' },
    '/interface/logged': { manifest: 'interfaces[].logged', absent: 'logged: false' },
    '/interface/rateLimit': { manifest: 'interfaces[].rateLimit', absent: 'rateLimit: none' },
    '/interface/rowLimit': { manifest: 'interfaces[].rowLimit', absent: 'rowLimit: none' },
    '/interface/trigger': { manifest: 'interfaces[].trigger', absent: 'trigger: none' },
    '/interface/watermark': { manifest: 'interfaces[].watermark', absent: 'watermark: false' },
    '/lookupKeyCategories': { manifest: 'interfaces[].lookupKeys', absent: 'lookupKeys: [] (cannot be searched)', facts: ['/interface/lookupKeys'] },
    '/reachesPI': { manifest: 'stores[].fields of the store the grant reaches', facts: [] },
    '/reachesChildrenPI': {
      manifest: 'stores[].subjects.minorsUnder14 of the store the grant reaches, a category minor.under-14 it reaches, or collectionPoints[].subjects (minors-under-14, mixed) of a point feeding the store',
      facts: [],
    },
    '/heldOnlyByServices': {
      manifest: "accounts[].type of the accounts holding the role (service: a program's own identity no person signs in with); for a cloud role, who assumes it (overlays.roles[].set.assumedBy: services or people)",
      facts: [],
      export: {
        zh: '阿里云 RAM 策略包：为持有该角色的用户加入 GetLoginProfile 的响应；腾讯云 CAM 策略包：ListUsers 中的 ConsoleLogin；或在 overlays.accounts[].set.type 中写明账号类型',
        en: "Alibaba Cloud RAM bundle: include GetLoginProfile for the users holding the role; Tencent Cloud CAM bundle: ConsoleLogin in ListUsers; or state the account's type with an overlay (overlays.accounts[].set.type)",
      },
    },
    '/scope': { manifest: 'roles[].grants[].scope', facts: ['/grant/scope'], export: { zh: 'Casbin：项目文件映射中的 object、unitObject、assignedObject 请求（被允许的最宽者即范围）；若依：角色的数据权限只在代码以 @DataScope 注解的方法上生效，未提供代码时无法确认该接口是否按数据权限过滤；JeecgBoot：无法判定的 USE_SQL_RULES 数据规则（子查询、OR 等），请在清单中写明范围（roles[].grants[].scope）', en: 'Casbin: the object, unitObject and assignedObject requests of the project file mapping (the widest one allowed is the scope); RuoYi: a role\'s data scope applies only to methods the code marks @DataScope, so without the code whether this interface filters by it is not known; JeecgBoot: a USE_SQL_RULES data rule the reader cannot decide (a sub-select, OR): state the scope in the manifest (roles[].grants[].scope)' } },
    '/jobScopeRank': { manifest: 'roles[].jobScope', facts: ['/role/jobScope'] },
    '/actsForRecipient': { manifest: "roles[].recipientFlow naming a flow whose recipient.kind is not entrusted-processor", facts: [] },
    '/role/jobScope': { manifest: 'roles[].jobScope' },
    '/interface/lookupKeys': { manifest: 'interfaces[].lookupKeys' },
    '/privileged': { manifest: 'roles[].privileged, or roles[].kind admin, security, audit or system (also of a role it inherits)', facts: [] },
    '/patternTargetGranted': { manifest: 'roles[].grants[] written without a pattern, on the interface or store a pattern grant reaches', facts: [] },
    // Left out, the role's need is not stated (null); `fullValuesNeeded: none` states that it needs nothing in full.
    '/unmaskedBeyondStatedNeed': { manifest: 'roles[].fullValuesNeeded (with interfaces[].masked)', absent: 'fullValuesNeeded: none', facts: ['/role/fullValuesNeeded'] },
    '/unmaskedSensitiveBeyondStatedNeed': { manifest: 'roles[].fullValuesNeeded (with interfaces[].masked)', absent: 'fullValuesNeeded: none', facts: ['/role/fullValuesNeeded'] },
    '/role/fullValuesNeeded': { manifest: 'roles[].fullValuesNeeded', absent: 'fullValuesNeeded: none' },
    '/scopeAdmittedByAccessRule': { manifest: 'roles[].grants[].scopeEnforced (true where a Casbin policy decided the scope), with codeRoutes[].queries[].callerCheck of the interface\'s routes', facts: [] },
    '/scopeUnenforcedInCode': { manifest: 'codeRoutes[].queries[].requestFields or the route path, ownerCondition and callerCheck (code scan) of a route the role is allowed on that reads the grant\'s store, with databaseTables[].rowLevelSecurity, and stores[].multiTenant where the job is the organisation', facts: [] },
    '/scopeRank': { manifest: 'roles[].grants[].scope', facts: ['/grant/scope'] },
    '/approvalUnstatedRole': { manifest: 'roles[].grants[].approval with interfaces[].approval', facts: [] },
    '/lookupKeysUnstatedInterface': { manifest: 'interfaces[].lookupKeys with roles[].grants[].scope', facts: [] },
    '/scopeUnenforcedBy': { manifest: 'codeRoutes[].queries[] (code scan) of the routes that leave the grant\'s stated scope unenforced, as for /scopeUnenforcedInCode', facts: [] },
    '/store/multiTenant': { manifest: 'stores[].multiTenant', absent: "multiTenant: false (only the organisation's own records)" },
    '/unmaskedCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
    '/unmaskedSensitiveCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
    '/unmaskedBeyondKeyCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
    '/unmaskedSensitiveBeyondKeyCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
  },
  build({ index, asOf }) {
    // Stores a collection point fills with children's data (subjects minors-under-14 or mixed).
    const childrenFed = new Set(
      index.inventory.collectionPoints.filter((p) => p.subjects === 'minors-under-14' || p.subjects === 'mixed').flatMap((p) => p.stores),
    );
    // Interfaces whose every route the code scan found queries only behind a check bound to the
    // caller (a gate query tying the caller to what the request names, an owner check).
    const gated = new Map<string, boolean>();
    for (const route of index.inventory.codeRoutes ?? []) {
      if (route.interface === undefined) continue;
      const queries = route.queries.filter((q) => !('unreadable' in q));
      const bound = queries.length > 0 && queries.every((q) => 'callerCheck' in q && typeof q.callerCheck === 'object' && ['gate-query', 'gate-call', 'owner-check'].includes(q.callerCheck.kind));
      gated.set(route.interface, (gated.get(route.interface) ?? true) && bound);
    }
    const gatedInCode = (itf: string | undefined) => itf !== undefined && gated.get(itf) === true;
    // Grants (by the route role holding them) whose stated scope a code route does not enforce:
    // the route's query reads records keyed by a request value with no owner condition, no caller
    // check and no row-level security (the code-query view's roleScopeUnenforced, one computation).
    // Every route role's grant counts, not only the widest: a route several roles may call serves
    // any record to each of them. Kept with the code-query items (their keys) that show it.
    const unenforcedInCode = new Map<Grant, Map<string, Set<string>>>();
    for (const route of index.inventory.codeRoutes ?? []) {
      const keys = codeQueryKeys(route);
      for (const [q, query] of route.queries.entries()) {
        for (const { role, grant } of routeRoleScope(index, route, query).unenforcedGrants) {
          let roles = unenforcedInCode.get(grant);
          if (!roles) unenforcedInCode.set(grant, (roles = new Map()));
          let queries = roles.get(role);
          if (!queries) roles.set(role, (queries = new Set()));
          queries.add(keys[q] as string);
        }
      }
    }
    const holders = index.roleHolders();
    const items: ViewItem[] = [];
    for (const role of index.inventory.roles) {
      for (const { grant, declaredBy, alsoStatedBy, key } of grantCauses(role.id, index.effectiveGrants(role.id))) {
        const reach = index.grantReach(grant);
        // A route the role is allowed on reads this grant's store without applying its stated scope.
        const unenforcingQueries = [...new Set([grant, ...alsoStatedBy].flatMap((g) => [...(unenforcedInCode.get(g)?.get(role.id) ?? [])]))].sort();
        const unenforcedByRoute = unenforcingQueries.length > 0;
        const target = grant.interface ?? `store:${grant.store ?? ''}`;
        const itf = reach.itf;
        const held = holders.get(role.id) ?? NO_HOLDERS;
        const reachable = reachableRecords(grant.scope, reach.profile?.store.records);
        // What the grant shows unmasked is known when it reads the store directly (raw rows) or
        // its interface states what it masks (`masked: []` when nothing); otherwise not stated.
        const maskingStated = !itf || itf.interface.masked !== undefined;
        // A scope the access tables state but the code is not known to apply (RuoYi's data scope
        // without @DataScope) cannot be relied on when narrower than organization: unknown.
        // A filter the import could not decide (a JeecgBoot USE_SQL_RULES sub-select) leaves the
        // scope unknown below the widest it can be: unknown too.
        const scope = grant.scopeUndecided !== undefined || (grant.scopeEnforced === false && (scopeRank(grant.scope) ?? 0) < (scopeRank('organization') ?? 0)) ? null : grant.scope;
        const unmasked = maskingStated ? reach.unmaskedCategories : null;
        const beyondStatedNeed = unmasked && beyondNeed(unmasked, role);
        items.push({
          key,
          label: `${role.id} → ${target}`,
          subject: grant,
          ...(alsoStatedBy.length > 0 ? { alsoStatedBy } : {}),
          data: {
            role,
            grant,
            scope,
            // The scope is what an access rule deciding each request admits (some source of this
            // cause says so): a record in it opens without any case, whatever trigger is stated.
            // Unless the code behind the interface gates every query on the caller (a ticket or
            // case assigned to them, the record's owner): the code then decides per case.
            scopeAdmittedByAccessRule: [grant, ...alsoStatedBy].some((g) => g.scopeEnforced === true) && !gatedInCode(grant.interface),
            scopeUnenforcedInCodeNote: unenforcedByRoute ? UNENFORCED_IN_CODE_NOTE : NO_NOTE,
            scopeUnenforcedInCode: scopeUnenforcedInCode(unenforcedByRoute, role, reach.profile?.store.multiTenant),
            /**
             * The route queries (code-query items) that serve any record where the grant's stated
             * scope is within the job: the cause of PIPL-QRY-006's row unenforced-in-code, shared by
             * every route role's grant those queries leave unenforced (one finding citing each
             * grant). Null otherwise: a grant wider than the job is its own cause.
             */
            scopeUnenforcedBy:
              unenforcedByRoute && scopeUnenforcedInCode(unenforcedByRoute, role, reach.profile?.store.multiTenant) === true && scope !== null && (scopeRank(scope) ?? 99) <= (scopeRank(role.jobScope) ?? -1)
                ? unenforcingQueries
                : null,
            actions: grant.actions,
            /** What the grant reaches: its interface, or its store when it reads the store directly. */
            target: grant.interface !== undefined ? { kind: 'interface', id: grant.interface } : { kind: 'store', id: grant.store ?? null },
            inheritedFrom: declaredBy === role ? null : declaredBy.id,
            expired: grant.expires !== undefined && grant.expires !== 'none' && grant.expires < asOf,
            interface: itf?.interface ?? null,
            store: reach.profile?.store ?? null,
            records: reach.profile?.store.records ?? null,
            /** Records the grant reaches (the store's count when its scope is unbounded); null when not estimable. */
            reachableRecords: reachable,
            /**
             * Categories whose 2017-interpretation threshold that many records reaches, of those the
             * grant shows unmasked: a category its interface states it masks is not obtained (a
             * masked phone number is no phone number), so it raises no severity. Where the interface
             * does not say what it masks, every category it returns counts, as it reaches them.
             */
            volumeCrossings: volumeCrossings(reach.unmaskedCategories, reachable, index.taxonomy),
            // null when the interface leaves lookupKeys out: whether it can be searched is not
            // stated (`lookupKeys: []` states it cannot). A grant on a store reads no interface.
            lookupKeyCategories: itf === undefined ? [] : itf.interface.lookupKeys === undefined ? null : itf.lookupKeyCategories,
            categories: reach.categories,
            sensitiveCategories: index.sensitiveIn(reach.profile, reach.categories),
            // Of them, those sensitive as children's PI (PIPL Art. 28: the store's subjects are children under 14).
            childrenSensitiveCategories: index.childrenIn(reach.profile, reach.categories),
            childrenPINote: childrenPINote(index.childrenIn(reach.profile, reach.categories).length > 0),
            unmaskedCategories: unmasked,
            unmaskedSensitiveCategories: unmasked && index.sensitiveIn(reach.profile, unmasked),
            unmaskedChildrenPINote: childrenPINote(!!unmasked && index.childrenIn(reach.profile, unmasked).length > 0),
            // What it shows unmasked besides the one lookup key the user typed in (the phone number
            // looked up, shown back): what a lookup by that key reveals (PIPL-QRY-001's results).
            unmaskedBeyondKeyCategories: maskingStated ? reach.unmaskedBeyondKeyCategories : null,
            unmaskedSensitiveBeyondKeyCategories: maskingStated ? index.sensitiveIn(reach.profile, reach.unmaskedBeyondKeyCategories) : null,
            // What it shows unmasked beyond what the role states its duty needs in full (all of
            // it for `fullValuesNeeded: none`; null where the role states no need either way):
            // a stated need is a claim for review, never a pass.
            unmaskedBeyondStatedNeed: beyondStatedNeed,
            unmaskedSensitiveBeyondStatedNeed: beyondStatedNeed ? index.sensitiveIn(reach.profile, beyondStatedNeed) : null,
            // JR/T 0171-2020 grades (from the taxonomy) of the categories the grant shows unmasked.
            unmaskedCategoriesByGrade: !unmasked ? null : {
              C1: reach.unmaskedCategories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C1'),
              C2: reach.unmaskedCategories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C2'),
              C3: reach.unmaskedCategories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C3'),
            },
            reachesPI: reach.categories.length > 0,
            reachesSensitive: index.sensitiveIn(reach.profile, reach.categories).length > 0,
            // The grant reaches PI of children under 14 (儿童个人信息网络保护规定, 未成年人网络保护条例
            // Art. 36): its store states them among its subjects or a collection point fills it
            // from them, or it reaches the category itself.
            reachesChildrenPI:
              reach.categories.length > 0 &&
              (reach.profile?.store.subjects?.minorsUnder14 === true ||
                (reach.profile !== undefined && childrenFed.has(reach.profile.store.id)) ||
                reach.categories.some((c) => c === 'minor.under-14' || c.startsWith('minor.under-14.'))),
            bulk: itf?.interface.bulk === true || grant.actions.some((a) => BULK_ACTIONS.has(a)),
            /**
             * Where one change gates every use of the grant for all its callers: the interface it
             * goes through (its per-use approval), or, for a grant straight on a store, the grant
             * itself. Rules whose cause is a control of the interface group by it.
             */
            controlPoint: grant.interface !== undefined ? `interface:${grant.interface}` : `grant:${key}`,
            /**
             * Whose stated facts decide whether a use is triggered by a business event: the grant,
             * when it states a trigger, an approval or break-glass access of its own (or reads a
             * store straight); otherwise the interface it goes through (its trigger and approval),
             * the same for every role holding a grant on it. Rules whose verdict rests only on the
             * trigger and the interface group by it: one interface opened to all at any time is one
             * cause however many roles hold it, while a grant-level gate keeps each grant its own.
             */
            triggerPoint: grant.interface === undefined || grant.trigger !== undefined || grant.approval !== undefined || grant.breakGlass !== undefined ? `grant:${key}` : `interface:${grant.interface}`,
            /**
             * The role, where neither the grant nor its interface states that access is approved or
             * not (no grant approval; the interface asks none per use, or does not say): what is
             * missing is an approval statement on the role's grants. Null where one is stated.
             * Rules left NOT_EVALUATED by that missing statement group by it: one finding per role
             * naming the missing key, every grant a member (PIPL-QRY-012; as PIPL-QRY-007 groups its
             * unapproved grants by role).
             */
            /**
             * The interface, where it leaves lookupKeys out and the grant's stated scope reaches
             * beyond the holder's own or assigned work (so whether it finds a chosen person decides):
             * one unstated fact on the interface, however many roles hold it. PIPL-QRY-001 groups its
             * NOT_EVALUATED by it: one finding per interface naming the missing key, every grant a
             * member. Null elsewhere (a stated lookupKeys, an own or assigned scope that decides
             * without it, an unstated scope), so those stay one finding per grant.
             */
            lookupKeysUnstatedInterface: itf !== undefined && itf.interface.lookupKeys === undefined && scope !== null && scope !== undefined && scope !== 'own' && scope !== 'assigned' ? itf.interface.id : null,
            approvalUnstatedRole: grant.approval === undefined && itf?.interface.approval?.required !== true ? role.id : null,
            scopeRank: scope === null ? null : scopeRank(scope),
            jobScopeRank: scopeRank(role.jobScope),
            /**
             * The flow whose recipient, another processor (third party, affiliate, authority: not an
             * entrusted processor acting for the operator), acts with this role (roles[].recipientFlow):
             * what the grant shows it is that provision, judged by the provision rules (PIPL-PROV-008
             * for reaching beyond the flow), not a display the operator's own staff could be spared.
             * Null otherwise.
             */
            actsForRecipient: actsForRecipient(role, index.flows),
            /**
             * A grant given by a policy pattern whose every action the role's own grants, written
             * without a pattern, also give on the same interface or store: the pattern reaches a
             * target the role is stated to need, not one beyond its stated grants (a wildcard
             * /admin/* reaching endpoints no grant of the role names). False for a grant without
             * a pattern.
             */
            patternTargetGranted: grant.pattern !== undefined && patternTargetGranted(grant, index.effectiveGrants(role.id).map((e) => e.grant)),
            holders: held,
            /**
             * Every account holding the role is a service account (a cloud user with no console
             * log-in, an account the manifest states `type: service`): the grant is a program's
             * processing path, not a person's query right. False when no holder is stated, or a
             * holder's stated type is not service; null (unstated) when the holders' stated types
             * are all service but some holder's type its export does not state (a RAM user
             * without GetLoginProfile), or when no account is stated to hold a role whose holders
             * its source does not state (a RAM/CAM role: who assumes it is its trust policy) and
             * whose `assumedBy` no overlay states.
             */
            heldOnlyByServices: heldOnlyByServices(role, held),
            /** The role, or a role it inherits from, is privileged (flagged, or of kind admin/security/audit/system). */
            privileged: index.isPrivileged(role.id),
          },
        });
      }
    }
    joinSharedUnenforcingQueries(items);
    return items;
  },
};

/**
 * The categories of `shown` that the role's stated need for full values does not name: all of
 * them for `fullValuesNeeded: none`, null where the role states no need either way.
 */
function beyondNeed(shown: readonly string[], role: Role): string[] | null {
  const need = role.fullValuesNeeded;
  if (need === undefined) return null;
  if (need === 'none') return [...shown];
  return shown.filter((c) => !need.categories.includes(c));
}

const NO_NOTE = { zh: '', en: '' };
/** The sentence PIPL-QRY-006's message adds where a code route does not enforce the stated scope. */
const UNENFORCED_IN_CODE_NOTE = {
  zh: '；但该角色可调用的代码路由按请求给出的编号返回任意记录，未执行该范围',
  en: '; but a code route the role is allowed on serves any record the request names and does not enforce that scope',
};

/**
 * A code route serving the role shows the grant's stated scope unenforced (any record the caller
 * names), and that reach is wider than the role's job: true; false where the code shows no such
 * route (or the job already covers any record); null where the job is the organisation and
 * whether the store holds other organisations' records (stores[].multiTenant) is not stated —
 * any record and the organisation's then may or may not be the same people.
 */
function scopeUnenforcedInCode(shown: boolean, role: Role, multiTenant: boolean | undefined): boolean | null {
  if (!shown || role.jobScope === undefined || role.jobScope === 'any') return false;
  if (role.jobScope !== 'organization') return true;
  return multiTenant === undefined ? null : multiTenant;
}

/**
 * PIPL-QRY-006 groups the grants a route query leaves unenforced by `scopeUnenforcedBy`. A grant
 * two queries leave unenforced and another only one of them would otherwise be two findings
 * citing the shared query twice: one cause in two findings. Grants linked through a shared query
 * (transitively) get the union of their queries, so each query is the cause of exactly one
 * finding, which lists every grant it leaves unenforced (each grant a member once).
 */
function joinSharedUnenforcingQueries(items: ViewItem[]): void {
  const parent = new Map<string, string>();
  const find = (q: string): string => {
    let root = q;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let at = q; at !== root; ) {
      const next = parent.get(at) as string;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const grouped = items.filter((item) => Array.isArray(item.data.scopeUnenforcedBy));
  for (const item of grouped) {
    const queries = item.data.scopeUnenforcedBy as string[];
    for (const q of queries) if (!parent.has(q)) parent.set(q, q);
    for (const q of queries.slice(1)) {
      const a = find(queries[0] as string);
      const b = find(q);
      if (a !== b) parent.set(b < a ? a : b, b < a ? b : a);
    }
  }
  const members = new Map<string, string[]>();
  for (const q of [...parent.keys()].sort()) {
    const root = find(q);
    const list = members.get(root);
    if (list) list.push(q);
    else members.set(root, [q]);
  }
  for (const item of grouped) {
    const queries = item.data.scopeUnenforcedBy as string[];
    if (queries.length > 0) item.data = { ...item.data, scopeUnenforcedBy: members.get(find(queries[0] as string)) ?? queries };
  }
}

/** Whether grants of the role written without a pattern give every action of `grant` on its interface or store. */
function patternTargetGranted(grant: Grant, grants: readonly Grant[]): boolean {
  const stated = grants.filter((g) => g.pattern === undefined && g !== grant && (grant.interface !== undefined ? g.interface === grant.interface : g.interface === undefined && g.store === grant.store));
  return stated.length > 0 && grant.actions.every((a) => stated.some((g) => g.actions.includes(a)));
}

/** Whether only service accounts hold the role (see the item's field); null where that is not stated. */
function heldOnlyByServices(role: Role, held: RoleHolders): boolean | null {
  if (held.count === 0) {
    if (role.assumedBy !== undefined) return role.assumedBy === 'services';
    return role.holdersUnstated === true ? null : false;
  }
  const allServices = held.types.every((t) => t === 'service');
  if (allServices && held.typeUnstated > 0) return null;
  return held.types.length > 0 && allServices;
}
