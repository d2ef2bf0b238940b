// Vitest global setup: the folder where tests/support/shared-results.ts keeps the results shared
// across test files, made for this run and removed after it; and, inside it, the cache of
// PostgreSQL dump loads (PIPL_AUDIT_DUMP_CACHE, src/importers/postgresql/dump-cache.ts) that every
// audit of the run — the library's in the workers and the CLI's they spawn — shares, so that each
// distinct dump starts PGlite once per run instead of once per audit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-shared-results-'));
  project.provide('sharedResultsDir', dir);
  // Set before the workers start: they inherit it, and so do the processes they spawn.
  process.env.PIPL_AUDIT_DUMP_CACHE = join(dir, 'dump-cache');
  return () => rmSync(dir, { recursive: true, force: true });
}
