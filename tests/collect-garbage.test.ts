// The full collection after a large YAML read (src/sources/collect-garbage.ts): it collects, it
// leaves no `gc` behind in the audit's own context, and it leaves V8's flags as they were, so that
// bytecode cached before it is still accepted after it (src/cache/code-cache.ts).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/sources/collect-garbage.js';
import { CLI } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

/** The build the CLI tests run (a fresh process needs compiled modules). */
const DIST = dirname(dirname(CLI));

describe('collectGarbage', () => {
  it('frees what is no longer reachable', () => {
    // The baseline is the live heap: garbage other tests in this worker left would otherwise be
    // collected while the list below is built, and the heap could end up smaller than it began.
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let garbage: Array<{ n: number; s: string }> | undefined = [];
    for (let i = 0; i < 400_000; i++) garbage.push({ n: i, s: `item ${i}` });
    expect(process.memoryUsage().heapUsed).toBeGreaterThan(before + 20_000_000);
    garbage = undefined;
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 10_000_000);
  });

  it('adds no gc to this context', () => {
    const hadGc = typeof (globalThis as { gc?: unknown }).gc;
    collectGarbage();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(hadGc);
  });

  it('leaves the flags as they were: a process that collected still accepts bytecode another process cached', () => {
    // V8 hashes its flags once, on first use, into what it checks cached bytecode against: a
    // fresh process that collects before loading is the case where a flag left set would count.
    const dir = tempDir({ 'parcel.cjs': `'use strict';\nmodule.exports = { total: (a, b) => a + b };\n` });
    const file = join(dir, 'parcel.cjs');
    const cache = join(dir, 'cache');
    const run = (collect: boolean) => {
      const script = `
        import { loadWithCodeCache } from ${JSON.stringify(pathToFileURL(join(DIST, 'cache', 'code-cache.js')).href)};
        import { collectGarbage } from ${JSON.stringify(pathToFileURL(join(DIST, 'sources', 'collect-garbage.js')).href)};
        if (${collect}) collectGarbage();
        const load = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)});
        load.save();
        console.log(JSON.stringify({ fromCache: load.fromCache, total: load.exports.total(2, 3), gc: typeof globalThis.gc }));`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { fromCache: boolean; total: number; gc: string };
    };
    expect(run(false)).toEqual({ fromCache: false, total: 5, gc: 'undefined' });
    expect(run(true)).toEqual({ fromCache: true, total: 5, gc: 'undefined' });
  });
});
