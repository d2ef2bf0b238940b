// Rule packs: a folder with a pack.yaml (name, version, sectors) and rule files below it, each
// rule beside its fixtures (<ID>.yaml and <ID>.test.yaml). Rule files are validated like any
// other input: every problem with its file, line and pointer.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { Type, type Static } from '@sinclair/typebox';
import { compareDiagnostics, InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument } from '../sources/source-document.js';
import { shippedDocument, type ShippedDocumentKind } from '../schema/shipped-documents.js';
import { FixtureFileSchema, RuleSchema, type FixtureFile, type RuleDefinition } from './rule-schema.js';
import { appendAll } from '../collections/append-all.js';

export const SHIPPED_RULES_DIR = join(PACKAGE_ROOT, 'rules');

export const PackManifestSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    version: Type.String(),
    title: Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false }),
    sectors: Type.Optional(Type.Array(Type.String(), { description: 'enabled by default only for systems of these sectors' })),
  },
  { additionalProperties: false },
);
export type PackManifest = Static<typeof PackManifestSchema>;

export interface LoadedRule {
  definition: RuleDefinition;
  file: string;
  /** The fixture file beside the rule, as shown to the user (undefined when there is none). */
  fixturesFile: string | undefined;
  /** Parses and validates the fixtures on first use: an audit never needs them. */
  loadFixtures(): FixtureFile | undefined;
  pack: string;
}

export interface RulePack {
  manifest: PackManifest;
  dir: string;
  rules: LoadedRule[];
  /** SHA-256 over every rule and fixture file of the pack, path and content (the evidence of which rules ran). */
  hash: string;
}

let validators: { rule: ValidateFunction; pack: ValidateFunction } | undefined;
let fixturesValidator: ValidateFunction | undefined;
function getValidators() {
  validators ??= { rule: compileSchema('document', RuleSchema), pack: compileSchema('document', PackManifestSchema) };
  return validators;
}
/** Fixtures are only read by `rules test`: their validator is compiled then. */
function getFixturesValidator(): ValidateFunction {
  fixturesValidator ??= compileSchema('document', FixtureFileSchema);
  return fixturesValidator;
}

function validated<T>(fsPath: string, validate: ValidateFunction, problems: Diagnostic[], kind?: ShippedDocumentKind): { data: T; sha256: string } | undefined {
  // A file of the package's own packs, unchanged since the build parsed and validated it.
  if (kind && fsPath.startsWith(SHIPPED_RULES_DIR + sep)) {
    const sha256 = createHash('sha256').update(readFileSync(fsPath)).digest('hex');
    const data = shippedDocument(kind, sha256);
    if (data !== undefined) return { data: data as T, sha256 };
  }
  try {
    const document = readSourceDocument(fsPath, displayPathOf(fsPath));
    if (!validate(document.data)) {
      appendAll(problems, problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
      return undefined;
    }
    return { data: document.data as T, sha256: document.sha256 };
  } catch (error) {
    if (error instanceof InputError) {
      appendAll(problems, error.diagnostics);
      return undefined;
    }
    throw error;
  }
}

function yamlFilesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) appendAll(out, yamlFilesBelow(full));
    else if (/\.ya?ml$/.test(entry) && entry !== 'pack.yaml') out.push(full);
  }
  return out;
}

export function loadRulePack(dir: string): RulePack {
  const problems: Diagnostic[] = [];
  const { rule: validateRule, pack: validatePack } = getValidators();
  const packFile = join(dir, 'pack.yaml');
  if (!existsSync(packFile)) {
    throw new InputError([{ severity: 'error', file: displayPathOf(dir), message: 'not a rule pack: pack.yaml is missing', expected: 'a folder with pack.yaml and rule files' }]);
  }
  const pack = validated<PackManifest>(packFile, validatePack, problems, 'pack');
  const hash = createHash('sha256');
  const rules: LoadedRule[] = [];
  const seen = new Map<string, string>();
  const files = yamlFilesBelow(dir);
  const fixtureFiles = new Set(files.filter((f) => f.endsWith('.test.yaml')));
  for (const file of files) {
    if (fixtureFiles.has(file)) continue;
    const loaded = validated<RuleDefinition>(file, validateRule, problems, 'rule');
    if (!loaded) continue;
    const definition = loaded.data;
    const display = displayPathOf(file);
    hash.update(relative(dir, file).split(sep).join('/')).update('\0').update(loaded.sha256).update('\0');
    if (basename(file).replace(/\.ya?ml$/, '') !== definition.id) {
      problems.push({ severity: 'error', file: display, pointer: '/id', message: `rule id "${definition.id}" does not match the file name`, expected: `${definition.id}.yaml` });
    }
    const first = seen.get(definition.id);
    if (first) problems.push({ severity: 'error', file: display, pointer: '/id', message: `duplicate rule id "${definition.id}" (also in ${first})`, expected: 'rule ids unique within a pack' });
    seen.set(definition.id, display);
    const fixturesPath = file.replace(/\.ya?ml$/, '.test.yaml');
    const hasFixtures = fixtureFiles.has(fixturesPath);
    if (hasFixtures) {
      // The fixtures are part of the pack's content (and its hash) but are only parsed for `rules test`.
      const bytes = readFileSync(fixturesPath);
      hash.update(relative(dir, fixturesPath).split(sep).join('/')).update('\0').update(createHash('sha256').update(bytes).digest('hex')).update('\0');
    }
    let fixtures: FixtureFile | undefined;
    let parsed = false;
    rules.push({
      definition,
      file: display,
      fixturesFile: hasFixtures ? displayPathOf(fixturesPath) : undefined,
      loadFixtures() {
        if (!parsed && hasFixtures) {
          const fixtureProblems: Diagnostic[] = [];
          fixtures = validated<FixtureFile>(fixturesPath, getFixturesValidator(), fixtureProblems)?.data;
          if (fixtureProblems.length > 0) throw new InputError(fixtureProblems);
        }
        parsed = true;
        return fixtures;
      },
      pack: pack?.data.name ?? basename(dir),
    });
  }
  if (problems.length > 0 || !pack) throw new InputError(problems.sort(compareDiagnostics));
  rules.sort((a, b) => (a.definition.id < b.definition.id ? -1 : 1));
  return { manifest: pack.data, dir, rules, hash: hash.digest('hex') };
}

/** The packs shipped with pipl-audit, by folder name order. */
/** A shipped pack's name (core, express, …) rather than a folder path. */
export function isShippedPackName(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name) && existsSync(join(SHIPPED_RULES_DIR, name, 'pack.yaml'));
}

export function shippedPackDirs(): string[] {
  return readdirSync(SHIPPED_RULES_DIR)
    .sort()
    .map((name) => join(SHIPPED_RULES_DIR, name))
    .filter((dir) => existsSync(join(dir, 'pack.yaml')));
}
