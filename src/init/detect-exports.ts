// Which exports a folder holds, by content: every file is offered to each importer's `detect`
// in the registry's order (so a reader added to src/importers/registry.ts is detected by `init`
// with no change here), and the files of one format are grouped into sources by the importer's
// own `group`. Manifests already there are kept as manifests.
import { relative, sep } from 'node:path';
import type { Importer } from '../importers/importer.js';
import { IMPORTERS } from '../importers/registry.js';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { discoverFiles } from '../sources/discover-files.js';
import { readSourceInput, type SourceInput } from '../sources/source-input.js';

export interface DetectedSource {
  importer: Importer;
  inputs: SourceInput[];
  /** The paths of its files relative to the project folder, forward slashes. */
  paths: string[];
}

export interface DetectedExports {
  manifests: string[];
  sources: DetectedSource[];
  /** Files no importer recognised (listed, not guessed at). */
  unrecognised: string[];
}

export function detectExports(paths: string[], projectDir: string, cwd: string, skip: readonly string[], importers: readonly Importer[] = IMPORTERS): DetectedExports {
  const extensions = new Set(importers.flatMap((i) => i.extensions));
  const files = discoverFiles(paths, cwd, extensions);
  const manifests: string[] = [];
  const unrecognised: string[] = [];
  const byImporter = new Map<Importer, SourceInput[]>();
  const problems: Diagnostic[] = [];
  const rel = (fsPath: string) => relative(projectDir, fsPath).split(sep).join('/');
  for (const file of files) {
    if (skip.includes(file.fsPath)) continue;
    try {
      const input = readSourceInput(file.fsPath, file.displayPath);
      let importer: Importer | undefined;
      try {
        importer = importers.find((i) => i.extensions.some((e) => input.path.toLowerCase().endsWith(e)) && i.detect(input));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
      if (!importer) unrecognised.push(rel(file.fsPath));
      else if (importer.format === 'manifest') manifests.push(rel(file.fsPath));
      else byImporter.set(importer, [...(byImporter.get(importer) ?? []), input]);
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.diagnostics);
      else throw error;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const sources: DetectedSource[] = [];
  for (const importer of importers) {
    const inputs = byImporter.get(importer);
    if (!inputs) continue;
    for (const group of importer.group ? importer.group(inputs) : inputs.map((i) => [i])) {
      sources.push({ importer, inputs: group, paths: group.map((i) => rel(i.fsPath)) });
    }
  }
  return { manifests, sources, unrecognised };
}
