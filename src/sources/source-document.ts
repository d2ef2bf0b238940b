// A YAML or JSON file as read from disk: its data, its hash, and a way back from a JSON pointer
// to the line and column it came from. JSON is parsed with JSON.parse (the fastest path for
// national-scale exports); positions are only looked up, in one batch, for the pointers that
// findings cite (src/sources/json-locator.ts); jsonc-parser explains malformed JSON. YAML is read
// by js-yaml's event parser with a position index (src/sources/yaml-event-reader.ts), and by the
// `yaml` library's Document whenever that reader declines (src/sources/yaml-library-reader.ts).
import { createHash } from 'node:crypto';
import { constants as bufferConstants, isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
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
  return readBytesWithRoom(fsPath, displayPath, () => 0).bytes;
}

/**
 * The bytes of a regular file (as readBytes), in a buffer `spareFor(size)` bytes longer than the file:
 * `room` is the whole buffer, `bytes` the file at its start. A caller that no longer needs the
 * bytes can write a slightly longer text over them in place (jsonTextForParse) instead of copying
 * the file into a fresh buffer; the spare bytes are never touched otherwise, so they take no memory
 * until written.
 */
export function readBytesWithRoom(fsPath: string, displayPath: string, spareFor: (size: number) => number): { bytes: Buffer; room: Buffer } {
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
    const spare = spareFor(stat.size);
    if (!(spare > 0)) {
      const bytes = readFileSync(fd);
      return { bytes, room: bytes };
    }
    // As readFileSync reads a regular file: up to the size fstat gave, or to its end if sooner.
    const room = Buffer.allocUnsafeSlow(stat.size + spare);
    let length = 0;
    while (length < stat.size) {
      const got = readSync(fd, room, length, stat.size - length, null);
      if (got === 0) break;
      length += got;
    }
    return { bytes: room.subarray(0, length), room };
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
  if (text === undefined && isJsonPath(displayPath)) {
    const forParse = jsonTextForParse(bytes, displayPath);
    const document = forParse === undefined ? undefined : jsonDocumentOf(forParse, displayPath, sha256, locatorOnBytes(bytes));
    if (document) return document;
  }
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

/** A file named .json is JSON whatever its text (formatOf). */
export function isJsonPath(path: string): boolean {
  return extname(path).toLowerCase() === '.json';
}

/**
 * The document of a text from jsonTextForParse, locating with `locate`; undefined when it is not
 * valid JSON (the caller then parses the decoded text, whose errors are explained as before).
 */
export function jsonDocumentOf(forParse: string, path: string, sha256: string, locate: SourceDocument['locate']): SourceDocument | undefined {
  let data: unknown;
  try {
    data = JSON.parse(forParse);
  } catch {
    return undefined;
  }
  return { path, format: 'json', data, sha256, locate };
}

/** Bytes per scan when looking for characters outside ASCII (isAscii runs natively on each). */
const ASCII_SCAN_CHUNK = 1 << 16;
const ASCII_SCAN_BLOCK = 256;

/**
 * A JSON file's text for JSON.parse as a one-byte string: ASCII as it is, every other character
 * written as its `\uXXXX` escape. JSON allows characters outside ASCII only inside strings, where
 * an escape stands for the same character, so JSON.parse gives the same values; but V8 keeps the
 * text at one byte per character instead of two — a single Chinese name makes the decoded text of
 * a 317 MB realm export a 606 MB string, alive beside the file's bytes and the parsed data at the
 * peak of the read. Undefined (decode as usual) when characters outside ASCII are not rare, where
 * escapes would make the text longer than two bytes per character does, or when the escaped text
 * would be longer than a string can be. Invalid UTF-8 is refused as decodeUtf8 refuses it.
 *
 * `room`: a buffer that starts where `bytes` does, with spare bytes after them (readBytesWithRoom).
 * The escaped text is then written over the bytes in place, if it fits in `room`, read into the
 * string, and the bytes put back as they were, instead of written into a fresh buffer as long as
 * the file: one copy of a 317 MB export fewer in memory at once, and 317 MB fewer pages for the
 * kernel to hand out. The caller's bytes are the same after as before.
 */
export function jsonTextForParse(bytes: Uint8Array, path: string, room?: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = bomLength(buffer);
  if (isAscii(buffer.subarray(start))) return buffer.toString('latin1', start);
  if (!isUtf8(buffer)) decodeUtf8(buffer, path); // throws the input error naming the first bad byte
  // Runs of bytes ≥ 0x80 (each holds whole UTF-8 sequences: no byte of one is ASCII), decoded.
  const runs: Array<{ from: number; to: number; text: string }> = [];
  let units = 0;
  let runBytes = 0;
  const end = buffer.length;
  for (let chunk = start; chunk < end; ) {
    let next = Math.min(end, chunk + ASCII_SCAN_CHUNK);
    if (!isAscii(buffer.subarray(chunk, next))) {
      for (let i = chunk; i < next; i++) {
        // Ahead by whole small blocks while they are ASCII, byte by byte inside one that is not.
        if ((i - chunk) % ASCII_SCAN_BLOCK === 0 && i + ASCII_SCAN_BLOCK <= next && isAscii(buffer.subarray(i, i + ASCII_SCAN_BLOCK))) {
          i += ASCII_SCAN_BLOCK - 1;
          continue;
        }
        if ((buffer[i] as number) < 0x80) continue;
        let j = i + 1;
        while (j < end && (buffer[j] as number) >= 0x80) j++;
        const text = buffer.toString('utf8', i, j);
        runs.push({ from: i, to: j, text });
        units += text.length;
        runBytes += j - i;
        if (j > next) next = j;
        i = j - 1;
      }
      // Worth it only while escapes keep the text well under two bytes per character.
      if (16 * units > end - start - runBytes) return undefined;
    }
    chunk = next;
  }
  const ascii = end - start - runBytes;
  const length = ascii + 6 * units;
  if (16 * units > ascii || length > bufferConstants.MAX_STRING_LENGTH) return undefined;
  if (room && room.buffer === bytes.buffer && room.byteOffset === bytes.byteOffset && start + length <= room.length) {
    const buffer = Buffer.from(room.buffer, room.byteOffset, room.byteLength);
    const text = escapeInPlace(buffer, start, end, runs, start + length);
    unescapeInPlace(buffer, start, end, runs);
    return text;
  }
  const out = Buffer.allocUnsafe(length);
  let o = 0;
  let from = start;
  for (const run of runs) {
    o += buffer.copy(out, o, from, run.from);
    o = writeEscapes(out, o, run.text);
    from = run.to;
  }
  o += buffer.copy(out, o, from, end);
  return out.toString('latin1', 0, o);
}

/**
 * The escaped text written over the bytes it comes from: from the last run back to the first, each
 * stretch of ASCII after a run moved right by the growth of the escapes before it (a move within
 * one buffer is a memmove: the stretch may overlap where it goes), then the run's escapes written
 * before it. Every byte is moved before anything is written over it, as each write lands at or
 * after the place it was read from. `outEnd`: where the escaped text ends.
 */
function escapeInPlace(buffer: Buffer, start: number, end: number, runs: ReadonlyArray<{ from: number; to: number; text: string }>, outEnd: number): string {
  let to = end; // the end of the stretch still to be moved
  let o = outEnd; // where it ends once moved
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r] as { from: number; to: number; text: string };
    o -= to - run.to;
    buffer.copyWithin(o, run.to, to);
    o -= 6 * run.text.length;
    writeEscapes(buffer, o, run.text);
    to = run.from;
  }
  // What precedes the first run is where it was (o === to here).
  return buffer.toString('latin1', start, outEnd);
}

/**
 * The bytes escapeInPlace wrote over, put back: from the first run on, the stretch of ASCII before
 * each run (and after the last) moved left to where it came from, and the run's own UTF-8 bytes
 * written where they were. Every byte is moved before anything is written over it, as each write
 * lands at or before the place it is read from. The bytes are the file's again, exactly: a run is
 * whole UTF-8 sequences (checked valid), and encoding what they decoded to gives them back.
 */
function unescapeInPlace(buffer: Buffer, start: number, end: number, runs: ReadonlyArray<{ from: number; to: number; text: string }>): void {
  let growth = 0; // how far right of its place the escaped text now is, at this point
  let from = start; // where the next stretch of ASCII belongs
  for (const run of runs) {
    if (growth > 0) buffer.copyWithin(from, from + growth, run.from + growth);
    buffer.write(run.text, run.from, run.to - run.from, 'utf8');
    growth += 6 * run.text.length - (run.to - run.from);
    from = run.to;
  }
  if (growth > 0) buffer.copyWithin(from, from + growth, end + growth);
}

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** `text`'s UTF-16 code units written at `at` as JSON `\uXXXX` escapes; returns where they end. */
function writeEscapes(out: Buffer, at: number, text: string): number {
  let w = at;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    out[w++] = 0x5c; // \
    out[w++] = 0x75; // u
    out[w++] = HEX[(unit >> 12) & 15] as number;
    out[w++] = HEX[(unit >> 8) & 15] as number;
    out[w++] = HEX[(unit >> 4) & 15] as number;
    out[w++] = HEX[unit & 15] as number;
  }
  return w;
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
