// Keycloak realm exports (3.x to 26): the admin console's partial export, `kc.sh export` full
// exports (one file, or a realm file plus `<realm>-users-N.json` files), and hand-written import
// files; a single realm or an array of realms. See docs/sources/keycloak.md.
import { Type } from '@sinclair/typebox';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { Manifest } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import type { SourceInput } from '../../sources/source-input.js';
import { AssumedMarks } from '../../inventory/assumed-facts.js';
import { ElementPlaceLists } from '../element-place-lists.js';
import type { Importer, ImportResult } from '../importer.js';
import { isObject, text, type JsonObject } from './export-values.js';
import { isRealmObject } from './realm-settings.js';
import { importRealm, REALM_EXPORT_KEYS, safeId, type RealmInput } from './realm-to-inventory.js';
import { checkMappedRolesExist, readRoleMapping } from './role-mapping.js';

const optionsSchema = Type.Object(
  {
    realm: Type.Optional(Type.String({ description: 'the realm to import when the export holds several (default: all); also the realm a bare admin REST users listing (a JSON array of users) belongs to' })),
    keycloakVersion: Type.Optional(Type.String({ description: 'Keycloak version the export came from, when the file does not say (decides the default password hash)' })),
    lastLoginAttribute: Type.Optional(Type.String({ description: 'user attribute where the deployment records the last login (epoch milliseconds or YYYY-MM-DD); Keycloak itself exports none (default: lastLogin)' })),
  },
  { additionalProperties: false },
);

const mappingSchema = Type.Object(
  {
    roles: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })]), {
        description: 'Keycloak role (realm role name, or clientId/roleName) → manifest role id(s)',
      }),
    ),
    units: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description: "Keycloak group path (or a path prefix ending in /) → the organisational unit its members belong to; the value {group} takes the member group's own name. A prefix naming one unit covers the group it ends at too (/a/b/ covers /a/b); a {group} prefix covers only the groups below it. An account gets the unit of its groups when they name one unit",
      }),
    ),
  },
  { additionalProperties: false },
);

function looksLikeRealm(value: unknown): boolean {
  return isRealmObject(value) && REALM_EXPORT_KEYS.some((k) => (value as JsonObject)[k] !== undefined);
}

/** The realm objects of a parsed file, each with its pointer. */
function realmsOf(data: unknown): Array<{ realm: JsonObject; pointer: string }> {
  if (Array.isArray(data)) return data.flatMap((r, i) => (isRealmObject(r) ? [{ realm: r, pointer: `/${i}` }] : []));
  return isRealmObject(data) ? [{ realm: data, pointer: '' }] : [];
}

/** A file of a directory export holding only users: { realm, users } and nothing else of a realm. */
function isUsersFile(realm: JsonObject): boolean {
  return Array.isArray(realm.users) && Object.keys(realm).every((k) => k === 'realm' || k === 'users' || k === 'federatedUsers');
}

/**
 * The admin REST users listing saved as it comes (GET /admin/realms/{realm}/users, kcadm.sh get
 * users): a bare array of user representations, no realm named. Read only where the project file
 * names the file as a Keycloak source; discovery does not take it for one.
 */
function isBareUsersListing(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((u) => isObject(u) && typeof u.username === 'string' && u.realm === undefined && (typeof u.id === 'string' || typeof u.enabled === 'boolean'));
}

function folderOf(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash < 0 ? '' : path.slice(0, slash);
}

function append<T>(target: T[], items: readonly T[] | undefined): void {
  for (const item of items ?? []) target.push(item);
}

function readDocument(input: SourceInput): unknown {
  return input.document().data;
}

function locateWarnings(warnings: Array<Omit<Diagnostic, 'line' | 'column'>>, inputs: SourceInput[]): Diagnostic[] {
  const byFile = new Map<string, string[]>();
  for (const w of warnings) if (w.pointer !== undefined) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.pointer]);
  const positions = new Map([...byFile].map(([file, pointers]) => [file, inputs.find((i) => i.path === file)?.document().locate(pointers) ?? new Map()]));
  return warnings.map((w) => ({ ...w, ...(w.pointer !== undefined ? (positions.get(w.file)?.get(w.pointer) ?? {}) : {}) }));
}

export const keycloakImporter = {
  format: 'keycloak',
  title: 'Keycloak realm export (JSON, Keycloak 3.x to 26)',
  extensions: ['.json'],
  supplies: ['identityRealms', 'identityClients', 'accounts', 'credentialPolicies'],
  optionsSchema,
  mappingSchema,
  detect(input) {
    if (!/"realm"\s*:/.test(input.head) && input.size <= 4096) return false;
    if (!/^\s*[[{]/.test(input.head)) return false;
    const data = readDocument(input);
    return Array.isArray(data) ? data.length > 0 && data.every(looksLikeRealm) : looksLikeRealm(data);
  },
  group(inputs) {
    // A directory export: users files join the realm file of the same realm.
    // Keyed by realm name: realm files sharing a name are loaded together, so the load sees the
    // clash and keys each realm by its file instead of two sources claiming one id.
    const realmFiles = new Map<string, SourceInput[]>();
    const loose: SourceInput[][] = [];
    const usersFiles: Array<[string, SourceInput]> = [];
    for (const input of inputs) {
      const data = readDocument(input);
      const key = isRealmObject(data) ? (data.realm as string) : '';
      if (isRealmObject(data) && isUsersFile(data)) usersFiles.push([key, input]);
      else if (isRealmObject(data)) realmFiles.set(key, [...(realmFiles.get(key) ?? []), input]);
      else loose.push([input]);
    }
    for (const [realm, input] of usersFiles) {
      const group = realmFiles.get(realm);
      if (group) group.push(input);
      else loose.push([input]);
    }
    return [...realmFiles.values(), ...loose];
  },
  load(inputs, context): ImportResult {
    const options = context.options as { realm?: string; keycloakVersion?: string; lastLoginAttribute?: string };
    const mapping = readRoleMapping(context.mapping, context.declared, context.mappingPlace);
    const realms: RealmInput[] = [];
    const byName = new Map<string, RealmInput[]>();
    const orphanUsers: Array<{ name: string; file: string; pointer: string; users: unknown }> = [];
    const bareListings: Array<{ file: string; users: unknown[] }> = [];
    let version = options.keycloakVersion;
    for (const input of inputs) {
      const data = readDocument(input);
      const found = realmsOf(data);
      if (found.length === 0 && isBareUsersListing(data)) {
        bareListings.push({ file: input.path, users: data });
        continue;
      }
      if (found.length === 0) {
        throw new InputError([{ severity: 'error', file: input.path, line: 1, column: 1, message: 'not a Keycloak realm export', expected: 'a JSON object with "realm" and realm settings (users, roles, clients …), or an array of them' }]);
      }
      for (const { realm, pointer } of found) {
        const name = realm.realm as string;
        if (isUsersFile(realm)) {
          orphanUsers.push({ name, file: input.path, pointer: `${pointer}/users`, users: realm.users });
          continue;
        }
        version ??= text(realm.keycloakVersion);
        const entry: RealmInput = { realm, file: input.path, pointer, extraUsers: [] };
        byName.set(name, [...(byName.get(name) ?? []), entry]);
        realms.push(entry);
      }
    }
    // Two files whose realms share a name (two environments, two exports of one realm) are both
    // kept: each realm's id then names its file, so neither is silently dropped.
    for (const [name, entries] of byName) {
      if (entries.length < 2) continue;
      for (const entry of entries) entry.id = `${safeId(name)}@${safeId(entry.file.replace(/\.json$/i, '').replace(/[\\/]/g, '_'))}${entry.pointer === '' ? '' : `_${entry.pointer.slice(1)}`}`;
    }
    // A bare REST users listing names no realm: it belongs to the realm options.realm names, else
    // to the source's only realm; with several realms and none named it cannot be placed. Its
    // users carry no role mappings, so they are read with their roles unknown (rolesUnknown).
    for (const listing of bareListings) {
      const name = options.realm ?? (byName.size === 1 ? [...byName.keys()][0] : undefined);
      if (name === undefined) {
        const known = [...byName.keys()].sort();
        throw new InputError([{ severity: 'error', file: listing.file, line: 1, column: 1, message: 'a bare array of Keycloak users (the admin REST users listing) names no realm', expected: known.length === 0 ? 'the realm export these users belong to in the same source' : `options.realm naming the realm of these users, one of: ${known.join(', ')}` }]);
      }
      orphanUsers.push({ name, file: listing.file, pointer: '', users: listing.users });
    }
    for (const users of orphanUsers) {
      // Users files join the realm of that name in the same folder (a directory export), else the only one of that name.
      const candidates = byName.get(users.name) ?? [];
      const owner = candidates.find((r) => folderOf(r.file) === folderOf(users.file)) ?? (candidates.length === 1 ? candidates[0] : undefined);
      if (!owner) throw new InputError([{ severity: 'error', file: users.file, line: 1, column: 1, message: `users of realm "${users.name}" without the realm's own file`, expected: `the realm export of "${users.name}" in the same source` }]);
      owner.extraUsers.push(users);
    }
    let selected = realms;
    if (options.realm !== undefined) {
      selected = realms.filter((r) => r.realm.realm === options.realm);
      if (selected.length === 0) {
        const place = context.mappingPlace;
        throw new InputError([{ severity: 'error', file: place?.file ?? inputs[0]?.path ?? 'keycloak', ...(place ? { pointer: place.pointer.replace(/\/mapping$/, '/options/realm') } : {}), message: `realm "${options.realm}" is not in the export`, expected: `one of: ${realms.map((r) => String(r.realm.realm)).join(', ')}` }]);
      }
    }
    const manifest: Manifest = { apiVersion: 'pipl-audit/v1', identityRealms: [], identityClients: [], accounts: [], credentialPolicies: [] };
    const places = new Map<object, SourceRef>();
    const elements = new ElementPlaceLists();
    const assumed = new AssumedMarks();
    const warnings: Array<Omit<Diagnostic, 'line' | 'column'>> = [];
    const coverage: ImportResult['coverage'] = [];
    const roleNames = new Set<string>();
    for (const realm of selected) {
      const result = importRealm(realm, mapping, version, options.lastLoginAttribute ?? 'lastLogin', places, places, elements, assumed, (context.mapping as { units?: Record<string, string> } | undefined)?.units);
      for (const name of result.roleNames) roleNames.add(name);
      // Appended one by one: a spread of 300,000 accounts would overflow the call stack.
      append(manifest.identityRealms!, result.manifest.identityRealms);
      append(manifest.identityClients!, result.manifest.identityClients);
      append(manifest.accounts!, result.manifest.accounts);
      append(manifest.credentialPolicies!, result.manifest.credentialPolicies);
      append(warnings, result.warnings);
      append(coverage, result.coverage);
    }
    checkMappedRolesExist(mapping, roleNames, context.mappingPlace);
    return { manifest, places, elementPlaces: elements.lists, assumed, ...(selected.length === 1 ? { uniqueIds: ACCOUNTS_UNIQUE } : {}), warnings: locateWarnings(warnings, inputs), coverage };
  },
} satisfies Importer;

/** A realm's account ids are unique (importRealm's `accountIds`: a `+n` on a repeat); two realms' may not be. */
const ACCOUNTS_UNIQUE = ['accounts'] as const;
