// Realm and client roles of one realm, with their composites, expanded to a fixpoint by a
// breadth-first walk (so each role reached gets its shortest chain, and cycles — which Keycloak
// does not forbid — end the walk instead of looping). Role keys: a realm role is its name, a
// client role is "clientId/name". Composites are read in every shape Keycloak wrote them:
// `composites.client` (and `application` before Keycloak 1.2), roles under `roles.client` (and
// `roles.application`).
import { child, isObject, objects, strings, type JsonObject } from './export-values.js';

export interface RoleNode {
  key: string;
  /** Pointer to the role's definition in the export, when it is defined there. */
  pointer: string | undefined;
  composites: string[];
}

export interface ReachedRole {
  key: string;
  /** The chain from the starting role to this one, starting role first. */
  chain: string[];
}

export function clientRoleKey(clientId: string, role: string): string {
  return `${clientId}/${role}`;
}

/** Realm role names and client role keys named by a `composites`-shaped object ({ realm, client|application }). */
export function roleKeysOf(realmRoles: unknown, clientRoles: unknown): string[] {
  const keys = strings(realmRoles);
  if (isObject(clientRoles)) {
    for (const clientId of Object.keys(clientRoles).sort()) for (const name of strings(clientRoles[clientId])) keys.push(clientRoleKey(clientId, name));
  }
  return keys;
}

export class RoleGraph {
  readonly nodes = new Map<string, RoleNode>();
  private readonly closures = new Map<string, ReachedRole[]>();

  constructor(realm: JsonObject, base: string) {
    const roles = isObject(realm.roles) ? realm.roles : {};
    for (const [role, i] of objects(roles.realm)) this.add(typeof role.name === 'string' ? role.name : undefined, role, child(child(base, 'roles'), 'realm') + `/${i}`);
    for (const containerKey of ['client', 'application']) {
      const container = roles[containerKey];
      if (!isObject(container)) continue;
      for (const clientId of Object.keys(container)) {
        for (const [role, i] of objects(container[clientId])) {
          if (typeof role.name !== 'string') continue;
          this.add(clientRoleKey(clientId, role.name), role, `${child(child(child(base, 'roles'), containerKey), clientId)}/${i}`);
        }
      }
    }
  }

  private add(key: string | undefined, role: JsonObject, pointer: string): void {
    if (key === undefined || this.nodes.has(key)) return;
    const composites = isObject(role.composites) ? roleKeysOf(role.composites.realm, role.composites.client ?? role.composites.application) : [];
    this.nodes.set(key, { key, pointer, composites });
  }

  /**
   * Every role reachable from `start` through composites, `start` included, each with its
   * shortest chain. Computed once per role: national exports hold few roles and many users.
   */
  closure(start: string): ReachedRole[] {
    let reached = this.closures.get(start);
    if (reached) return reached;
    reached = [{ key: start, chain: [start] }];
    const seen = new Set([start]);
    for (let i = 0; i < reached.length; i++) {
      const { key, chain } = reached[i] as ReachedRole;
      for (const next of this.nodes.get(key)?.composites ?? []) {
        if (seen.has(next)) continue; // a cycle or a diamond: the first (shortest) chain wins
        seen.add(next);
        reached.push({ key: next, chain: [...chain, next] });
      }
    }
    this.closures.set(start, reached);
    return reached;
  }
}
