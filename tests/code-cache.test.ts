// V8's code cache for large CommonJS modules (src/cache/code-cache.ts): a module runs the same
// compiled from source or from the cache; a cache file is used only while whole and for the same
// source; a corrupt, truncated or foreign file means compiling from source, never a crash.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWithCodeCache } from '../src/cache/code-cache.js';
import { tempDir } from './support/temp-dir.js';

const MODULE = `'use strict';
const { basename } = require('node:path');
function total(items) { let sum = 0; for (const item of items) sum += item.weight; return sum; }
module.exports = { name: basename(__filename), total, kind: typeof module.exports };
`;

describe('the code cache', () => {
  it('serves a module from the bytecode an earlier load saved, and compiles from source when the file is not whole', () => {
    const dir = tempDir({ 'parcel.cjs': MODULE });
    const file = join(dir, 'parcel.cjs');
    const cache = join(dir, 'cache');
    const first = loadWithCodeCache(file, cache);
    expect(first.fromCache).toBe(false);
    const exports = first.exports as { name: string; total: (items: Array<{ weight: number }>) => number; kind: string };
    expect(exports.name).toBe('parcel.cjs');
    expect(exports.total([{ weight: 2 }, { weight: 3 }])).toBe(5);
    first.save();
    const [entry] = readdirSync(cache);
    expect(entry).toMatch(/^parcel\.cjs-[0-9a-f]{64}\.bin$/);

    const second = loadWithCodeCache(file, cache);
    expect(second.fromCache).toBe(true);
    expect((second.exports as typeof exports).total([{ weight: 4 }])).toBe(4);
    expect((second.exports as typeof exports).kind).toBe('object');

    // Corrupt (one byte of the bytecode changed) and truncated entries: compiled from source.
    const path = join(cache, entry as string);
    const whole = readFileSync(path);
    const flipped = Buffer.from(whole);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] as number) ^ 0xff;
    for (const bad of [flipped, whole.subarray(0, whole.length >> 1), Buffer.from('not bytecode')]) {
      writeFileSync(path, bad);
      const load = loadWithCodeCache(file, cache);
      expect(load.fromCache).toBe(false);
      expect((load.exports as typeof exports).total([{ weight: 1 }, { weight: 1 }])).toBe(2);
    }
  });

  it('keeps another file for a changed module, and never runs bytecode made for other source', () => {
    const dir = tempDir({ 'parcel.cjs': MODULE });
    const file = join(dir, 'parcel.cjs');
    const cache = join(dir, 'cache');
    loadWithCodeCache(file, cache).save();
    // Same length, other behaviour: V8 alone would accept the old bytecode (it checks the length).
    const changed = MODULE.replace('sum += item.weight', 'sum -= item.weight');
    expect(changed.length).toBe(MODULE.length);
    writeFileSync(file, changed);
    const load = loadWithCodeCache(file, cache);
    expect(load.fromCache).toBe(false);
    expect((load.exports as { total: (items: Array<{ weight: number }>) => number }).total([{ weight: 2 }, { weight: 3 }])).toBe(-5);
    load.save();
    expect(readdirSync(cache)).toHaveLength(2);
  });
});
