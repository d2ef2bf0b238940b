// The groups of a realm by path. A member of /outlets/0755 holds the roles of /outlets/0755 and of
// /outlets: a subgroup inherits its parents' role mappings (Keycloak's group semantics). Paths
// are read from `path` when the export states it (Keycloak 3+), else built from the names.
import { roleKeysOf } from './role-graph.js';
import { child, objects, type JsonObject } from './export-values.js';

export interface GroupNode {
  path: string;
  pointer: string;
  /** The group's own role mappings (realm names and clientId/name keys). */
  roles: string[];
  parent: GroupNode | undefined;
}

export class GroupTree {
  readonly byPath = new Map<string, GroupNode>();

  constructor(realm: JsonObject, base: string) {
    this.addAll(realm.groups, child(base, 'groups'), undefined);
  }

  private addAll(list: unknown, pointer: string, parent: GroupNode | undefined): void {
    for (const [group, i] of objects(list)) {
      const name = typeof group.name === 'string' ? group.name : '';
      const path = typeof group.path === 'string' ? group.path : `${parent?.path ?? ''}/${name}`;
      const node: GroupNode = {
        path,
        pointer: `${pointer}/${i}`,
        roles: roleKeysOf(group.realmRoles, group.clientRoles ?? group.applicationRoles),
        parent,
      };
      if (!this.byPath.has(path)) this.byPath.set(path, node);
      this.addAll(group.subGroups, child(node.pointer, 'subGroups'), node);
    }
  }

  /** The group and its ancestors, nearest first. */
  lineage(path: string): GroupNode[] {
    const out: GroupNode[] = [];
    for (let node = this.byPath.get(normalisePath(path)); node; node = node.parent) out.push(node);
    return out;
  }
}

/** Group paths in user entries sometimes lack the leading slash. */
export function normalisePath(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}
