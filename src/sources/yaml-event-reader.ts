// The fast way to read a YAML manifest: js-yaml's event parser (a flat list of events carrying
// source offsets, no syntax tree) and one pass over the events that builds the data exactly as the
// `yaml` library's Document.toJS() does today and records where each node starts
// (src/sources/yaml-positions.ts). On a 20 MB manifest this is a small fraction of the time and
// memory of composing a `yaml` Document.
//
// "Exactly as today" is the contract: whatever this pass cannot reproduce with certainty, it
// declines (returns undefined) and the caller reads the file with the `yaml` library as before,
// which also words every error. It declines on: any parse error; no document or more than one;
// any directive line (`%YAML 1.1` changes the schema); any explicit tag; a key that is not a plain or
// quoted scalar (collections and aliases as keys); two keys that read as the same string; an
// alias to an undefined anchor or to a collection still open (a cycle); aliases expanding further
// than the `yaml` library's maxAliasCount allows (it counts them its own way, reproduced below,
// and words the error); an implicit key near the `yaml` library's 1024-character limit; a lone
// carriage return, a `...` document end line, an indented `---`, `...` or `%` before any content, a tab in a
// line's indentation, an escaped line break in a double-quoted string (the two parsers
// disagree on what these mean).
// Merge keys (`<<`) are plain keys, as in the `yaml` library's YAML 1.2 core schema.
import { COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { MAX_YAML_ALIAS_COUNT } from './read-limits.js';
import { resolvePlainScalar } from './yaml-core-scalar.js';
import { NO_COLLECTION, UNKNOWN_OFFSET, YamlPositionsBuilder, type ExactLocate, type YamlPositions } from './yaml-positions.js';

export interface EventRead {
  data: unknown;
  positions: YamlPositions;
}

/** The `yaml` library's bookkeeping for one anchored node, reproduced (its `anchors` entries). */
interface Anchor {
  value: unknown;
  /** The anchored collection has not closed yet: an alias to it would make a cycle. */
  open: boolean;
  count: number;
  aliasCount: number;
  /** Whether a scalar (key or value) lies inside, not counting through aliases. */
  hasScalar: boolean;
  /** The anchors that aliases inside refer to, not counting through aliases. */
  targets: Set<Anchor> | undefined;
}

interface Frame {
  isMap: boolean;
  value: unknown[] | Record<string, unknown>;
  id: number;
  mark: number;
  offset: number;
  anchor: Anchor | undefined;
  /** For a mapping: its data key when a key has been read and its value not yet. */
  key: string | undefined;
  /** The key is one a plain object inherits (`constructor`, `__proto__`): set it as an own property. */
  define: boolean;
}

/** Names `key in {}` is true for: the `yaml` library sets these with defineProperty. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

class Declined extends Error {}

/** Keys whose `:` is further than this from their start are left to the `yaml` library (its limit: 1024). */
const LONG_KEY = 1000;

/**
 * A document larger than this is parsed a part at a time (readYamlInParts): the parser's event
 * list, about eleven times the text in memory, is then held for one part only.
 */
export const PART_CHARS = 4 * 1024 * 1024;

export function readYamlWithEvents(text: string, exact: ExactLocate, partChars = PART_CHARS): EventRead | undefined {
  if (hasLoneCarriageReturn(text) || INDENTED_FIRST_MARKER.test(text)) return undefined;
  if (hasUnicodeLineBreak(text) ? DOCUMENT_END.test(text) || TAB_INDENTED_LINE.test(text) || DIRECTIVE_LINE.test(text) : hasDocumentEndLine(text) || hasTabIndentedLine(text) || hasDirectiveLine(text)) return undefined;
  if (text.length > partChars) {
    const inParts = readYamlInParts(text, exact, partChars);
    if (inParts) return inParts;
  }
  let events: Array<Event | undefined>;
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  try {
    const reader = new EventReader(text, events.length);
    reader.feed(events, 0, events.length, 0);
    return reader.finish(exact);
  } catch {
    // Declined, or anything unforeseen: the `yaml` library reads the file as before.
    return undefined;
  }
}

/**
 * A line that starts a member of a root block mapping: a plain or quoted key at column 0. Inside
 * the root mapping's values nothing else starts at column 0 except comments, list dashes (a
 * compact sequence) and the indicators `?`, `:`, `[`, `{`, which are not split at; a line of a
 * scalar or flow collection that did would leave the part before it unterminated, and that part
 * fails to parse (then the document is read whole).
 */
const ROOT_KEY_LINE = /^["'A-Za-z0-9_$]/gm;

/**
 * The same reading, with the document parsed a part at a time: a root block mapping split before
 * members (ROOT_KEY_LINE) into parts of about `partChars`. Each part is a document of its own (a
 * mapping of the members it holds); its events, offsets moved to the whole text, are the whole
 * document's events between its root mapping's start and end, and go through one EventReader,
 * which keeps anchors, keys and positions across parts. Undefined whenever a part does not have
 * that shape or anything is declined: the caller then reads the document whole.
 */
export function readYamlInParts(text: string, exact: ExactLocate, partChars: number): EventRead | undefined {
  // (A lone CR is refused before this is reached from readYamlWithEvents; tests call it directly.)
  const cuts = hasUnicodeLineBreak(text) || hasLoneCarriageReturn(text) ? rootKeyCutsByRegExp(text, partChars) : rootKeyCuts(text, partChars);
  if (cuts.length < 2) return undefined;
  cuts.push(text.length);
  try {
    let reader: EventReader | undefined;
    for (let p = 0; p + 1 < cuts.length; p++) {
      const start = cuts[p] as number;
      const events: Array<Event | undefined> = parseEvents(text.slice(start, cuts[p + 1]), {});
      const n = events.length;
      const document = events[0];
      const root = events[1];
      if (n < 4 || document?.type !== EVENT_ID.DOCUMENT || root?.type !== EVENT_ID.MAPPING || root.style !== COLLECTION_STYLE.BLOCK || root.anchorStart !== -1 || root.tagStart !== -1) return undefined;
      // Every part's root mapping at column 0, as the members split at are: the first part's too.
      if (p > 0 ? document.explicitStart || document.directives.length > 0 || root.start !== 0 : root.start !== 0 && text.charCodeAt(root.start - 1) !== 0x0a) return undefined;
      if (events[n - 1]?.type !== EVENT_ID.POP || events[n - 2]?.type !== EVENT_ID.POP) return undefined;
      reader ??= new EventReader(text, Math.ceil((n * text.length) / Math.max(1, cuts[1] as number)));
      // The first part opens the document and its root mapping, the last closes them.
      reader.feed(events, p === 0 ? 0 : 2, p + 2 === cuts.length ? n : n - 2, start);
    }
    return reader?.finish(exact);
  } catch {
    return undefined;
  }
}

const ESCAPED_LINE_BREAK = /\\[ \t]*\r?\n/;

/** A `...` line: the `yaml` library counts any after the first document as another one, js-yaml does not. */
const DOCUMENT_END = /^\.\.\.(?:[ \t\r\n]|$)/m;

/**
 * A line whose indentation (white space and `-`, `?`, `:` indicators) holds a tab, blank lines
 * too: js-yaml accepts some the `yaml` library refuses as tab indentation, and reads blank lines
 * with tabs at block scalars differently.
 */
const TAB_INDENTED_LINE = /^[ ?:-]*\t/m;

/** A directive line: js-yaml ignores one it does not know (`%FOO`), the `yaml` library does not. */
const DIRECTIVE_LINE = /^%/m;

/**
 * An indented `---`, `...` or `%` before any content: a plain scalar (or an error) to the `yaml`
 * library, a document marker or directive to js-yaml.
 */
const INDENTED_FIRST_MARKER = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]+(?:---|\.\.\.|%)/;

/** The cuts of readYamlInParts: 0, then the first ROOT_KEY_LINE at least `partChars` after the last cut, and so on. */
function rootKeyCutsByRegExp(text: string, partChars: number): number[] {
  const cuts: number[] = [0];
  ROOT_KEY_LINE.lastIndex = 0;
  for (let m = ROOT_KEY_LINE.exec(text); m; m = ROOT_KEY_LINE.exec(text)) {
    if (m.index - (cuts[cuts.length - 1] as number) >= partChars) cuts.push(m.index);
    ROOT_KEY_LINE.lastIndex = m.index + 1;
  }
  return cuts;
}

// The line tests below, without regular expressions: a multiline RegExp tries every offset of the
// text, about a fifth of reading a 20 MB manifest; these look only at line starts and tabs.
// They give the RegExps' answers for a text whose only line breaks are LF and CRLF: with `m`, `^`
// also matches after a lone CR (refused before they run) and after U+2028 and U+2029 (such a text
// goes through the RegExps). After the CR of a CRLF the next character is the LF, which none of
// them matches there.

/** Whether the text holds U+2028 or U+2029, which a multiline RegExp's `^` and `$` count as line breaks. */
function hasUnicodeLineBreak(text: string): boolean {
  return text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1;
}

/** rootKeyCutsByRegExp for a text without U+2028 and U+2029: the first line start past `partChars` whose character is a key's. */
function rootKeyCuts(text: string, partChars: number): number[] {
  const cuts: number[] = [0];
  let from = partChars;
  while (from < text.length) {
    // The first line start at or after `from`.
    let start = from === 0 || text.charCodeAt(from - 1) === 0x0a ? from : text.indexOf('\n', from) + 1;
    while (start !== 0 && start < text.length && !startsRootKey(text.charCodeAt(start))) start = text.indexOf('\n', start) + 1;
    if (start === 0 || start >= text.length) break;
    cuts.push(start);
    from = start + Math.max(1, partChars);
  }
  return cuts;
}

/** ROOT_KEY_LINE's character class: ["'A-Za-z0-9_$]. */
function startsRootKey(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x24 || c === 0x5f || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** DOCUMENT_END.test(text) for a text without U+2028 and U+2029. */
function hasDocumentEndLine(text: string): boolean {
  for (let i = text.startsWith('...') ? 0 : text.indexOf('\n...'); i !== -1; i = text.indexOf('\n...', i + 1)) {
    const after = i === 0 && text.charCodeAt(0) === 0x2e ? 3 : i + 4;
    const c = text.charCodeAt(after);
    if (after >= text.length || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) return true;
  }
  return false;
}

/** DIRECTIVE_LINE.test(text) for a text without U+2028 and U+2029. */
function hasDirectiveLine(text: string): boolean {
  return text.charCodeAt(0) === 0x25 || text.indexOf('\n%') !== -1;
}

/** TAB_INDENTED_LINE.test(text) for a text without U+2028 and U+2029: a tab with only ` ?:-` before it on its line. */
function hasTabIndentedLine(text: string): boolean {
  for (let tab = text.indexOf('\t'); tab !== -1; ) {
    let p = tab - 1;
    for (; p >= 0; p--) {
      const c = text.charCodeAt(p);
      if (c === 0x0a) break;
      if (c !== 0x20 && c !== 0x3f && c !== 0x3a && c !== 0x2d) break;
    }
    if (p < 0 || text.charCodeAt(p) === 0x0a) return true;
    // Any later tab on this line has the same character before it: go to the next line.
    const newline = text.indexOf('\n', tab);
    if (newline === -1) return false;
    tab = text.indexOf('\t', newline);
  }
  return false;
}

/** The line tests and their RegExps, for the test that holds them equal (tests/yaml-event-reader.test.ts). */
export const LINE_TESTS = {
  documentEnd: { fast: hasDocumentEndLine, regExp: (text: string) => DOCUMENT_END.test(text) },
  tabIndented: { fast: hasTabIndentedLine, regExp: (text: string) => TAB_INDENTED_LINE.test(text) },
  directive: { fast: hasDirectiveLine, regExp: (text: string) => DIRECTIVE_LINE.test(text) },
  rootKeyCuts: { fast: rootKeyCuts, regExp: rootKeyCutsByRegExp },
  hasUnicodeLineBreak,
};

function hasLoneCarriageReturn(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) return true;
  return false;
}

class EventReader {
  private readonly positions: YamlPositionsBuilder;
  private readonly anchors = new Map<string, Anchor>();
  /** Anchored collections still open, innermost last. */
  private readonly openAnchors: Anchor[] = [];
  private readonly frames: Frame[] = [];
  private readonly keys = new Map<string, string>();
  private documents = 0;
  private data: unknown = null;

  /** `events`: about how many events the document has (the position index grows past it). */
  constructor(
    private readonly text: string,
    events: number,
  ) {
    this.positions = new YamlPositionsBuilder(events);
  }

  /** Reads events[from..to), their offsets moved by `shift` (a part's start in the whole text). */
  feed(events: Array<Event | undefined>, from: number, to: number, shift: number): void {
    for (let i = from; i < to; i++) {
      const event = events[i] as Event;
      // The event list is the largest thing alive during the parse: let what is read go.
      events[i] = undefined;
      if (shift !== 0) shiftEvent(event, shift);
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          if (++this.documents > 1 || event.directives.length > 0) throw new Declined();
          break;
        case EVENT_ID.SCALAR:
          this.scalar(event);
          break;
        case EVENT_ID.ALIAS:
          this.alias(event.anchorStart, event.anchorEnd);
          break;
        case EVENT_ID.SEQUENCE:
        case EVENT_ID.MAPPING:
          this.openCollection(event.type === EVENT_ID.MAPPING, event.style === COLLECTION_STYLE.FLOW, event.start, event.anchorStart, event.anchorEnd, event.tagStart);
          break;
        case EVENT_ID.POP:
          this.closeCollection();
          break;
      }
    }
  }

  finish(exact: ExactLocate): EventRead {
    if (this.documents !== 1 || this.frames.length > 0) throw new Declined();
    return { data: this.data, positions: this.positions.build(this.text, exact) };
  }

  private scalar(event: ScalarEvent): void {
    if (event.tagStart !== -1) throw new Declined();
    // An escaped line break in a double-quoted string, followed by blank lines, is folded differently.
    if (event.style === SCALAR_STYLE.DOUBLE_QUOTED && !event.fast && ESCAPED_LINE_BREAK.test(this.text.slice(event.valueStart, event.valueEnd))) throw new Declined();
    const source = getScalarValue(this.text, event);
    // A block scalar of blank lines only, with an indentation indicator: the spaces past the
    // indentation are kept by js-yaml, dropped by the `yaml` library.
    if (event.style >= SCALAR_STYLE.LITERAL_BLOCK && source !== '' && source.trim() === '' && source.includes(' ')) throw new Declined();
    const value = event.style === SCALAR_STYLE.PLAIN ? resolvePlainScalar(source) : source;
    if (event.anchorStart !== -1) {
      // An anchor before an empty key (`&x : v`) names the key to js-yaml, the mapping to the `yaml` library.
      if (event.valueStart === -1) throw new Declined();
      this.anchors.set(this.anchorName(event.anchorStart, event.anchorEnd, true), { value, open: false, count: 1, aliasCount: 0, hasScalar: true, targets: undefined });
    }
    if (this.openAnchors.length > 0) for (const open of this.openAnchors) open.hasScalar = true;
    const frame = this.frames[this.frames.length - 1];
    if (frame?.isMap && frame.key === undefined) {
      this.mapKey(frame, value, event);
      return;
    }
    // A mapping value's position is its key's; only list items and the root need their own.
    const offset = frame?.isMap ? UNKNOWN_OFFSET : this.scalarOffset(event);
    this.addValue(value, offset, NO_COLLECTION);
  }

  private mapKey(frame: Frame, value: unknown, event: ScalarEvent): void {
    const key = this.intern(value === null ? '' : typeof value === 'string' ? value : String(value));
    // Keys that read as one string (1 and 1.0, or null and ""): the `yaml` library either refuses
    // them or keeps the last; it decides.
    if (Object.prototype.hasOwnProperty.call(frame.value, key)) throw new Declined();
    frame.define = INHERITED.has(key);
    const offset = this.scalarOffset(event);
    if (this.keyIsLong(event)) throw new Declined();
    // A mapping without braces (block, or a `key: value` pair in a flow sequence) that opens with
    // its first key's anchor starts, for the `yaml` library, at the key itself; one whose first key
    // is empty, by rules of its own.
    if (this.positions.mark === frame.mark && this.text.charCodeAt(frame.offset) !== 0x7b /* { */) {
      if (event.valueStart === -1) frame.offset = UNKNOWN_OFFSET;
      else if (event.anchorStart !== -1 && event.anchorStart - 1 === frame.offset) frame.offset = offset;
    }
    frame.key = key;
    // Looked up as the `yaml` Document is searched: by String(value) of the key ("null" for null).
    this.positions.add(value === null ? 'null' : key, offset, NO_COLLECTION);
  }

  /**
   * One string per distinct key: keys repeat in every entity, and an interned key is both smaller
   * to keep and faster to use as a property name.
   */
  private intern(key: string): string {
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    if (this.keys.size < 100_000) this.keys.set(key, key);
    return key;
  }

  /**
   * The `yaml` library refuses an implicit key whose `:` is more than 1024 characters after its
   * start; js-yaml does not check. Any key that comes near is left to the `yaml` library.
   */
  private keyIsLong(event: ScalarEvent): boolean {
    if (event.valueStart === -1) return false;
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    const start = event.anchorStart !== -1 ? Math.min(event.anchorStart - 1, event.valueStart) : event.valueStart;
    let end = event.valueEnd + (quoted ? 1 : 0);
    while (end < this.text.length && (this.text.charCodeAt(end) === 0x20 || this.text.charCodeAt(end) === 0x09)) end++;
    return end - start > LONG_KEY;
  }

  private alias(anchorStart: number, anchorEnd: number): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame?.isMap && frame.key === undefined) throw new Declined();
    const anchor = this.anchors.get(this.anchorName(anchorStart, anchorEnd));
    if (!anchor || anchor.open) throw new Declined();
    // The `yaml` library's Alias.resolve: count this use, weigh the anchor once by what it holds.
    anchor.count += 1;
    if (anchor.aliasCount === 0) anchor.aliasCount = aliasCountOf(anchor);
    if (anchor.count * anchor.aliasCount > MAX_YAML_ALIAS_COUNT) throw new Declined();
    for (const open of this.openAnchors) (open.targets ??= new Set()).add(anchor);
    this.addValue(anchor.value, anchorStart - 1, NO_COLLECTION);
  }

  private openCollection(isMap: boolean, flow: boolean, start: number, anchorStart: number, anchorEnd: number, tagStart: number): void {
    if (tagStart !== -1) throw new Declined();
    const parent = this.frames[this.frames.length - 1];
    if (parent?.isMap && parent.key === undefined) throw new Declined();
    // A block collection on its key's line (`a: &x b: c`): js-yaml takes it, the `yaml` library refuses it.
    if (!flow && parent?.isMap && !this.onLaterLine(this.positions.lastOffset, start)) throw new Declined();
    const value: unknown[] | Record<string, unknown> = isMap ? {} : [];
    let anchor: Anchor | undefined;
    if (anchorStart !== -1) {
      anchor = { value, open: true, count: 1, aliasCount: 0, hasScalar: false, targets: undefined };
      this.anchors.set(this.anchorName(anchorStart, anchorEnd, true), anchor);
      this.openAnchors.push(anchor);
    }
    const id = this.positions.open(isMap);
    this.frames.push({ isMap, value, id, mark: this.positions.mark, offset: start, anchor, key: undefined, define: false });
  }

  /**
   * An anchor's or alias's name. The `yaml` library refuses a name with a flow indicator in it and
   * an anchor not followed by white space (`&a{}`); js-yaml does not.
   */
  private anchorName(start: number, end: number, isAnchor = false): string {
    const name = this.text.slice(start, end);
    if (/[[\]{},]/.test(name)) throw new Declined();
    if (isAnchor && end < this.text.length && !/[ \t\r\n]/.test(this.text.charAt(end))) throw new Declined();
    return name;
  }

  /** Whether `offset` is on a later line than `keyOffset` (false when the key's offset is not known). */
  private onLaterLine(keyOffset: number, offset: number): boolean {
    if (keyOffset === UNKNOWN_OFFSET) return false;
    const newline = this.text.indexOf('\n', keyOffset);
    return newline !== -1 && newline < offset;
  }

  private closeCollection(): void {
    const frame = this.frames.pop();
    if (!frame) return; // the document's end
    if (frame.isMap && frame.key !== undefined) throw new Declined();
    this.positions.close(frame.id, frame.mark);
    if (frame.anchor) {
      frame.anchor.open = false;
      this.openAnchors.pop();
    }
    this.addValue(frame.value, frame.offset, frame.id);
  }

  private addValue(value: unknown, offset: number, collection: number): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) {
      this.data = value;
      this.positions.setRoot(offset, collection);
    } else if (!frame.isMap) {
      (frame.value as unknown[]).push(value);
      this.positions.add(undefined, offset, collection);
    } else {
      const map = frame.value as Record<string, unknown>;
      const key = frame.key as string;
      // As the `yaml` library's addPairToJSMap: a key the object already answers (`__proto__`,
      // `constructor`) becomes an own property instead of reaching the prototype.
      if (frame.define) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
      else map[key] = value;
      frame.key = undefined;
      if (collection !== NO_COLLECTION) this.positions.setLastChild(collection);
    }
  }

  /** Where the `yaml` library says a scalar starts: at its first character, or its opening quote. */
  private scalarOffset(event: ScalarEvent): number {
    if (event.valueStart === -1) return UNKNOWN_OFFSET; // an empty value: placed by rules of its own
    switch (event.style) {
      case SCALAR_STYLE.SINGLE_QUOTED:
      case SCALAR_STYLE.DOUBLE_QUOTED:
        return event.valueStart - 1;
      case SCALAR_STYLE.LITERAL_BLOCK:
      case SCALAR_STYLE.FOLDED_BLOCK:
        return blockScalarIndicator(this.text, event.valueStart);
      default:
        return event.valueStart;
    }
  }
}

/**
 * The `|` or `>` of a block scalar, which the `yaml` library gives as its start; the parser gives
 * the line after it. Found on the header line when that line is nothing but indentation, list
 * dashes and an anchor before it; otherwise unknown.
 */
function blockScalarIndicator(text: string, valueStart: number): number {
  let end = valueStart;
  if (text.charCodeAt(end - 1) === 0x0a) end--;
  if (text.charCodeAt(end - 1) === 0x0d) end--;
  let p = text.lastIndexOf('\n', end - 1) + 1;
  const isSpace = (c: number) => c === 0x20 || c === 0x09;
  while (isSpace(text.charCodeAt(p))) p++;
  while (text.charCodeAt(p) === 0x2d /* - */ && isSpace(text.charCodeAt(p + 1))) {
    p += 2;
    while (isSpace(text.charCodeAt(p))) p++;
  }
  if (text.charCodeAt(p) === 0x26 /* & */) {
    while (p < end && !isSpace(text.charCodeAt(p))) p++;
    while (isSpace(text.charCodeAt(p))) p++;
  }
  const c = text.charCodeAt(p);
  return p < end && (c === 0x7c || c === 0x3e) ? p : UNKNOWN_OFFSET;
}

/** Moves an event's offsets (those it has: -1 is none) by `shift`, by name for each kind of event. */
function shiftEvent(event: Event, shift: number): void {
  const moved = (offset: number) => (offset === -1 ? -1 : offset + shift);
  switch (event.type) {
    case EVENT_ID.SCALAR:
      event.valueStart = moved(event.valueStart);
      event.valueEnd = moved(event.valueEnd);
      break;
    case EVENT_ID.SEQUENCE:
    case EVENT_ID.MAPPING:
      event.start = moved(event.start);
      break;
    case EVENT_ID.ALIAS:
      event.anchorStart = moved(event.anchorStart);
      event.anchorEnd = moved(event.anchorEnd);
      return;
    default:
      return;
  }
  event.anchorStart = moved(event.anchorStart);
  event.anchorEnd = moved(event.anchorEnd);
  event.tagStart = moved(event.tagStart);
  event.tagEnd = moved(event.tagEnd);
}

/** The `yaml` library's getAliasCount of an anchored node: the heaviest thing inside it. */
function aliasCountOf(anchor: Anchor): number {
  let count = anchor.hasScalar ? 1 : 0;
  if (anchor.targets) for (const target of anchor.targets) count = Math.max(count, target.count * target.aliasCount);
  return count;
}
