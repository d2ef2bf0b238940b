// The joins every view shares, computed once: entities by id, what categories each store and
// interface holds or shows, roles with inheritance resolved, and who holds each role.
import type { Inventory } from '../inventory/inventory.js';
import type { Account, CredentialPolicy, Flow, Grant, Interface, Role, Store } from '../inventory/manifest-schema.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { isUnstated } from '../inventory/assumed-facts.js';
import { recipientOnlyInterfaces } from './acts-for-recipient.js';

export interface StoreProfile {
  store: Store;
  categories: string[];
  /** Taxonomy-sensitive categories, and every category held as children's PI (see childrenCategories). */
  sensitiveCategories: string[];
  /**
   * Categories the store holds as PI of children under 14, sensitive in full under PIPL Art. 28
   * whatever their category: every category of a store stating `subjects.minorsUnder14: true`; in
   * a store that does not say, the categories a collection point whose subjects are all children
   * (`subjects: minors-under-14`) puts into it. A store stating `minorsUnder14: false`, and a store
   * only a `mixed` point fills, hold none (docs/decision-tables.md, "Children's PI as sensitive PI").
   */
  childrenCategories: string[];
  categoryOf: Map<string, string>;
}

export interface InterfaceProfile {
  interface: Interface;
  store: Store;
  lookupKeyCategories: string[];
  returnedCategories: string[];
  unmaskedFields: string[];
  unmaskedCategories: string[];
  unmaskedSensitiveCategories: string[];
}

export interface EffectiveGrant {
  grant: Grant;
  /** The role that declares the grant (the role itself, or one it inherits from). */
  declaredBy: Role;
}

export interface RoleHolders {
  count: number;
  /** The first accounts (by id) holding the role, at most HOLDER_SAMPLE of them. */
  accounts: string[];
  types: string[];
  affiliations: string[];
  outsiders: number;
  shared: number;
  /** How many holders' type their export does not state (not in `types`). */
  typeUnstated: number;
}

export const HOLDER_SAMPLE = 50;
const PRIVILEGED_KINDS = new Set(['admin', 'security', 'audit', 'system']);

/** A role flagged privileged, or of an administrative duty class. */
export function isPrivilegedRole(role: Role | undefined): boolean {
  return role !== undefined && (role.privileged === true || PRIVILEGED_KINDS.has(role.kind ?? ''));
}

const ADMINISTRATION_DUTIES = new Set(['admin', 'security', 'audit']);

/**
 * A role of administration, the side MLPS separation of duties (三权分立) keeps apart from business
 * work: of an admin, security, audit or system kind, carrying an admin, security or audit duty,
 * or flagged privileged without being stated a business role. A business role flagged privileged
 * (a manager's role with wide reach: privileged access to PI, PIPL-QRY-007) administers nothing
 * by that flag alone.
 */
export function isAdministrationRole(role: Role | undefined): boolean {
  if (role === undefined) return false;
  if (PRIVILEGED_KINDS.has(role.kind ?? '') || (role.duties ?? []).some((d) => ADMINISTRATION_DUTIES.has(d))) return true;
  return role.privileged === true && role.kind !== 'business';
}

export const NO_HOLDERS: RoleHolders = Object.freeze({ count: 0, accounts: [], types: [], affiliations: [], outsiders: 0, shared: 0, typeUnstated: 0 }) as RoleHolders;
const OUTSIDE_AFFILIATIONS = new Set(['outside', 'partner', 'leaver']);

export class InventoryIndex {
  readonly stores = new Map<string, StoreProfile>();
  readonly interfaces = new Map<string, InterfaceProfile>();
  readonly roles = new Map<string, Role>();
  readonly policies = new Map<string, CredentialPolicy>();
  readonly flows = new Map<string, Flow>();
  readonly defaultPolicy: CredentialPolicy | undefined;
  private readonly ancestors = new Map<string, string[]>();
  private readonly effective = new Map<string, EffectiveGrant[]>();
  private readonly privileged = new Map<string, boolean>();
  private readonly administration = new Map<string, boolean>();
  private holders: Map<string, RoleHolders> | undefined;

  /** The shipped taxonomy with the project's own categories (a manifest's `categories:`). */
  readonly taxonomy: Taxonomy;

  constructor(
    readonly inventory: Inventory,
    shipped: Taxonomy,
  ) {
    const taxonomy = (this.taxonomy = shipped.extendedWith(inventory.categories));
    const childPoints = new Map<string, string[]>();
    for (const point of inventory.collectionPoints) {
      if (point.subjects !== 'minors-under-14') continue;
      for (const id of point.stores) childPoints.set(id, [...(childPoints.get(id) ?? []), ...point.categories]);
    }
    for (const store of inventory.stores) {
      const categoryOf = new Map(store.fields.map((f) => [f.name, f.category]));
      const categories = unique(store.fields.map((f) => f.category));
      const stated = store.subjects?.minorsUnder14;
      const fromPoints = childPoints.get(store.id) ?? [];
      const childrenCategories =
        stated === true ? categories
        : stated === false ? []
        : categories.filter((c) => fromPoints.some((p) => taxonomy.isWithin(c, p)));
      const children = new Set(childrenCategories);
      this.stores.set(store.id, { store, categories, sensitiveCategories: categories.filter((c) => children.has(c) || taxonomy.isSensitive(c)), childrenCategories, categoryOf });
    }
    for (const itf of inventory.interfaces) {
      const profile = this.stores.get(itf.store);
      if (!profile) continue;
      const masked = new Set(itf.masked ?? []);
      const unmaskedFields = itf.returns.filter((f) => !masked.has(f));
      const unmaskedCategories = this.categoriesOf(profile, unmaskedFields);
      this.interfaces.set(itf.id, {
        interface: itf,
        store: profile.store,
        lookupKeyCategories: this.categoriesOf(profile, itf.lookupKeys ?? []),
        returnedCategories: this.categoriesOf(profile, itf.returns),
        unmaskedFields,
        unmaskedCategories,
        unmaskedSensitiveCategories: this.sensitiveIn(profile, unmaskedCategories),
      });
    }
    for (const role of inventory.roles) this.roles.set(role.id, role);
    for (const policy of inventory.credentialPolicies) this.policies.set(policy.id, policy);
    for (const flow of inventory.flows) this.flows.set(flow.id, flow);
    this.defaultPolicy = inventory.credentialPolicies.find((p) => p.default);
  }

  categoriesOf(profile: StoreProfile, fields: readonly string[]): string[] {
    return unique(fields.map((f) => profile.categoryOf.get(f)).filter((c): c is string => c !== undefined));
  }

  /** The taxonomy's sensitive categories among these, whatever store holds them. */
  sensitive(categories: readonly string[]): string[] {
    return categories.filter((c) => this.taxonomy.isSensitive(c));
  }

  /** The sensitive categories among these as the store holds them: the taxonomy's, and its children's PI. */
  sensitiveIn(profile: StoreProfile | undefined, categories: readonly string[]): string[] {
    if (!profile || profile.childrenCategories.length === 0) return this.sensitive(categories);
    return categories.filter((c) => this.taxonomy.isSensitive(c) || profile.childrenCategories.includes(c));
  }

  /** Of these categories, those the store holds as children's PI (sensitive under PIPL Art. 28 whatever the category). */
  childrenIn(profile: StoreProfile | undefined, categories: readonly string[]): string[] {
    if (!profile || profile.childrenCategories.length === 0) return [];
    return categories.filter((c) => profile.childrenCategories.includes(c));
  }

  /** The role and every role it inherits from, nearest first (cycles were rejected on load). */
  roleChain(roleId: string): string[] {
    const cached = this.ancestors.get(roleId);
    if (cached) return cached;
    const chain: string[] = [];
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      chain.push(id);
      for (const parent of this.roles.get(id)?.inherits ?? []) visit(parent);
    };
    visit(roleId);
    this.ancestors.set(roleId, chain);
    return chain;
  }

  /** Whether the role, or any role it inherits from, is privileged. */
  isPrivileged(roleId: string): boolean {
    let privileged = this.privileged.get(roleId);
    if (privileged === undefined) {
      privileged = this.roleChain(roleId).some((id) => isPrivilegedRole(this.roles.get(id)));
      this.privileged.set(roleId, privileged);
    }
    return privileged;
  }

  /** The role, or a role it inherits, is an administration role (isAdministrationRole). */
  isAdministration(roleId: string): boolean {
    let administration = this.administration.get(roleId);
    if (administration === undefined) {
      administration = this.roleChain(roleId).some((id) => isAdministrationRole(this.roles.get(id)));
      this.administration.set(roleId, administration);
    }
    return administration;
  }

  effectiveGrants(roleId: string): EffectiveGrant[] {
    const cached = this.effective.get(roleId);
    if (cached) return cached;
    const grants: EffectiveGrant[] = [];
    for (const id of this.roleChain(roleId)) {
      const role = this.roles.get(id);
      for (const grant of role?.grants ?? []) grants.push({ grant, declaredBy: role as Role });
    }
    this.effective.set(roleId, grants);
    return grants;
  }

  /** Categories a grant reaches: the interface's returned fields (or the store's), narrowed by the grant's fields. */
  grantReach(grant: Grant): { profile: StoreProfile | undefined; itf: InterfaceProfile | undefined; categories: string[]; unmaskedCategories: string[]; unmaskedBeyondKeyCategories: string[] } {
    const itf = grant.interface === undefined ? undefined : this.interfaces.get(grant.interface);
    const profile = itf ? this.stores.get(itf.store.id) : grant.store === undefined ? undefined : this.stores.get(grant.store);
    if (!profile) return { profile, itf, categories: [], unmaskedCategories: [], unmaskedBeyondKeyCategories: [] };
    const allowed = grant.fields ? new Set(grant.fields) : undefined;
    const fields = (itf ? itf.interface.returns : profile.store.fields.map((f) => f.name)).filter((f) => !allowed || allowed.has(f));
    const masked = new Set(itf?.interface.masked ?? []);
    return {
      profile,
      itf,
      categories: this.categoriesOf(profile, fields),
      unmaskedCategories: this.categoriesOf(profile, fields.filter((f) => !masked.has(f))),
      // What a lookup reveals unmasked beyond what its user typed in: an interface searched by one
      // key only finds every record by that key's value, so showing that field back (the phone
      // number looked up) tells the user nothing they did not enter. With several keys, a search by
      // one reveals the others, so nothing is set aside.
      unmaskedBeyondKeyCategories: this.categoriesOf(profile, fields.filter((f) => !masked.has(f) && !(itf?.interface.lookupKeys?.length === 1 && itf.interface.lookupKeys[0] === f))),
    };
  }

  private accountsById: Map<string, Account> | undefined;

  /** An account by id (the map is built on first use, once for every view that asks). */
  account(id: string): Account | undefined {
    this.accountsById ??= new Map(this.inventory.accounts.map((a) => [a.id, a]));
    return this.accountsById.get(id);
  }

  private recipientOnly: Set<string> | undefined;

  /** The interfaces every role granted which acts for another processor receiving a provision (acts-for-recipient.ts); built once for every view that asks. */
  recipientOnlyInterfaces(): Set<string> {
    this.recipientOnly ??= recipientOnlyInterfaces(this.inventory.roles, (id) => this.effectiveGrants(id), this.flows);
    return this.recipientOnly;
  }

  private entrustedByRecipient: Map<string, Flow[]> | undefined;
  private recipientAccountsByFlow: Map<string, Account[]> | undefined;

  /**
   * The flow an account's work is done under (PIPL Art. 21): the one its `entrustment` names, or,
   * where it names none, the one entrustment to an entrusted processor whose recipient is the
   * organisation the account states it belongs to (`organisation` equal to `recipient.name`: two
   * inputs naming the same company). null when neither is stated, when `entrustment` is `none` or
   * names no flow, or when several entrustments go to that organisation (which one is not stated).
   */
  entrustmentOf(account: Account): Flow | null {
    const id = account.entrustment;
    if (id !== undefined) return id === 'none' ? null : (this.flows.get(id) ?? null);
    const organisation = account.organisation?.trim();
    if (!organisation) return null;
    if (!this.entrustedByRecipient) {
      this.entrustedByRecipient = new Map();
      for (const flow of this.inventory.flows) {
        if (flow.recipient.kind !== 'entrusted-processor') continue;
        const name = flow.recipient.name.trim();
        const list = this.entrustedByRecipient.get(name);
        if (list) list.push(flow);
        else this.entrustedByRecipient.set(name, [flow]);
      }
    }
    const flows = this.entrustedByRecipient.get(organisation);
    return flows?.length === 1 ? (flows[0] as Flow) : null;
  }

  /** Active accounts whose work is done under each flow (entrustmentOf), by flow id; built once. */
  recipientAccounts(flowId: string): Account[] {
    if (!this.recipientAccountsByFlow) {
      this.recipientAccountsByFlow = new Map();
      for (const account of this.inventory.accounts) {
        if (account.status === 'disabled' || (account.entrustment === undefined && account.organisation === undefined)) continue;
        const flow = this.entrustmentOf(account);
        if (!flow) continue;
        const list = this.recipientAccountsByFlow.get(flow.id);
        if (list) list.push(account);
        else this.recipientAccountsByFlow.set(flow.id, [account]);
      }
    }
    return this.recipientAccountsByFlow.get(flowId) ?? [];
  }

  policyOf(account: Account): CredentialPolicy | undefined {
    return account.credentialPolicy === undefined ? this.defaultPolicy : this.policies.get(account.credentialPolicy);
  }

  /** Accounts holding each role directly or through inheritance (role → holders summary). */
  roleHolders(): Map<string, RoleHolders> {
    if (this.holders) return this.holders;
    // Accounts are first summed per role list (a national inventory repeats a few thousand lists
    // over 300,000 accounts), then each list's sum is added to every role the list reaches.
    const byRoleList = new Map<string, HolderSum & { roleIds: string[] }>();
    for (const account of this.inventory.accounts) {
      if (account.status === 'disabled') continue;
      const roleIds = account.roles ?? [];
      const key = roleIds.length === 1 ? (roleIds[0] as string) : roleIds.join('\0');
      let sum = byRoleList.get(key);
      if (!sum) byRoleList.set(key, (sum = { ...emptyHolderSum(), roleIds }));
      const n = account.count ?? 1; // a cohort stands for this many accounts
      sum.count += n;
      keepSmallest(sum.accounts, account.id, HOLDER_SAMPLE);
      // A type its export does not state (markUnstated: a RAM user without GetLoginProfile) is no type.
      if (isUnstated(account, 'type')) sum.typeUnstated += n;
      else sum.types.add(account.type);
      if (account.affiliation) sum.affiliations.add(account.affiliation);
      if (account.type === 'third-party' || OUTSIDE_AFFILIATIONS.has(account.affiliation ?? '')) sum.outsiders += n;
      if (account.type === 'shared') sum.shared += n;
    }
    // Lists in the order of their first account, roles in each list's order: the map's order is
    // that of a role's first holder, as when accounts were added one by one.
    const acc = new Map<string, HolderSum>();
    for (const sum of byRoleList.values()) {
      const { roleIds } = sum;
      // One role (most accounts): its chain holds each role once already, no set needed.
      const reached: Iterable<string> = roleIds.length === 1 ? this.roleChain(roleIds[0] as string) : new Set(roleIds.flatMap((roleId) => this.roleChain(roleId)));
      for (const id of reached) {
        let h = acc.get(id);
        if (!h) acc.set(id, (h = emptyHolderSum()));
        h.count += sum.count;
        for (const account of sum.accounts) keepSmallest(h.accounts, account, HOLDER_SAMPLE);
        for (const type of sum.types) h.types.add(type);
        for (const affiliation of sum.affiliations) h.affiliations.add(affiliation);
        h.outsiders += sum.outsiders;
        h.shared += sum.shared;
        h.typeUnstated += sum.typeUnstated;
      }
    }
    this.holders = new Map(
      [...acc].map(([id, h]) => [id, { count: h.count, accounts: h.accounts, types: [...h.types].sort(), affiliations: [...h.affiliations].sort(), outsiders: h.outsiders, shared: h.shared, typeUnstated: h.typeUnstated }]),
    );
    return this.holders;
  }
}

/** Keeps `sorted` the `limit` smallest ids seen so far (a role may have 100,000 holders). */
interface HolderSum {
  count: number;
  accounts: string[];
  types: Set<string>;
  affiliations: Set<string>;
  outsiders: number;
  shared: number;
  typeUnstated: number;
}

function emptyHolderSum(): HolderSum {
  return { count: 0, accounts: [], types: new Set(), affiliations: new Set(), outsiders: 0, shared: 0, typeUnstated: 0 };
}

function keepSmallest(sorted: string[], id: string, limit: number): void {
  if (sorted.length === limit && id >= (sorted[limit - 1] as string)) return;
  let at = sorted.length;
  while (at > 0 && (sorted[at - 1] as string) > id) at--;
  sorted.splice(at, 0, id);
  if (sorted.length > limit) sorted.pop();
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
