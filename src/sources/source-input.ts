// One input file as an importer receives it: its bytes and hash at once, its text and its parsed
// YAML/JSON form only when asked for. Exports come as JSON (Keycloak), CSV and INI-like text
// (Casbin), SQL (pg_dump, SHOW GRANTS) or code, so no single parse fits every format.
import { createHash } from 'node:crypto';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { decodeUtf8, parseSourceBytes, readBytes, type Position, type SourceDocument } from './source-document.js';

export interface SourceInput {
  /** The path as shown to the user (relative to the working directory, forward slashes). */
  readonly path: string;
  /** Absolute path on disk. */
  readonly fsPath: string;
  readonly sha256: string;
  readonly size: number;
  /** The first bytes, for cheap detection before any decoding. */
  readonly head: string; // the first HEAD_BYTES bytes, decoded leniently
  /** The whole file as UTF-8 text (BOM dropped); throws InputError naming the file otherwise. */
  text(): string;
  /** The file parsed as YAML or JSON, with a locator; throws InputError when it is neither. */
  document(): SourceDocument;
  /** Positions of pointers in the file parsed as YAML or JSON (see SourceDocument.locate). */
  locate(pointers: Iterable<string>): Map<string, Position>;
  /**
   * Lets go of the parsed data once the file is imported, keeping only what locating needs (for
   * JSON, the bytes): a realm export's parsed users are garbage once they are accounts. A later
   * document() parses the file again.
   */
  releaseDocument(): void;
}

export const HEAD_BYTES = 4096;

export function readSourceInput(fsPath: string, displayPath: string, limits: ReadLimits = DEFAULT_READ_LIMITS): SourceInput {
  const bytes = readBytes(fsPath, displayPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string | undefined;
  let document: SourceDocument | undefined;
  let locate: SourceDocument['locate'] | undefined;
  // The text is decoded for the parse only, not kept: a JSON document locates on the bytes.
  const parsed = () => (document ??= parseSourceBytes(bytes, displayPath, sha256, limits, text));
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');
  return {
    path: displayPath,
    fsPath,
    sha256,
    size: bytes.length,
    head,
    text: () => (text ??= decodeUtf8(bytes, displayPath)),
    document: parsed,
    locate: (pointers) => (locate ??= parsed().locate)(pointers),
    releaseDocument: () => {
      if (document) locate ??= document.locate;
      document = undefined;
    },
  };
}
