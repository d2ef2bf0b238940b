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

export interface TextPosition {
  line: number;
  column: number;
}

/**
 * The wanted pointers as a tree of segments: each node is one pointer on the way to a wanted one,
 * with the byte offset where it was found (-1 until it is). The walk descends through nodes, so
 * no pointer string is built for what the file holds, and an object key is decoded only when its
 * length could be a wanted key's.
 */
class PointerNode {
  offset = -1;
  /** The line the pointer was found on and the byte offset that line starts at (set with `offset`). */
  line = 0;
  lineStart = 0;
  kids: Map<string, PointerNode> | undefined;
  /** UTF-8 byte lengths of the kids' keys (a key written with an escape is always decoded). */
  private keyLengths: Set<number> | undefined;
  /** The kids that are array indices, in ascending order, and their nodes. */
  private indexList: { indexes: number[]; nodes: PointerNode[] } | undefined;

  constructor(readonly parent: PointerNode | undefined) {}

  child(segment: string): PointerNode {
    this.kids ??= new Map();
    let kid = this.kids.get(segment);
    if (!kid) this.kids.set(segment, (kid = new PointerNode(this)));
    return kid;
  }

  mayBeKeyOfLength(bytes: number): boolean {
    if (!this.keyLengths) {
      this.keyLengths = new Set();
      for (const key of this.kids?.keys() ?? []) this.keyLengths.add(Buffer.byteLength(key));
    }
    return this.keyLengths.has(bytes);
  }

  /** Kids named like array indices ("0", "12"; never "01" or "-"), by ascending index. */
  indices(): { indexes: number[]; nodes: PointerNode[] } {
    if (!this.indexList) {
      const pairs = [...(this.kids ?? [])].filter(([segment]) => ARRAY_INDEX.test(segment)).map(([segment, node]) => [Number(segment), node] as const);
      pairs.sort((a, b) => a[0] - b[0]);
      this.indexList = { indexes: pairs.map((p) => p[0]), nodes: pairs.map((p) => p[1]) };
    }
    return this.indexList;
  }

  /** The node itself if it was found, else its nearest ancestor that was (the root always is). */
  resolved(): PointerNode {
    let node: PointerNode = this;
    while (node.offset < 0 && node.parent) node = node.parent;
    return node;
  }

  /** Found at `offset`, on line `onLine` starting at byte `start` (by default the walk's current line). */
  foundAt(offset: number, onLine = line, start = lineStart): void {
    this.offset = offset;
    this.line = onLine;
    this.lineStart = start;
  }
}

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * The tree of the wanted pointers, and the node of each (a pointer not starting with '/' names
 * nothing and resolves to the root). Each pointer descends from the root segment by segment, so
 * no prefix of it is cut out and looked up as a string of its own (a national report wants
 * 155,000 pointers; the same pointer twice reaches the same node).
 */
function pointerTree(pointers: readonly string[]): { root: PointerNode; nodes: PointerNode[] } {
  const root = new PointerNode(undefined);
  const nodeOf = (pointer: string): PointerNode => {
    if (pointer === '') return root;
    if (pointer.charCodeAt(0) !== 0x2f /* / */) return new PointerNode(root);
    let node = root;
    let from = 1;
    for (;;) {
      const cut = pointer.indexOf('/', from);
      const raw = cut === -1 ? pointer.slice(from) : pointer.slice(from, cut);
      node = node.child(raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw);
      if (cut === -1) return node;
      from = cut + 1;
    }
  };
  return { root, nodes: pointers.map(nodeOf) };
}

/**
 * Byte offsets of the wanted pointers found in the file: for an object member, its key; for an
 * array element, the value. `json` is UTF-8, a leading byte order mark allowed.
 */
export function locateJsonOffsets(json: Uint8Array, pointers: Iterable<string>): Map<string, number> {
  const bytes = asBuffer(json);
  const wanted = [...pointers];
  const { root, nodes } = pointerTree(wanted);
  walkFrom(bytes, root);
  const found = new Map<string, number>();
  wanted.forEach((pointer, i) => {
    const offset = (nodes[i] as PointerNode).offset;
    if (offset >= 0) found.set(pointer, offset);
  });
  return found;
}

function walkFrom(bytes: Buffer, root: PointerNode): void {
  line = 1;
  lineStart = bomLength(bytes);
  const start = skipWhitespace(bytes, lineStart);
  root.foundAt(start);
  walk(bytes, start, root);
}

/** Line and column (1-based, columns in UTF-16 code units) of the wanted pointers; an absent pointer resolves to its nearest ancestor. */
export function locateJsonPointers(json: Uint8Array, pointers: Iterable<string>): Map<string, TextPosition> {
  const bytes = asBuffer(json);
  const wanted = [...pointers];
  const { root, nodes } = pointerTree(wanted);
  walkFrom(bytes, root);
  const positions = positionsOfNodes(bytes, nodes.map((node) => node.resolved()));
  const out = new Map<string, TextPosition>();
  wanted.forEach((pointer, i) => out.set(pointer, positions[i] as TextPosition));
  return out;
}

/**
 * Line and column of each found node (in the order given). The walk counted the lines (every
 * newline of a JSON file is whitespace between tokens, which the walk passes over anyway), so
 * only columns are counted here, in one forward pass over the nodes sorted by offset: from the
 * start of the node's line, or from the node before it on the same line (a minified export is one
 * line, and no byte is read twice). Columns count UTF-16 code units: one per character, two for a
 * 4-byte one. Equal offsets share one position.
 */
function positionsOfNodes(bytes: Buffer, nodes: readonly PointerNode[]): TextPosition[] {
  const order = Array.from(nodes.keys()).sort((a, b) => (nodes[a] as PointerNode).offset - (nodes[b] as PointerNode).offset);
  const out = new Array<TextPosition>(nodes.length);
  let at = -1; // the byte whose column is `column`
  let column = 1;
  let last: { offset: number; position: TextPosition } | undefined;
  for (const i of order) {
    const node = nodes[i] as PointerNode;
    const offset = node.offset;
    if (last?.offset === offset) {
      out[i] = last.position;
      continue;
    }
    if (at < node.lineStart) {
      at = node.lineStart;
      column = 1;
    }
    for (; at < offset; at++) {
      const b = bytes[at] as number;
      if ((b & 0xc0) !== 0x80) column += b >= 0xf0 ? 2 : 1;
    }
    last = { offset, position: { line: node.line, column } };
    out[i] = last.position;
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

/** Set by stringEnd: the string just scanned holds a backslash escape. */
let sawEscape = false;
/** The walk's line (1-based) and the byte offset it starts at: counted at each newline it passes. */
let line = 1;
let lineStart = 0;

function walk(text: Buffer, i: number, node: PointerNode): number {
  const kids = node.kids;
  if (!kids) return skipValue(text, i);
  const c = text[i];
  if (c === 0x7b /* { */) {
    i = skipWhitespace(text, i + 1);
    if (text[i] === 0x7d) return i + 1;
    for (;;) {
      const keyStart = i;
      const keyLine = line; // the key's line: whitespace after it may pass newlines
      const keyLineStart = lineStart;
      const keyEnd = stringEnd(text, i);
      let kid: PointerNode | undefined;
      if (sawEscape || node.mayBeKeyOfLength(keyEnd - i - 1)) {
        const raw = text.toString('utf8', i + 1, keyEnd);
        kid = kids.get(sawEscape ? (JSON.parse(`"${raw}"`) as string) : raw);
      }
      i = skipWhitespace(text, keyEnd + 1); // at ':'
      i = skipWhitespace(text, i + 1);
      if (kid) {
        kid.foundAt(keyStart, keyLine, keyLineStart);
        i = walk(text, i, kid);
      } else i = skipValue(text, i);
      i = skipWhitespace(text, i);
      if (text[i] === 0x2c /* , */) i = skipWhitespace(text, i + 1);
      else return i + 1; // '}'
    }
  }
  if (c === 0x5b /* [ */) {
    const { indexes, nodes } = node.indices();
    if (indexes.length === 0) return skipContainer(text, i);
    i = skipWhitespace(text, i + 1);
    if (text[i] === 0x5d) return i + 1;
    let next = 0; // the next wanted index, by position in `indexes`
    for (let index = 0; ; index++) {
      if (index === indexes[next]) {
        const kid = nodes[next] as PointerNode;
        next++;
        kid.foundAt(i);
        i = walk(text, i, kid);
        // Past the last wanted element, the rest of the array is jumped over at once.
        if (next === indexes.length) return closeContainer(text, i);
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
  return closeContainer(text, i + 1);
}

/** What closeContainer does at a byte: nothing (0), a string (1), open (2), close (3), a newline (4). */
const BYTE_CLASS = new Uint8Array(256);
BYTE_CLASS[0x22] = 1;
BYTE_CLASS[0x7b] = BYTE_CLASS[0x5b] = 2;
BYTE_CLASS[0x7d] = BYTE_CLASS[0x5d] = 3;
BYTE_CLASS[0x0a] = 4;

/**
 * The end of the object or array `i` is inside of (at depth one, between its members). Nearly
 * every byte of a skipped value is one closeContainer passes over, so it is the walk's hot loop:
 * one table lookup tells the few bytes it acts on from the rest, and strings are skipped inline.
 * With the lines counted here rather than searched for afterwards, locating the evidence of a
 * 317 MB realm export went from 0.75–0.84 s to 0.46–0.56 s of CPU (bench/README.md, eighth pass
 * on the importers).
 */
function closeContainer(text: Buffer, i: number): number {
  let depth = 1;
  const n = text.length;
  let lines = line;
  let start = lineStart;
  while (i < n) {
    const k = BYTE_CLASS[text[i] as number] as number;
    i++;
    if (k === 0) continue;
    if (k === 1) {
      // A string: to the byte after its closing quote (a backslash escapes the byte after it).
      for (;;) {
        if (i >= n) break;
        const c = text[i++];
        if (c === 0x22) break;
        if (c === 0x5c) i++;
      }
    } else if (k === 2) depth++;
    else if (k === 3) {
      if (--depth === 0) break;
    } else {
      lines++;
      start = i;
    }
  }
  line = lines;
  lineStart = start;
  return i < n ? i : n;
}

/** Index of the quote closing the string that opens at `i` (a backslash escapes the byte after it). */
function stringEnd(text: Buffer, i: number): number {
  const n = text.length;
  sawEscape = false;
  for (let j = i + 1; j < n; j++) {
    const c = text[j];
    if (c === 0x22) return j;
    if (c === 0x5c) {
      sawEscape = true;
      j++;
    }
  }
  return n;
}

/** Past the whitespace at `i`, counting its newlines. */
function skipWhitespace(text: Buffer, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === 0x20 || c === 0x0d || c === 0x09) i++;
    else if (c === 0x0a) {
      line++;
      lineStart = ++i;
    } else return i;
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
