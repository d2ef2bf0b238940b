// The project file, pipl-audit.yaml: which manifests to read, which rule packs to run, parameter
// overrides, rules switched off, and the date the audit speaks for. Paths are relative to it.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { InputError } from '../inventory/diagnostic.js';
import { IsoDate } from '../inventory/manifest-schema.js';
import { createAjv } from '../schema/ajv-instance.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument } from '../sources/source-document.js';

export const PROJECT_FILE_NAMES = ['pipl-audit.yaml', 'pipl-audit.yml'];

export const ProjectFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    version: Type.Literal(1),
    manifests: Type.Array(Type.String(), { minItems: 1, description: 'manifest files or folders, relative to this file' }),
    packs: Type.Optional(Type.Array(Type.String(), { description: 'rule packs: a shipped pack name (core, express, …) or a folder' })),
    params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: '`RULE-ID.param` for one rule, `param` for every rule that has it' })),
    disable: Type.Optional(Type.Array(Type.String(), { description: 'rule ids not to run' })),
    asOf: Type.Optional(IsoDate),
  },
  { additionalProperties: false, $id: 'https://pipl-audit.dev/schemas/project-v1.json', title: 'pipl-audit project file' },
);
export type ProjectFile = Static<typeof ProjectFileSchema>;

export interface LoadedProject {
  file: string;
  dir: string;
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

let validate: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

export function loadProjectFile(fsPath: string, cwd: string): LoadedProject {
  const document = readSourceDocument(fsPath, displayPathOf(fsPath, cwd));
  validate ??= createAjv().compile(ProjectFileSchema);
  if (!validate(document.data)) {
    throw new InputError(problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  const config = document.data as ProjectFile;
  const dir = dirname(fsPath);
  // Paths in the file are relative to it; callers get them relative to the working directory.
  const rebase = (p: string) => relative(cwd, resolve(dir, p)) || '.';
  return { file: document.path, dir, config: { ...config, manifests: config.manifests.map(rebase) } };
}
