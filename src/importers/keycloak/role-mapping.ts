// The project file's `mapping.roles`: Keycloak role (realm role name, or clientId/roleName) →
// manifest role id(s). A mapping naming a role id the manifest does not declare, or a Keycloak
// role the export does not define, is an input error at the mapping entry.
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { closestName } from '../../schema/closest-name.js';
import { child, isObject } from './export-values.js';
import { isBuiltIn } from './realm-to-inventory.js';

export type RoleMapping = ReadonlyMap<string, string[]>;

export function readRoleMapping(mapping: Record<string, unknown>, declared: Inventory, place: SourceRef | undefined): RoleMapping {
  const out = new Map<string, string[]>();
  const roles = mapping.roles;
  if (!isObject(roles)) return out;
  const known = new Set(declared.roles.map((r) => r.id));
  const problems: Diagnostic[] = [];
  for (const key of Object.keys(roles).sort()) {
    const value = roles[key];
    const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    ids.forEach((id, i) => {
      if (known.has(id)) return;
      const guess = closestName(id, [...known]);
      const pointer = child(child(place?.pointer ?? '/mapping', 'roles'), key) + (Array.isArray(value) ? `/${i}` : '');
      problems.push({
        severity: 'error',
        file: place?.file ?? 'pipl-audit.yaml',
        pointer,
        message: `mapping of Keycloak role "${key}" names role "${id}", which no manifest declares${guess ? ` (did you mean "${guess}"?)` : ''}`,
        expected: known.size > 0 ? `one of the manifest's roles: ${[...known].sort().join(', ')}` : 'a manifest that declares the role',
      });
    });
    out.set(key, ids);
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

/** Every mapped Keycloak role must be one the export defines (a built-in role is always there). */
export function checkMappedRolesExist(mapping: RoleMapping, roleNames: ReadonlySet<string>, place: SourceRef | undefined): void {
  const problems: Diagnostic[] = [];
  for (const key of mapping.keys()) {
    if (roleNames.has(key) || isBuiltIn(key)) continue;
    const guess = closestName(key, [...roleNames]);
    problems.push({
      severity: 'error',
      file: place?.file ?? 'pipl-audit.yaml',
      pointer: child(child(place?.pointer ?? '/mapping', 'roles'), key),
      message: `mapping names Keycloak role "${key}", which the export does not define${guess ? ` (did you mean "${guess}"?)` : ''}`,
      expected: 'a realm role name or clientId/roleName of the export',
    });
  }
  if (problems.length > 0) throw new InputError(problems);
}
