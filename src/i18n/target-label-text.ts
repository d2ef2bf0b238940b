// A finding's target label in the report's language. The report stores one label per finding
// (`target.label`); for a grouped finding it is the shared cause, `path = value, …`, written in
// English with an unstated value as "(not stated)" (src/rules/cause-key.ts). Reports render it
// here, so a Chinese report says （未说明）and joins the parts with a Chinese comma.
import type { Lang } from './bilingual.js';

/** A cause label's parts: `name = value`, separated by `, ` before the next `name = `. */
const CAUSE_PART_SEPARATOR = /, (?=[A-Za-z][A-Za-z0-9_.]* = )/g;

/** A cause label begins `path = ` (a groupBy path, dotted); an item's label (`role>interface`, an account id) does not. */
const CAUSE_LABEL = /^[A-Za-z][A-Za-z0-9_.]* = /;

export function targetLabelText(target: { label: string }, lang: Lang): string {
  const label = target.label;
  if (lang === 'en' || !CAUSE_LABEL.test(label)) return label;
  return label.split(CAUSE_PART_SEPARATOR).map((part) => part.replace(/ = \(not stated\)$/, ' = （未说明）')).join('，');
}
