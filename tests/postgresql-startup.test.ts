// PGlite starts from a cached data directory (node_modules/.cache/pipl-audit) instead of running
// initdb; a cache file whose content does not match the SHA-256 in its name is never loaded.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgliteCache, startPglite } from '../src/importers/postgresql/start-pglite.js';

describe('starting PGlite from the cached data directory', () => {
  it('discards a cache file that does not match its hash, and starts a working cluster all the same', async () => {
    const cache = pgliteCache();
    expect(cache).toBeDefined();
    if (!cache) return;
    mkdirSync(cache.dir, { recursive: true });
    const forged = join(cache.dir, `${cache.prefix}${'0'.repeat(64)}.tar`);
    writeFileSync(forged, 'not a data directory');
    const db = await startPglite({});
    try {
      const { rows } = await db.query<{ name: string }>("select rolname as name from pg_authid where rolname = 'postgres'");
      expect(rows).toEqual([{ name: 'postgres' }]);
    } finally {
      await db.close();
    }
    expect(existsSync(forged)).toBe(false);
  });
});
