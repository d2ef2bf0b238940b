// The few computations JSON Schema cannot express, as small pure functions a rule names in its
// `derive:` section (as Spectral's rulesets name functions). Each adds one value to the item
// before the rule's conditions run; `{ $data: '1/name' }` in a condition can then compare to it.
import { readPath } from './item-path.js';

export type DerivationFunction = (data: Record<string, unknown>, args: Record<string, unknown>) => unknown;

/**
 * categoryLimit: the smallest limit among the categories an item holds, where `limits` maps a
 * category key (or an ancestor such as `biometric`) to a number; the most specific key wins.
 * args: { categories: '/path/to/category/list', limits: { key: number }, fallback?: number }
 */
const categoryLimit: DerivationFunction = (data, args) => {
  const categories = readPath(data, String(args.categories));
  const limits = (args.limits ?? {}) as Record<string, number>;
  if (!Array.isArray(categories)) return args.fallback ?? null;
  let smallest: number | null = null;
  for (const category of categories as string[]) {
    let best: { length: number; limit: number } | undefined;
    for (const [key, limit] of Object.entries(limits)) {
      if ((category === key || category.startsWith(key + '.')) && (!best || key.length > best.length)) best = { length: key.length, limit };
    }
    const limit = best?.limit ?? (args.fallback as number | undefined);
    if (limit !== undefined && (smallest === null || limit < smallest)) smallest = limit;
  }
  return smallest;
};

/**
 * elementsWhere: the elements of a list whose `field` holds one of `values` (the roles an account
 * holds through the routes a parameter names), e.g. to group findings by that part of the list only.
 * args: { list: '/path/to/list', field: 'via', values: [..], unless?: 'carriedBy' } — `unless` leaves
 * out the elements where that field holds a value (not null or absent), and the field itself from
 * the elements kept: it is null in every one of them by construction, so it says nothing, and a
 * cause key made of them would print it empty (`{carriedBy:,role:…}`).
 */
/** The `values` of each compiled `args` as a set, made once per rule rather than once per item. */
const valueSets = new WeakMap<Record<string, unknown>, Set<unknown>>();
const elementsWhere: DerivationFunction = (data, args) => {
  const list = readPath(data, String(args.list));
  if (!Array.isArray(list)) return null;
  let values = valueSets.get(args);
  if (!values) valueSets.set(args, (values = new Set((args.values ?? []) as unknown[])));
  const unless = args.unless === undefined ? undefined : String(args.unless);
  const kept = list.filter((e) => {
    if (e === null || typeof e !== 'object') return false;
    const element = e as Record<string, unknown>;
    return (values as Set<unknown>).has(element[String(args.field)]) && (unless === undefined || element[unless] === undefined || element[unless] === null);
  });
  if (unless === undefined) return kept;
  return kept.map((e) => {
    const element = e as Record<string, unknown>;
    if (!Object.hasOwn(element, unless)) return element;
    const { [unless]: _unset, ...rest } = element;
    return rest;
  });
};

/**
 * textByValue: message wording chosen by a value of the item (which facts a message names when a
 * rule judges different things per access method). Returns the bilingual template text the value
 * selects, or `default`; a message renders it with `{name|template}` against the same item.
 * args: { value: '/path/to/value', cases: { value: { zh, en } }, default?: { zh, en } } — a boolean
 * value selects the case named 'true' or 'false'.
 */
const textByValue: DerivationFunction = (data, args) => {
  const value = readPath(data, String(args.value));
  const cases = (args.cases ?? {}) as Record<string, unknown>;
  // A boolean selects its case by name ('true', 'false'): a flow abroad or not.
  const name = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : undefined;
  return (name !== undefined && Object.hasOwn(cases, name) ? cases[name] : args.default) ?? null;
};

export const DERIVATIONS: Readonly<Record<string, DerivationFunction>> = { categoryLimit, elementsWhere, textByValue };
