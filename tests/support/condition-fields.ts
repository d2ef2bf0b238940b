// The item fields a rule condition (a JSON Schema) reads: every property it names, followed
// through combinators and conditionals, down to the first array (whose elements are the
// field's value, not fields of their own). Paths that only lead to a deeper field are dropped.
import { escapeSegment } from '../../src/sources/json-pointer.js';

const SAME_PLACE = ['allOf', 'anyOf', 'oneOf'] as const;
const ONE_SCHEMA_SAME_PLACE = ['not', 'if', 'then', 'else'] as const;

export function fieldsRead(schema: unknown): string[] {
  const paths = new Set<string>();
  const walk = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const s = node as Record<string, unknown>;
    for (const name of (s.required as string[] | undefined) ?? []) paths.add(`${at}/${escapeSegment(name)}`);
    for (const [name, sub] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {})) {
      const here = `${at}/${escapeSegment(name)}`;
      paths.add(here);
      const child = sub as Record<string, unknown> | undefined;
      // An array's elements are its value: stop there.
      if (child && typeof child === 'object' && (child.type === 'array' || 'contains' in child || 'items' in child || 'minItems' in child || 'maxItems' in child)) continue;
      walk(sub, here);
    }
    for (const key of SAME_PLACE) for (const sub of (s[key] as unknown[] | undefined) ?? []) walk(sub, at);
    for (const key of ONE_SCHEMA_SAME_PLACE) walk(s[key], at);
  };
  walk(schema, '');
  const all = [...paths];
  return all.filter((p) => !all.some((q) => q.startsWith(p + '/'))).sort();
}

/** A field is covered by a need that is the field itself or a value holding it. */
export function isCoveredByNeeds(field: string, needs: readonly string[]): boolean {
  return needs.some((n) => n === field || field.startsWith(n + '/'));
}

/**
 * The constants a condition compares a field with (`const`, `enum`), wherever it names the field
 * (through the same combinators and conditionals as fieldsRead): values that may decide the
 * condition, to be tried on the field.
 */
export function constantsAt(schema: unknown, field: string): unknown[] {
  const found: unknown[] = [];
  const collect = (node: unknown) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const s = node as Record<string, unknown>;
    if ('const' in s && !(s.const !== null && typeof s.const === 'object' && '$data' in (s.const as object))) found.push(s.const);
    if (Array.isArray(s.enum)) found.push(...s.enum);
    for (const key of SAME_PLACE) for (const sub of (s[key] as unknown[] | undefined) ?? []) collect(sub);
    for (const key of ONE_SCHEMA_SAME_PLACE) collect(s[key]);
  };
  const walk = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const s = node as Record<string, unknown>;
    for (const [name, sub] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {})) {
      const here = `${at}/${escapeSegment(name)}`;
      if (here === field) collect(sub);
      else if (field.startsWith(here + '/')) walk(sub, here);
    }
    for (const key of SAME_PLACE) for (const sub of (s[key] as unknown[] | undefined) ?? []) walk(sub, at);
    for (const key of ONE_SCHEMA_SAME_PLACE) walk(s[key], at);
  };
  walk(schema, '');
  return found;
}
