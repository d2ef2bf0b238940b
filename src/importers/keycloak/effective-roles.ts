// The Keycloak roles a user holds, each with how it is held: assigned directly, through a group
// (or a parent of one), inside a composite role, or as a default role. Users with the same
// assignments (role mappings and groups) share one computed answer.
import { clientRoleKey, type RoleGraph } from './role-graph.js';
import type { GroupTree } from './group-tree.js';
import { child, isObject, strings, type JsonObject } from './export-values.js';

export type HeldVia = 'direct' | 'group' | 'composite' | 'default';

export interface HeldRole {
  key: string;
  via: HeldVia;
  /** The chain in readable steps, e.g. ["group /outlets/0755", "role outlet-staff", "role waybill-lookup"]. */
  path: string[];
  /** Pointer to the user's assignment the chain starts from (a role mapping or a group membership). */
  pointer: string;
}

interface Assignment {
  /** Roles held directly (realm names and clientId/name keys), with their pointers. */
  roles: Array<[string, string]>;
  groups: Array<[string, string]>;
}

export function assignmentsOf(user: JsonObject, pointer: string): Assignment {
  const roles: Array<[string, string]> = [];
  const realmRoles = user.realmRoles;
  if (Array.isArray(realmRoles)) realmRoles.forEach((r, i) => typeof r === 'string' && roles.push([r, `${child(pointer, 'realmRoles')}/${i}`]));
  for (const field of ['clientRoles', 'applicationRoles']) {
    const map = user[field];
    if (!isObject(map)) continue;
    for (const clientId of Object.keys(map).sort()) {
      const list = map[clientId];
      if (Array.isArray(list)) list.forEach((r, i) => typeof r === 'string' && roles.push([clientRoleKey(clientId, r), `${child(child(pointer, field), clientId)}/${i}`]));
    }
  }
  const groups: Array<[string, string]> = [];
  const list = user.groups;
  if (Array.isArray(list)) list.forEach((g, i) => typeof g === 'string' && groups.push([g, `${child(pointer, 'groups')}/${i}`]));
  return { roles, groups };
}

/**
 * A key that is equal for two users exactly when their assignments are (role mappings, client
 * role mappings in either field, groups — as written, including entries that are not strings,
 * since they shift the indices pointers carry).
 */
export function assignmentKey(user: JsonObject): string {
  return JSON.stringify([user.realmRoles, sortedEntries(user.clientRoles), sortedEntries(user.applicationRoles), user.groups]);
}

function sortedEntries(map: unknown): Array<[string, unknown]> | null {
  if (!isObject(map)) return null;
  return Object.keys(map)
    .sort()
    .map((k) => [k, map[k]]);
}

export class EffectiveRoles {
  private readonly cache = new Map<string, Array<Omit<HeldRole, 'pointer'> & { roles: number; start: number }>>();
  private readonly relative = new Map<string, HeldRole[]>();

  constructor(
    private readonly graph: RoleGraph,
    private readonly groups: GroupTree,
    /** Role keys that are default roles (the post-13 default composite, the pre-13 defaultRoles lists). */
    private readonly defaults: ReadonlySet<string>,
  ) {}

  /**
   * What `of(user, '')` gives: pointers relative to the user's own (prefix the user's pointer to
   * get `of`'s), computed once for all users with the same assignment (`key`: assignmentKey(user)).
   */
  ofAssignment(user: JsonObject, key: string): readonly HeldRole[] {
    let held = this.relative.get(key);
    if (!held) this.relative.set(key, (held = this.of(user, '')));
    return held;
  }

  /** Each role the user holds once, by its most visible holding (direct, then default, group, composite), fewest composites nested first, then shortest chain. */
  of(user: JsonObject, pointer: string): HeldRole[] {
    const assignment = assignmentsOf(user, pointer);
    const starts: Array<{ key: string; via: HeldVia; prefix: string[]; pointer: string }> = [];
    for (const [key, p] of assignment.roles) starts.push({ key, via: this.defaults.has(key) ? 'default' : 'direct', prefix: [], pointer: p });
    for (const [path, p] of assignment.groups) {
      for (const group of this.groups.lineage(path)) {
        const steps = group.path === path || `/${path}` === group.path ? [`group ${group.path}`] : [`group ${path}`, `parent group ${group.path}`];
        for (const key of group.roles) starts.push({ key, via: 'group', prefix: steps, pointer: p });
      }
    }
    const signature = starts.map((s) => `${s.key}\u0001${s.via}\u0001${s.prefix.join('\u0002')}`).join('\u0000');
    let held = this.cache.get(signature);
    if (!held) {
      held = [];
      const best = new Map<string, number>();
      // Fewer composites nested before a role make it more visible: a role inside a job role held
      // through a group is shown by that route, not by a longer chain through another composite
      // that also holds the job role (PIPL-IDP-004 reads the route's composites).
      const rank = (via: HeldVia, roles: number, length: number) => ({ direct: 0, default: 1, group: 2, composite: 3 })[via] * 1_000_000 + roles * 1000 + length;
      starts.forEach((s, startIndex) => {
        for (const reached of this.graph.closure(s.key)) {
          const inside = reached.chain.length > 1;
          // The least visible step names the holding: a default role, else a composite, else a group.
          const via: HeldVia = s.via === 'default' ? 'default' : inside ? 'composite' : s.via;
          const path = [...s.prefix, ...reached.chain.map((k) => `role ${k}`)];
          const entry = { key: reached.key, via, path, roles: reached.chain.length, start: startIndex };
          const previous = best.get(reached.key);
          if (previous === undefined) {
            best.set(reached.key, held!.length);
            held!.push(entry);
          } else if (rank(via, reached.chain.length, path.length) < rank(held![previous]!.via, held![previous]!.roles, held![previous]!.path.length)) {
            held![previous] = entry;
          }
        }
      });
      this.cache.set(signature, held);
    }
    const out: HeldRole[] = new Array(held.length);
    for (let i = 0; i < held.length; i++) {
      const e = held[i]!;
      out[i] = { key: e.key, via: e.via, path: e.path, pointer: starts[e.start]!.pointer };
    }
    return out;
  }
}

/** The default roles of a realm: the post-13 `defaultRole` composite, or the pre-13 realm and client `defaultRoles` lists. */
export function defaultRoleKeys(realm: JsonObject, realmName: string, clients: Array<{ clientId: string; client: JsonObject }>): Set<string> {
  const keys = new Set<string>();
  if (isObject(realm.defaultRole) && typeof realm.defaultRole.name === 'string') keys.add(realm.defaultRole.name);
  else if (!Array.isArray(realm.defaultRoles)) keys.add(`default-roles-${realmName.toLowerCase()}`);
  for (const name of strings(realm.defaultRoles)) keys.add(name);
  for (const { clientId, client } of clients) for (const name of strings(client.defaultRoles)) keys.add(clientRoleKey(clientId, name));
  return keys;
}
