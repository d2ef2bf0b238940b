// A YAML or JSON file as read from disk: its data, its hash, and a way back from a JSON pointer
// to the line and column it came from. JSON is parsed with JSON.parse (the fastest path for
// national-scale exports); positions are only looked up, in one batch, for the pointers that
// findings cite (src/sources/json-locator.ts); jsonc-parser explains malformed JSON.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import jsoncParser from 'jsonc-parser';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { parsePointer } from './json-pointer.js';
import { lineStartsOf, locateJsonPointers, positionOf } from './json-locator.js';

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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
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
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

export function readBytes(fsPath: string, displayPath: string): Buffer {
  let size: number;
  try {
    const stat = statSync(fsPath);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new InputError([{ severity: 'error', file: displayPath, message: 'cannot read file', expected: 'an existing, readable file' }]);
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError([{ severity: 'error', file: displayPath, message: `file is ${size} bytes`, expected: `at most ${MAX_FILE_BYTES} bytes` }]);
  }
  return readFileSync(fsPath);
}

export function formatOf(path: string, text: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

export function readSourceDocument(fsPath: string, displayPath: string): SourceDocument {
  const bytes = readBytes(fsPath, displayPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = decodeUtf8(bytes, displayPath);
  return parseSourceText(text, displayPath, sha256);
}

export function parseSourceText(text: string, displayPath: string, sha256: string): SourceDocument {
  return formatOf(displayPath, text) === 'json'
    ? parseJsonDocument(text, displayPath, sha256)
    : parseYamlDocument(text, displayPath, sha256);
}

function parseJsonDocument(text: string, path: string, sha256: string): SourceDocument {
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
    locate: (pointers) => locateJsonPointers(text, pointers),
  };
}

function parseYamlDocument(text: string, path: string, sha256: string): SourceDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems = [...doc.errors];
  if (problems.length > 0) {
    throw new InputError(
      problems.slice(0, 20).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          severity: 'error' as const,
          file: path,
          line: pos.line,
          column: pos.col,
          message: `malformed YAML: ${e.message.split('\n')[0]}`,
          expected: 'valid YAML',
        };
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (error) {
    // e.g. an alias bomb ("billion laughs") beyond maxAliasCount
    throw new InputError([{ severity: 'error', file: path, line: 1, column: 1, message: `YAML cannot be read: ${(error as Error).message}`, expected: 'YAML without excessive aliases' }]);
  }
  return {
    path,
    format: 'yaml',
    data,
    sha256,
    locate: (pointers) => locateInYaml(doc, lineCounter, pointers),
  };
}

function locateInYaml(doc: Document, lineCounter: LineCounter, pointers: Iterable<string>): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const pointer of pointers) {
    const segments = parsePointer(pointer);
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    const pos = lineCounter.linePos(offset);
    out.set(pointer, { line: pos.line, column: pos.col });
  }
  return out;
}
