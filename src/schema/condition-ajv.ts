// The ajv that compiles rule conditions: JSON Schema 2020-12 (so minContains, maxContains and
// the like work), $data for comparing two values of an item, and strict about keywords, so a
// misspelt keyword in a rule is an error at load time instead of a condition that never bites.
// Its options live in compile-schema.ts, which rule compilation goes through.
import type { Ajv } from 'ajv';
import { newAjv } from './compile-schema.js';

/** `allErrors: false` suits conditions asked only yes or no: it stops at the first failure. */
export function createConditionAjv(options: { allErrors?: boolean } = {}): Ajv {
  return newAjv(options.allErrors ?? true ? 'condition' : 'applies');
}
