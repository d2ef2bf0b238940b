// Where pipl-audit keeps what it computes once and reads again (PGlite's prepared data directory,
// the loads of dumps already read): node_modules/.cache/pipl-audit in the node_modules folder that
// holds PGlite, the convention of ESLint, Babel and webpack (find-cache-dir). Whoever can write
// there can already replace PGlite itself, so the caches add no one who can change an audit.
// Undefined when PGlite is not under a node_modules folder (then nothing is cached by default).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';

const require = createRequire(import.meta.url);

export interface CacheFolder {
  /** node_modules/.cache/pipl-audit */
  dir: string;
  /** The installed PGlite's version. */
  pgliteVersion: string;
}

let found: CacheFolder | null | undefined;

export function cacheFolder(): CacheFolder | undefined {
  if (found !== undefined) return found ?? undefined;
  found = null;
  try {
    const entry = require.resolve('@electric-sql/pglite');
    const marker = `${sep}node_modules${sep}`;
    const packageDir = join(marker, '@electric-sql', 'pglite', sep);
    const at = entry.lastIndexOf(packageDir);
    if (at >= 0) {
      const packageJson = join(entry.slice(0, at + packageDir.length), 'package.json');
      const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string }).version ?? 'unknown';
      found = { dir: join(entry.slice(0, at + marker.length), '.cache', 'pipl-audit'), pgliteVersion: version };
    }
  } catch {
    // not resolvable: no default cache
  }
  return found ?? undefined;
}
