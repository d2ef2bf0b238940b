// One input file as an importer receives it: its bytes and hash at once, its text and its parsed
// YAML/JSON form only when asked for. Exports come as JSON (Keycloak), CSV and INI-like text
// (Casbin), SQL (pg_dump, SHOW GRANTS) or code, so no single parse fits every format.
import { createHash } from 'node:crypto';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { decodeUtf8, parseSourceText, readBytes, type SourceDocument } from './source-document.js';

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
}

export const HEAD_BYTES = 4096;

export function readSourceInput(fsPath: string, displayPath: string, limits: ReadLimits = DEFAULT_READ_LIMITS): SourceInput {
  // The bytes are kept only until they are decoded: from then on the text stands for them (a
  // national inventory's or a large YAML manifest's bytes are tens of megabytes).
  let bytes: Buffer | undefined = readBytes(fsPath, displayPath);
  const size = bytes.length;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string | undefined;
  let document: SourceDocument | undefined;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');
  const decoded = (): string => {
    if (text === undefined) {
      text = decodeUtf8(bytes as Buffer, displayPath);
      bytes = undefined;
    }
    return text;
  };
  return {
    path: displayPath,
    fsPath,
    sha256,
    size,
    head,
    text: decoded,
    document: () => (document ??= parseSourceText(decoded(), displayPath, sha256, { ...limits, bytes: size })),
  };
}
