// `init` as a library call: detect the exports in a project folder, import each with an empty
// mapping (to learn what it names: tables with PI, roles, logins, accounts), and draft the
// project file and manifest. Nothing is written here; the CLI writes the files.
import { basename, resolve } from 'node:path';
import { realpathSync } from 'node:fs';
import type { Lang } from '../i18n/bilingual.js';
import type { Importer } from '../importers/importer.js';
import { IMPORTERS } from '../importers/registry.js';
import { InputError } from '../inventory/diagnostic.js';
import { emptyInventory } from '../inventory/inventory.js';
import { loadInventory } from '../inventory/load-inventory.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { isWithin } from '../sources/path-within.js';
import { detectExports, type DetectedExports } from './detect-exports.js';
import { DRAFT_MANIFEST_FILE, draftProject, PROJECT_FILE, type DraftProject, type ImportedSource } from './draft-project.js';

export interface InitOptions {
  /** The project folder (it must exist). */
  dir: string;
  /** Exports (files or folders) inside it; default: the whole folder. */
  exports?: string[];
  cwd?: string;
  importers?: readonly Importer[];
  /** The language of the drafted files' comments (default English). */
  lang?: Lang;
}

export interface InitResult {
  projectFile: string;
  manifestFile: string;
  draft: DraftProject;
  detected: DetectedExports;
  /** Every file read, to refuse writing over one. */
  inputs: string[];
}

export async function initProject(options: InitOptions): Promise<InitResult> {
  const cwd = options.cwd ?? process.cwd();
  const dir = realpathSync(resolve(cwd, options.dir));
  const exports = (options.exports ?? []).length > 0 ? (options.exports as string[]) : [dir];
  // Paths stay inside the project, as the project file's paths must.
  const outside = exports.filter((e) => {
    try {
      return !isWithin(realpathSync(resolve(cwd, e)), dir);
    } catch {
      return false; // reported by detection as missing
    }
  });
  if (outside.length > 0) {
    throw new InputError(outside.map((file) => ({ severity: 'error' as const, file, message: 'the export is outside the project folder', expected: `a file or folder inside ${options.dir} (copy the export there)` })));
  }
  const projectFile = resolve(dir, PROJECT_FILE);
  const manifestFile = resolve(dir, DRAFT_MANIFEST_FILE);
  const importers = options.importers ?? IMPORTERS;
  const detected = detectExports(exports, dir, cwd, [projectFile, manifestFile], importers);
  const imported: ImportedSource[] = [];
  for (const source of detected.sources) {
    const result = await source.importer.load(source.inputs, { cwd, baseDir: dir, options: {}, mapping: {}, declared: emptyInventory() });
    imported.push({ source, result });
  }
  const systemId = basename(dir).replace(/[^A-Za-z0-9\u4e00-\u9fff._-]/g, '-').replace(/^[^A-Za-z0-9\u4e00-\u9fff]+/, '') || 'system';
  // Manifests already in the folder stay; what they declare is used, not declared again.
  const existing = detected.manifests.length > 0 ? loadInventory(detected.manifests.map((m) => resolve(dir, m)), { cwd, taxonomy: loadTaxonomy() }).inventory : emptyInventory();
  const declared = { system: existing.system !== undefined, stores: new Set(existing.stores.map((s) => s.id)), roles: new Set(existing.roles.map((r) => r.id)) };
  const draft = draftProject(systemId, detected.manifests, imported, declared, options.lang ?? 'en');
  return { projectFile, manifestFile, draft, detected, inputs: detected.sources.flatMap((s) => s.inputs.map((i) => i.fsPath)) };
}
