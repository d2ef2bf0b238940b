// One item per query a code route's handler reaches: the store and its PI, the fields it selects
// by and their categories, whether the condition ties it to the caller, and the widest scope the
// route's roles hold on that store (any when the route restricts no role). SQL the parser could
// not read is an item whose store, lookups, cap and conditions are unstated.
import { fieldCategory } from './code-field-category.js';
import { SCOPE_ORDER, scopeRank } from './scope.js';
import type { ViewDefinition, ViewItem } from './view.js';
import { termName } from '../i18n/terms.js';
import { grantCauses } from './grant-causes.js';
import { declaredAsOwnField } from './related-field-declared.js';
import type { InventoryIndex } from './inventory-index.js';
import type { CodeQueryEntry, CodeRoute, Grant, Interface, Store } from '../inventory/manifest-schema.js';

/** Names compared without case or separators (`id_number` is `idNumber`). */
const plain = (name: string): string => name.toLowerCase().replace(/[_\-\s]/g, '');

/**
 * The store's fields the read returns: those its select names, or for a whole row (`*`) every field
 * the model does not hide; null when the selection is unknown.
 */
function returnedFields(query: CodeQueryEntry, fields: Store['fields']): Store['fields'] | null {
  if (!('columns' in query) || query.columns === undefined) return null;
  const whole = query.columns.includes('*');
  const hidden = new Set((query.hiddenColumns ?? []).map(plain));
  const selected = new Set(query.columns.map(plain));
  return fields.filter((f) => (whole ? !hidden.has(plain(f.name)) : selected.has(plain(f.name))));
}

/** Every field with a PI category the read returns is one the manifest states published; false when the selection is unknown. */
function readsOnlyPublished(query: CodeQueryEntry, fields: Store['fields']): boolean {
  if (!('columns' in query) || query.columns === undefined || query.columns.length === 0) return false;
  return (returnedFields(query, fields) ?? []).every((f) => f.published === true);
}

/**
 * The lookup fields that name a record the route's path names: a path parameter of the same name
 * (`orderId` for `/orders/:orderId/items`, `order_id` too), or the id of the segment a generic
 * parameter follows (`conversationId` for `/conversations/:id/messages`). A field naming another
 * record (`orderId` read under `/users/:userId/orders`) is not the path's.
 */
export function lookupFieldsInPath(path: string, fields: readonly string[]): string[] {
  const segments = path.split('/').filter((x) => x.length > 0);
  const names = new Set<string>();
  segments.forEach((segment, i) => {
    const m = /^(?::|\{)([A-Za-z_][A-Za-z0-9_]*)/.exec(segment);
    if (!m) return;
    const param = plain(m[1] as string);
    names.add(param);
    const before = segments[i - 1];
    if (before === undefined || /^[:{]/.test(before)) return;
    const noun = plain(before);
    for (const singular of [noun, noun.replace(/s$/, ''), noun.replace(/es$/, ''), noun.replace(/ies$/, 'y')]) names.add(`${singular}${param}`);
  });
  return fields.filter((f) => names.has(plain(f)));
}

/**
 * The store's fields (by their manifest names) the query answers with that its interface does not
 * declare unmasked; null when not known: the selection unread, the rows not answered unchanged, or
 * the interface's masking not stated.
 */
function fieldsBeyondInterface(query: CodeQueryEntry, fields: Store['fields'], itf: Interface | undefined): string[] | null {
  if (!itf || !('columns' in query) || query.answered !== true) return null;
  const returned = returnedFields(query, fields);
  if (returned === null) return null;
  // A field the interface declares masked, returned raw, contradicts it too; where the interface
  // states no masking, only the fields it does not return at all do.
  const declared = new Set(itf.returns.filter((f) => !(itf.masked ?? []).includes(f)).map(plain));
  // The one key an interface is searched by, shown back raw, tells the user nothing they did not
  // type in (as the grant view's unmaskedBeyondKeyCategories sets it aside) - where the query
  // matches it whole: matched by a fragment (contains, LIKE, a regex), the caller typed part of it
  // and the answer shows every whole value that holds the fragment.
  const partial = new Set((query.partialMatchFields ?? []).map(plain));
  const single = itf.lookupKeys?.length === 1 ? plain(itf.lookupKeys[0] as string) : undefined;
  const key = single !== undefined && !partial.has(single) ? single : undefined;
  return returned
    .map((f) => f.name)
    .filter((name) => !declared.has(plain(name)) && plain(name) !== key)
    .sort();
}

/**
 * What the related reads travelling in query `q`'s rows (its Prisma includes, its TypeORM joins:
 * entries with `includedIn: q`) answer with beyond the interface: the related store's fields it
 * returns that the interface does not declare unmasked — as `store.field`, or as a field of its own
 * store keeping the same value (declaredAsOwnField) — named `store.field`. `unknown` where
 * a related read's selection or answer is not stated.
 */
function includedBeyondInterface(index: InventoryIndex, route: CodeRoute, q: number, itf: Interface) {
  const declared = new Set(itf.returns.filter((f) => !(itf.masked ?? []).includes(f)).map(plain));
  const fields: string[] = [];
  const reads: CodeQueryEntry[] = [];
  const categoryOf = new Map<string, string>();
  const sensitiveOf = new Map<string, boolean>();
  let unknown = false;
  const own = index.stores.get(itf.store);
  for (const r of route.queries) {
    if ('unreadable' in r || r.includedIn !== q) continue;
    const profile = index.stores.get(r.store);
    if (!profile) continue;
    const returned = r.answered === true ? returnedFields(r, profile.store.fields) : null;
    if (returned === null) {
      unknown = true;
      continue;
    }
    // Declared as `store.field`, or as the field of the interface's own store that keeps the
    // same value (a copy's patient_name for the related patient's name).
    const beyond = returned.filter(
      (f) => !declared.has(plain(`${r.store}.${f.name}`)) && declaredAsOwnField(itf, own, { store: r.store, relation: r.model }, f) === undefined,
    );
    if (beyond.length > 0) reads.push(r);
    for (const f of beyond) {
      const name = `${r.store}.${f.name}`;
      fields.push(name);
      categoryOf.set(name, f.category);
      if (index.sensitiveIn(profile, [f.category]).length > 0) sensitiveOf.set(f.category, true);
    }
  }
  return {
    fields: [...new Set(fields)].sort(),
    reads,
    unknown,
    categoryOf,
    /** Of these categories, those sensitive as an included store holds them. */
    sensitive: (categories: readonly string[]) => categories.filter((c) => sensitiveOf.get(c) === true),
  };
}

/**
 * The query's answer beyond the interface, its own fields and its related reads': where a related
 * read's selection is unknown, what is known beyond stands (the code states it answers with it),
 * and nothing beyond is not known (null).
 */
function answeredBeyond(own: string[], included: string[], unknown: boolean): string[] | null {
  const all = [...own, ...included];
  return unknown && all.length === 0 ? null : all;
}

/** A read of a PI store that returns some record's values (not an aggregate). */
function readsPIOf(index: InventoryIndex, query: CodeQueryEntry | undefined): boolean {
  if (query === undefined || 'unreadable' in query) return false;
  return (index.stores.get(query.store)?.categories.length ?? 0) > 0 && query.operation !== 'count';
}

const NO_NOTE = { zh: '', en: '' };

/** The sentence a finding adds where the manifest states a scope the code does not enforce. */
function unenforcedScopeNote(scope: string): { zh: string; en: string } {
  return {
    zh: `；清单为路由角色在该存储上的授权声明的范围为“${termName(scope, 'zh')}”（roles[].grants[].scope），但代码按请求给出的编号返回任意一条记录，未执行该范围`,
    en: `; the manifest states the scope "${termName(scope, 'en')}" for the route roles' grant on this store (roles[].grants[].scope), but the route serves any record the caller names: the code does not enforce that scope`,
  };
}

export interface RouteRoleScope {
  /** The widest scope the route's roles hold on the query's store: 'any' when no role is required; null when their grants do not say. */
  roleScope: string | null;
  /**
   * Every route role whose stated scope on the store the read does not apply, with that role's
   * widest grant on the store: a route several roles may call serves any record to each of them,
   * so each role's grant narrower than that is unenforced, not only the widest one.
   */
  unenforcedGrants: Array<{ role: string; grant: Grant }>;
}

/** The code-query view's item key of each query of a route (`route>store`, `#n` from the second read of one store, `route>sql@line` for SQL not read). */
export function codeQueryKeys(route: CodeRoute): string[] {
  const seen = new Map<string, number>();
  return route.queries.map((query) => {
    if ('unreadable' in query) return `${route.id}>sql${query.line !== undefined ? `@${query.line}` : ''}`;
    const base = `${route.id}>${query.store}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/**
 * The widest scope a route's roles hold on the store a query reads, and whether the code shows the
 * read does not enforce it. Shared by this view (PIPL-CODE-011) and the grant view (PIPL-QRY-006:
 * a grant's stated scope the code contradicts), so that both read one fact.
 */
export function routeRoleScope(index: InventoryIndex, route: CodeRoute, query: CodeQueryEntry): RouteRoleScope {
  if ('unreadable' in query) return { roleScope: null, unenforcedGrants: [] };
  const profile = index.stores.get(query.store);
  // The widest scope the route's roles hold on this store: 'any' when no role is required;
  // null when the roles hold no grant on the store that says.
  let roleScope: string | null = 'any';
  // Each route role's own widest grant on the store (what that role may reach through the route);
  // of several equally wide, the one on the route's own interface (codeRoutes[].interface): a
  // finding on the route's unenforced scope cites the grant the route serves, not another screen's.
  const perRole: Array<{ role: string; grant: Grant }> = [];
  if (route.roles && route.roles.length > 0) {
    let widest = -1;
    for (const role of route.roles) {
      let roleWidest = -1;
      let roleGrant: Grant | null = null;
      for (const { grant } of index.effectiveGrants(role)) {
        // A grant read from a route (codeRoute) is what the queries themselves show: not a scope that restricts them.
        if (grant.codeRoute !== undefined) continue;
        const store = grant.store ?? (grant.interface ? index.interfaces.get(grant.interface)?.store.id : undefined);
        if (store !== query.store) continue;
        const rank = scopeRank(grant.scope) ?? -1;
        const servesRoute = route.interface !== undefined && grant.interface === route.interface;
        if (rank > roleWidest || (rank === roleWidest && servesRoute && roleGrant?.interface !== route.interface)) {
          roleWidest = rank;
          roleGrant = grant;
        }
        if (rank > widest) widest = rank;
      }
      if (roleGrant !== null) perRole.push({ role, grant: roleGrant });
    }
    roleScope = widest >= 0 ? (SCOPE_ORDER[widest] ?? null) : null;
  }
  // A scope narrower than any that the manifest states for the route roles' grant, which the
  // code shows it does not enforce: the read is keyed by a reference the code takes from the
  // request (a lookup field read from req.query/req.body/req.params, or one the route's path
  // names), the scan states no owner condition and no check bound to the caller
  // (callerCheck: false), and no table of the store filters rows by row-level security
  // (which the scan cannot see into). A declared scope is then what the route fails to
  // apply, not a pass of it. Where the scan did not state callerCheck (a route written in the
  // manifest), the code says nothing and the stated scope stands.
  const requestKeyed = (query.requestFields ?? []).some((f) => query.lookupFields.includes(f)) || lookupFieldsInPath(route.path, query.lookupFields).length > 0;
  const rowFiltered = (index.inventory.databaseTables ?? []).some((t) => t.store === query.store && t.rowLevelSecurity?.enabled === true && t.rowLevelSecurity.policies.length > 0);
  // An organisation-wide scope differs from any only where the store also holds other
  // organisations' records (stores[].multiTenant, as PIPL-QRY-006 reads it): a read of any
  // record of a store holding one organisation's records applies it.
  const narrowerThanAny = (scope: string | null) => scope !== null && scope !== 'any' && (scope !== 'organization' || profile?.store.multiTenant === true);
  // An aggregate (count, exists, sum …) returns no one's record: it serves no record outside a
  // stated scope, so it leaves no record scope unenforced (PIPL-QRY-006 neither cites nor counts it).
  const returnsRecords = query.operation !== 'count';
  const servesAny = returnsRecords && requestKeyed && query.ownerCondition === false && query.callerCheck === false && !rowFiltered;
  const unenforcedGrants = servesAny ? perRole.filter(({ grant }) => narrowerThanAny(grant.scope)) : [];
  return { roleScope, unenforcedGrants };
}

/**
 * Whether the route's roles, holding no grant on the store that states a scope (roleScope null),
 * all state an organisation-wide job (roles[].jobScope organization) on a store of one
 * organisation's records: their job is to reach any record of the organisation (a call centre
 * identifying a caller by the number they ring from), so a read the code does not bind to the
 * caller reaches no further than the job does, as an organisation-wide grant would (PIPL-CODE-001
 * passes on either). A narrower job scope is not this case (the unbound read goes beyond it), nor
 * a route open to any signed-in user (no roles), nor a role that does not state its job scope.
 */
function roleJobScopeCovers(index: InventoryIndex, route: CodeRoute, roleScope: string | null, multiTenant: boolean): boolean {
  if (roleScope !== null || multiTenant || !route.roles || route.roles.length === 0) return false;
  return route.roles.every((id) => index.roles.get(id)?.jobScope === 'organization');
}

/**
 * Of the route roles' grants a read leaves unenforced, the one a finding cites: a grant within its
 * role's job scope first (PIPL-QRY-006 judges the code against it; one wider than the job fails
 * there on its own scope), then the widest; ties in route-role order.
 */
function pickUnenforced(index: InventoryIndex, grants: RouteRoleScope['unenforcedGrants']): RouteRoleScope['unenforcedGrants'][number] | null {
  let best: RouteRoleScope['unenforcedGrants'][number] | null = null;
  let bestRank: [number, number] = [-1, -1];
  for (const entry of grants) {
    const job = scopeRank(index.roles.get(entry.role)?.jobScope as never);
    const rank = scopeRank(entry.grant.scope) ?? -1;
    const key: [number, number] = [job !== null && rank <= job ? 1 : 0, rank];
    if (key[0] > bestRank[0] || (key[0] === bestRank[0] && key[1] > bestRank[1])) {
      best = entry;
      bestRank = key;
    }
  }
  return best;
}

export const codeQueryView: ViewDefinition = {
  name: 'code-query',
  reads: ['codeRoutes', 'stores', 'roles', 'interfaces'],
  description: 'every query a route handler in code reaches, with its lookup categories, owner condition and the route roles’ scope',
  statedBy: {
    '/query/limited': { manifest: 'codeRoutes[].queries[].limited (code scan)', absent: 'limited: false', facts: ['/route/queries/*/limited'] },
    '/servesRecipientsOnly': { manifest: 'codeRoutes[].interface with roles[].recipientFlow of every role granted that interface', facts: [] },
    '/query/ownerCondition': { manifest: 'codeRoutes[].queries[].ownerCondition (code scan)', absent: 'ownerCondition: false', facts: ['/route/queries/*/ownerCondition'] },
    // Computed by the code scan from the statement it read (always stated then); a statement the SQL
    // parser could not read is an explicit unknown (queries[].unreadable), which the rules' notEvaluated fixtures cover.
    '/query/callerCheck': { manifest: 'codeRoutes[].queries[].callerCheck (code scan: a gate bound to the caller before the query, or an owner check after it)', absent: 'callerCheck: false (the code scan states it when it finds none)', facts: ['/route/queries/*/callerCheck'] },
    '/route/authorized': { manifest: 'codeRoutes[].authorized (code scan: role, permission or policy middleware or guard)', absent: 'authorized: false', facts: ['/route/authorized'] },
    '/lookupCategories': { manifest: 'codeRoutes[].queries[].lookupFields (code scan; unknown where the SQL parser could not read the statement: queries[].unreadable)', facts: [] },
    // What the route answers with beyond its interface's declaration: the query's fields (its
    // select, or the store's fields for a whole row) and that the rows are answered unchanged, both
    // read by the code scan; the interface's returns and masked, stated by the manifest.
    '/returnedBeyondInterface': { manifest: 'codeRoutes[].queries[].columns and answered (code scan: what the read selects, and that the route answers with its rows unchanged; with those of the related reads travelling in its rows, queries[].includedIn), with interfaces[].returns and masked of the route\'s interface (codeRoutes[].interface) and stores[].fields', facts: ['/route/queries/*/columns', '/route/queries/*/answered'] },
    '/returnedSensitiveBeyondInterface': { manifest: 'codeRoutes[].queries[].columns and answered (code scan), with interfaces[].returns and masked of the route\'s interface and stores[].fields', facts: ['/route/queries/*/columns', '/route/queries/*/answered'] },
    '/readsOnlyPublished': { manifest: 'codeRoutes[].queries[].columns (code scan) with stores[].fields[].published', facts: [] },
    '/lookupFieldsInPath': { manifest: 'codeRoutes[].path with codeRoutes[].queries[].lookupFields (code scan)', facts: [] },
    '/roleScope': { manifest: 'the scope of the route roles\' grants on the store: roles[].grants[].scope', facts: [] },
    // Computed from code-scan facts only (the request-read key, ownerCondition: false, callerCheck:
    // false) and the tables mapped to the store; false wherever one of them is not stated.
    '/roleJobScopeCovers': { manifest: 'roles[].jobScope of the route roles (organization), with stores[].multiTenant of the store, where their grants state no scope on it', facts: [] },
    '/roleScopeUnenforced': { manifest: 'codeRoutes[].queries[].requestFields or the route path, ownerCondition and callerCheck (code scan), with databaseTables[].rowLevelSecurity and stores[].multiTenant of the store', facts: [] },
  },
  // Read by its rules and by the account view (what the code behind a granted interface answers,
  // src/views/code-answered-reach.ts): built once per inventory for both.
  build({ index }) {
    let items = builtFor.get(index);
    if (!items) builtFor.set(index, (items = codeQueryItems(index)));
    return items;
  },
};

const builtFor = new WeakMap<InventoryIndex, ViewItem[]>();

function codeQueryItems(index: InventoryIndex): ViewItem[] {
  const items: ViewItem[] = [];
  const recipientOnly = index.recipientOnlyInterfaces();
  for (const route of index.inventory.codeRoutes) {
    const keys = codeQueryKeys(route);
    for (const [q, query] of route.queries.entries()) {
      const key = keys[q] as string;
      if ('unreadable' in query) {
        // SQL the parser could not read: which store, which rows and which conditions are all
        // unknown, so the query rules say NOT_EVALUATED (their needs are left unstated here).
        const at = query.line !== undefined ? ` line ${query.line}` : '';
        items.push({
          key,
          label: `${route.method} ${route.path} → SQL${at} not read (${query.unreadable})`,
          subject: query,
          data: { route, query, store: null, roles: route.roles ?? [], reachableByNonPrivileged: !route.roles || route.roles.length === 0 || route.roles.some((r) => !index.isPrivileged(r)) },
        });
        continue;
      }
      const profile = index.stores.get(query.store);
      const categories = profile?.categories ?? [];
      const lookupCategories = [...new Set(query.lookupFields.map((f) => fieldCategory(f, profile)).filter((c) => c !== null))].sort();
      const scoped = routeRoleScope(index, route, query);
      const { roleScope } = scoped;
      // Every route role's stated scope the read leaves unenforced counts, as PIPL-QRY-006 reads
      // it (unenforcedGrants), not only the widest role's: where the widest may read any record
      // and a narrower role's unit scope is the one the code does not apply, the cause is that
      // grant's all the same. The one cited: a grant within its role's job scope first (the one
      // PIPL-QRY-006 fails by its row unenforced-in-code), then the widest.
      const unenforcedPick = pickUnenforced(index, scoped.unenforcedGrants);
      const roleScopeUnenforced = unenforcedPick !== null;
      // The grant view's item for the grant whose scope the code does not enforce (its key, as
      // grantCauses names it): PIPL-CODE-011's finding on this query folds into PIPL-QRY-006's
      // on that grant via this path (one cause: the stated scope the route does not apply).
      const unenforcedScopeGrantItem =
        unenforcedPick !== null
          ? (grantCauses(unenforcedPick.role, index.effectiveGrants(unenforcedPick.role)).find((c) => c.grant === unenforcedPick.grant || c.alsoStatedBy.includes(unenforcedPick.grant))?.key ?? null)
          : null;
      // The interface this query serves: the route's interface (codeRoutes[].interface, from the
      // project file's route mapping) where that interface reads the query's store — the rows the
      // interface returns are the rows this query reads. A query of another store under the route
      // (a lookup table) serves no interface. Aspect links via this path join the code's query to
      // the manifest's verdict on the interface (PIPL-CODE-002 into PIPL-QRY-004).
      const served = route.interface === undefined ? undefined : index.interfaces.get(route.interface);
      const servesInterface = served !== undefined && served.store.id === query.store ? route.interface : null;
      // The served interface's fields the code answers with beyond what it declares: a field of
      // the store (with a PI category) the read returns that the interface's `returns` does not
      // list, or lists as `masked` (the code returns it raw: a read cannot mask). Unknown
      // (null) when the selection, the answer or the interface's masking is not stated.
      // A related read (an include, a join) is judged with the query it travels in: its own
      // item serves no interface, and its fields count in the query's answer (one finding on the
      // query, citing each include's place).
      const included = 'includedIn' in query && query.includedIn !== undefined;
      const ownBeyond = included || servesInterface === null || !profile || query.operation === 'count' ? null : fieldsBeyondInterface(query, profile.store.fields, served?.interface);
      const withIncluded = ownBeyond === null || served === undefined ? null : includedBeyondInterface(index, route, q, served.interface);
      const beyond = ownBeyond === null || withIncluded === null ? null : answeredBeyond(ownBeyond, withIncluded.fields, withIncluded.unknown);
      const categoriesBeyond =
        beyond && [...new Set(beyond.map((f) => profile?.categoryOf.get(f) ?? withIncluded?.categoryOf.get(f)).filter((c): c is string => c !== undefined))].sort();
      const sensitiveBeyond =
        categoriesBeyond && [...new Set([...index.sensitiveIn(profile, categoriesBeyond.filter((c) => ownBeyond?.some((f) => profile?.categoryOf.get(f) === c))), ...(withIncluded?.sensitive(categoriesBeyond) ?? [])])].sort();
      items.push({
        key,
        label: `${route.method} ${route.path} → ${query.store}`,
        subject: query,
        data: {
          route,
          query,
          store: profile?.store ?? null,
          categories,
          holdsPI: categories.length > 0,
          // Returns some record's values: an aggregate (count, exists, sum …) does not read PI.
          readsPI: categories.length > 0 && query.operation !== 'count',
          lookupCategories,
          lookupFieldsInPath: lookupFieldsInPath(route.path, query.lookupFields),
          // The read returns no field of the store but those the manifest states the person
          // publishes to other users (stores[].fields[].published) or that hold no PI: a
          // public profile card, not a private record. Only where the code's selection is known.
          readsOnlyPublished: profile ? readsOnlyPublished(query, profile.store.fields) : false,
          roleScope,
          roleJobScopeCovers: roleJobScopeCovers(index, route, roleScope, profile?.store.multiTenant === true),
          roleScopeUnenforced,
          /** The manifest's grant whose scope the code does not enforce (null when it does or the code does not say). */
          unenforcedScopeGrant: unenforcedPick?.grant ?? null,
          unenforcedScopeNote: unenforcedPick !== null ? unenforcedScopeNote(unenforcedPick.grant.scope) : NO_NOTE,
          unenforcedScopeGrantItem,
          servesInterface: included ? null : servesInterface,
          /**
           * The interface this query serves is granted only to roles acting for another processor
           * receiving a provision (roles[].recipientFlow): the route is that provision's channel,
           * judged by the provision rules, not a bulk read by the operator's staff.
           */
          servesRecipientsOnly: servesInterface !== null && servesInterface !== undefined && !included && recipientOnly.has(servesInterface),
          interface: servesInterface === null || included ? null : (served?.interface ?? null),
          returnedFieldsBeyondInterface: beyond,
          returnedBeyondInterface: categoriesBeyond,
          returnedSensitiveBeyondInterface: sensitiveBeyond,
          /** A related read (an include, a SQL join's table) travelling in the rows of a read of PI: judged with that read (PIPL-CODE-002). */
          travelsInPIRead: included && readsPIOf(index, route.queries[query.includedIn as number]),
          /** The related reads (includes, joins) that travel in this query's rows: each is cited where the answer goes beyond the interface. */
          includedReads: withIncluded?.reads ?? [],
          roles: route.roles ?? [],
          // Reachable by someone who is not an administrator: no role required, or a non-privileged role allowed.
          reachableByNonPrivileged: !route.roles || route.roles.length === 0 || route.roles.some((r) => !index.isPrivileged(r)),
        },
      });
    }
  }
  return items;
}
