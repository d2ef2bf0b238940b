// Errors about a mapping entry point at its line in the project file.
import { resolve } from 'node:path';
import type { Diagnostic, DiagnosticSeverity } from '../../inventory/diagnostic.js';
import { readSourceDocument } from '../../sources/source-document.js';
import type { ImportContext } from '../importer.js';

/**
 * A diagnostic about `mapping<suffix>` of the source's project-file entry, with its line when the
 * project file can be read; without a project file (sources detected by content) it names `file`.
 */
export function mappingDiagnostic(context: ImportContext, suffix: string, severity: DiagnosticSeverity, message: string, expected: string, file: string): Diagnostic {
  const place = context.mappingPlace;
  if (!place) return { severity, file, message, expected };
  const pointer = `${place.pointer}${suffix}`;
  let position: { line: number; column: number } | undefined;
  try {
    position = readSourceDocument(resolve(context.cwd, place.file), place.file).locate([pointer]).get(pointer);
  } catch {
    position = undefined;
  }
  return { severity, file: place.file, ...(position ?? {}), pointer, message, expected };
}
