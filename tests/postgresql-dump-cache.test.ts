// The opt-in cache of dump loads (PIPL_AUDIT_DUMP_CACHE, src/importers/postgresql/dump-cache.ts):
// a load found in it gives exactly what PGlite gave; a different dump, database or limit is a
// different entry; a failed load is never kept; an entry that does not read back is ignored.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DUMP_CACHE_VARIABLE } from '../src/importers/postgresql/dump-cache.js';
import { DEFAULT_LIMITS, loadDump, type LoadedDump } from '../src/importers/postgresql/load-dump.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { tempDir } from './support/temp-dir.js';

// A dump of its own (no other test loads it), so that the first load below really runs PGlite.
const DUMP = `--
-- PostgreSQL database dump
--
CREATE ROLE clerk_${process.pid} LOGIN PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';
CREATE ROLE lookup;
GRANT lookup TO clerk_${process.pid};
CREATE TABLE public.waybills (id integer, phone text, address text);
ALTER TABLE public.waybills ENABLE ROW LEVEL SECURITY;
GRANT SELECT (id, phone) ON public.waybills TO lookup;
CREATE EXTENSION IF NOT EXISTS no_such_extension;
`;

let saved: string | undefined;
let cache: string;
beforeEach(() => {
  saved = process.env[DUMP_CACHE_VARIABLE];
  cache = join(tempDir({}), 'cache');
  process.env[DUMP_CACHE_VARIABLE] = cache;
});
afterEach(() => {
  if (saved === undefined) delete process.env[DUMP_CACHE_VARIABLE];
  else process.env[DUMP_CACHE_VARIABLE] = saved;
});

const inputOf = (dir: string) => readSourceInput(join(dir, 'dump.sql'), 'db/dump.sql');
const entries = () => {
  try {
    return readdirSync(cache).filter((n) => n.endsWith('.v8'));
  } catch {
    return [];
  }
};
/** What a load gives, comparable (the statement lines as their maps). */
const comparable = (loaded: LoadedDump) => ({ ...loaded, lines: { roles: loaded.lines.roles, grants: loaded.lines.grants, tables: loaded.lines.tables, rls: loaded.lines.rls, defaults: loaded.lines.defaults } });

describe('the cache of dump loads', () => {
  it('gives what PGlite gave, without PGlite; another dump, database or limit is another entry', async () => {
    const dir = tempDir({ 'dump.sql': DUMP });
    delete process.env[DUMP_CACHE_VARIABLE];
    const uncached = await loadDump([inputOf(dir)], undefined);
    expect(entries()).toEqual([]); // no folder named: nothing kept
    process.env[DUMP_CACHE_VARIABLE] = cache;

    const first = await loadDump([inputOf(dir)], undefined);
    expect(entries()).toHaveLength(1);
    expect(comparable(first)).toEqual(comparable(uncached));
    // The extension PGlite lacks is a failed statement: kept in the entry, not lost.
    expect(first.failed.map((f) => f.text)).toEqual([expect.stringContaining('no_such_extension')]);
    expect(first.catalog.roles.size).toBeGreaterThan(0);

    const [entry] = entries();
    const again = await loadDump([inputOf(dir)], undefined);
    expect(comparable(again)).toEqual(comparable(first));
    expect(entries()).toEqual([entry]);
    // The entry alone answers (no PGlite): what it holds is what the load returns.
    const path = join(cache, entry as string);
    const kept = deserialize(readFileSync(path)) as { result: { warnings: unknown[] } };
    kept.result.warnings.push({ severity: 'warning', file: 'db/dump.sql', line: 1, message: 'marker' });
    writeFileSync(path, serialize(kept));
    expect((await loadDump([inputOf(dir)], undefined)).warnings).toContainEqual(expect.objectContaining({ message: 'marker' }));

    // Another database, other limits, another dump: other entries.
    await loadDump([inputOf(dir)], 'postgres');
    await loadDump([inputOf(dir)], undefined, { ...DEFAULT_LIMITS, statementSeconds: 30 });
    const other = tempDir({ 'dump.sql': DUMP.replace('address text', 'address text, note text') });
    const changed = await loadDump([inputOf(other)], undefined);
    expect(entries()).toHaveLength(4);
    expect([...changed.catalog.relations.values()].find((r) => r.name === 'waybills')?.columns).toContain('note');
  });

  it('reads an entry back as the load it kept, and ignores one that does not read back', async () => {
    const dir = tempDir({ 'dump.sql': DUMP.replace('phone text', 'mobile text').replace('(id, phone)', '(id, mobile)') });
    const first = await loadDump([inputOf(dir)], undefined);
    const [entry] = entries();
    expect(entry).toBeDefined();
    const path = join(cache, entry as string);
    const kept = readFileSync(path);
    // A corrupt entry: the dump is loaded again, and the entry written anew.
    writeFileSync(path, 'not a cached load');
    const reloaded = await loadDump([inputOf(dir)], undefined);
    expect(comparable(reloaded)).toEqual(comparable(first));
    expect(readFileSync(path)).toEqual(kept);
  });

  it('never keeps a failed load', async () => {
    const dir = tempDir({ 'dump.sql': `${DUMP}CREATE TABLE public.broken (id integer;\n` });
    await expect(loadDump([inputOf(dir)], undefined)).rejects.toThrow(InputError);
    expect(entries()).toEqual([]);
  });
});
