// The cache of what the embedded PostgreSQL read from a dump, for runs that audit the same dump
// again (a CI gate on every push, a test suite): a successful load is kept and a later load of
// the same dump skips PGlite — its start-up is most of a small project's audit. On by default in
// node_modules/.cache/pipl-audit/dump-loads (src/cache/cache-folder.ts); PIPL_AUDIT_DUMP_CACHE names another
// folder or, as `off`, turns it off, and the CLI's --cache-location / --no-cache (configureDumpCache)
// take precedence over both. The entry is found by a key over everything the result depends on:
// each file's path and SHA-256, the database and limits asked for, the code of this importer (the
// SHA-256 of every module beside this one, the catalog reader included), the versions of PGlite,
// libpg-query and V8 (whose serialisation the entry is in). Failed loads (an error, a time or
// memory limit) are never kept. An entry that is unreadable or not of the expected shape counts as
// missing: the dump is loaded again. The folder keeps the most recently used MAX_ENTRIES entries.
// Whoever can write in the folder can change what the audit reads from a dump, as whoever can
// write in node_modules can change PGlite itself.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { SourceInput } from '../../sources/source-input.js';
import type { DumpRun, DumpRunResult } from './run-in-pglite.js';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { cacheFolder } from '../../cache/cache-folder.js';

/** The environment variable naming the cache folder, or `off`; unset or empty: the default folder. */
export const DUMP_CACHE_VARIABLE = 'PIPL_AUDIT_DUMP_CACHE';

/** Entries kept: writing one more removes the least recently used beyond this. */
export const MAX_ENTRIES = 64;

/** Where the cache is kept: a folder, `off`, or `default` (the environment variable, else node_modules/.cache). */
export type DumpCacheSetting = { location: string } | 'off' | 'default';

let setting: DumpCacheSetting = 'default';

/** Sets where this process keeps dump loads (the CLI's --cache-location and --no-cache); over the environment variable. */
export function configureDumpCache(value: DumpCacheSetting): void {
  setting = typeof value === 'object' ? { location: resolve(value.location) } : value;
}

/** What a load computed with PGlite: enough to give the same LoadedDump without it. */
export interface CachedDumpLoad {
  /** The statements sent to PGlite, by file (their lines are rebuilt from `result.noted`). */
  files: DumpRun['files'];
  /** The policy's warnings (statements skipped or refused) before PGlite's own. */
  warnings: Diagnostic[];
  result: Omit<DumpRunResult, 'error'>;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
let codeKey: string | undefined;

/** This importer's code and the engines it runs, as one hash. */
function codeVersion(): string {
  if (codeKey !== undefined) return codeKey;
  const hash = createHash('sha256');
  for (const name of readdirSync(HERE).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
    hash.update(name).update('\0').update(readFileSync(join(HERE, name))).update('\0');
  }
  for (const pkg of ['@electric-sql/pglite', 'libpg-query']) {
    let version = 'unknown';
    try {
      // The package.json beside the entry point (not exported by every package: found by walking up).
      let dir = dirname(require.resolve(pkg));
      for (let i = 0; i < 4; i++, dir = dirname(dir)) {
        try {
          const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
          if (json.name === pkg) {
            version = json.version ?? 'unknown';
            break;
          }
        } catch {
          // not here: one folder up
        }
      }
    } catch {
      // not resolvable: 'unknown' (the load itself will fail and is then not cached)
    }
    hash.update(`${pkg}@${version}\0`);
  }
  hash.update(`v8@${process.versions.v8}\0`);
  codeKey = hash.digest('hex');
  return codeKey;
}

/** The folder in use, or undefined when the cache is off (or there is no default folder). */
export function dumpCacheDir(): string | undefined {
  if (setting === 'off') return undefined;
  if (typeof setting === 'object') return setting.location;
  const named = process.env[DUMP_CACHE_VARIABLE];
  if (named === 'off') return undefined;
  if (named) return named;
  const folder = cacheFolder();
  return folder && join(folder.dir, 'dump-loads');
}

function keyOf(inputs: SourceInput[], database: string | undefined, limits: object): string {
  const what = { code: codeVersion(), files: inputs.map((i) => [i.path, i.sha256]), database: database ?? null, limits: Object.entries(limits).sort(([a], [b]) => (a < b ? -1 : 1)) };
  return createHash('sha256').update(JSON.stringify(what)).digest('hex');
}

/** Whether the cache has an entry for these inputs and settings (not yet read: it may still turn out unreadable). */
export function hasCachedDumpLoad(inputs: SourceInput[], database: string | undefined, limits: object): boolean {
  const dir = dumpCacheDir();
  return dir !== undefined && existsSync(join(dir, `dump-${keyOf(inputs, database, limits)}.v8`));
}

/** The cached load of these inputs with these settings, when the cache holds one. */
export function readCachedDumpLoad(inputs: SourceInput[], database: string | undefined, limits: object): CachedDumpLoad | undefined {
  const dir = dumpCacheDir();
  if (!dir) return undefined;
  try {
    const path = join(dir, `dump-${keyOf(inputs, database, limits)}.v8`);
    const value = deserialize(readFileSync(path)) as CachedDumpLoad;
    const { files, warnings, result } = value;
    if (!Array.isArray(files) || !Array.isArray(warnings) || !result || !Array.isArray(result.noted) || !Array.isArray(result.failed) || !Array.isArray(result.warnings) || !(result.catalog?.roles instanceof Map)) return undefined;
    markUsed(path);
    return value;
  } catch {
    return undefined;
  }
}

/** Keeps a successful load (atomically: a temporary file renamed); a cache that cannot be written is skipped. */
export function writeCachedDumpLoad(inputs: SourceInput[], database: string | undefined, limits: object, load: CachedDumpLoad): void {
  const dir = dumpCacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const name = `dump-${keyOf(inputs, database, limits)}.v8`;
    const temporary = join(dir, `.${name}.${randomBytes(8).toString('hex')}.tmp`);
    writeFileSync(temporary, serialize(load), { flag: 'wx' });
    renameSync(temporary, join(dir, name));
    removeLeastRecentlyUsed(dir);
  } catch {
    // Not writable: the next run loads the dump again.
  }
}

/** A read entry counts as just used (its modification time), so that pruning keeps it. */
function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache: it is still read, only pruned as if unused.
  }
}

/** Keeps the MAX_ENTRIES most recently used entries (a cache on by default must not grow without end). */
function removeLeastRecentlyUsed(dir: string): void {
  const entries = readdirSync(dir).filter((n) => n.startsWith('dump-') && n.endsWith('.v8'));
  if (entries.length <= MAX_ENTRIES) return;
  const used = entries.map((name) => {
    try {
      return { name, at: statSync(join(dir, name)).mtimeMs };
    } catch {
      return { name, at: 0 };
    }
  });
  used.sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
  for (const { name } of used.slice(MAX_ENTRIES)) rmSync(join(dir, name), { force: true });
}
