// A YAML or JSON file as read from disk: its data, its hash, and a way back from a JSON pointer
// to the line and column it came from. JSON is parsed with JSON.parse (the fastest path for
// national-scale exports); positions are only looked up, in one batch, for the pointers that
// findings cite (src/sources/json-locator.ts); jsonc-parser explains malformed JSON. YAML is read
// by js-yaml's event parser with a position index (src/sources/yaml-event-reader.ts), and by the
// `yaml` library's Document whenever that reader declines (src/sources/yaml-library-reader.ts).
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import jsoncParser from 'jsonc-parser';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { lineStartsOf, locateJsonPointers, positionOf } from './json-locator.js';
import { collectGarbage } from './collect-garbage.js';
import { PART_CHARS, readYamlWithEvents } from './yaml-event-reader.js';
import { locateInDocument, parsePositioned, readYamlWithLibrary, type PositionedDocument } from './yaml-library-reader.js';

export interface Position {
  line: number;
  column: number;
}

export type SourceFormat = 'yaml' | 'json';

export interface SourceDocument {
  /** The path as shown to the user (relative to the working directory, with forward slashes). */
  readonly path: string;
  readonly format: SourceFormat;
  readonly data: unknown;
  readonly sha256: string;
  /** Positions of the given pointers; a pointer not present resolves to its nearest ancestor. */
  locate(pointers: Iterable<string>): Map<string, Position>;
}

const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Reads bytes as UTF-8 text, dropping a BOM; any other encoding is an input error. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  // isUtf8 (simdutf) then Buffer's decoder: several times faster on a national export than a
  // fatal TextDecoder, and the same strictness (overlong forms, surrogates and truncated
  // sequences are refused by both).
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Offset(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const line = before.split('\n').length;
    throw new InputError([
      {
        severity: 'error',
        file: path,
        line,
        message: `file is not valid UTF-8 (byte offset ${offset}); it may be GBK/GB18030-encoded`,
        expected: 'UTF-8 text (convert with `iconv -f GB18030 -t UTF-8`)',
      },
    ]);
  }
  const start = bomLength(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const valid = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The bytes of a regular file. The file is opened without blocking and checked on its open
 * descriptor, so a FIFO, a device or a socket is refused without ever waiting on it, and what is
 * checked is what is read.
 */
export function readBytes(fsPath: string, displayPath: string): Buffer {
  let fd: number;
  try {
    fd = openSync(fsPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new InputError([{ severity: 'error', file: displayPath, message: 'cannot read file', expected: 'an existing, readable file' }]);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new InputError([{ severity: 'error', file: displayPath, message: `not a regular file (${fileKindOf(stat)})`, expected: 'a regular file' }]);
    }
    if (stat.size > MAX_FILE_BYTES) {
      throw new InputError([{ severity: 'error', file: displayPath, message: `file is ${stat.size} bytes`, expected: `at most ${MAX_FILE_BYTES} bytes` }]);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a path that is not a regular file is, in words. */
export function fileKindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

export function formatOf(path: string, text: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

export function readSourceDocument(fsPath: string, displayPath: string, limits: ReadLimits = DEFAULT_READ_LIMITS): SourceDocument {
  const bytes = readBytes(fsPath, displayPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return parseSourceBytes(bytes, displayPath, sha256, limits);
}

/**
 * A file's bytes parsed as YAML or JSON (`text`: the bytes decoded already, if they were). A JSON
 * document locates on its bytes, so its decoded text is garbage once parsed.
 */
export function parseSourceBytes(bytes: Uint8Array, displayPath: string, sha256: string, limits: ReadLimits = DEFAULT_READ_LIMITS, text?: string): SourceDocument {
  const decoded = text ?? decodeUtf8(bytes, displayPath);
  if (formatOf(displayPath, decoded) === 'json') return parseJsonDocument(decoded, displayPath, sha256, bytes);
  return parseSourceText(decoded, displayPath, sha256, { ...limits, bytes: bytes.length });
}

/** `limits.bytes`: the file's size, when known (otherwise the text's UTF-8 length). */
export function parseSourceText(text: string, displayPath: string, sha256: string, limits: ReadLimits & { bytes?: number } = DEFAULT_READ_LIMITS): SourceDocument {
  if (formatOf(displayPath, text) === 'json') return parseJsonDocument(text, displayPath, sha256);
  const bytes = limits.bytes ?? Buffer.byteLength(text);
  if (bytes > limits.maxYamlBytes) {
    throw new InputError([
      {
        severity: 'error',
        file: displayPath,
        message: `YAML file is ${megabytes(bytes)} (${bytes} bytes), over the ${megabytes(limits.maxYamlBytes)} limit for a YAML file`,
        expected: 'a smaller YAML file: use JSON for machine-generated inventories (same content, apiVersion pipl-audit/v1, read many times faster), or raise the limit with --max-yaml-size MB',
      },
    ]);
  }
  return parseYamlDocument(text, displayPath, sha256);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** `bytes`: the text's UTF-8 bytes when the caller has them (otherwise encoded again if a position is asked for). */
function parseJsonDocument(text: string, path: string, sha256: string, bytes?: Uint8Array): SourceDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const errors: jsoncParser.ParseError[] = [];
    jsoncParser.parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const starts = lineStartsOf(text);
    const firstPerPlace = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
    const diagnostics: Diagnostic[] = firstPerPlace.slice(0, 20).map((e) => ({
      severity: 'error',
      file: path,
      ...positionOf(starts, e.offset),
      message: `malformed JSON: ${jsoncParser.printParseErrorCode(e.error)}`,
      expected: 'valid JSON',
    }));
    if (diagnostics.length === 0) {
      diagnostics.push({ severity: 'error', file: path, line: 1, column: 1, message: 'malformed JSON', expected: 'valid JSON' });
    }
    throw new InputError(diagnostics);
  }
  return {
    path,
    format: 'json',
    data,
    sha256,
    // Built outside this function: a closure here would keep the text alive with its context.
    locate: bytes ? locatorOnBytes(bytes) : locatorOnText(text),
  };
}

function locatorOnBytes(bytes: Uint8Array): SourceDocument['locate'] {
  return (pointers) => locateJsonPointers(bytes, pointers);
}

function locatorOnText(text: string): SourceDocument['locate'] {
  return (pointers) => locateJsonPointers(Buffer.from(text, 'utf8'), pointers);
}

function parseYamlDocument(text: string, path: string, sha256: string): SourceDocument {
  // The `yaml` library's Document of the same text, only if a position the fast reader does not
  // know is asked for (rare: an empty list item, an unusual block scalar header).
  let exact: PositionedDocument | undefined;
  const fast = readYamlWithEvents(text, (pointers) => locateInDocument((exact ??= parsePositioned(text)), pointers));
  // A large document's parser events (about eleven times its text) are garbage now: collected
  // here, before the audit allocates on top of them (src/sources/collect-garbage.ts).
  if (fast) {
    if (text.length > PART_CHARS) collectGarbage();
    const { data, positions } = fast;
    return { path, format: 'yaml', data, sha256, locate: (pointers) => positions.locate(pointers) };
  }
  const { data, locate } = readYamlWithLibrary(text, path);
  if (text.length > PART_CHARS) collectGarbage();
  return { path, format: 'yaml', data, sha256, locate };
}
