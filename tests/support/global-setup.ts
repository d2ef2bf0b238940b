// Vitest global setup: the folder where tests/support/shared-results.ts keeps the results shared
// across test files, made for this run and removed after it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-audit-shared-results-'));
  project.provide('sharedResultsDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
