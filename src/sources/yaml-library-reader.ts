// The exact, slow way to read YAML: the `yaml` library's full Document (syntax tree, positions of
// every node, YAML 1.2 core schema, duplicate keys refused, aliases bounded). It defines what a
// YAML file means to the auditor; the fast reader (src/sources/yaml-event-reader.ts) reproduces it
// and hands every file it cannot reproduce with certainty back to this one. Every YAML error
// message comes from here, worded by error code (the parser's own messages may quote the file).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { parsePointer } from './json-pointer.js';
import type { Position } from './source-document.js';
import { MAX_YAML_ALIAS_COUNT } from './read-limits.js';

/**
 * What a YAML syntax error is, in words of our own: the parser's messages may quote the text at
 * the error, and the text of a file that does not parse is never echoed (it may be anything: a
 * secret, a key, another program's file).
 */
const YAML_ERRORS: Record<string, string> = {
  ALIAS_PROPS: 'an alias with an anchor or tag',
  BAD_ALIAS: 'an alias that is not valid',
  BAD_DIRECTIVE: 'a directive that is not valid',
  BAD_DQ_ESCAPE: 'an escape sequence not valid in a double-quoted string',
  BAD_INDENT: 'indentation that does not line up',
  BAD_PROP_ORDER: 'an anchor or tag in the wrong place',
  BAD_SCALAR_START: 'a plain value starting with a reserved character',
  BLOCK_AS_IMPLICIT_KEY: 'a block value used as a key, or a mapping nested on one line',
  BLOCK_IN_FLOW: 'a block value inside a flow collection',
  DUPLICATE_KEY: 'a key repeated in one mapping',
  IMPOSSIBLE: 'a construct the parser cannot read',
  KEY_OVER_1024_CHARS: 'an implicit key longer than 1024 characters',
  MISSING_CHAR: 'a missing closing character (quote, bracket or brace) or a key without a value',
  MULTILINE_IMPLICIT_KEY: 'an implicit key spanning lines',
  MULTIPLE_ANCHORS: 'more than one anchor on a node',
  MULTIPLE_DOCS: 'more than one YAML document in the file',
  MULTIPLE_TAGS: 'more than one tag on a node',
  NON_STRING_KEY: 'a key that is not a string',
  TAB_AS_INDENT: 'a tab used for indentation',
  TAG_RESOLVE_FAILED: 'a value its tag cannot be read as',
  UNEXPECTED_TOKEN: 'an unexpected token',
};

export interface LibraryRead {
  data: unknown;
  locate(pointers: Iterable<string>): Map<string, Position>;
}

/** The `yaml` library's Document of a text, with its line counter. */
export interface PositionedDocument {
  doc: Document;
  lineCounter: LineCounter;
}

export function parsePositioned(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  return { doc, lineCounter };
}

/** Reads YAML with the `yaml` library; a syntax error or an alias bomb is an InputError naming the file. */
export function readYamlWithLibrary(text: string, path: string): LibraryRead {
  const positioned = parsePositioned(text);
  const { doc, lineCounter } = positioned;
  if (doc.errors.length > 0) {
    // The library reports one error per construct it could not close: `[ {name: a` left open is
    // two BAD_INDENT errors (the flow map and the flow sequence) at the same place. Named by our
    // words, not the library's, they read the same, so one place and message is reported once.
    const problems = new Map<string, Diagnostic>();
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      const message = `malformed YAML: ${YAML_ERRORS[e.code] ?? `syntax error (${e.code})`}`;
      const key = `${pos.line}:${pos.col}:${message}`;
      if (!problems.has(key)) problems.set(key, { severity: 'error', file: path, line: pos.line, column: pos.col, message, expected: e.code === 'MULTIPLE_DOCS' ? 'one YAML document per file' : 'valid YAML' });
    }
    throw new InputError([...problems.values()].slice(0, 20));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) as unknown;
  } catch {
    // An alias bomb ("billion laughs") beyond maxAliasCount, or an alias to no anchor; the
    // parser's message names the alias, which is file content, so it is not repeated.
    throw new InputError([{ severity: 'error', file: path, line: 1, column: 1, message: 'YAML cannot be read: an alias names no anchor, or aliases expand too far', expected: `YAML whose aliases each name an anchor and expand fewer than ${MAX_YAML_ALIAS_COUNT} times` }]);
  }
  return { data, locate: (pointers) => locateInDocument(positioned, pointers) };
}

/**
 * Positions of pointers in a `yaml` Document: a mapping member at its key, a list item at its
 * start; a pointer that leaves the document, or goes into a scalar or through an alias, at the
 * last node reached.
 */
export function locateInDocument({ doc, lineCounter }: PositionedDocument, pointers: Iterable<string>): Map<string, Position> {
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
