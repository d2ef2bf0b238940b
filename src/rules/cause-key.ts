// The shared cause of a grouped rule's findings: the values, in an item, of the paths the rule's
// `groupBy` names (a credential policy's id, a role set, a hash setting). Items with the same
// values fail for the same reason and are one finding. The key is made of the values only, never
// of the item or the source that stated it, so it stays the same across sources and runs.
import { readPath } from './item-path.js';

export interface CauseKey {
  /** Stable text: `path=value` for each groupBy path, `;`-separated (an unstated value is empty). */
  key: string;
  /** The same for people: `path = value`, with unstated values said so. */
  label: { zh: string; en: string };
}

export function causeKeyOf(groupBy: readonly string[], data: Record<string, unknown>): CauseKey {
  const parts = groupBy.map((path) => {
    const value = readPath(data, path);
    // A stated empty list (no sensitive category shown unmasked, no indirect role) is "none" to a
    // reader; the key keeps `[]`, as fingerprints know it.
    const none = Array.isArray(value) && value.length === 0;
    return { name: nameOf(path), value: valueText(value), shown: none ? undefined : valueText(value, true), none };
  });
  return {
    key: parts.map((p) => `${p.name}=${p.value ?? ''}`).join(';'),
    label: {
      zh: parts.map((p) => `${p.name} = ${p.none ? '（无）' : (p.shown ?? '（未说明）')}`).join('，'),
      en: parts.map((p) => `${p.name} = ${p.none ? '(none)' : (p.shown ?? '(not stated)')}`).join(', '),
    },
  };
}

/**
 * `causeKeyOf(groupBy, data).key` without its labels: what a grouped rule computes for every
 * verdict to find its group (the labels are needed once per group, from its first verdict).
 */
export function causeKeyText(groupBy: readonly string[], data: Record<string, unknown>): string {
  let key = '';
  for (let i = 0; i < groupBy.length; i++) {
    const path = groupBy[i] as string;
    key += `${i === 0 ? '' : ';'}${nameOf(path)}=${valueText(readPath(data, path)) ?? ''}`;
  }
  return key;
}

const names = new Map<string, string>();
/** A groupBy path as a name: `/policy/id` → `policy.id`. */
function nameOf(path: string): string {
  let name = names.get(path);
  if (name === undefined) names.set(path, (name = path.slice(1).replace(/\//g, '.')));
  return name;
}

/**
 * A value as key text: an entity by its id, a list as its sorted elements, an object as its sorted
 * fields. `forLabel` leaves out an object's unstated (null) fields, which the key keeps empty
 * (`{name:,…}`): the label is read by people, the key stays as fingerprints know it. A value whose
 * field is null by construction should not carry it (elementsWhere's `unless` drops it), so that
 * the key has no empty field either (tests/rule-messages.test.ts guards both).
 */
export function valueText(value: unknown, forLabel = false): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return `[${value.map((v) => valueText(v, forLabel) ?? '').sort().join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined && !(forLabel && record[k] === null))
      .map((k) => `${k}:${valueText(record[k], forLabel) ?? ''}`)
      .join(',')}}`;
  }
  return String(value);
}
