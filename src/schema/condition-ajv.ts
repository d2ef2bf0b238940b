// The ajv that compiles rule conditions: JSON Schema 2020-12 (so minContains, maxContains and
// the like work), $data for comparing two values of an item, and strict about keywords, so a
// misspelt keyword in a rule is an error at load time instead of a condition that never bites.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Ajv } from 'ajv';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** `allErrors: false` suits conditions asked only yes or no: it stops at the first failure. */
export function createConditionAjv(options: { allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    $data: true,
    allErrors: options.allErrors ?? true,
    strictSchema: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats(ajv as unknown as Ajv);
  return ajv;
}
