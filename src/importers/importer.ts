// The one small interface every importer implements (as knip's plugins do): a format name, a
// content-based detector, and a loader that turns one source document into a partial inventory.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Manifest } from '../inventory/manifest-schema.js';
import type { SourceDocument } from '../sources/source-document.js';

export interface ImportResult {
  /** The entities found, in manifest form. */
  manifest: Manifest;
  /**
   * Pointer (in `document`) of entity objects of `manifest` that do not sit at their manifest
   * place (`/stores/3`, `/roles/1/grants/0`, `/system`), for evidence. A native manifest needs
   * none; an export whose entities are built from other shapes names where each came from.
   */
  pointers?: Map<object, string>;
  /** Warnings that do not stop the import. */
  warnings: Diagnostic[];
}

export interface Importer {
  /** Short format name, as written in a project file's `type:`. */
  readonly format: string;
  readonly title: string;
  /** True when the parsed document is of this format (decided by content, not file name). */
  detect(document: SourceDocument): boolean;
  /** Turns the document into manifest entities; throws InputError when it cannot. */
  load(document: SourceDocument): ImportResult;
}
