// Positions of JSON pointers in a JSON file, for evidence. The file is known to be valid UTF-8
// JSON (it was parsed with JSON.parse first), so this only has to find structure, and it does so
// in one pass over the file's bytes that descends only into the subtrees leading to a wanted
// pointer and jumps over every other value by its brackets and quotes. It works on the bytes, not
// the decoded text, so that a parsed document keeps only its bytes (one byte per ASCII
// character, outside the JavaScript heap) for this, not its text (two bytes per character as
// soon as one character is Chinese). Every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so no
// structural character is ever mistaken inside one. Columns are counted in UTF-16 code units, as
// the decoded text would count them. On a 129 MB national-scale export this takes a fraction of
// a second where a general tokenizer (jsonc-parser's visit) took four; its results are checked
// against jsonc-parser's own tree in tests/json-locator.test.ts.
import { escapeSegment, withAncestors } from './json-pointer.js';

export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Byte offsets of the wanted pointers: for an object member, its key; for an array element, the
 * value. `json` is UTF-8, a leading byte order mark allowed.
 */
export function locateJsonOffsets(json: Uint8Array, pointers: Iterable<string>): Map<string, number> {
  const bytes = asBuffer(json);
  // For every pointer on the way to a wanted one, the child segments to descend into.
  // Walking up from each pointer stops at the first prefix already registered.
  const children = new Map<string, Set<string>>();
  const registered = new Set<string>();
  for (const p of pointers) {
    for (let child = p; child !== '' && !registered.has(child); ) {
      registered.add(child);
      const cut = child.lastIndexOf('/');
      const parent = child.slice(0, cut);
      const raw = child.slice(cut + 1);
      let kids = children.get(parent);
      if (!kids) children.set(parent, (kids = new Set()));
      kids.add(raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw);
      child = parent;
    }
  }
  const found = new Map<string, number>();
  const start = skipWhitespace(bytes, bomLength(bytes));
  found.set('', start);
  walk(bytes, start, '', children, found);
  return found;
}

/** Line and column (1-based, columns in UTF-16 code units) of the wanted pointers; an absent pointer resolves to its nearest ancestor. */
export function locateJsonPointers(json: Uint8Array, pointers: Iterable<string>): Map<string, TextPosition> {
  const bytes = asBuffer(json);
  const wanted = [...pointers];
  const offsets = locateJsonOffsets(bytes, wanted);
  const offsetOf = new Map<string, number>();
  for (const pointer of wanted) {
    const exact = offsets.get(pointer);
    if (exact !== undefined) {
      offsetOf.set(pointer, exact);
      continue;
    }
    for (const candidate of withAncestors(pointer)) {
      const offset = offsets.get(candidate);
      if (offset !== undefined) {
        offsetOf.set(pointer, offset);
        break;
      }
    }
  }
  const positions = positionsOfOffsets(bytes, [...new Set(offsetOf.values())]);
  const out = new Map<string, TextPosition>();
  for (const [pointer, offset] of offsetOf) out.set(pointer, positions.get(offset) as TextPosition);
  return out;
}

/**
 * Line and column of each byte offset, in one forward pass: no index of every line start (a
 * pretty-printed realm export has ten million lines), and no byte read twice (a minified export
 * is one line). Columns count UTF-16 code units: one per character, two for a 4-byte one.
 */
function positionsOfOffsets(bytes: Buffer, offsets: number[]): Map<number, TextPosition> {
  offsets.sort((a, b) => a - b);
  const out = new Map<number, TextPosition>();
  let line = 1;
  let at = bomLength(bytes); // the byte whose column is `column`
  let column = 1;
  let nextNewline = bytes.indexOf(0x0a, at);
  for (const offset of offsets) {
    while (nextNewline !== -1 && nextNewline < offset) {
      line++;
      at = nextNewline + 1;
      column = 1;
      nextNewline = bytes.indexOf(0x0a, at);
    }
    for (; at < offset; at++) {
      const b = bytes[at] as number;
      if ((b & 0xc0) !== 0x80) column += b >= 0xf0 ? 2 : 1;
    }
    out.set(offset, { line, column });
  }
  return out;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The UTF-8 byte order mark is not part of the text (the decoded text drops it). */
function bomLength(bytes: Buffer): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

function walk(text: Buffer, i: number, pointer: string, children: Map<string, Set<string>>, found: Map<string, number>): number {
  const kids = children.get(pointer);
  if (!kids) return skipValue(text, i);
  const c = text[i];
  if (c === 0x7b /* { */) {
    i = skipWhitespace(text, i + 1);
    if (text[i] === 0x7d) return i + 1;
    for (;;) {
      const keyStart = i;
      const keyEnd = stringEnd(text, i);
      const raw = text.toString('utf8', i + 1, keyEnd);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      i = skipWhitespace(text, keyEnd + 1); // at ':'
      i = skipWhitespace(text, i + 1);
      if (kids.has(key)) {
        const child = `${pointer}/${escapeSegment(key)}`;
        found.set(child, keyStart);
        i = walk(text, i, child, children, found);
      } else i = skipValue(text, i);
      i = skipWhitespace(text, i);
      if (text[i] === 0x2c /* , */) i = skipWhitespace(text, i + 1);
      else return i + 1; // '}'
    }
  }
  if (c === 0x5b /* [ */) {
    i = skipWhitespace(text, i + 1);
    if (text[i] === 0x5d) return i + 1;
    for (let index = 0; ; index++) {
      if (kids.has(String(index))) {
        const child = `${pointer}/${index}`;
        found.set(child, i);
        i = walk(text, i, child, children, found);
      } else i = skipValue(text, i);
      i = skipWhitespace(text, i);
      if (text[i] === 0x2c) i = skipWhitespace(text, i + 1);
      else return i + 1; // ']'
    }
  }
  return skipValue(text, i);
}

function skipValue(text: Buffer, i: number): number {
  const c = text[i];
  if (c === 0x22 /* " */) return stringEnd(text, i) + 1;
  if (c === 0x7b || c === 0x5b) return skipContainer(text, i);
  // number, true, false, null: up to the next delimiter
  while (i < text.length) {
    const d = text[i];
    if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
    i++;
  }
  return i;
}

/**
 * Jumps over an object or array by counting brackets, strings jumped to their closing quote. A plain loop:
 * a /"…"|[[\]{}]/g regex doing the same is about three times slower on a national export.
 */
function skipContainer(text: Buffer, i: number): number {
  let depth = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === 0x22) {
      i = stringEnd(text, i) + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i + 1;
    i++;
  }
  return n;
}

/** Index of the quote closing the string that opens at `i` (a backslash escapes the byte after it). */
function stringEnd(text: Buffer, i: number): number {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text[j];
    if (c === 0x22) return j;
    if (c === 0x5c) j++;
  }
  return n;
}

function skipWhitespace(text: Buffer, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionOf(lineStarts: readonly number[], offset: number): TextPosition {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}
