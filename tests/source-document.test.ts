// Reading sources: positions of JSON pointers in YAML and JSON, encodings, malformed input.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/inventory/diagnostic.js';
import { decodeUtf8, jsonTextForParse, parseSourceBytes, parseSourceText } from '../src/sources/source-document.js';

const yamlText = `apiVersion: pipl-audit/v1
stores:
  - id: a
    kind: database
    fields:
      - { name: phone, category: contact.phone }
  - id: "b/c"
    kind: file
`;

const jsonText = `{
  "apiVersion": "pipl-audit/v1",
  "stores": [
    { "id": "a", "kind": "database",
      "fields": [ { "name": "phone", "category": "contact.phone" } ] },
    { "id": "b", "kind": "file", "x~y/z": 1 }
  ]
}`;

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('YAML positions', () => {
  const doc = parseSourceText(yamlText, 'm.yaml', 'x');
  it('finds keys, list items and nested values', () => {
    const at = doc.locate(['/stores/0/kind', '/stores/1', '/stores/0/fields/0/category', '/apiVersion']);
    expect(at.get('/stores/0/kind')).toEqual({ line: 4, column: 5 });
    expect(at.get('/stores/1')).toEqual({ line: 7, column: 5 });
    expect(at.get('/stores/0/fields/0/category')).toEqual({ line: 6, column: 24 });
    expect(at.get('/apiVersion')).toEqual({ line: 1, column: 1 });
  });
  it('falls back to the nearest ancestor for a pointer that is not there', () => {
    expect(doc.locate(['/stores/1/retention/period']).get('/stores/1/retention/period')).toEqual({ line: 7, column: 5 });
  });
});

describe('JSON positions', () => {
  const doc = parseSourceText(jsonText, 'm.json', 'x');
  it('finds keys and list items in one pass', () => {
    const at = doc.locate(['/stores/0/fields/0/category', '/stores/1', '/stores/1/kind', '/stores/1/x~0y~1z']);
    expect(at.get('/stores/0/fields/0/category')).toEqual({ line: 5, column: 38 });
    expect(at.get('/stores/1')).toEqual({ line: 6, column: 5 });
    expect(at.get('/stores/1/kind')).toEqual({ line: 6, column: 18 });
    expect(at.get('/stores/1/x~0y~1z')).toEqual({ line: 6, column: 34 });
  });
  it('falls back to the nearest ancestor', () => {
    expect(doc.locate(['/stores/1/missing/deep']).get('/stores/1/missing/deep')).toEqual({ line: 6, column: 5 });
  });
});

describe('malformed and mis-encoded input', () => {
  it('names the line and column of malformed JSON', () => {
    const error = errorOf(() => parseSourceText('{\n  "a": 1,\n  "b": }\n', 'bad.json', 'x'));
    expect(error.diagnostics[0]).toMatchObject({ file: 'bad.json', line: 3, column: 8 });
    expect(error.diagnostics[0]?.message).toMatch(/malformed JSON/);
  });
  it('names the line of malformed YAML and rejects duplicate keys', () => {
    const error = errorOf(() => parseSourceText('a: 1\nb: [1, 2\nc: 3\n', 'bad.yaml', 'x'));
    expect(error.diagnostics[0]?.file).toBe('bad.yaml');
    expect(error.diagnostics[0]?.message).toMatch(/malformed YAML/);
    const dup = errorOf(() => parseSourceText('a: 1\na: 2\n', 'dup.yaml', 'x'));
    expect(dup.diagnostics[0]).toMatchObject({ line: 2 });
  });
  it('reports a flow map left open inside a flow sequence once, though the parser reports both', () => {
    // `[ {name: a` closes neither the map nor the list: two parser errors at one place, which read
    // the same in our words. The user sees the problem once.
    const error = errorOf(() => parseSourceText('stores:\n  - id: x\n    fields: [ {name: a\n', 'open.yaml', 'x'));
    expect(error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['4:1 malformed YAML: indentation that does not line up']);
    // Two different problems in one file are still both reported.
    const two = errorOf(() => parseSourceText('a: [1\nb: 2\n---\nc: 3\n', 'two.yaml', 'x'));
    expect(new Set(two.diagnostics.map((d) => d.message)).size).toBe(two.diagnostics.length);
    expect(two.diagnostics.length).toBeGreaterThan(1);
  });
  it('refuses a YAML alias bomb instead of expanding it', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1, prev = 'a'; i < 8; prev = `l${i}`, i++) text += `l${i}: &l${i} [${Array(10).fill('*' + prev).join(', ')}]\n`;
    expect(errorOf(() => parseSourceText(text, 'bomb.yaml', 'x')).diagnostics[0]?.message).toMatch(/alias/i);
  });
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f')).toBe('a');
  });
  it('rejects GBK bytes with the line they are on', () => {
    const gbk = new Uint8Array([...Buffer.from('a: 1\nname: '), 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]);
    const error = errorOf(() => decodeUtf8(gbk, 'gbk.yaml'));
    expect(error.diagnostics[0]).toMatchObject({ file: 'gbk.yaml', line: 2 });
    expect(error.diagnostics[0]?.message).toMatch(/GBK/);
  });
});

describe('a .json file parsed from its bytes', () => {
  // A .json file is parsed from a one-byte text in which characters outside ASCII are written as
  // \u escapes (half the memory of the decoded text when a few Chinese names make it two-byte);
  // the data, the positions and the errors must be exactly those of the decoded text.
  const parsedBoth = (bytes: Uint8Array) => {
    const viaBytes = (() => {
      try {
        return { data: parseSourceBytes(bytes, 'f.json', 'x').data };
      } catch (error) {
        return { error: (error as InputError).diagnostics };
      }
    })();
    const viaText = (() => {
      try {
        return { data: parseSourceText(decodeUtf8(bytes, 'f.json'), 'f.json', 'x').data };
      } catch (error) {
        return { error: (error as InputError).diagnostics };
      }
    })();
    return { viaBytes, viaText };
  };
  const cases: Array<[string, Uint8Array]> = [
    ['ASCII only', Buffer.from('{"a": [1, "x", true, null], "b": {"c": "\\u00e9 \\"q\\""}}')],
    ['Chinese, astral and Latin-1 in values and keys', Buffer.from('{"名称": "张三", "e": "café 😀", "s": "\u2028", "k": {"é😀": ["中", "\\u4e2d"]}}')],
    ['a byte-order mark', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"a": "中"}')])],
    ['an escape beside a raw character', Buffer.from('{"a": "\\u4e2d中\\n中"}')],
    ['__proto__ as a key', Buffer.from('{"__proto__": {"x": "中"}, "b": 1}')],
    ['mostly Chinese (decoded as usual)', Buffer.from(`{"a": "${'中文'.repeat(200)}"}`)],
    ['malformed after Chinese', Buffer.from('{\n  "a": "中",\n  "b": }\n')],
    ['a non-breaking space outside strings', Buffer.from('{"a": "中"}\u00a0')],
    ['a character outside strings', Buffer.from('{"a": 中}')],
  ];
  for (const [name, bytes] of cases) {
    it(`gives what JSON.parse of the decoded text gives: ${name}`, () => {
      const { viaBytes, viaText } = parsedBoth(bytes);
      expect(viaBytes).toEqual(viaText);
      if ('data' in viaText) expect(Object.getPrototypeOf(viaBytes.data)).toBe(Object.getPrototypeOf(viaText.data));
    });
  }
  // The escaped text written over the bytes in place (a .json input read with room after its
  // bytes) must be the text a fresh buffer gets, wherever the runs outside ASCII fall, and the
  // bytes must be put back exactly.
  const inPlaceCases: Array<[string, Buffer]> = [
    ...cases.map(([name, bytes]): [string, Buffer] => [name, Buffer.from(bytes)]),
    ['runs at the very start and end', Buffer.from('中{"a": "x"}😀')],
    ['runs side by side and one of every length', Buffer.from(`{"a": "é中😀é", "b": "${'x'.repeat(300)}中", "c": ["ü", "中文", "😀😀"]}`)],
  ];
  for (const [name, bytes] of inPlaceCases) {
    it(`writes the escaped text over the bytes as into a fresh buffer: ${name}`, () => {
      const expected = jsonTextForParse(Buffer.from(bytes), 'f.json');
      for (const spare of [0, 1, 64, 4096]) {
        const room = Buffer.alloc(bytes.length + spare, 0x41);
        bytes.copy(room);
        expect(jsonTextForParse(room.subarray(0, bytes.length), 'f.json', room)).toBe(expected);
        // … and the bytes put back as they were.
        expect(room.subarray(0, bytes.length).equals(bytes)).toBe(true);
      }
    });
  }
  it('parses a .json input with room after its bytes as the decoded text, and reads the bytes again for positions', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readSourceInput } = await import('../src/sources/source-input.js');
    const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-room-'));
    for (const [name, bytes] of inPlaceCases) {
      const path = join(dir, 'f.json');
      writeFileSync(path, bytes);
      const input = readSourceInput(path, 'f.json');
      const viaInput = (() => {
        try {
          return { data: input.document().data };
        } catch (error) {
          return { error: (error as InputError).diagnostics };
        }
      })();
      expect(viaInput, name).toEqual(parsedBoth(bytes).viaText);
      if ('data' in viaInput) {
        input.releaseDocument();
        expect(input.text(), name).toBe(decodeUtf8(bytes, 'f.json'));
        expect(input.locate(['/a']), name).toEqual(parseSourceBytes(bytes, 'f.json', 'x').locate(['/a']));
      }
    }
  });
  it('refuses invalid UTF-8 as the decoder does', () => {
    const gbk = new Uint8Array([...Buffer.from('{"a": "中",\n"b": "'), 0xd5, 0xc5, 0x22, 0x7d]);
    expect(errorOf(() => parseSourceBytes(gbk, 'gbk.json', 'x')).diagnostics).toEqual(errorOf(() => decodeUtf8(gbk, 'gbk.json')).diagnostics);
  });
  it('locates pointers on the bytes, columns in UTF-16 code units', () => {
    const doc = parseSourceBytes(Buffer.from('{"名": "😀", "b": [\n  "中", {"c": 1}]}'), 'f.json', 'x');
    expect(doc.data).toEqual({ 名: '😀', b: ['中', { c: 1 }] });
    expect(doc.locate(['/b/1/c', '/b'])).toEqual(new Map([['/b/1/c', { line: 2, column: 9 }], ['/b', { line: 1, column: 13 }]]));
  });
});

describe('a .json input keeps the bytes it read and hashed for locating', () => {
  it('locates on the bytes it read, whatever the file holds by then', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readSourceInput } = await import('../src/sources/source-input.js');
    const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-bytes-'));
    const path = join(dir, 'realm.json');
    writeFileSync(path, '{"名": "中",\n "users": [{"username": "a"}, {"username": "b"}]}');
    const input = readSourceInput(path, 'realm.json');
    expect(input.document().data).toEqual({ 名: '中', users: [{ username: 'a' }, { username: 'b' }] });
    input.releaseDocument();
    expect(input.locate(['/users/1/username'])).toEqual(new Map([['/users/1/username', { line: 2, column: 32 }]]));
    expect(input.text()).toContain('"users"');
    const other = readSourceInput(path, 'realm.json');
    other.document();
    writeFileSync(path, '{"users": []}');
    // The positions are those of the bytes hashed and parsed, not of what the file became.
    expect(other.locate(['/users/1/username'])).toEqual(new Map([['/users/1/username', { line: 2, column: 32 }]]));
    expect(other.sha256).toBe(input.sha256);
  });
});
