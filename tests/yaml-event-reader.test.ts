// Differential test of the fast YAML reader (js-yaml events, src/sources/yaml-event-reader.ts)
// against the `yaml` library's Document, which defines what a YAML file means to the auditor
// (src/sources/yaml-library-reader.ts). For every YAML file in the repository, a set of tricky
// documents and mutated variants of them: where the fast reader reads a file, its data is
// deep-equal to the `yaml` library's (numbers by SameValue, -0 and NaN included, and aliases
// shared the same way), and every pointer into the document (and pointers that leave it) is
// located at the same line and column; where the `yaml` library refuses a file, the fast reader
// declines it, so the file's error is worded as before.
import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/inventory/diagnostic.js';
import { escapeSegment } from '../src/sources/json-pointer.js';
import { parseSourceText, type Position } from '../src/sources/source-document.js';
import { LINE_TESTS, readYamlInParts, readYamlWithEvents } from '../src/sources/yaml-event-reader.js';
import { locateInDocument, parsePositioned, readYamlWithLibrary } from '../src/sources/yaml-library-reader.js';
import { REPO_ROOT } from './support/run-cli.js';

interface Outcome {
  /** The fast reader read the text (did not decline). */
  fast: boolean;
  /** Pointers the fast reader's own index could not place (answered by the `yaml` library). */
  exactPointers: number;
}

/** Every pointer into the data (through aliases too), plus pointers just outside it; bounded. */
function pointersOf(data: unknown, limit = 20_000): string[] {
  const out: string[] = [''];
  const visit = (value: unknown, pointer: string, depth: number) => {
    if (out.length >= limit || depth > 40) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push(`${pointer}/${i}`);
        visit(item, `${pointer}/${i}`, depth + 1);
      });
      out.push(`${pointer}/${value.length}`, `${pointer}/-1`, `${pointer}/01`, `${pointer}/`, `${pointer}/0x0`, `${pointer}/1.5`);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const child = `${pointer}/${escapeSegment(key)}`;
        out.push(child);
        visit((value as Record<string, unknown>)[key], child, depth + 1);
      }
      out.push(`${pointer}/no-such-key`, `${pointer}/null`, `${pointer}/`, `${pointer}/0`);
    } else {
      out.push(`${pointer}/inside-a-scalar`);
    }
  };
  visit(data, '', 0);
  return out;
}

/** The objects of a value in traversal order, each as the index of its first appearance: shows how aliases share. */
function sharing(data: unknown): number[] {
  const seen = new Map<object, number>();
  const out: number[] = [];
  const visit = (value: unknown, depth: number) => {
    if (value === null || typeof value !== 'object' || depth > 40 || out.length > 50_000) return;
    const known = seen.get(value);
    out.push(known ?? seen.size);
    if (known !== undefined) return;
    seen.set(value, seen.size);
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(data, 0);
  return out;
}

/** Compares the fast reader with the `yaml` library on one text; throws with `label` on any difference. */
function compare(text: string, label: string): Outcome {
  let library: { data: unknown } | undefined;
  try {
    library = readYamlWithLibrary(text, 'x.yaml');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  let exactPointers = 0;
  const positioned = library ? parsePositioned(text) : undefined;
  const exact = (pointers: string[]) => {
    exactPointers += pointers.length;
    if (!positioned) throw new Error(`${label}: a position was asked of the yaml library for a text it refuses`);
    return locateInDocument(positioned, pointers);
  };
  const fast = readYamlWithEvents(text, exact);
  // The same text read a part at a time, split before every member of the root mapping (as a
  // large manifest is): whatever it reads must be what the whole reading reads.
  const inParts = readYamlWithEvents(text, exact, 1);
  if (readYamlInParts(text, exact, 1)) partsRead++;
  if (!library) {
    expect(fast === undefined, `${label}: the yaml library refuses this text, the fast reader must decline it:\n${JSON.stringify(text.slice(0, 400))}`).toBe(true);
    expect(inParts === undefined, `${label}: the yaml library refuses this text, the reading in parts must decline it:\n${JSON.stringify(text.slice(0, 400))}`).toBe(true);
    return { fast: false, exactPointers };
  }
  if (inParts) checkRead(inParts, library, positioned!, text, `${label} (read in parts)`);
  if (!fast) return { fast: false, exactPointers };
  checkRead(fast, library, positioned!, text, label);
  return { fast: true, exactPointers };
}

/** How many texts the reading in parts has read itself (not left to the whole reading). */
let partsRead = 0;

function checkRead(fast: { data: unknown; positions: { locate(pointers: string[]): Map<string, Position> } }, library: { data: unknown }, positioned: ReturnType<typeof parsePositioned>, text: string, label: string): void {
  try {
    deepStrictEqual(fast.data, library.data);
  } catch (error) {
    throw new Error(`${label}: data differs\n${JSON.stringify(text)}\n${(error as Error).message}`);
  }
  expect(sharing(fast.data), `${label}: aliases share differently`).toEqual(sharing(library.data));
  const pointers = pointersOf(library.data);
  const expected = locateInDocument(positioned, pointers);
  const actual = fast.positions.locate(pointers);
  const differences: string[] = [];
  for (const pointer of pointers) {
    const a = actual.get(pointer);
    const e = expected.get(pointer) as Position;
    if (a?.line !== e.line || a.column !== e.column) differences.push(`${JSON.stringify(pointer)}: ${JSON.stringify(a)} instead of ${JSON.stringify(e)}`);
  }
  if (differences.length > 0) throw new Error(`${label}: positions differ\n${JSON.stringify(text)}\n${differences.slice(0, 10).join('\n')}`);
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/i.test(name)) out.push(path);
  }
  return out;
}

/** Documents as manifests are written: the fast reader must read every one itself. */
const COMMON: string[] = [
  // Scalars the YAML 1.1 and 1.2 schemas read differently, quoted and not.
  `a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: "yes"\nh: 'on'\ni: True\nj: TRUE\nk: tRUE\nl: false\nm: FALSE\n`,
  `int: 10\nneg: -10\nplus: +10\nzero: 0\nnegzero: -0\noct: 0o17\nold-oct: 017\nhex: 0x10\nHEX: 0X10\nhexcase: 0xfF\nunderscore: 1_000\nbig: 123456789012345678901234567890\nsexagesimal: 1:30\n`,
  `e: 1e3\nE: 1E3\nfrac: 1.5\ndot: 1.\nlead: .5\nsigned: -.5e-3\ninf: .inf\nninf: -.Inf\npinf: +.INF\nnan: .nan\nNaN: .NaN\nbadnan: .Nan\nfloatzero: 1.50\nplusexp: 1e+3\njustdot: .\nplusdot: +.\n`,
  `tilde: ~\nlower: null\nupper: Null\ncaps: NULL\nmixed: nUll\nempty:\nquotedEmpty: ""\nquotedTilde: "~"\n`,
  `date: 2021-01-01\ndatetime: 2021-01-01T10:00:00Z\nspaced: 2001-12-14 21:59:43.10 -5\ntime: 12:30\nversion: 1.2.3\nip: 10.0.0.1\nphone: +86 138 0000 0000\nid: 0012345\n`,
  // Keys of every scalar kind, and keys a plain object must not take as its prototype's.
  `1: one\n2.5: two and a half\ntrue: yes\n~: nothing\n"quoted": q\n'single': s\n__proto__: p\nconstructor: c\nhasOwnProperty: h\n0x1F: hex key\n.inf: infinite key\n`,
  `"null": string null\n`,
  // Anchors and aliases, merge keys (plain keys in YAML 1.2), aliases of scalars.
  `base: &base\n  a: 1\n  b: [x, y]\nderived:\n  <<: *base\n  c: 3\nsame: *base\nlist: &l [1, 2]\nlists: [*l, *l, *l]\nscalar: &s hello\nscalars: [*s, *s]\n`,
  `- &a2\n  name: x\n- &a3 name: y\n- *a2\n- [*a2, *a3]\n- &e []\n- *e\n- &m {}\n- *m\n`,
  `a: &x 1\nb: &x 2\nc: *x\n`,
  `outer: &o\n  inner: &i [1, 2, 3]\n  again: *i\nuse: [*o, *o, *i]\n`,
  // Strings over several lines, every block scalar header, escapes.
  `plain: this is\n  a plain scalar\n  over lines\n\n  with a blank line\nsq: 'it''s\n  folded'\ndq: "tab\\tnewline\\nunicode\\u00e9\\x41 \\U0001F600 \\N\\_\\L\\P\n  next\n\n  line"\n`,
  `lit: |\n  line 1\n   indented\n\n  line 3\nfold: >\n  folded\n  text\n\n   more indented\n  back\nkeep: |+\n  kept\n\nstrip: |-\n  stripped\nind: |2\n   two extra\nboth: >-2\n   x\nempty: |\nlast: end\n`,
  `- |\n  item block\n- >-\n  folded item\n- |+\n\n- - |\n    nested block\n- &b |\n  anchored block\n- |  # a comment\n  commented header\n-\n  |\n  on its own line\n`,
  // Empty values and items, comments everywhere.
  `# leading comment\na: # trailing\n  # inside\n  - x # after x\n  -\n  - # empty with comment\n  - y\nb:\nc: ~ # null\n`,
  // CJK keys and values, wide characters before a position.
  `系统:\n  名称: 全国快递运单系统\n  字段:\n    - 姓名\n    - 手机号\n  "引号键": 值\n  emoji: "😀 ok"\n  😀: 表情键\n`,
  // Flow collections in every shape.
  `flow: {a: 1, b: [2, 3], "c": {d: e}, f: }\nseq: [a, b: c, {x: y}, [nested, [deeper]], 'q']\nmultiline: [\n  one,\n  two,\n  ]\nempty: [{}, []]\n`,
  // CRLF line ends, a tab inside a value.
  `apiVersion: pipl-audit/v1\r\nsystem:\r\n  id: crlf\r\n  name: "crlf\r\n    folded"\r\n  items:\r\n    - a\r\n    - b\r\n`,
  `a: "value\twith tab"\nb: value\twith tab\n`,
  // Indentation variants: compact sequences, deeper nesting, sequences not indented under keys.
  `a:\n- 1\n- 2\nb:\n    c:\n        - d: 1\n          e: 2\n        -   f: 3\n`,
  `- - - deep\n    - er\n  - x\n- y\n`,
  `--- \nexplicit: start\n`,
  `---\n- a\n- b\n`,
];

/** Unusual documents: read by either reader, the same way. */
const UNUSUAL: string[] = [
  `minus: -\nother: x\n`,
  `closing: [\n  one,\n]\n`,
  `? &a ---\n`,
  `pairs: [a, &a b: c, : empty key, &k : anchored empty key]\nq: [one,\n :  two,\n  ]\n`,
  `? explicit key\n: explicit value\n? |\n  block key\n: v\n`,
  `-\n- \n- &a\n- x\n-   # c\n- - \n  - z\n`,
  `dq: "escaped \\\n  line break"\n`,
  `[a, b, {c: d}]\n`,
  `{top: flow}\n`,
  `just a scalar\n`,
  `"quoted root"\n`,
  `|\n  block root\n`,
  `explicit: end\n...\n`,
  `# only a comment\n`,
  `---\n`,
  ``,
];

/** Documents the yaml library refuses, or that need what only it takes on (tags, directives, complex keys, cycles). */
const DECLINED: string[] = [
  `a: 1\na: 2\n`,
  `1: a\n1.0: b\n`,
  `~: a\nnull: b\n`,
  `null: null-like keys clash\nNull: in the yaml library\n`,
  `a: *undefined\n`,
  `a: &a [*a]\n`,
  `a: b: c\n`,
  `a: [1, 2\n`,
  `a:\n\t- tab\n`,
  `--- a\n--- b\n`,
  `%YAML 1.1\n---\na: 2001-01-01\n`,
  `%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n`,
  `a: !!str 1\nb: !!int "2"\nc: !custom x\nd: !!binary aGVsbG8=\ne: !!timestamp 2001-01-01\nf: !!set {a, b}\ng: !!omap [a: 1]\n`,
  `@reserved: x\n`,
  `a: \`reserved\`\n`,
  `"a"#comment: 1\n`,
  `key: "unterminated\n`,
  `? [complex, key]\n: v\n`,
  `? {a: 1}\n: v\n`,
  `*alias_key : v\n`,
  `k: v\n  bad: indent\n`,
  `- a\nb: c\n`,
  `a:\n  - b\n  c: d\n`,
  `${'k'.repeat(1100)}: long implicit key\n`,
  `a: 1\n\u0000b: 2\n`,
  `a: "\u0001"\n`,
  `a: b\rc: d\n`,
  `b: &x k: *x\n`,
  `- &m{}\n- *m\n`,
];

const TRICKY = [...COMMON, ...UNUSUAL, ...DECLINED];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [' ', '  ', '\t', ':', ': ', '-', '- ', '#', ' #', '"', "'", '&a ', '*a', '!', '|', '>', '\n', '\n  ', '{', '}', '[', ']', ',', '? ', '%', '@', '~', '0', '.', 'é', '中', '\\', '---\n', '...\n', '<<: ', 'x: ', '\r\n'];

function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = next();
  if (kind < 0.45) return text.slice(0, at) + (INSERTS[Math.floor(next() * INSERTS.length)] ?? '') + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
  // Duplicate or drop a whole line, or re-indent one.
  const lines = text.split('\n');
  const i = Math.floor(next() * lines.length);
  if (kind < 0.9) lines.splice(i, 0, lines[i] ?? '');
  else lines[i] = (next() < 0.5 ? ' ' : '') + (lines[i] ?? '').replace(/^ /, '');
  return lines.join('\n');
}

describe('the fast YAML reader reads every YAML file of the repository exactly as the yaml library does', () => {
  const files = ['examples', 'tests/fixtures', 'rules', 'taxonomy'].flatMap((dir) => yamlFilesUnder(join(REPO_ROOT, dir)));
  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it('same data, same positions for every pointer; declines only what it must', () => {
    const declined: string[] = [];
    let exactPointers = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const outcome = compare(text, file);
      exactPointers += outcome.exactPointers;
      if (!outcome.fast) declined.push(file);
    }
    // Files the fast reader leaves to the yaml library: only ones the yaml library refuses too,
    // or that use what the fast reader does not take on (tags, directives, several documents).
    for (const file of declined) {
      const text = readFileSync(file, 'utf8');
      let refused = false;
      try {
        readYamlWithLibrary(text.replace(/^\uFEFF/, ''), file);
      } catch {
        refused = true;
      }
      expect(refused || /(^|\s)!|^%|^---[\s\S]*^---/m.test(text), `${file} was declined although the yaml library reads it`).toBe(true);
    }
    expect(exactPointers).toBeLessThan(files.length);
  });
});

describe('tricky documents', () => {
  it.each(TRICKY.map((text, i) => [i, text]))('document %i: same data and positions, or declined where the yaml library refuses', (_i, text) => {
    compare(text as string, `tricky document ${_i}`);
  });

  it('reads the common constructs itself (does not leave them to the yaml library)', () => {
    COMMON.forEach((text, i) => expect(compare(text, `common document ${i}`).fast, `common document ${i}`).toBe(true));
  });

  it('declines every document the yaml library refuses, or that needs what only it takes on', () => {
    DECLINED.forEach((text, i) => expect(compare(text, `declined document ${i}`).fast, `declined document ${i}`).toBe(false));
  });

  it('mutated documents (3,000, seeded): whatever the yaml library refuses is declined, whatever is read is read the same', () => {
    const next = random(Number(process.env.YAML_FUZZ_SEED ?? 20261203));
    let read = 0;
    partsRead = 0;
    for (let n = 0; n < Number(process.env.YAML_FUZZ ?? 3000); n++) {
      const base = TRICKY[Math.floor(next() * TRICKY.length)] ?? '';
      let text = mutate(base, next);
      if (next() < 0.5) text = mutate(text, next);
      if (compare(text, `mutation ${n} of ${JSON.stringify(base.slice(0, 40))}`).fast) read++;
    }
    // Most mutations still parse; the fast reader must have read a good share of them itself,
    // and a good share in parts.
    expect(read).toBeGreaterThan(500);
    expect(partsRead).toBeGreaterThan(100);
  });
});

describe('generated documents: random data written by both YAML libraries in many styles', () => {
  const SCALARS: unknown[] = [
    'yes', 'on', 'off', 'no', 'y', '0x10', '0o17', '017', '1e3', '1_000', '.inf', '-.inf', '.nan', '~', 'null', 'Null', 'true', 'False',
    '2021-01-01', '2021-01-01T10:00:00Z', '12:30', '1.2.3', '', ' leading', 'trailing ', 'two  spaces', 'multi\nline\n', 'multi\nline',
    'a\n\nparagraph\n', '  indented\nfirst', '中文值', '😀', '#hash', 'a #b', 'a: b', 'a:b', '- x', '-', '"q"', "'s'", '@at', '`bt`',
    '%pc', '&amp', '*star', '!bang', '|pipe', '>gt', '{brace', '[brack', ',comma', '?q', '? q', '<<', 'x'.repeat(120),
    'long words '.repeat(20), 'tab\there', 'back\\slash', 'é', 0, -0, 1, -12, 3.5, 1e21, 1.5e-7, Infinity, -Infinity, NaN, true, false, null,
  ];
  const KEYS = ['id', 'name', 'yes', 'on', '1', '2.5', 'true', '0x10', '中文键', 'with space', 'a:b', '#k', '-k', '__proto__', 'constructor', 'k'.repeat(60), "it's", '"dq"', '<<', '@k'];

  function randomData(next: () => number, depth: number, shared: unknown[]): unknown {
    const r = next();
    if (depth > 4 || r < 0.45) return SCALARS[Math.floor(next() * SCALARS.length)];
    if (r < 0.5 && shared.length > 0) return shared[Math.floor(next() * shared.length)];
    let value: unknown;
    if (r < 0.75) {
      value = Array.from({ length: Math.floor(next() * 5) }, () => randomData(next, depth + 1, shared));
    } else {
      const map: Record<string, unknown> = {};
      const n = Math.floor(next() * 6);
      for (let i = 0; i < n; i++) Object.defineProperty(map, KEYS[Math.floor(next() * KEYS.length)] as string, { value: randomData(next, depth + 1, shared), enumerable: true, writable: true, configurable: true });
      value = map;
    }
    if (next() < 0.15) shared.push(value);
    return value;
  }

  it('600 documents: same data and positions wherever the fast reader reads them, and it reads most', async () => {
    const { stringify } = await import('yaml');
    const { dump } = await import('js-yaml');
    const next = random(Number(process.env.YAML_GEN_SEED ?? 7));
    let read = 0;
    const total = Number(process.env.YAML_GEN ?? 600);
    for (let n = 0; n < total; n++) {
      const data = randomData(next, 0, []);
      const root = data !== null && typeof data === 'object' ? data : { value: data };
      let text: string;
      const style = next();
      if (style < 0.6) {
        const types = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
        text = stringify(root, {
          indent: next() < 0.5 ? 2 : 4,
          indentSeq: next() < 0.5,
          lineWidth: next() < 0.3 ? 20 : 80,
          minContentWidth: 0,
          defaultStringType: types[Math.floor(next() * types.length)],
          defaultKeyType: next() < 0.3 ? 'QUOTE_DOUBLE' : null,
          collectionStyle: next() < 0.2 ? 'flow' : 'any',
          flowCollectionPadding: next() < 0.5,
        });
      } else {
        text = dump(root, { flowLevel: next() < 0.3 ? Math.floor(next() * 3) : -1, lineWidth: next() < 0.3 ? 20 : 80, quoteStyle: next() < 0.5 ? 'single' : 'double', forceQuotes: next() < 0.2, indent: next() < 0.5 ? 2 : 3 });
      }
      if (compare(text, `generated document ${n}`).fast) read++;
    }
    if (process.env.YAML_GEN) console.log(`generated: ${read} of ${total} read by the fast reader`);
    expect(read).toBeGreaterThan(total * 0.7);
  });
});

describe('aliases are bounded exactly where the yaml library bounds them', () => {
  const list = (alias: string, n: number) => `[${Array(n).fill(alias).join(', ')}]`;
  const cases: Array<[string, string]> = [];
  // A scalar anchor: each use counts once.
  for (const n of [998, 999, 1000, 1001]) cases.push([`scalar anchor used ${n} times`, `s: &s x\nl: ${list('*s', n)}\n`]);
  // A list of scalars used n times, then a list of those used m times: the uses multiply.
  for (const [n, m] of [[9, 99], [10, 99], [10, 100], [31, 31], [32, 32], [1, 999]] as Array<[number, number]>) {
    cases.push([`nested anchors ${n}×${m}`, `a: &a [x, y]\nb: &b ${list('*a', n)}\nc: ${list('*b', m)}\n`]);
  }
  // Empty collections weigh nothing to the yaml library, however often they are used.
  cases.push(['empty list used 2,000 times', `e: &e []\nm: &m {}\nl: ${list('*e', 2000)}\nk: ${list('*m', 2000)}\n`]);
  cases.push(['anchor holding only empty lists, used 1,500 times', `e: &e [[], {}]\nl: ${list('*e', 1500)}\n`]);
  // The weight of an anchor is fixed at its first use; later uses of what is inside do not change it.
  cases.push(['weight fixed at first use', `a: &a [x]\nb: &b [*a]\nc: [*b]\nd: ${list('*a', 900)}\ne: ${list('*b', 400)}\n`]);
  cases.push(['redefined anchor', `a: &a [x]\nb: ${list('*a', 600)}\na2: &a [y]\nc: ${list('*a', 600)}\n`]);
  cases.push(['alias inside a key-anchored mapping', `- &k key: &v [1]\n- ${list('*v', 500)}\n- ${list('*k', 500)}\n`]);

  const read: string[] = [];
  it.each(cases)('%s', (label, text) => {
    if (compare(text, label).fast) read.push(label);
  });

  it('reads the bounded ones itself and leaves the refused ones to the yaml library', () => {
    expect(read).toContain('scalar anchor used 998 times');
    expect(read).toContain('empty list used 2,000 times');
    expect(read).not.toContain('scalar anchor used 1000 times');
    expect(read).not.toContain('nested anchors 32×32');
  });
});

describe('through the SourceDocument', () => {
  it('a manifest read by the fast reader locates its pointers as before, including positions only the yaml library knows', () => {
    const text = 'stores:\n  - id: a\n    fields:\n      -\n      - |\n        block\n  - id: "b"\n';
    const doc = parseSourceText(text, 'm.yaml', 'x');
    expect(doc.data).toEqual({ stores: [{ id: 'a', fields: [null, 'block\n'] }, { id: 'b' }] });
    const at = doc.locate(['/stores/0/fields/0', '/stores/0/fields/1', '/stores/1/id', '/stores/1']);
    expect(at.get('/stores/0/fields/0')).toEqual({ line: 4, column: 8 });
    expect(at.get('/stores/0/fields/1')).toEqual({ line: 5, column: 9 });
    expect(at.get('/stores/1/id')).toEqual({ line: 7, column: 5 });
    expect(at.get('/stores/1')).toEqual({ line: 7, column: 5 });
  });
});

describe('the line tests before the fast reader', () => {
  it('give the answers of the RegExps they replace on every text without a lone CR, U+2028 or U+2029', () => {
    // A seeded generator over the characters the tests look at, so that lines start with every
    // mix of them; plus the texts of the repository's YAML files.
    let seed = 20240630;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const alphabet = ['.', '.', '.', '\n', '\n', '\r\n', ' ', '\t', '%', '-', '?', ':', 'a', 'Z', '9', '_', '$', '"', "'", '#', '{', '-', '.'];
    const texts: string[] = ['', '...', '...\n', '\n...', '%', '\t', ' \t', 'a\tb', '- ? :\t', '\n%'];
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 24);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      texts.push(text);
    }
    for (const file of yamlFilesUnder(join(REPO_ROOT, 'rules')).slice(0, 200)) texts.push(readFileSync(file, 'utf8'));
    let checked = 0;
    for (const text of texts) {
      if (LINE_TESTS.hasUnicodeLineBreak(text) || /\r(?!\n)/.test(text)) continue;
      checked++;
      for (const name of ['documentEnd', 'tabIndented', 'directive'] as const) {
        expect(LINE_TESTS[name].fast(text), `${name} of ${JSON.stringify(text)}`).toBe(LINE_TESTS[name].regExp(text));
      }
      for (const partChars of [1, 2, 5, 1000]) {
        expect(LINE_TESTS.rootKeyCuts.fast(text, partChars), `cuts of ${JSON.stringify(text)} at ${partChars}`).toEqual(LINE_TESTS.rootKeyCuts.regExp(text, partChars));
      }
    }
    expect(checked).toBeGreaterThan(15_000);
    expect(LINE_TESTS.hasUnicodeLineBreak('a\u2028b')).toBe(true);
  });
});
