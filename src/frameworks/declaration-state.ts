// Whether the inventory states what a framework declaration path names: every entity of a list
// (`/flows/*/consent`), one key (`/system/piOfficer`) or a list section itself (`/impactAssessments`).
// A declaration is only ever seen, never a PASS of what it declares.
import type { Inventory } from '../inventory/inventory.js';
import { parsePointer } from '../sources/json-pointer.js';

export interface DeclarationState {
  /** stated: every addressed entity states it; partial: some do; unstated: none (or the section is absent); empty: a stated list with no entity to state it for. */
  state: 'stated' | 'partial' | 'unstated' | 'empty';
  stated: number;
  of: number;
  /** Paths of the entities that do not state it (the first few), to name what to state. */
  missing: string[];
}

const MAX_MISSING = 5;

export function declarationState(inventory: Inventory, path: string): DeclarationState {
  const segments = parsePointer(path);
  const [section] = segments;
  if (section === undefined) return { state: 'unstated', stated: 0, of: 0, missing: [path] };
  const root = (inventory as unknown as Record<string, unknown>)[section];
  const isList = Array.isArray(root);
  if (isList && !inventory.statedSections.has(section)) return { state: 'unstated', stated: 0, of: 0, missing: [`/${section}`] };
  let stated = 0;
  let of = 0;
  const missing: string[] = [];
  const walk = (value: unknown, rest: string[], at: string): void => {
    if (rest.length === 0) {
      of++;
      if (value !== undefined && value !== null) stated++;
      else if (missing.length < MAX_MISSING) missing.push(at);
      return;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    if (head === '*') {
      if (!Array.isArray(value)) {
        of++;
        if (missing.length < MAX_MISSING) missing.push(at);
        return;
      }
      for (const [i, entry] of value.entries()) walk(entry, tail, `${at}/${entityName(entry, i)}`);
      return;
    }
    const next = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[head] : undefined;
    walk(next, tail, `${at}/${head}`);
  };
  walk(root, segments.slice(1), `/${section}`);
  if (of === 0) return { state: isList ? 'empty' : 'unstated', stated, of, missing: isList ? [] : [path] };
  return { state: stated === of ? 'stated' : stated === 0 ? 'unstated' : 'partial', stated, of, missing };
}

/** An entity is named by its id where it has one (flows/courier-hq), else by its index. */
function entityName(entry: unknown, index: number): string {
  const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : String(index);
}
