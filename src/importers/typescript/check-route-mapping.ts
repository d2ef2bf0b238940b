// The project file's `mapping.routes` checked against the code: a key must name a route the code
// defines ('GET /path' or '/path'), a value an interface the manifests declare. Either mistake is
// an input error at the mapping entry, with the nearest name the code or manifest has.
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { CodeRoute } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { closestName } from '../../schema/closest-name.js';
import { escapeSegment } from '../../sources/json-pointer.js';

export function checkRouteMapping(routes: Record<string, string> | undefined, found: readonly CodeRoute[], declared: Inventory, place: SourceRef | undefined, codeFile: string, aliases: readonly string[] = []): void {
  if (!routes) return;
  const names = new Set<string>();
  for (const route of found) {
    names.add(`${route.method} ${route.path}`);
    names.add(route.path);
  }
  // Accepted, but never suggested: the names the code gives its routes come first.
  const accepted = new Set([...names, ...aliases]);
  const interfaces = new Set(declared.interfaces.map((i) => i.id));
  const problems: Diagnostic[] = [];
  const at = (key: string) => (place ? { file: place.file, pointer: `${place.pointer}/routes/${escapeSegment(key)}` } : { file: codeFile });
  for (const [key, id] of Object.entries(routes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!accepted.has(key)) {
      const guess = closestName(key, [...names]);
      problems.push({ severity: 'error', ...at(key), message: `route "${key}" is mapped, but the code defines no such route${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: "a route of the code, as 'GET /path' or '/path'" });
    }
    if (!interfaces.has(id)) {
      const guess = closestName(id, [...interfaces]);
      problems.push({ severity: 'error', ...at(key), message: `route "${key}" is mapped to interface "${id}", which no manifest declares${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: 'an interface id of the manifest' });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
