// Keycloak writes the same setting in several shapes over its versions and its export paths:
// booleans as true or "true", numbers as 30 or "30", lists missing when empty. These read one
// value of a realm export the way Keycloak's own Jackson binding does, or say it is absent.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** true / "true" → true, false / "false" → false (any case, as Jackson reads them); else undefined. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

/** A whole number written as a number or a numeric string; else undefined. */
export function whole(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  return undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The strings of a list; a missing or malformed list is empty. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The objects of a list, with their index in it (so pointers stay exact when entries are skipped). */
export function objects(value: unknown): Array<[JsonObject, number]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[JsonObject, number]> = [];
  value.forEach((v, i) => {
    if (isObject(v)) out.push([v, i]);
  });
  return out;
}

/** Extends a JSON pointer by one segment, escaped (RFC 6901). */
export function child(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
