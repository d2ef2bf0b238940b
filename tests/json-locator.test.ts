// The JSON locator against jsonc-parser's own syntax tree: for random documents with random
// whitespace, escaped keys and nesting, every pointer must resolve to the offset jsonc-parser
// gives (the key of an object member, the value of an array element).
import jsoncParser from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateJsonOffsets, locateJsonPointers } from '../src/sources/json-locator.js';
import { toPointer } from '../src/sources/json-pointer.js';

/** A small deterministic PRNG (mulberry32) so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['id', 'name', 'a/b', 'til~de', 'quote"d', 'back\\slash', '中文', '𠀋', 'grants', '', 'x y'];
const STRINGS = ['', 'plain', 'with "quotes"', 'brackets [{}]', 'back\\\\slash\\', '换行\n', 'tab\t'];

function randomValue(next: () => number, depth: number): unknown {
  const r = next();
  if (depth > 3 || r < 0.35) {
    const s = next();
    if (s < 0.4) return STRINGS[Math.floor(next() * STRINGS.length)];
    if (s < 0.6) return Math.floor(next() * 1e6) / (next() < 0.5 ? 1 : 7);
    if (s < 0.8) return next() < 0.5;
    return null;
  }
  if (r < 0.65) return Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 5); i > 0; i--) out[KEYS[Math.floor(next() * KEYS.length)] ?? 'k'] = randomValue(next, depth + 1);
  return out;
}

function serialise(value: unknown, next: () => number): string {
  const ws = () => [' ', '', '\n  ', '\t', '\r\n'][Math.floor(next() * 5)] ?? '';
  if (Array.isArray(value)) return `[${ws()}${value.map((v) => ws() + serialise(v, next) + ws()).join(',')}${ws()}]`;
  if (value !== null && typeof value === 'object') {
    return `{${ws()}${Object.entries(value)
      .map(([k, v]) => `${ws()}${JSON.stringify(k)}${ws()}:${ws()}${serialise(v, next)}${ws()}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function allPaths(node: jsoncParser.Node, path: Array<string | number>, out: Array<{ path: Array<string | number>; offset: number }>): void {
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const childPath = [...path, key.value as string];
      out.push({ path: childPath, offset: key.offset });
      allPaths(value, childPath, out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => {
      out.push({ path: [...path, index], offset: child.offset });
      allPaths(child, [...path, index], out);
    });
  }
}

describe('JSON locator', () => {
  it('agrees with jsonc-parser on every pointer of 300 random documents', () => {
    const next = prng(20221009);
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const text = serialise({ root: randomValue(next, 0), list: [randomValue(next, 1), randomValue(next, 1)] }, next);
      expect(JSON.parse(text)).toBeDefined();
      const tree = jsoncParser.parseTree(text);
      if (!tree) throw new Error('no tree');
      const expected: Array<{ path: Array<string | number>; offset: number }> = [];
      allPaths(tree, [], expected);
      // Duplicate keys: JSON.parse and pointers see the last one; compare only unique paths.
      const unique = expected.filter((e, i) => expected.findIndex((o) => toPointer(o.path) === toPointer(e.path)) === i && expected.filter((o) => toPointer(o.path) === toPointer(e.path)).length === 1);
      // The locator works on the UTF-8 bytes: jsonc-parser's offsets (UTF-16) converted to bytes.
      const found = locateJsonOffsets(Buffer.from(text, 'utf8'), unique.map((e) => toPointer(e.path)));
      for (const e of unique) {
        expect(found.get(toPointer(e.path)), `${toPointer(e.path)} in ${text}`).toBe(Buffer.byteLength(text.slice(0, e.offset)));
        checked++;
      }
      // Lines and columns as the decoded text counts them (columns in UTF-16 code units).
      const positions = locateJsonPointers(Buffer.from(text, 'utf8'), unique.map((e) => toPointer(e.path)));
      for (const e of unique) {
        const before = text.slice(0, e.offset).split('\n');
        expect(positions.get(toPointer(e.path)), `${toPointer(e.path)} in ${text}`).toEqual({ line: before.length, column: (before.at(-1) ?? '').length + 1 });
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives 1-based lines and columns and falls back to the nearest stated ancestor', () => {
    const text = '{\n  "a": [\n    {"b": 1},\n    {"c": "x"}\n  ]\n}';
    const at = locateJsonPointers(Buffer.from(text), ['/a/1/c', '/a/0/missing', '/nope']);
    expect(at.get('/a/1/c')).toEqual({ line: 4, column: 6 });
    expect(at.get('/a/0/missing')).toEqual({ line: 3, column: 5 });
    expect(at.get('/nope')).toEqual({ line: 1, column: 1 });
  });

  it('counts columns in characters of the text (UTF-16 code units) after multi-byte characters and a byte order mark', () => {
    // "名" is 3 bytes in UTF-8 and one UTF-16 unit; "𠀋" 4 bytes and two units.
    const text = '{"名": {"x": 1}, "𠀋": [2, {"y": 3}]}';
    const at = locateJsonPointers(Buffer.from(text), ['/名/x', '/𠀋/1/y']);
    expect(at.get('/名/x')).toEqual({ line: 1, column: text.indexOf('"x"') + 1 });
    expect(at.get('/𠀋/1/y')).toEqual({ line: 1, column: text.indexOf('"y"') + 1 });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(locateJsonPointers(withBom, ['/名/x', '']).get('/名/x')).toEqual({ line: 1, column: text.indexOf('"x"') + 1 });
    expect(locateJsonPointers(withBom, ['']).get('')).toEqual({ line: 1, column: 1 });
  });

  it('finds keys written with escapes or beside keys of the same length, array elements after skipped ones, and the rest of an array left after the last wanted one', () => {
    const text = '{"list": [{"ab": 0}, {"ba": 1, "ab": [5, {"q": 6}]}, "x", {"ab": 2}], "\\u0061b": {"c~d/e": 7}, "tail": 8}';
    const at = locateJsonOffsets(Buffer.from(text), ['/list/1/ab/1/q', '/list/3/ab', '/ab/c~0d~1e', '/tail', '/list/01', '/list/-']);
    expect(at.get('/list/1/ab/1/q')).toBe(text.indexOf('"q"'));
    expect(at.get('/list/3/ab')).toBe(text.lastIndexOf('"ab"'));
    expect(at.get('/ab/c~0d~1e')).toBe(text.indexOf('"c~d/e"'));
    expect(at.get('/tail')).toBe(text.indexOf('"tail"'));
    // Not array indices: never found; as positions they resolve to the array's member (its key).
    expect(at.has('/list/01')).toBe(false);
    expect(at.has('/list/-')).toBe(false);
    expect(locateJsonPointers(Buffer.from(text), ['/list/01']).get('/list/01')).toEqual({ line: 1, column: text.indexOf('"list"') + 1 });
  });
  it('reads empty keys, the same pointer given twice, and a pointer without a leading slash (which resolves to the root)', () => {
    const text = '{"": {"": 1, "a": {"": [0, {"": 2}]}}, "b": 3}';
    const at = locateJsonOffsets(Buffer.from(text), ['/', '//', '//a/', '//a//1/', '/b', '/b', 'b', 'b/c']);
    expect(at.get('/')).toBe(1);
    expect(at.get('//')).toBe(text.indexOf('""', 2));
    expect(at.get('//a/')).toBe(text.indexOf('""', text.indexOf('"a"')));
    expect(at.get('//a//1/')).toBe(text.lastIndexOf('""'));
    expect(at.get('/b')).toBe(text.indexOf('"b"'));
    expect(at.has('b')).toBe(false);
    expect(at.has('b/c')).toBe(false);
    const positions = locateJsonPointers(Buffer.from(text), ['b', 'b/c', '/b']);
    expect(positions.get('b')).toEqual({ line: 1, column: 1 });
    expect(positions.get('b/c')).toEqual({ line: 1, column: 1 });
    expect(positions.get('/b')).toEqual({ line: 1, column: text.indexOf('"b"') + 1 });
  });
});
