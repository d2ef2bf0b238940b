// Starts an embedded PostgreSQL (PGlite). A fresh PGlite runs initdb, the largest part of its
// start-up; the data directory of a fresh cluster is therefore kept, once per PGlite version, in
// node_modules/.cache/pipl-audit beside PGlite itself (src/cache/cache-folder.ts: anyone who can write there
// can already replace PGlite, so the cache adds no one who can tamper with the import) and later starts load
// it instead of running initdb. The cache file is written atomically (a temporary file renamed),
// carries its SHA-256 in its name and is checked against it before use; a cache that is missing,
// corrupt, of another version or not writable means initdb runs, as without a cache.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { cacheFolder } from '../../cache/cache-folder.js';

/** The cache folder and the name prefix of this PGlite version's data directory. */
function cacheLocation(): { dir: string; prefix: string } | undefined {
  const folder = cacheFolder();
  return folder && { dir: folder.dir, prefix: `pglite-${folder.pgliteVersion.replace(/[^\w.-]/g, '_')}-datadir-` };
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The cached data directory, when one exists and its content matches the hash in its name. */
function readCachedDataDir(): Blob | undefined {
  const location = cacheLocation();
  if (!location) return undefined;
  let names: string[];
  try {
    names = readdirSync(location.dir).filter((n) => n.startsWith(location.prefix) && n.endsWith('.tar'));
  } catch {
    return undefined;
  }
  for (const name of names.sort()) {
    const path = join(location.dir, name);
    try {
      const data = readFileSync(path);
      if (sha256(data) === name.slice(location.prefix.length, -'.tar'.length)) return new Blob([data]);
      rmSync(path, { force: true });
    } catch {
      // unreadable: initdb instead
    }
  }
  return undefined;
}

async function writeCachedDataDir(db: PGlite): Promise<void> {
  const location = cacheLocation();
  if (!location) return;
  try {
    const data = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
    mkdirSync(location.dir, { recursive: true });
    // Another process may have written one meanwhile: one is enough.
    if (readdirSync(location.dir).some((n) => n.startsWith(location.prefix) && n.endsWith('.tar'))) return;
    const temporary = join(location.dir, `.${location.prefix}${randomBytes(8).toString('hex')}.tmp`);
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, join(location.dir, `${location.prefix}${sha256(data)}.tar`));
  } catch {
    // A read-only install: every start runs initdb.
  }
}

export async function startPglite(extensions: Record<string, Extension>): Promise<PGlite> {
  const cached = readCachedDataDir();
  if (cached) {
    try {
      const db = new PGlite({ extensions, loadDataDir: cached });
      await db.waitReady;
      return db;
    } catch {
      // Not loadable after all: initdb below.
    }
  }
  const db = new PGlite({ extensions });
  await db.waitReady;
  if (!cached) await writeCachedDataDir(db);
  return db;
}

/** Where the cache is kept and how its files are named (undefined when PGlite is not under a node_modules folder). */
export function pgliteCache(): { dir: string; prefix: string } | undefined {
  return cacheLocation();
}
