// One input file as an importer receives it: its bytes and hash at once, its text and its parsed
// YAML/JSON form only when asked for. Exports come as JSON (Keycloak), CSV and INI-like text
// (Casbin), SQL (pg_dump, SHOW GRANTS) or code, so no single parse fits every format.
import { createHash } from 'node:crypto';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { locateJsonPointers } from './json-locator.js';
import { decodeUtf8, isJsonPath, jsonDocumentOf, jsonTextForParse, parseSourceBytes, readBytesWithRoom, type Position, type SourceDocument } from './source-document.js';

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
   * Lets go of the parsed data and the decoded text once the file is imported (or handed to a
   * worker), keeping only what locating needs (the bytes): a realm export's parsed users
   * are garbage once they are accounts, a 2,000,000-line Casbin policy's text is the worker's. A
   * later document() parses the file again, a later text() decodes it again.
   */
  releaseDocument(): void;
}

export const HEAD_BYTES = 4096;

/**
 * Room after a .json file's bytes for the escapes of its one-byte text: 1/64 of its size (plus a
 * page), enough for a realm export whose names are Chinese (each character 3 bytes, 6 escaped;
 * the 300,000-user bench realm needs 0.07 %). A file whose text grows more is copied instead.
 */
const escapeRoom = (size: number): number => Math.ceil(size / 64) + 4096;

export function readSourceInput(fsPath: string, displayPath: string, limits: ReadLimits = DEFAULT_READ_LIMITS): SourceInput {
  // A .json file is read with a little room after its bytes, for the few escapes its one-byte text
  // may add (jsonTextForParse writes them in place, then puts the bytes back).
  const json = isJsonPath(displayPath);
  const { bytes: read, room } = readBytesWithRoom(fsPath, displayPath, json ? escapeRoom : () => 0);
  const sha256 = createHash('sha256').update(read).digest('hex');
  const size = read.length;
  const head = new TextDecoder('utf-8').decode(read.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');
  // The bytes are kept for the whole audit: a .json file locates its findings' evidence on them.
  // (They used to be let go while the file was parsed and imported, and read and hashed again for
  // the locate; since its one-byte text is no longer escaped into a second buffer as long as the
  // file (jsonTextForParse), keeping them costs the 317 MB realm export less memory at the peak
  // than reading them again did, and about a second less CPU: bench/README.md, seventh pass on the
  // importers.)
  const bytes: Buffer = read;
  // The bytes and the room after them: the first parse writes the escapes there (a later one,
  // after releaseDocument, copies).
  let spareRoom: Buffer | undefined = json ? room : undefined;
  let text: string | undefined;
  let document: SourceDocument | undefined;
  let locate: SourceDocument['locate'] | undefined;
  // The text is decoded for the parse only, not kept: a JSON document locates on the bytes.
  const parsed = (): SourceDocument => {
    if (document) return document;
    if (text === undefined && isJsonPath(displayPath)) {
      // The bytes have room after them for the escapes, and are put back as they were.
      const forParse = jsonTextForParse(bytes, displayPath, spareRoom);
      spareRoom = undefined;
      if (forParse !== undefined) {
        document = jsonDocumentOf(forParse, displayPath, sha256, (pointers) => locateJsonPointers(bytes, pointers));
        if (document) return document;
      }
    }
    return (document = parseSourceBytes(bytes, displayPath, sha256, limits, text));
  };
  return {
    path: displayPath,
    fsPath,
    sha256,
    size,
    head,
    text: () => (text ??= decodeUtf8(bytes, displayPath)),
    document: parsed,
    locate: (pointers) => (locate ??= parsed().locate)(pointers),
    releaseDocument: () => {
      if (document) locate ??= document.locate;
      document = undefined;
      text = undefined;
    },
  };
}
