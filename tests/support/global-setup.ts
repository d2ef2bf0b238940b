// Vitest global setup: the folder where tests/support/shared-results.ts keeps the results shared
// across test files, made for this run and removed after it; and, inside it, the cache of
// PostgreSQL dump loads (PIPL_AUDIT_DUMP_CACHE, src/importers/postgresql/dump-cache.ts) that every
// audit of the run — the library's in the workers and the CLI's they spawn — shares, so that each
// distinct dump starts PGlite once per run instead of once per audit. Vitest calls it once per
// project (vitest.config.ts has two): the projects share one folder, removed after the last.
// The run's temporary files go there too (TMPDIR): the folders tests make with mkdtemp — source
// copies of the repository for the install tests, workspaces, reports — are removed with it
// instead of piling up in the machine's /tmp run after run.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// On globalThis: each project may load this file as its own module instance.
const RUN = Symbol.for('pipl-audit.test-run-folder');
type RunFolder = { dir: string; projects: number; tmpdir: string | undefined };
const state = globalThis as typeof globalThis & { [RUN]?: RunFolder };

function startRun(): RunFolder {
  const run = { dir: mkdtempSync(join(tmpdir(), 'pipl-audit-shared-results-')), projects: 0, tmpdir: process.env.TMPDIR };
  mkdirSync(join(run.dir, 'tmp'));
  // Set before the workers start: they inherit it, and so do the processes they spawn.
  process.env.TMPDIR = join(run.dir, 'tmp');
  return run;
}

export default function setup(project: TestProject): () => void {
  const run = (state[RUN] ??= startRun());
  run.projects++;
  project.provide('sharedResultsDir', run.dir);
  // Set before the workers start: they inherit it, and so do the processes they spawn.
  process.env.PIPL_AUDIT_DUMP_CACHE = join(run.dir, 'dump-cache');
  return () => {
    if (--run.projects > 0) return;
    if (run.tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = run.tmpdir;
    rmSync(run.dir, { recursive: true, force: true });
    delete state[RUN];
  };
}
