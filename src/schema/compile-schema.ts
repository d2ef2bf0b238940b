// Compiling a JSON Schema into a validator, once per schema content. Compiling with ajv is the
// largest part of a small audit's start-up (the manifest schema alone takes about half a second),
// so the build (`npm run build`, precompile-schemas.ts) writes ajv's standalone code for every
// schema the package itself ships — document schemas and the conditions of the shipped rule packs
// with their default parameters — into dist/schema/precompiled/. A schema is looked up there by
// the SHA-256 of its kind and its JSON text, so only a validator generated from exactly the same
// schema is ever used; any other schema (a user's pack, a parameter override, sources run by the
// tests) is compiled by ajv at run time, as before. The precompiled code is part of the package,
// never written at run time and never read from the audited project.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { requireWithCodeCache } from '../cache/code-cache.js';

/**
 * Which ajv compiles the schema: `document` for inputs (all errors, verbose), `condition` for
 * rule conditions (JSON Schema 2020-12, $data, all errors), `applies` for conditions asked
 * only yes or no (stops at the first failure).
 */
export type SchemaKind = 'document' | 'condition' | 'applies';

const require = createRequire(import.meta.url);
const PRECOMPILED_DIR = new URL('./precompiled/', import.meta.url);
const INDEX_FILE = 'index.json';

/** The options of each kind's ajv; the build adds `code: { source: true }` to generate code. */
export function ajvOptions(kind: SchemaKind): Options {
  if (kind === 'document') return { allErrors: true, strict: false, allowUnionTypes: true, verbose: true };
  // Strict about keywords, so a misspelt keyword in a rule is an error at load time instead of a
  // condition that never bites.
  return { $data: true, allErrors: kind === 'condition', strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false, allowUnionTypes: true };
}

/** A new ajv of this kind, with the string formats (date, email, uri …). ajv is loaded on first use only. */
export function newAjv(kind: SchemaKind, extra: Options = {}): Ajv {
  const options = { ...ajvOptions(kind), ...extra };
  // ajv and ajv-formats are CommonJS: required synchronously, and only when something is compiled.
  const AjvClass = (kind === 'document' ? require('ajv').Ajv : require('ajv/dist/2020.js').Ajv2020) as new (o: Options) => Ajv;
  const addFormats = require('ajv-formats') as ((ajv: Ajv) => Ajv) & { default?: (ajv: Ajv) => Ajv };
  const ajv = new AjvClass(options);
  (addFormats.default ?? addFormats)(ajv);
  return ajv;
}

/** The key a schema's precompiled validator is filed under. */
export function schemaKey(kind: SchemaKind, schema: unknown): string {
  return createHash('sha256').update(kind).update('\0').update(JSON.stringify(schema)).digest('hex');
}

let index: Record<string, string> | null | undefined;
const modules = new Map<string, Record<string, ValidateFunction>>();
const runtimeAjv = new Map<SchemaKind, Ajv>();
/** Validators compiled at run time, by schemaKey (the kind and the schema's JSON text). */
const compiledAtRunTime = new Map<string, ValidateFunction>();
let recorder: ((kind: SchemaKind, schema: object) => void) | undefined;

function precompiled(key: string): ValidateFunction | undefined {
  if (index === undefined) {
    try {
      index = JSON.parse(readFileSync(new URL(INDEX_FILE, PRECOMPILED_DIR), 'utf8')) as Record<string, string>;
    } catch {
      index = null; // running from sources, or a build without precompiled code: compile at run time
    }
  }
  const file = index?.[key];
  if (file === undefined) return undefined;
  let module = modules.get(file);
  if (!module) modules.set(file, (module = requireWithCodeCache(fileURLToPath(new URL(file, PRECOMPILED_DIR))) as Record<string, ValidateFunction>));
  return module[key];
}

/** The validator of `schema`: precompiled by the build when the package ships this very schema, else compiled now. */
export function compileSchema(kind: SchemaKind, schema: object): ValidateFunction {
  recorder?.(kind, schema);
  const key = schemaKey(kind, schema);
  const found = precompiled(key) ?? compiledAtRunTime.get(key);
  if (found) return found;
  // A schema with an $id (each document schema; the project schema differs per importer list but
  // keeps its $id) gets an ajv of its own, as ajv refuses a second schema under the same id.
  let validate: ValidateFunction;
  if ('$id' in schema) validate = newAjv(kind).compile(schema as Record<string, unknown>);
  else {
    let ajv = runtimeAjv.get(kind);
    if (!ajv) runtimeAjv.set(kind, (ajv = newAjv(kind)));
    validate = ajv.compile(schema);
  }
  // Kept by content, as the precompiled code is: the same schema compiled again (a rule's
  // conditions in every audit of a process, each fixture case of `rules test`) is the same
  // validator, found instead of compiled. ajv keys its own cache by the schema object, which
  // parameter substitution makes anew each time.
  compiledAtRunTime.set(key, validate);
  return validate;
}

/** For the build: calls `record` with every schema compiled until the returned function is called. */
export function recordCompiledSchemas(record: (kind: SchemaKind, schema: object) => void): () => void {
  recorder = record;
  return () => {
    recorder = undefined;
  };
}

export const PRECOMPILED_INDEX = INDEX_FILE;
