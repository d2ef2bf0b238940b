// Errors about a mapping entry name it by its pointer in the project file; the loader puts the
// line on it (src/inventory/load-inventory.ts), as for every importer.
import type { Diagnostic, DiagnosticSeverity } from '../../inventory/diagnostic.js';
import type { SourceRef } from '../../inventory/provenance.js';

/**
 * A diagnostic about `mapping<suffix>` of the source's project-file entry; without a project
 * file (sources detected by content) it names `file`.
 */
export function mappingDiagnostic(context: { mappingPlace?: SourceRef | undefined }, suffix: string, severity: DiagnosticSeverity, message: string, expected: string, file: string): Diagnostic {
  const place = context.mappingPlace;
  if (!place) return { severity, file, message, expected };
  return { severity, file: place.file, pointer: `${place.pointer}${suffix}`, message, expected };
}
