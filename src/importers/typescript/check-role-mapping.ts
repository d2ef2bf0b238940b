// The project file's `mapping.roles` for code (code role → manifest role) checked against the
// manifests: a value must be a role they declare. A mapping to a role nobody declares is a mistake
// in the project file, so an input error at the mapping entry with the nearest declared id — not a
// role silently invented under that name.
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { closestName } from '../../schema/closest-name.js';
import { escapeSegment } from '../../sources/json-pointer.js';

export function checkRoleMapping(roles: Record<string, string> | undefined, declared: Inventory, place: SourceRef | undefined, codeFile: string): void {
  if (!roles) return;
  const ids = declared.roles.map((r) => r.id);
  const known = new Set(ids);
  const problems: Diagnostic[] = [];
  const at = (key: string) => (place ? { file: place.file, pointer: `${place.pointer}/roles/${escapeSegment(key)}` } : { file: codeFile });
  for (const [key, id] of Object.entries(roles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (known.has(id)) continue;
    const guess = closestName(id, ids);
    problems.push({ severity: 'error', ...at(key), message: `code role "${key}" is mapped to role "${id}", which no manifest declares${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'a role id of the manifest' });
  }
  if (problems.length > 0) throw new InputError(problems);
}
