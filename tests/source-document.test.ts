// Reading sources: positions of JSON pointers in YAML and JSON, encodings, malformed input.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/inventory/diagnostic.js';
import { decodeUtf8, parseSourceText } from '../src/sources/source-document.js';

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
