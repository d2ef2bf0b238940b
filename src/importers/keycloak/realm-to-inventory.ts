// One realm of an export → inventory entities: an identity realm, its credential policy, its
// clients, and an account per user whose roles are the manifest roles their Keycloak roles map
// to (with how each is held). Unmapped Keycloak roles users hold become coverage notes.
import { createHash } from 'node:crypto';
import type { Account, IdentityClient, Manifest } from '../../inventory/manifest-schema.js';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { SourceRef } from '../../inventory/provenance.js';
import type { AssumedMarks } from '../../inventory/assumed-facts.js';
import { placeElement, type ElementPlaceLists } from '../element-place-lists.js';
import type { CoverageNote, ElementPlaces } from '../importer.js';
import { assignmentKey, EffectiveRoles, defaultRoleKeys, type HeldRole, type HeldVia } from './effective-roles.js';
import { child, flag, isObject, objects, strings, text, whole, type JsonObject } from './export-values.js';
import { GroupTree, normalisePath } from './group-tree.js';
import { readRealmSettings } from './realm-settings.js';
import { RoleGraph } from './role-graph.js';
import type { RoleMapping } from './role-mapping.js';
import { readCredentials } from './user-credentials.js';

/** A realm as found in the source: its object, pointer, file, and user lists from other files of the same export. */
export interface RealmInput {
  realm: JsonObject;
  file: string;
  pointer: string;
  /** Users of this realm in separate files (`<realm>-users-0.json` of a directory export). */
  extraUsers: Array<{ file: string; pointer: string; users: unknown }>;
  /** The realm's id when its name alone is not unique in the source (two files' realms share it). */
  id?: string;
}

export interface RealmImport {
  manifest: Manifest;
  /** Filled in place: the caller's maps, so 300,000 accounts are not copied from one to another. */
  places: Map<object, SourceRef>;
  nested: Map<object, SourceRef>;
  /** Each user's account, password storage and role origins, placed by the user's index in its list. */
  elements: ElementPlaceLists;
  warnings: Array<Omit<Diagnostic, 'line' | 'column'>>;
  coverage: CoverageNote[];
  /** The realm's role names (realm roles, and clientId/roleName), to check the mapping's keys against. */
  roleNames: string[];
}

/**
 * Ids must match the manifest's Id pattern; Keycloak names may hold spaces or other characters.
 * The mapping is injective, so two names never become one id ("ops team" and "ops_team" would
 * both be ops_team, and the duplicate would stop the audit): a name that is a valid id without
 * `+` is its own id; any other name is cleaned and gets `+` and 16 hex digits of the SHA-256 of
 * the name — ids of the first kind never hold `+`, and two names of the second kind share an id
 * only if their hashes do.
 */
export function safeId(name: string): string {
  if (/^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._:/@-]*$/.test(name)) return name;
  const cleaned = name.replace(/[^A-Za-z0-9\u4e00-\u9fff._:/@-]/g, '_');
  const start = /^[A-Za-z0-9\u4e00-\u9fff]/.test(cleaned) ? cleaned : `x${cleaned}`;
  return `${start}+${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 16)}`;
}

export function importRealm(
  input: RealmInput,
  mapping: RoleMapping,
  version: string | undefined,
  lastLoginAttribute: string,
  places: Map<object, SourceRef>,
  nested: Map<object, SourceRef>,
  elements: ElementPlaceLists,
  assumed: AssumedMarks,
  groupUnits?: Readonly<Record<string, string>>,
): RealmImport {
  const { realm, file, pointer: base } = input;
  const realmName = text(realm.realm) ?? 'realm';
  const realmId = input.id ?? safeId(realmName);
  const policyId = `${realmId}/password-policy`;
  const out: RealmImport = { manifest: { apiVersion: 'pipl-audit/v1' }, places, nested, elements, warnings: [], coverage: [], roleNames: [] };
  const at = (pointer: string): SourceRef => ({ file, pointer });

  const settings = readRealmSettings(realm, base, realmId, policyId, version);
  out.manifest.identityRealms = [settings.realm];
  out.manifest.credentialPolicies = [settings.policy];
  places.set(settings.realm, at(base));
  places.set(settings.policy, at(realm.passwordPolicy !== undefined ? child(base, 'passwordPolicy') : base));
  for (const [object, pointer] of settings.nested) nested.set(object, at(pointer));
  const policyPointer = child(base, 'passwordPolicy');
  for (const token of settings.unknownTokens) {
    out.warnings.push({ severity: 'warning', file, pointer: policyPointer, message: `unknown password policy "${token.id}" in "${token.raw}" (a custom policy provider?); rules judging password strength are NOT_EVALUATED for realm ${realmName}`, expected: 'a policy id Keycloak ships: length, digits, lowerCase, upperCase, specialChars, notUsername, notEmail, regexPattern, passwordHistory, forceExpiredPasswordChange, hashAlgorithm, hashIterations, passwordBlacklist, maxLength, …' });
  }
  for (const token of settings.malformedTokens) {
    out.warnings.push({ severity: 'warning', file, pointer: policyPointer, message: `password policy "${token.raw}" has a value that is not a number; Keycloak's default for "${token.id}" is assumed`, expected: `${token.id}(<integer>)` });
  }
  if (settings.unknownHash) {
    out.warnings.push({ severity: 'warning', file, pointer: policyPointer, message: `unknown password hash provider "${settings.unknownHash}"`, expected: 'pbkdf2, pbkdf2-sha256, pbkdf2-sha512, argon2 or bcrypt' });
  }

  // Clients (applications and oauthClients before Keycloak 1.2).
  const clients: Array<{ clientId: string; client: JsonObject }> = [];
  const clientEntities: IdentityClient[] = [];
  const seenClients = new Set<string>();
  for (const field of ['clients', 'applications', 'oauthClients']) {
    for (const [client, i] of objects(realm[field])) {
      const clientId = text(client.clientId) ?? text(client.name);
      if (clientId === undefined) continue;
      clients.push({ clientId, client });
      const id = `${realmId}/${safeId(clientId)}`;
      if (seenClients.has(id)) continue;
      seenClients.add(id);
      const entity: IdentityClient = { id, realm: realmId, clientId };
      if (BUILT_IN_CLIENTS.has(clientId)) entity.builtIn = true;
      const set = <K extends keyof IdentityClient>(key: K, value: IdentityClient[K] | undefined) => {
        if (value !== undefined) entity[key] = value;
      };
      set('enabled', flag(client.enabled));
      set('publicClient', flag(client.publicClient) ?? (field === 'oauthClients' ? flag(client.publicClient) : undefined) ?? false);
      set('bearerOnly', flag(client.bearerOnly));
      set('standardFlow', flag(client.standardFlowEnabled));
      set('implicitFlow', flag(client.implicitFlowEnabled));
      // directAccessGrantsEnabled defaulted to true before Keycloak 19's admin console changed it;
      // the representation's default is false, so absent means false on import.
      set('directAccessGrants', flag(client.directAccessGrantsEnabled) ?? flag(client.directGrantsOnly) ?? false);
      set('serviceAccounts', flag(client.serviceAccountsEnabled));
      set('fullScopeAllowed', flag(client.fullScopeAllowed) ?? true);
      if (Array.isArray(client.redirectUris)) entity.redirectUris = strings(client.redirectUris);
      clientEntities.push(entity);
      places.set(entity, at(`${child(base, field)}/${i}`));
    }
  }
  out.manifest.identityClients = clientEntities;

  // Roles, groups, default roles.
  const graph = new RoleGraph(realm, base);
  const groups = new GroupTree(realm, base);
  const defaults = defaultRoleKeys(realm, realmName, clients);
  const effective = new EffectiveRoles(graph, groups, defaults);
  // Mapping keys no selected realm defines are an input error, raised by the caller over every realm.
  out.roleNames = [...graph.nodes.keys()];
  // The manifest roles every new user gets: the default roles through their composites.
  const defaultMapped = new Set<string>();
  for (const key of defaults) for (const reached of graph.closure(key)) for (const id of mapping.get(reached.key) ?? []) defaultMapped.add(id);
  if (defaultMapped.size > 0) settings.realm.defaultRoles = [...defaultMapped].sort();
  // The manifest roles the realm's roles map to: what its tokens can carry, whether or not the
  // export lists the users holding them (a partial export lists none).
  const mappedRoles = new Set<string>();
  for (const key of graph.nodes.keys()) for (const id of mapping.get(key) ?? []) mappedRoles.add(id);
  if (mappedRoles.size > 0) settings.realm.mappedRoles = [...mappedRoles].sort();
  if (realm.users === undefined && input.extraUsers.length === 0) settings.realm.usersExported = false;

  // Users: in the realm file and in separate user files. What a user's roles map to depends only
  // on their assignment (role mappings and groups): worked out once per distinct assignment (a
  // national realm has 300,000 users and a few hundred distinct ones), then each user gets its
  // own origin objects (each has a place of its own: the user's assignment it starts from).
  const accounts: Account[] = [];
  const accountIds = new Set<string>();
  const plans = new Map<string, RolePlan>();
  const planIndex = new PlanIndex();
  const credentialData = new Map<string, JsonObject | undefined>();
  const userLists = [{ file, pointer: child(base, 'users'), users: realm.users }, ...input.extraUsers];
  let userNumber = 0; // users in the order of the export, across its lists
  // Groups a `{group}` prefix of mapping.units stops at (its members given no unit), by path.
  const uncoveredGroups = new Map<string, { users: number; sample: string[]; file: string; pointer: string }>();
  for (const list of userLists) {
    const users = list.users;
    if (!Array.isArray(users)) continue;
    // Each user's account at `<list>/<i>`, its password storage at `<list>/<i>/credentials/<c>`,
    // its role origins at `<list>/<i><the plan's pointer>`: by index, no pointer string per user.
    const userPlaces = elements.list(list.file, list.pointer);
    // A list none of whose users carries a role mapping or a group membership does not hold them:
    // `kc.sh export` writes `groups` (an empty list too) on every user, and an import file states
    // the roles of the users it gives any; the admin REST listing (GET /admin/realms/{realm}/users)
    // carries neither. What such users hold is then unknown, not "nothing".
    const mappingsAbsent = users.some(isObject) && users.every((u) => !isObject(u) || !statesRoleMappings(u));
    const storagePlaces: ElementPlaces[] = [];
    const originPlaces = new Map<string, ElementPlaces>();
    for (let i = 0; i < users.length; i++) {
      const user: unknown = users[i];
      if (!isObject(user)) continue;
      const username = text(user.username);
      if (username === undefined) continue;
      // One lookup for the usual unique username: the set grows unless the id was taken.
      let id = `${realmId}/${safeId(username)}`;
      const taken = accountIds.size;
      if (accountIds.add(id).size === taken) {
        const first = id;
        for (let n = 2; accountIds.has(id); n++) id = `${first}+${n}`;
        accountIds.add(id);
      }
      const enabled = flag(user.enabled) ?? false; // Keycloak imports a user without "enabled" as disabled
      const account: Account = {
        id,
        type: text(user.serviceAccountClientId) !== undefined ? 'service' : 'personal',
        holders: [username],
        status: enabled ? 'active' : 'disabled',
        credentialPolicy: policyId,
        identityRealm: realmId,
      };
      // Keycloak has no field for who holds a user or whether it is shared: these are assumptions
      // a manifest overlay may replace (src/inventory/assumed-facts.ts), marked when one may.
      assumed.add(account, account.type === 'service' ? SERVICE_ASSUMED : PERSONAL_ASSUMED);
      // The user's e-mail (every `kc.sh export` user and the admin REST listing carry `email` when
      // one is set): what joins the account to a staff list by e-mail (hr-roster `joinBy: email`).
      const email = text(user.email)?.trim().toLowerCase();
      if (email) account.identifiers = { email };
      const lastLogin = lastLoginOf(user, lastLoginAttribute);
      if (lastLogin) account.lastLogin = lastLogin;
      const affiliation = affiliationOf(user);
      if (affiliation) account.affiliation = affiliation;
      const attributes = attributesOf(user);
      if (attributes) account.attributes = attributes;
      // A user of the admin REST API's shape (its `access` object) carrying no role mapping or group.
      const rolesUnstated = mappingsAbsent || (isObject(user.access) && !statesRoleMappings(user));
      if (rolesUnstated) account.rolesUnknown = ROLES_NOT_EXPORTED;
      const credentials = readCredentials(user, credentialData);
      // Without `credentials` (every exported user has the list, an empty one too), a user of such
      // a list states its second factor only by the REST listing's `totp` (whether an OTP is
      // configured); without it, not stated rather than "none".
      const totp = rolesUnstated && user.credentials === undefined && !credentials.secondFactor ? flag(user.totp) : false;
      if (totp !== undefined) account.mfa = credentials.secondFactor || totp;
      const storageAt = credentials.storageCredential;
      if (credentials.storage) {
        account.passwordStorage = credentials.storage;
        if (storageAt === undefined) placeElement(userPlaces, credentials.storage, i);
        else placeElement((storagePlaces[storageAt] ??= elements.list(list.file, list.pointer, `/credentials/${storageAt}`)), credentials.storage, i);
      }
      if (credentials.unknownAlgorithm) out.warnings.push({ severity: 'warning', file: list.file, pointer: `${list.pointer}/${i}${storageAt === undefined ? '' : `/credentials/${storageAt}`}`, message: `unknown password hash provider "${credentials.unknownAlgorithm}" for user ${username}`, expected: 'pbkdf2, pbkdf2-sha256, pbkdf2-sha512, argon2 or bcrypt' });
      if (Array.isArray(user.requiredActions) && user.requiredActions.includes('UPDATE_PASSWORD') && credentials.storage?.algorithm === 'plaintext') account.defaultPassword = true;
      // The organisational unit the project file's mapping.units gives the user's groups.
      if (groupUnits && Array.isArray(user.groups)) {
        const unit = unitOfGroups(user.groups, groupUnits);
        if (unit.unit !== undefined) account.unit = unit.unit;
        // A member of a group a `{group}` prefix stops at, with no unit from another group: one
        // warning per such group after the users (below), naming how many and who.
        else if (unit.uncovered && !unit.several)
          for (const path of unit.uncovered) {
            const seen = uncoveredGroups.get(path);
            if (seen) {
              seen.users++;
              if (seen.sample.length < 3) seen.sample.push(username);
            } else uncoveredGroups.set(path, { users: 1, sample: [username], file: list.file, pointer: `${list.pointer}/${i}/groups` });
          }
        if (unit.unit === undefined && unit.several) out.warnings.push({ severity: 'warning', file: list.file, pointer: `${list.pointer}/${i}/groups`, message: `user ${username}'s groups name several units (${unit.several.join(', ')}); no unit taken from them`, expected: 'groups of one unit per user, or the unit stated in the manifest' });
      }
      let plan = planIndex.find(user);
      if (!plan) {
        const key = assignmentKey(user);
        plan = plans.get(key);
        if (!plan) plans.set(key, (plan = rolePlan(effective.ofAssignment(user, key), mapping)));
        planIndex.remember(user, plan);
      }
      // Counted per plan (every user of a plan holds the same unmapped roles), summed per role after.
      if (enabled && plan.unmapped.length > 0) {
        if (plan.enabledUsers === 0) plan.firstUser = userNumber;
        plan.enabledUsers++;
        if (plan.sample.length < 3) plan.sample.push({ user: userNumber, username });
      }
      userNumber++;
      if (plan.roles.length > 0) {
        account.roles = plan.roles.slice();
        const origins: NonNullable<Account['roleOrigins']> = new Array(plan.origins.length);
        for (let o = 0; o < origins.length; o++) {
          const { role, via, path, pointer } = plan.origins[o] as RolePlan['origins'][number];
          const origin = { role, via, path };
          origins[o] = origin;
          let at = originPlaces.get(pointer);
          if (!at) originPlaces.set(pointer, (at = elements.list(list.file, list.pointer, pointer)));
          placeElement(at, origin, i);
        }
        account.roleOrigins = origins;
      } else if (!rolesUnstated) account.roles = []; // a stated absence: the account view reads a left-out key as unstated
      accounts.push(account);
      placeElement(userPlaces, account, i);
      // The parsed user is dropped from the parsed export once it is an account: the parsed
      // document is let go after the import anyway (SourceInput.releaseDocument), and this way a
      // 300,000-user export and its accounts are never all alive at once.
      users[i] = undefined;
    }
  }
  out.manifest.accounts = accounts;
  for (const [path, { users, sample, file: at, pointer }] of uncoveredGroups) {
    const who = `${sample.join(', ')}${users > sample.length ? ', …' : ''}`;
    const prefix = `${path}/`;
    out.warnings.push({
      severity: 'warning',
      file: at,
      pointer,
      message: `${users} user(s) of group ${path} (${who}) get no unit: mapping.units key "${prefix}" makes each group below ${path} a unit by its own name, not ${path} itself`,
      expected: `a mapping.units entry for the group itself ("${path}": its members' unit)`,
    });
  }
  // Each unmapped role: its enabled users over the plans holding it, and the first three of them
  // in the export's order. Roles are entered in the order their first enabled holder comes (the
  // plans by their first enabled user), as the sort below is stable.
  const unmapped = new Map<string, { users: number; sample: Array<{ user: number; username: string }> }>();
  for (const plan of [...plans.values()].filter((p) => p.enabledUsers > 0).sort((a, b) => a.firstUser - b.firstUser)) {
    for (const roleKey of plan.unmapped) {
      let note = unmapped.get(roleKey);
      if (!note) unmapped.set(roleKey, (note = { users: 0, sample: [] }));
      note.users += plan.enabledUsers;
      note.sample.push(...plan.sample);
    }
  }
  for (const note of unmapped.values()) note.sample = note.sample.sort((a, b) => a.user - b.user).slice(0, 3);
  for (const [key, { users, sample }] of [...unmapped].sort(([a], [b]) => a.localeCompare(b))) {
    const note = { users, sample: sample.map((s) => s.username) };
    const node = graph.nodes.get(key);
    out.coverage.push({
      file,
      pointer: node?.pointer ?? child(base, 'roles'),
      kind: 'role',
      name: `${realmName}: ${key}`,
      note: `held by ${note.users} enabled user${note.users === 1 ? '' : 's'} (e.g. ${note.sample.join(', ')}) but not mapped to a manifest role${isBuiltIn(key) ? ' (a Keycloak built-in role)' : ''}; add it to mapping.roles if it reaches personal information`,
      noteZh: `有 ${note.users} 个启用的用户持有（如 ${note.sample.join('、')}），但未映射到清单中的角色${isBuiltIn(key) ? '（Keycloak 内置角色）' : ''}；如能触及个人信息，请在 mapping.roles 中映射`,
    });
  }
  return out;
}

/**
 * The unit a user's group paths give under mapping.units: each path matched by the key that is
 * the path itself, else by a prefix ending in `/` that names one unit (no `{group}`) and is the path
 * with a `/` added (`/a/b/: 华东区` covers the group /a/b as well as those below it: whoever reads
 * the mapping takes the group for part of its own subtree), else by the longest prefix ending in `/`
 * of it; `{group}` stands for the group's own name. One unit, or the several different ones found
 * (then none is taken). `uncovered`: the user's groups no key covers that a `{group}` prefix names
 * (`/outlets/: "{group}"` makes each group below /outlets a unit, not /outlets itself).
 */
export function unitOfGroups(groups: readonly unknown[], units: Readonly<Record<string, string>>): { unit?: string; several?: string[]; uncovered?: string[] } {
  const found = new Set<string>();
  const uncovered: string[] = [];
  for (const g of groups) {
    if (typeof g !== 'string') continue;
    const path = normalisePath(g);
    let best: string | undefined;
    let bestScore = -1;
    let underGroupPrefix = false;
    for (const key of Object.keys(units)) {
      const k = normalisePath(key);
      const value = units[key] as string;
      // The path itself beats the prefix covering it, which beats any prefix of it.
      const score =
        k === path ? 2 * path.length + 2
        : k.endsWith('/') && k === `${path}/` ? (value.includes('{group}') ? -1 : 2 * path.length + 1)
        : k.endsWith('/') && path.startsWith(k) && path.length > k.length ? 2 * k.length
        : -1;
      if (k === `${path}/` && value.includes('{group}')) underGroupPrefix = true;
      if (score > bestScore) {
        best = key;
        bestScore = score;
      }
    }
    if (best === undefined) {
      if (underGroupPrefix) uncovered.push(path);
      continue;
    }
    const value = units[best] as string;
    found.add(value.replace('{group}', path.slice(path.lastIndexOf('/') + 1)));
  }
  const extra = uncovered.length > 0 ? { uncovered } : {};
  if (found.size === 1) return { unit: [...found][0], ...extra };
  return found.size > 1 ? { several: [...found].sort(), ...extra } : extra;
}

/** Whether the user object carries its role mappings or group memberships (any of the keys, an empty list too). */
function statesRoleMappings(user: JsonObject): boolean {
  return user.realmRoles !== undefined || user.clientRoles !== undefined || user.applicationRoles !== undefined || user.groups !== undefined;
}

const ROLES_NOT_EXPORTED =
  'the users list carries no role mappings or group memberships (no user has realmRoles, clientRoles or groups, as in the admin REST listing GET /admin/realms/{realm}/users): export the realm with its users (kc.sh export --users realm_file or different_files, which writes each user\'s realmRoles, clientRoles and groups; the admin console\'s partial export has no users), or list the accounts with their roles in the manifest\'s accounts[] instead of this users list (an overlay cannot set roles)';

const PERSONAL_ASSUMED = ['type', 'holders'] as const;
const SERVICE_ASSUMED = ['holders'] as const;

/** The manifest roles one assignment of Keycloak roles gives, and the Keycloak roles it holds that map to none. */
interface RolePlan {
  /** Manifest role ids, sorted. */
  roles: string[];
  /** One per manifest role, by role id; `pointer` is relative to the user's pointer. */
  origins: Array<{ role: string; via: HeldVia; path: string[]; pointer: string }>;
  /** Keycloak role keys held but not mapped (counted for enabled users only). */
  unmapped: string[];
  /** Enabled users with this plan (counted only when `unmapped` is not empty), the first one's number, and the first three. */
  enabledUsers: number;
  firstUser: number;
  sample: Array<{ user: number; username: string }>;
}

/**
 * The plans of users of the usual shape — realm roles and groups as lists of strings (or absent),
 * no client role mappings — found without building their assignment key: a path of small maps
 * keyed by the realm roles' count, each realm role, the groups' count and each group (counts are
 * numbers, entries strings, so a path is read back one way only). Two users reach one leaf only
 * when those fields are equal as written, so when their assignment keys are equal; any other
 * user returns undefined and is looked up by its key.
 */
class PlanIndex {
  private readonly root = new Map<string | number, PlanIndexNode>();

  find(user: JsonObject): RolePlan | undefined {
    const node = this.leaf(user, false);
    return node?.plan;
  }

  remember(user: JsonObject, plan: RolePlan): void {
    const node = this.leaf(user, true);
    if (node) node.plan = plan;
  }

  private leaf(user: JsonObject, create: boolean): PlanIndexNode | undefined {
    if (user.clientRoles !== undefined || user.applicationRoles !== undefined) return undefined;
    const realmRoles = user.realmRoles;
    const groups = user.groups;
    if (!isStringListOrAbsent(realmRoles) || !isStringListOrAbsent(groups)) return undefined;
    let level = this.root;
    let node: PlanIndexNode | undefined;
    const step = (key: string | number): boolean => {
      node = level.get(key);
      if (!node) {
        if (!create) return false;
        level.set(key, (node = { next: new Map() }));
      }
      level = node.next;
      return true;
    };
    if (!step(realmRoles === undefined ? -1 : realmRoles.length)) return undefined;
    for (const role of realmRoles ?? []) if (!step(role)) return undefined;
    if (!step(groups === undefined ? -1 : groups.length)) return undefined;
    for (const group of groups ?? []) if (!step(group)) return undefined;
    return node;
  }
}

interface PlanIndexNode {
  next: Map<string | number, PlanIndexNode>;
  plan?: RolePlan;
}

function isStringListOrAbsent(value: unknown): value is string[] | undefined {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** Each manifest role once, from the first (most visible) Keycloak role that maps to it. */
function rolePlan(held: readonly HeldRole[], mapping: RoleMapping): RolePlan {
  const roles = new Set<string>();
  const origins: RolePlan['origins'] = [];
  const unmapped: string[] = [];
  for (const h of held) {
    const ids = mapping.get(h.key);
    if (!ids || ids.length === 0) {
      unmapped.push(h.key);
      continue;
    }
    for (const roleId of ids) {
      if (roles.has(roleId)) continue;
      roles.add(roleId);
      origins.push({ role: roleId, via: h.via, path: h.path, pointer: h.pointer });
    }
  }
  return { roles: [...roles].sort(), origins: origins.sort((a, b) => a.role.localeCompare(b.role)), unmapped, enabledUsers: 0, firstUser: 0, sample: [] };
}

/** The last login a deployment records in a user attribute (Keycloak exports none of its own). */
function lastLoginOf(user: JsonObject, attribute: string): string | undefined {
  const attributes = user.attributes;
  if (!isObject(attributes)) return undefined;
  const raw = attributes[attribute];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const millis = whole(value);
  return millis !== undefined && millis > 0 ? new Date(millis).toISOString().slice(0, 10) : undefined;
}

const AFFILIATIONS = ['employee', 'contractor', 'partner', 'outside', 'leaver'] as const;
/** Who holds the account, when the deployment records it in the user attribute `affiliation` (Keycloak has no field of its own). */
function affiliationOf(user: JsonObject): Account['affiliation'] {
  const attributes = user.attributes;
  if (!isObject(attributes)) return undefined;
  const raw = attributes.affiliation;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return AFFILIATIONS.find((a) => a === value);
}

/** The user's attributes as the export states them (string values only), for overlay selectors. */
function attributesOf(user: JsonObject): Record<string, string[]> | undefined {
  const attributes = user.attributes;
  if (!isObject(attributes)) return undefined;
  // The usual export (names in order, every value a non-empty list of strings) is already that
  // object: taken as it is rather than copied per user.
  if (isStringListsInOrder(attributes)) return Object.keys(attributes).length > 0 ? attributes : undefined;
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(attributes).sort()) {
    const raw = attributes[name];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    if (values.length > 0) out[name] = values;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Names in sorted order, none `__proto__`, each value a non-empty array of strings. */
function isStringListsInOrder(attributes: JsonObject): attributes is Record<string, string[]> {
  let previous: string | undefined;
  for (const name in attributes) {
    if (!Object.prototype.hasOwnProperty.call(attributes, name)) return false;
    if ((previous !== undefined && !(previous < name)) || name === '__proto__') return false;
    previous = name;
    const values = attributes[name];
    if (!Array.isArray(values) || values.length === 0) return false;
    for (const v of values) if (typeof v !== 'string') return false;
  }
  return true;
}

const BUILT_IN_CLIENTS = new Set(['account', 'account-console', 'realm-management', 'broker', 'admin-cli', 'security-admin-console']);
export function isBuiltIn(key: string): boolean {
  if (key === 'offline_access' || key === 'uma_authorization' || key.startsWith('default-roles-')) return true;
  const slash = key.lastIndexOf('/');
  return slash > 0 && BUILT_IN_CLIENTS.has(key.slice(0, slash));
}

/** Which realm-export key names this object's realm (for detection): at least one beside `realm`. */
export const REALM_EXPORT_KEYS = ['id', 'enabled', 'users', 'roles', 'clients', 'applications', 'groups', 'passwordPolicy', 'sslRequired', 'bruteForceProtected', 'defaultRoles', 'defaultRole', 'accessTokenLifespan', 'requiredCredentials', 'authenticationFlows', 'keycloakVersion'] as const;
