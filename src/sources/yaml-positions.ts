// Where each node of a YAML document starts, kept compactly so that a JSON pointer can be turned
// back into a line and column long after the parse, without keeping a syntax tree. Built in the
// same pass that builds the data (src/sources/yaml-event-reader.ts), from the parser's offsets.
//
// The answers are those the `yaml` library's Document gives (src/sources/yaml-library-reader.ts,
// which this replaces on the fast path): for a mapping member, where its key starts; for a list
// item, where the item starts; a pointer that leaves the document, or goes into a scalar or
// through an alias, resolves to the last node reached. Where the parser's offsets do not say
// where the `yaml` library would place a node (an empty list item, for one), the offset is
// recorded as unknown, and a pointer ending there is answered by the `yaml` library itself.
import { parsePointer } from './json-pointer.js';
import { lineStartsOf, positionOf } from './json-locator.js';
import type { Position } from './source-document.js';

/** An offset the parser's events do not give; resolved by the exact (slow) path when asked for. */
export const UNKNOWN_OFFSET = -1;
/** The child of an entry that is not a collection (a scalar, an alias, an empty value). */
export const NO_COLLECTION = -1;

/** Maps with more members than this get a key → entry map on their first lookup. */
const LINEAR_SCAN_LIMIT = 16;

export type ExactLocate = (pointers: string[]) => Map<string, Position>;

export class YamlPositions {
  private lineStarts: number[] | undefined;
  private readonly keyIndexes = new Map<number, Map<string, number>>();

  constructor(
    private readonly text: string,
    private readonly root: { offset: number; collection: number },
    private readonly collections: { start: Int32Array; count: Int32Array; isMap: Uint8Array },
    private readonly entries: { offset: Int32Array; child: Int32Array; key: Array<string | undefined> },
    private readonly exact: ExactLocate,
  ) {}

  locate(pointers: Iterable<string>): Map<string, Position> {
    const out = new Map<string, Position>();
    const unknown: string[] = [];
    for (const pointer of pointers) {
      const offset = this.offsetOf(pointer);
      if (offset === UNKNOWN_OFFSET) unknown.push(pointer);
      else out.set(pointer, positionOf((this.lineStarts ??= lineStartsOf(this.text)), offset));
    }
    if (unknown.length > 0) for (const [pointer, position] of this.exact(unknown)) out.set(pointer, position);
    return out;
  }

  private offsetOf(pointer: string): number {
    let offset = this.root.offset;
    let collection = this.root.collection;
    for (const segment of parsePointer(pointer)) {
      if (collection === NO_COLLECTION) break;
      const entry = this.collections.isMap[collection] === 1 ? this.memberEntry(collection, segment) : this.itemEntry(collection, segment);
      if (entry === -1) break;
      offset = this.entries.offset[entry] ?? UNKNOWN_OFFSET;
      collection = this.entries.child[entry] ?? NO_COLLECTION;
    }
    return offset;
  }

  /** The first member whose key, as a string, is the segment (as the `yaml` Document is searched). */
  private memberEntry(collection: number, segment: string): number {
    const start = this.collections.start[collection] ?? 0;
    const count = this.collections.count[collection] ?? 0;
    if (count > LINEAR_SCAN_LIMIT) {
      let index = this.keyIndexes.get(collection);
      if (!index) {
        index = new Map();
        for (let e = start + count - 1; e >= start; e--) index.set(this.entries.key[e] as string, e);
        this.keyIndexes.set(collection, index);
      }
      return index.get(segment) ?? -1;
    }
    for (let e = start; e < start + count; e++) if (this.entries.key[e] === segment) return e;
    return -1;
  }

  /** The item at Number(segment), as the `yaml` Document's `items[Number(segment)]`. */
  private itemEntry(collection: number, segment: string): number {
    const index = Number(segment);
    const count = this.collections.count[collection] ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= count) return -1;
    return (this.collections.start[collection] ?? 0) + index;
  }
}

/**
 * Collects positions while the document is read. Members of a collection are gathered on a stack
 * while it is open (its nested collections close first and leave it), then written out
 * contiguously when it closes, so each collection's entries are one slice of flat typed arrays.
 */
export class YamlPositionsBuilder {
  private collectionCount = 0;
  private entryCount = 0;
  private collStart: Int32Array;
  private collCount: Int32Array;
  private collIsMap: Uint8Array;
  private entryOffset: Int32Array;
  private entryChild: Int32Array;
  private readonly entryKey: Array<string | undefined> = [];
  // Members of the collections still open, innermost last; `pending` of them are in use.
  private readonly pendingKey: Array<string | undefined> = [];
  private readonly pendingOffset: number[] = [];
  private readonly pendingChild: number[] = [];
  private pending = 0;
  private rootOffset = UNKNOWN_OFFSET;
  private rootCollection = NO_COLLECTION;

  /**
   * `events`: about how many parser events the document has. Most events are scalars; about one
   * in eight opens a collection. The arrays grow when a document has more.
   */
  constructor(events: number) {
    const collections = Math.max(16, events >> 3);
    const entries = Math.max(16, events);
    this.collStart = new Int32Array(collections);
    this.collCount = new Int32Array(collections);
    this.collIsMap = new Uint8Array(collections);
    this.entryOffset = new Int32Array(entries);
    this.entryChild = new Int32Array(entries);
  }

  /** A new collection's id; its members follow until `close`. */
  open(isMap: boolean): number {
    if (this.collectionCount === this.collStart.length) {
      const size = this.collStart.length * 2;
      this.collStart = grown(this.collStart, size);
      this.collCount = grown(this.collCount, size);
      this.collIsMap = grown(this.collIsMap, size);
    }
    const id = this.collectionCount++;
    this.collIsMap[id] = isMap ? 1 : 0;
    return id;
  }

  /** The number of pending members, to hand back to `close`. */
  get mark(): number {
    return this.pending;
  }

  /** A list item (key undefined) or a mapping member (its key as String(value), as the `yaml` Document is searched). */
  add(key: string | undefined, offset: number, child: number): void {
    const i = this.pending++;
    this.pendingKey[i] = key;
    this.pendingOffset[i] = offset;
    this.pendingChild[i] = child;
  }

  /** The offset of the member added last (a mapping's key, while its value is read). */
  get lastOffset(): number {
    return this.pending > 0 ? (this.pendingOffset[this.pending - 1] as number) : UNKNOWN_OFFSET;
  }

  /** Sets the child collection of the member added last (a mapping's value, read after its key). */
  setLastChild(child: number): void {
    this.pendingChild[this.pending - 1] = child;
  }

  close(id: number, mark: number): void {
    const n = this.pending - mark;
    if (this.entryCount + n > this.entryOffset.length) {
      const size = Math.max(this.entryOffset.length * 2, this.entryCount + n);
      this.entryOffset = grown(this.entryOffset, size);
      this.entryChild = grown(this.entryChild, size);
    }
    this.collStart[id] = this.entryCount;
    this.collCount[id] = n;
    for (let i = mark; i < mark + n; i++) {
      const e = this.entryCount++;
      this.entryOffset[e] = this.pendingOffset[i] as number;
      this.entryChild[e] = this.pendingChild[i] as number;
      this.entryKey.push(this.pendingKey[i]);
    }
    this.pending = mark;
  }

  setRoot(offset: number, collection: number): void {
    this.rootOffset = offset;
    this.rootCollection = collection;
  }

  build(text: string, exact: ExactLocate): YamlPositions {
    return new YamlPositions(
      text,
      { offset: this.rootOffset, collection: this.rootCollection },
      { start: this.collStart.slice(0, this.collectionCount), count: this.collCount.slice(0, this.collectionCount), isMap: this.collIsMap.slice(0, this.collectionCount) },
      { offset: this.entryOffset.slice(0, this.entryCount), child: this.entryChild.slice(0, this.entryCount), key: this.entryKey },
      exact,
    );
  }
}

/** A copy of `array` in a larger one of `size` elements. */
function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  return bigger;
}
