// The project file, pipl-audit.yaml: which manifests and exports to read (each export with its
// type, options and the mapping that ties its objects to the manifest), which rule packs to run,
// parameter overrides, rules switched off, and the date the audit speaks for. Paths are relative
// to it. Each importer publishes the schema of its own options and mapping; the project schema
// is composed from them, so an editor completes `mapping:` for the `type:` chosen.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { Importer } from '../importers/importer.js';
import { IMPORTERS } from '../importers/registry.js';
import type { SourceSpec } from '../inventory/load-inventory.js';
import { InputError } from '../inventory/diagnostic.js';
import { IsoDate } from '../inventory/manifest-schema.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument, type SourceDocument } from '../sources/source-document.js';
import { isShippedPackName } from '../rules/load-rule-pack.js';
import { documentationBase, DOCUMENTATION_BASE_EXPECTED } from '../report/documentation-links.js';
import { confinementOf, confinementProblem, type Confinement } from './project-confinement.js';

export const PROJECT_FILE_NAMES = ['pipl-audit.yaml', 'pipl-audit.yml'];

const Paths = Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })], { description: 'file or folder, or a list of them, relative to this file' });

const sourceEntryBase = (formats: string[]) =>
  Type.Object(
    {
      type: Type.Unsafe<string>({ type: 'string', ...(formats.length > 0 ? { enum: formats } : {}), description: 'export format' }),
      path: Paths,
      options: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'options of this export type' })),
      mapping: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'ties the export’s objects to the manifest’s ids' })),
    },
    { additionalProperties: false },
  );
type SourceEntry = Static<ReturnType<typeof sourceEntryBase>>;

/** Per type, the importer's own options and mapping schemas (if/then, so errors name the right one). */
function typedSourceEntry(importers: readonly Importer[]): TSchema {
  const base = sourceEntryBase(importers.filter((i) => i.format !== 'manifest').map((i) => i.format));
  const branches = importers.filter((i) => i.optionsSchema || i.mappingSchema).map((i) => ({
    if: { properties: { type: { const: i.format } }, required: ['type'] },
    then: { properties: { ...(i.optionsSchema ? { options: i.optionsSchema } : {}), ...(i.mappingSchema ? { mapping: i.mappingSchema } : {}) } },
  }));
  return branches.length === 0 ? base : Type.Unsafe({ ...base, allOf: branches });
}

/** The project file's schema for a set of importers (the published one: the shipped importers). */
export function projectFileSchema(importers: readonly Importer[]) {
  return Type.Object(
    {
      $schema: Type.Optional(Type.String()),
      version: Type.Literal(1),
      manifests: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'manifest files or folders, relative to this file (other formats found there are detected by content)' })),
      sources: Type.Optional(Type.Array(Type.Unsafe<SourceEntry>(typedSourceEntry(importers)), { description: 'exports to import, each with its type, options and mapping' })),
      packs: Type.Optional(Type.Array(Type.String(), { description: 'rule packs: a shipped pack name (core, express, …) or a folder' })),
      params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: '`RULE-ID.param` for one rule, `param` for every rule that has it' })),
      disable: Type.Optional(Type.Array(Type.String(), { description: 'rule ids not to run (every report lists them; disabling every rule is an error)' })),
      maxSuppressedShare: Type.Optional(
        Type.Number({ minimum: 0, maximum: 100, description: 'per cent of FAIL findings the exceptions may suppress before every report warns (an error under --strict-exceptions); default 50' }),
      ),
      asOf: Type.Optional(IsoDate),
      frameworks: Type.Optional(
        Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]*$' }), { uniqueItems: true, description: 'shipped audit frameworks to judge item by item on every audit (`pipl-audit frameworks list`), e.g. cac-2025' }),
      ),
      exceptions: Type.Optional(Type.String({ description: 'the exceptions file, relative to this file (default: pipl-audit.exceptions.yaml beside it, when present)' })),
      docsUrl: Type.Optional(
        Type.String({
          pattern: '^https?://',
          description: "where you host pipl-audit's documentation (README.md and docs/ under it): SARIF links each rule to docs/rules/ID.md there; default: package.json's homepage",
        }),
      ),
      lang: Type.Optional(
        Type.Unsafe<'zh' | 'en'>({ type: 'string', enum: ['zh', 'en'], description: 'the language of reports and messages for this project, unless --lang says otherwise (default: from LC_ALL / LC_MESSAGES / LANG)' }),
      ),
    },
    { additionalProperties: false, $id: 'https://pipl-audit.dev/schemas/project-v1.json', title: 'pipl-audit project file' },
  );
}

export const ProjectFileSchema = projectFileSchema(IMPORTERS);
export type ProjectFile = Static<typeof ProjectFileSchema>;

export interface LoadedProject {
  file: string;
  dir: string;
  /** Manifests, paths relative to the working directory. */
  manifests: string[];
  /** Typed sources, paths relative to the working directory. */
  sources: SourceSpec[];
  config: ProjectFile;
}

/** A project file named directly, or found at the top of a directory given as the only input. */
export function findProjectFile(paths: string[], cwd: string): string | undefined {
  if (paths.length !== 1) return undefined;
  const full = resolve(cwd, paths[0] ?? '.');
  if (!existsSync(full)) return undefined;
  if (statSync(full).isFile()) return PROJECT_FILE_NAMES.some((n) => full.endsWith(n)) ? full : undefined;
  return PROJECT_FILE_NAMES.map((n) => join(full, n)).find((f) => existsSync(f));
}

/** A project file named with `--config`: it must exist and be a file; it replaces the paths. */
export function explicitProjectFile(config: string, paths: string[], cwd: string): string {
  if (paths.length > 0) throw new InputError([{ severity: 'error', file: config, message: `--config names the project file; the paths ${paths.join(', ')} are given as well`, expected: 'either --config FILE or paths, not both' }]);
  const full = resolve(cwd, config);
  if (!existsSync(full) || !statSync(full).isFile()) throw new InputError([{ severity: 'error', file: config, message: 'the project file named by --config does not exist or is not a file', expected: 'a pipl-audit project file (YAML, `version: 1`)' }]);
  return full;
}

const validators = new WeakMap<readonly Importer[], ReturnType<typeof compileSchema>>();

export interface ProjectFileOptions {
  importers?: readonly Importer[];
  /** Folders outside the project that its paths may name (the user's --allow-outside; never read from a file). */
  allowOutside?: readonly string[];
}

export function loadProjectFile(fsPath: string, cwd: string, options: ProjectFileOptions = {}): LoadedProject {
  const importers = options.importers ?? IMPORTERS;
  const dir = dirname(fsPath);
  const confinement = confinementOf(dir, options.allowOutside ?? [], cwd);
  const selfProblem = confinementProblem(fsPath, confinement);
  if (selfProblem) throw new InputError([{ severity: 'error', file: displayPathOf(fsPath, cwd), ...selfProblem }]);
  const document = readSourceDocument(fsPath, displayPathOf(fsPath, cwd));
  let validate = validators.get(importers);
  if (!validate) validators.set(importers, (validate = compileSchema('document', importers === IMPORTERS ? ProjectFileSchema : projectFileSchema(importers))));
  if (!validate(document.data)) {
    throw new InputError(problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  const config = document.data as ProjectFile;
  if (!config.manifests && !config.sources) {
    throw new InputError([{ severity: 'error', file: document.path, ...(document.locate(['']).get('') ?? {}), message: 'the project names neither manifests nor sources', expected: '`manifests:` or `sources:` (or both)' }]);
  }
  checkConfinement(pathEntries(config, importers), dir, confinement, document);
  if (config.docsUrl !== undefined && documentationBase(config.docsUrl) === undefined) {
    const at = document.locate(['/docsUrl']).get('/docsUrl') ?? {};
    throw new InputError([{ severity: 'error', file: document.path, pointer: '/docsUrl', ...at, message: `"${config.docsUrl}" is not a documentation base`, expected: DOCUMENTATION_BASE_EXPECTED }]);
  }
  // Paths in the file are relative to it; callers get them relative to the working directory.
  const rebase = (p: string) => relative(cwd, resolve(dir, p)) || '.';
  const sources: SourceSpec[] = (config.sources ?? []).map((entry, i) => ({
    type: entry.type,
    paths: (typeof entry.path === 'string' ? [entry.path] : entry.path).map(rebase),
    ...(entry.options ? { options: entry.options } : {}),
    ...(entry.mapping ? { mapping: entry.mapping } : {}),
    place: { file: document.path, pointer: `/sources/${i}` },
    baseDir: dir,
  }));
  return { file: document.path, dir, manifests: (config.manifests ?? []).map(rebase), sources, config };
}

/** Every path the project file names, with its pointer: manifests, source paths, path options, the exceptions file, rule-pack folders. */
function pathEntries(config: ProjectFile, importers: readonly Importer[]): Array<{ pointer: string; path: string }> {
  const entries: Array<{ pointer: string; path: string }> = [];
  (config.manifests ?? []).forEach((path, i) => entries.push({ pointer: `/manifests/${i}`, path }));
  (config.sources ?? []).forEach((source, i) => {
    if (typeof source.path === 'string') entries.push({ pointer: `/sources/${i}/path`, path: source.path });
    else source.path.forEach((path, j) => entries.push({ pointer: `/sources/${i}/path/${j}`, path }));
    const pathOptions = importers.find((imp) => imp.format === source.type)?.pathOptions ?? [];
    for (const key of pathOptions) {
      const value = source.options?.[key];
      if (typeof value === 'string') entries.push({ pointer: `/sources/${i}/options/${key}`, path: value });
    }
  });
  if (config.exceptions !== undefined) entries.push({ pointer: '/exceptions', path: config.exceptions });
  (config.packs ?? []).forEach((name, i) => {
    if (!isShippedPackName(name)) entries.push({ pointer: `/packs/${i}`, path: name });
  });
  return entries;
}

function checkConfinement(entries: Array<{ pointer: string; path: string }>, dir: string, confinement: Confinement, document: SourceDocument): void {
  const refused = entries.flatMap((entry) => {
    const problem = confinementProblem(resolve(dir, entry.path), confinement);
    return problem ? [{ ...entry, ...problem }] : [];
  });
  if (refused.length === 0) return;
  const positions = document.locate(refused.map((r) => r.pointer));
  throw new InputError(refused.map((r) => ({ severity: 'error', file: document.path, ...(positions.get(r.pointer) ?? {}), pointer: r.pointer, message: r.message, expected: r.expected })));
}
