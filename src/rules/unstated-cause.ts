// The cause of a grouped rule's NOT_EVALUATED items. A FAIL's cause is the stated values its
// `groupBy` names (one organisation's contractors without a contract); an item not evaluated has
// another cause: the facts nobody stated. Items that miss the same facts are one finding naming
// what to state, with every item as a member, however many different `groupBy` values they carry
// (a national inventory's 13,000 franchisee organisations whose entrustment is unstated are one
// thing to state, not 13,000 findings).
import { causeKeyOf, valueText, type CauseKey } from './cause-key.js';
import { readPath } from './item-path.js';

/** How many of a cause path's different values the label names before it counts the rest. */
const VALUES_NAMED = 5;

/** The facts an item misses, as the key its NOT_EVALUATED group is found by. */
export function unstatedGroupKey(missing: readonly { need: string }[]): string {
  let key = 'NOT_EVALUATED';
  for (const m of missing) key += `\0${m.need}`;
  return key;
}

/**
 * The cause of a NOT_EVALUATED group: where every member has the same `groupBy` values, exactly the
 * cause a FAIL of those values has (so a small inventory's findings keep their keys); otherwise a
 * path whose values differ is `*` in the key, followed by the facts missed, and the label names
 * its first values and how many there are.
 */
export function unstatedCauseOf(groupBy: readonly string[], datas: readonly Record<string, unknown>[], missing: readonly { need: string }[]): CauseKey {
  const first = datas[0] as Record<string, unknown>;
  const single = causeKeyOf(groupBy, first);
  const valuesByPath = groupBy.map((path) => distinctValues(datas, path));
  if (valuesByPath.every((values) => values.length <= 1)) return single;
  const keyParts: string[] = [];
  const zh: string[] = [];
  const en: string[] = [];
  groupBy.forEach((path, i) => {
    const name = path.slice(1).replace(/\//g, '.');
    const values = valuesByPath[i] as Array<unknown>;
    if (values.length <= 1) {
      const one = causeKeyOf([path], first);
      keyParts.push(one.key);
      zh.push(one.label.zh);
      en.push(one.label.en);
      return;
    }
    keyParts.push(`${name}=*`);
    const named = values.slice(0, VALUES_NAMED).map((v) => valueText(v, true));
    const more = values.length - named.length;
    zh.push(`${name} = ${named.map((v) => v ?? '（未说明）').join('、')}${more > 0 ? ` 等 ${values.length} 个值` : ''}`);
    en.push(`${name} = ${named.map((v) => v ?? '(not stated)').join(', ')}${more > 0 ? ` and ${more} more (${values.length} values)` : ''}`);
  });
  keyParts.push(`unstated=${missing.map((m) => m.need).join(',')}`);
  return { key: keyParts.join(';'), label: { zh: zh.join('，'), en: en.join(', ') } };
}

/** A path's values over the members, each once, in the members' order (stated values only when any is stated). */
function distinctValues(datas: readonly Record<string, unknown>[], path: string): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  let unstated = false;
  for (const data of datas) {
    const value = readPath(data, path);
    const text = valueText(value);
    if (text === undefined) unstated = true;
    else if (!seen.has(text)) {
      seen.add(text);
      out.push(value);
    }
  }
  // Stated on some members and not on others: "not stated" is one more value.
  if (unstated && out.length > 0) out.push(undefined);
  return out;
}
