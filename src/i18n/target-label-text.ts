// A finding's target label in the report's language. The report stores one label per finding
// (`target.label`); for a grouped finding it is the shared cause, `path = value, …`, written in
// English with an unstated value as "(not stated)" (src/rules/cause-key.ts). Reports render it
// here, so a Chinese report says （未说明）and joins the parts with a Chinese comma. A cause of
// items not evaluated may name several values of a path (src/rules/unstated-cause.ts:
// `a, b, c and 2 more (5 values)`): they read `a、b、c 等 5 个值`.
import type { Lang } from './bilingual.js';

/** A cause label's parts: `name = value`, separated by `, ` before the next `name = `. */
const CAUSE_PART_SEPARATOR = /, (?=[A-Za-z][A-Za-z0-9_.]* = )/g;

/** A cause label begins `path = ` (a groupBy path, dotted); an item's label (`role>interface`, an account id) does not. */
const CAUSE_LABEL = /^[A-Za-z][A-Za-z0-9_.]* = /;

export function targetLabelText(target: { label: string }, lang: Lang): string {
  const label = target.label;
  if (lang === 'en' || !CAUSE_LABEL.test(label)) return label;
  return label.split(CAUSE_PART_SEPARATOR).map(partText).join('，');
}

/** One `name = value` part in Chinese: an unstated value, and a list of values with how many there are. */
function partText(part: string): string {
  const at = part.indexOf(' = ');
  const name = part.slice(0, at);
  const value = part.slice(at + 3);
  if (value === '(not stated)') return `${name} = （未说明）`;
  const counted = / and \d+ more \((\d+) values\)$/.exec(value);
  const listed = counted ? value.slice(0, counted.index) : value;
  if (!counted && !listed.includes(', ')) return part;
  const values = listed.split(', ').map((v) => (v === '(not stated)' ? '（未说明）' : v));
  return `${name} = ${values.join('、')}${counted ? ` 等 ${counted[1]} 个值` : ''}`;
}
