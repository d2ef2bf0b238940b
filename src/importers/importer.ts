// The one small interface every importer implements (as knip's plugins do): a format name, a
// content-based detector, and a loader that turns one source document into a partial inventory.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { Manifest } from '../inventory/manifest-schema.js';
import type { SourceDocument } from '../sources/source-document.js';

export interface ImportResult {
  /** The entities found, in manifest form, each with the pointer it came from. */
  manifest: Manifest;
  /** Pointer (in `document`) of each entity object of `manifest`, for evidence. */
  pointers: Map<object, string>;
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
