// The cache of dump loads (src/importers/postgresql/dump-cache.ts): a load found in it gives
// exactly what PGlite gave; a different dump, database or limit is a different entry; a failed
// load is never kept; an entry that does not read back is ignored; the folder keeps the most
// recently used entries; where it is (or that it is off) follows the CLI's flags, then
// PIPL_AUDIT_DUMP_CACHE, then node_modules/.cache; the CLI's report is the same bytes with and
// without it.
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureDumpCache, DUMP_CACHE_VARIABLE, dumpCacheDir, MAX_ENTRIES } from '../src/importers/postgresql/dump-cache.js';
import { DEFAULT_LIMITS, loadDump, type LoadedDump } from '../src/importers/postgresql/load-dump.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { runCli } from './support/run-cli.js';
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
  configureDumpCache('default');
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
    process.env[DUMP_CACHE_VARIABLE] = 'off';
    const uncached = await loadDump([inputOf(dir)], undefined);
    expect(entries()).toEqual([]); // off: nothing kept
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
    // A corrupt entry: the dump is loaded again, and the entry written anew. The folder is full
    // of older entries meanwhile: writing one more removes the least recently used.
    writeFileSync(path, 'not a cached load');
    const old = new Date(Date.UTC(2020, 0, 1));
    const planted = Array.from({ length: MAX_ENTRIES }, (_, i) => `dump-planted-${String(i).padStart(3, '0')}.v8`);
    planted.forEach((name, i) => {
      writeFileSync(join(cache, name), 'an older entry');
      utimesSync(join(cache, name), old, new Date(old.getTime() + i * 1000));
    });
    const reloaded = await loadDump([inputOf(dir)], undefined);
    expect(comparable(reloaded)).toEqual(comparable(first));
    expect(readFileSync(path)).toEqual(kept);
    expect(entries()).toHaveLength(MAX_ENTRIES);
    expect(entries()).toContain(entry);
    // The least recently used planted entry made room (the corrupt one was replaced in place).
    expect(entries().filter((n) => n.startsWith('dump-planted-')).sort()).toEqual(planted.slice(1));
  });

  it('is kept where the CLI flags say, else PIPL_AUDIT_DUMP_CACHE, else in node_modules/.cache', () => {
    delete process.env[DUMP_CACHE_VARIABLE];
    expect(dumpCacheDir()?.endsWith(join('node_modules', '.cache', 'pipl-audit', 'dump-loads'))).toBe(true);
    process.env[DUMP_CACHE_VARIABLE] = '';
    expect(dumpCacheDir()).toMatch(/dump-loads$/);
    process.env[DUMP_CACHE_VARIABLE] = 'off';
    expect(dumpCacheDir()).toBeUndefined();
    process.env[DUMP_CACHE_VARIABLE] = cache;
    expect(dumpCacheDir()).toBe(cache);
    configureDumpCache({ location: 'elsewhere' });
    expect(dumpCacheDir()).toBe(resolve('elsewhere'));
    configureDumpCache('off');
    expect(dumpCacheDir()).toBeUndefined();
    configureDumpCache('default');
    expect(dumpCacheDir()).toBe(cache);
  });

  it('never keeps a failed load', async () => {
    const dir = tempDir({ 'dump.sql': `${DUMP}CREATE TABLE public.broken (id integer;\n` });
    await expect(loadDump([inputOf(dir)], undefined)).rejects.toThrow(InputError);
    expect(entries()).toEqual([]);
  });
});

describe('the CLI with and without the cache', () => {
  it('writes the same report bytes from a fresh load, a cached one and with --no-cache, which keeps nothing', () => {
    const dir = tempDir({ 'dump.sql': DUMP.replace('address text', 'address text, parcel text') });
    const location = join(dir, 'cache');
    const unused = join(dir, 'unused');
    const run = (...flags: string[]) => {
      const result = runCli(['audit', 'dump.sql', '--format', 'json', '--fail-on', 'none', ...flags], { cwd: dir, env: { [DUMP_CACHE_VARIABLE]: unused } });
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.code).toBe(0);
      return result.stdout;
    };
    const fresh = run('--cache-location', location);
    expect(readdirSync(location).filter((n) => n.endsWith('.v8'))).toHaveLength(1);
    expect(JSON.parse(fresh).inputs).toEqual([expect.objectContaining({ path: 'dump.sql' })]);
    const cached = run('--cache-location', location);
    const notKept = join(dir, 'not-kept');
    const uncached = run('--no-cache', '--cache-location', notKept);
    expect(cached).toBe(fresh);
    expect(uncached).toBe(fresh);
    expect(readdirSync(location).filter((n) => n.endsWith('.v8'))).toHaveLength(1);
    expect(existsSync(notKept)).toBe(false); // --no-cache is over --cache-location
    expect(existsSync(unused)).toBe(false); // and the flags over the variable
  });
});
