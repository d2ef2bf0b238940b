// Who can reach which personal information: for every role, every account type, every device
// class and every database login, the PI categories reachable, with the widest scope, the fields, the actions, the paths
// (account type → role → inherited role → grant → interface → store) and, where the manifest
// gives record counts, an estimate of how many records. The one answer `pipl-audit reach`, its
// snapshots and the report's reach matrix all read.
import { loginDisplayName } from '../inventory/login-display-name.js';
import type { DatabaseRead, Grant, ScopeName } from '../inventory/manifest-schema.js';
import type { InventoryIndex } from '../views/inventory-index.js';
import { SCOPE_ORDER, scopeRank } from '../views/scope.js';
import { impliedOutputActions } from './output-actions.js';
import { reachableRecords, volumeCrossings, type VolumeCrossing } from './volume-threshold.js';
import { appendAll } from '../collections/append-all.js';

export type SubjectKind = 'role' | 'account-type' | 'device-class' | 'database-login';

export interface ReachEntry {
  subjectKind: SubjectKind;
  subject: string;
  category: string;
  sensitive: boolean;
  /** The widest scope any path gives. */
  scope: ScopeName;
  /** `store.field` of every field of this category reachable. */
  fields: string[];
  actions: string[];
  /** Why an action the grants do not state is counted (a path that exports or prints reached by an HTTP verb). */
  actionReasons: string[];
  /** Each way the subject reaches the category, as readable steps. */
  paths: string[];
  /** Estimated records reachable (stores reached with an unbounded scope); null when not estimable. */
  records: number | null;
  /** Some path shows the category unmasked. */
  unmasked: boolean;
  /** Accounts (account types, roles) or devices (device classes) behind the subject. */
  holders: number;
  /** The 2017 interpretation's threshold this volume reaches, if any. */
  volumeCrossing: VolumeCrossing | null;
  /**
   * Database logins: the category is reached only through roles granted to the login but not
   * active at login (MySQL roles that are not default roles) — one SET ROLE away. False otherwise.
   */
  activatable: boolean;
}

const MAX_PATHS = 8;

/** One step of access: a grant, seen from the role that holds it. */
interface Leg {
  category: string;
  unmasked: boolean;
  scope: ScopeName;
  fields: string[];
  actions: string[];
  /** Why an action beyond the grant's is counted. */
  reasons?: string[];
  path: string;
  store: string;
  records: number | null;
  activatable?: boolean;
}

/** Grants that expired before `asOf` reach nothing; without it every grant counts. */
export function computeReach(index: InventoryIndex, asOf?: string): ReachEntry[] {
  const taxonomy = index.taxonomy;
  const legsOfRole = new Map<string, Leg[]>();
  const roleLegs = (roleId: string): Leg[] => {
    let legs = legsOfRole.get(roleId);
    if (legs) return legs;
    legs = [];
    for (const { grant, declaredBy } of index.effectiveGrants(roleId)) {
      if (asOf !== undefined && grant.expires !== undefined && grant.expires !== 'none' && grant.expires < asOf) continue;
      const via = declaredBy.id === roleId ? `role ${roleId}` : `role ${roleId} ⊃ ${declaredBy.id}`;
      appendAll(legs, grantLegs(index, grant, via));
    }
    legsOfRole.set(roleId, legs);
    return legs;
  };

  const entries: ReachEntry[] = [];
  const holders = index.roleHolders();
  for (const role of index.inventory.roles) {
    appendAll(entries, merge('role', role.id, roleLegs(role.id), holders.get(role.id)?.count ?? 0, taxonomy));
  }

  // Account types: what matters is the set of roles their active accounts hold, each role once
  // (a national export has 300,000 accounts but a few thousand roles).
  const byType = new Map<string, { count: number; roles: Set<string> }>();
  for (const account of index.inventory.accounts) {
    if (account.status === 'disabled') continue;
    let t = byType.get(account.type);
    if (!t) byType.set(account.type, (t = { count: 0, roles: new Set() }));
    t.count += account.count ?? 1; // a cohort counts every account it stands for
    for (const roleId of account.roles ?? []) t.roles.add(roleId);
  }
  for (const [type, { count, roles }] of byType) {
    const legs: Leg[] = [];
    for (const roleId of [...roles].sort()) for (const leg of roleLegs(roleId)) legs.push({ ...leg, path: `account type ${type} → ${leg.path}` });
    appendAll(entries, merge('account-type', type, legs, count, taxonomy));
  }

  // Device classes: what the interfaces a device can call return, at the device's scope. Devices
  // of a kind with the same interfaces and scope share their legs (a fleet of 200,000 handhelds
  // has a few configurations); the path names the first device and how many more there are.
  const byKind = new Map<string, { count: number; groups: Map<string, { first: string; more: number; interfaces: string[]; scope: Grant['scope'] | undefined }> }>();
  for (const device of index.inventory.devices) {
    let k = byKind.get(device.kind);
    if (!k) byKind.set(device.kind, (k = { count: 0, groups: new Map() }));
    k.count += device.count ?? 1;
    const interfaces = device.interfaces ?? [];
    const key = `${device.scope ?? ''}\0${interfaces.join('\0')}`;
    const group = k.groups.get(key);
    if (group) group.more++;
    else k.groups.set(key, { first: device.id, more: 0, interfaces, scope: device.scope });
  }
  for (const [kind, { count, groups }] of byKind) {
    const legs: Leg[] = [];
    for (const g of groups.values()) {
      const who = `device ${g.first}${g.more > 0 ? ` (+${g.more} more alike)` : ''}${g.scope ? '' : ' (scope not stated)'}`;
      // A device whose scope is not stated is taken at the widest: nothing in the inventory bounds it.
      for (const interfaceId of g.interfaces) appendAll(legs, grantLegs(index, { interface: interfaceId, actions: ['read'], scope: g.scope ?? 'any' }, who));
    }
    appendAll(entries, merge('device-class', kind, legs, count, taxonomy));
  }

  // Database logins: what each login that can connect reads, straight from the tables (every row:
  // the database does not apply the application's scopes), with the grant path; reads through
  // roles it would have to SET ROLE to are marked activatable.
  for (const login of index.inventory.databaseLogins) {
    if (!login.canLogin) continue;
    const name = loginDisplayName(login.name, login.host);
    const legs: Leg[] = [];
    const add = (read: DatabaseRead, activatable: boolean) => {
      const profile = index.stores.get(read.store);
      if (!profile) return;
      const path = `database login ${name} → store ${profile.store.id} (${read.via.join(', ')}${activatable ? '; activatable: SET ROLE' : ''})`;
      const byCategory = new Map<string, string[]>();
      for (const field of read.fields) {
        const category = profile.categoryOf.get(field);
        if (category === undefined) continue;
        let list = byCategory.get(category);
        if (!list) byCategory.set(category, (list = []));
        list.push(`${profile.store.id}.${field}`);
      }
      const records = reachableRecords('any', profile.store.records);
      for (const [category, fields] of byCategory) legs.push({ category, unmasked: true, scope: 'any', fields, actions: ['read'], path, store: profile.store.id, records, activatable });
    };
    for (const read of login.reads ?? []) add(read, false);
    for (const read of login.activatable?.reads ?? []) add(read, true);
    entries.push(...merge('database-login', login.id, legs, 1, taxonomy));
  }

  return entries.sort(compareEntries);
}

/** What the report's reach matrix reads of one entry: a role's or an account type's category, its widest scope, and whether some path shows it unmasked. */
export interface ReachCellEntry {
  subjectKind: 'role' | 'account-type';
  subject: string;
  category: string;
  scope: ScopeName;
  unmasked: boolean;
}

/**
 * computeReach's role and account-type entries, only as far as the report's matrix reads them
 * (category, widest scope, unmasked), in the same order: no paths, fields, record estimates or
 * device classes are built (a national audit's matrix needs none of them). The same grants count
 * (expired ones left out), and a category's scope is the widest of its legs', as in merge().
 */
export function computeReachCells(index: InventoryIndex, asOf?: string): ReachCellEntry[] {
  type Cells = Map<string, { widest: number; unmasked: boolean }>;
  const add = (cells: Cells, category: string, rank: number, unmasked: boolean) => {
    const cell = cells.get(category);
    if (!cell) cells.set(category, { widest: Math.max(0, rank), unmasked });
    else {
      cell.widest = Math.max(cell.widest, rank);
      cell.unmasked ||= unmasked;
    }
  };
  const cellsOfRole = new Map<string, Cells>();
  const roleCells = (roleId: string): Cells => {
    let cells = cellsOfRole.get(roleId);
    if (cells) return cells;
    cells = new Map();
    for (const { grant } of index.effectiveGrants(roleId)) {
      if (asOf !== undefined && grant.expires !== undefined && grant.expires !== 'none' && grant.expires < asOf) continue;
      // grantLegs' categories: those of the grant's fields (narrowed by its own field list).
      const reach = index.grantReach(grant);
      if (!reach.profile) continue;
      const rank = scopeRank(grant.scope) ?? 0;
      for (const category of reach.categories) add(cells, category, rank, reach.unmaskedCategories.includes(category));
    }
    cellsOfRole.set(roleId, cells);
    return cells;
  };
  const out: ReachCellEntry[] = [];
  const emit = (subjectKind: ReachCellEntry['subjectKind'], subject: string, cells: Cells) => {
    for (const [category, { widest, unmasked }] of cells) out.push({ subjectKind, subject, category, scope: SCOPE_ORDER[widest] ?? 'any', unmasked });
  };
  for (const role of index.inventory.roles) emit('role', role.id, roleCells(role.id));
  const rolesByType = new Map<string, Set<string>>();
  for (const account of index.inventory.accounts) {
    if (account.status === 'disabled') continue;
    let roles = rolesByType.get(account.type);
    if (!roles) rolesByType.set(account.type, (roles = new Set()));
    for (const roleId of account.roles ?? []) roles.add(roleId);
  }
  for (const [type, roles] of rolesByType) {
    const cells: Cells = new Map();
    for (const roleId of roles) for (const [category, { widest, unmasked }] of roleCells(roleId)) add(cells, category, widest, unmasked);
    emit('account-type', type, cells);
  }
  return out.sort(compareEntries);
}

function grantLegs(index: InventoryIndex, grant: Grant, via: string): Leg[] {
  const reach = index.grantReach(grant);
  const profile = reach.profile;
  if (!profile) return [];
  const allowed = grant.fields ? new Set(grant.fields) : undefined;
  const fields = (reach.itf ? reach.itf.interface.returns : profile.store.fields.map((f) => f.name)).filter((f) => !allowed || allowed.has(f));
  const target = reach.itf ? `interface ${reach.itf.interface.id} → store ${profile.store.id}` : `store ${profile.store.id}`;
  // A path that exports or prints counts as such whatever verb the mapping reaches it by; the path says why.
  const implied = impliedOutputActions(grant, reach.itf?.interface);
  const actions = [...grant.actions, ...implied.map((i) => i.action)];
  const reasons = implied.map((i) => `${i.action}: ${i.reason}`);
  const path = `${via} → ${target} (${grant.scope}; ${grant.actions.join(', ')}${implied.length > 0 ? `; counted as ${implied.map((i) => `${i.action} because ${i.reason}`).join(', ')}` : ''})`;
  const byCategory = new Map<string, string[]>();
  for (const field of fields) {
    const category = profile.categoryOf.get(field);
    if (category === undefined) continue;
    let list = byCategory.get(category);
    if (!list) byCategory.set(category, (list = []));
    list.push(`${profile.store.id}.${field}`);
  }
  const records = reachableRecords(grant.scope, profile.store.records);
  const unmasked = new Set(reach.unmaskedCategories);
  return [...byCategory].map(([category, f]) => ({ category, unmasked: unmasked.has(category), scope: grant.scope, fields: f, actions, ...(reasons.length > 0 ? { reasons } : {}), path, store: profile.store.id, records }));
}

function merge(subjectKind: SubjectKind, subject: string, legs: Leg[], holders: number, taxonomy: InventoryIndex['taxonomy']): ReachEntry[] {
  const byCategory = new Map<string, Leg[]>();
  for (const leg of legs) {
    let list = byCategory.get(leg.category);
    if (!list) byCategory.set(leg.category, (list = []));
    list.push(leg);
  }
  const out: ReachEntry[] = [];
  for (const [category, list] of byCategory) {
    let widest = 0;
    for (const leg of list) widest = Math.max(widest, scopeRank(leg.scope) ?? 0);
    // Records: each store counted once, at its largest estimate; stores reached only through a
    // bounded scope (own unit, assigned work) add nothing estimable.
    const perStore = new Map<string, number | null>();
    for (const leg of list) {
      const previous = perStore.get(leg.store) ?? null;
      perStore.set(leg.store, leg.records === null ? previous : Math.max(previous ?? 0, leg.records));
    }
    const known = [...perStore.values()].filter((r): r is number => r !== null);
    const records = known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
    const paths = [...new Set(list.map((l) => l.path))].sort();
    out.push({
      subjectKind,
      subject,
      category,
      sensitive: taxonomy.isSensitive(category),
      scope: SCOPE_ORDER[widest] ?? 'any',
      fields: [...new Set(list.flatMap((l) => l.fields))].sort(),
      actions: [...new Set(list.flatMap((l) => l.actions))].sort(),
      actionReasons: [...new Set(list.flatMap((l) => l.reasons ?? []))].sort(),
      paths: paths.length > MAX_PATHS ? [...paths.slice(0, MAX_PATHS), `… ${paths.length - MAX_PATHS} more`] : paths,
      records,
      unmasked: list.some((l) => l.unmasked),
      holders,
      volumeCrossing: volumeCrossings([category], records, taxonomy)[0] ?? null,
      activatable: list.every((l) => l.activatable === true),
    });
  }
  return out;
}

const KIND_ORDER: Record<SubjectKind, number> = { role: 0, 'account-type': 1, 'device-class': 2, 'database-login': 3 };

function compareEntries(a: Pick<ReachEntry, 'subjectKind' | 'subject' | 'category'>, b: Pick<ReachEntry, 'subjectKind' | 'subject' | 'category'>): number {
  return KIND_ORDER[a.subjectKind] - KIND_ORDER[b.subjectKind] || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);
}
