// The test suite's two vitest projects (vitest.config.ts) split the test files between them: each
// file runs once, in the shared-graph project when tests/support/test-isolation.ts allows it,
// otherwise isolated. (An `include` at the top of the config was merged into both projects and ran
// every library file twice.)
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import { sharedGraphTestFiles } from './support/test-isolation.js';
import { REPO_ROOT } from './support/run-cli.js';

interface Project {
  test?: { name?: string; include?: string[]; exclude?: string[] };
}

function allTestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : allTestFiles(path);
    return e.name.endsWith('.test.ts') ? [relative(REPO_ROOT, path).split('\\').join('/')] : [];
  });
}

describe('vitest projects', () => {
  it('run every test file exactly once, shared-graph files without isolation', () => {
    const test = (config as { test?: { include?: string[]; projects?: Project[] } }).test;
    expect(test?.include, 'a top-level include is merged into every project').toBeUndefined();
    const projects = test?.projects ?? [];
    const library = projects.find((p) => p.test?.name === 'library')?.test;
    const isolated = projects.find((p) => p.test?.name === 'isolated')?.test;
    const shared = sharedGraphTestFiles(REPO_ROOT);
    const files = allTestFiles(join(REPO_ROOT, 'tests')).sort();
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.length).toBeLessThan(files.length);
    expect(library?.include).toEqual(shared);
    expect(isolated?.include).toEqual(['tests/**/*.test.ts']);
    expect(isolated?.exclude).toEqual(shared);
    // This file starts no process and changes no process-wide state, so it is a shared-graph file.
    expect(shared).toContain('tests/test-projects.test.ts');
  });
});
