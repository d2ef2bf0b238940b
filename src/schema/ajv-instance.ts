// One configured ajv for everything we validate (manifests, rules, reports). Validators are
// compiled through compile-schema.ts (which uses the build's precompiled code when it can); this
// is for callers that need an ajv of their own (tests, ad-hoc schemas).
import type { Ajv, Options } from 'ajv';
import { newAjv } from './compile-schema.js';

export function createAjv(options: Options = {}): Ajv {
  return newAjv('document', options);
}
