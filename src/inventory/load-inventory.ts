// From paths to one validated inventory: discover files, parse each, detect its format, import,
// merge. Problems in every file are gathered and reported together.
import { IMPORTERS } from '../importers/registry.js';
import { discoverFiles } from '../sources/discover-files.js';
import { readSourceDocument, type SourceDocument } from '../sources/source-document.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { buildInventory, type LoadedSource } from './build-inventory.js';
import { compareDiagnostics, InputError, type Diagnostic } from './diagnostic.js';
import type { Inventory } from './inventory.js';

export interface LoadOptions {
  cwd?: string;
  taxonomy: Taxonomy;
}

export interface LoadedInventory {
  inventory: Inventory;
  warnings: Diagnostic[];
  /** The parsed files by display path, to turn evidence pointers into lines later. */
  documents: Map<string, SourceDocument>;
}

export function loadInventory(paths: string[], options: LoadOptions): LoadedInventory {
  const files = discoverFiles(paths, options.cwd);
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const sources: LoadedSource[] = [];
  for (const file of files) {
    try {
      const document = readSourceDocument(file.fsPath, file.displayPath);
      const importer = IMPORTERS.find((i) => i.detect(document));
      if (!importer) {
        warnings.push({ severity: 'warning', file: file.displayPath, message: 'not a recognised source format; skipped', expected: 'a manifest with apiVersion: pipl-audit/v1' });
        continue;
      }
      const result = importer.load(document);
      warnings.push(...result.warnings);
      sources.push({ document, format: importer.format, result });
    } catch (error) {
      if (error instanceof InputError) errors.push(...error.diagnostics);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputError(errors.sort(compareDiagnostics));
  if (sources.length === 0) {
    throw new InputError([
      {
        severity: 'error',
        file: paths.join(', '),
        message: files.length === 0 ? 'no YAML or JSON files found' : 'no manifest among the files found',
        expected: 'at least one manifest file (apiVersion: pipl-audit/v1)',
      },
    ]);
  }
  return {
    inventory: buildInventory(sources, options.taxonomy),
    warnings: warnings.sort(compareDiagnostics),
    documents: new Map(sources.map((s) => [s.document.path, s.document])),
  };
}
