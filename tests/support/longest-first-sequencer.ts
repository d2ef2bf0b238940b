// Test support: the order vitest starts the test files in (vitest.config.ts, docs/testing.md).
//
// Two workers take files from one queue, so the run ends when the last long file ends: a long
// file started late is the tail, with one core idle. Vitest's own order puts the files it has a
// cached duration for longest first, but a fresh clone (CI) has no cache, and then it keeps the
// files in the order found — the longest (install: `npm ci` of the whole tree) started
// wherever its name falls. This sequencer starts the files named below first, in that order,
// whatever the cache says; then the rest of the `library` project (short files sharing one module
// graph per worker); then the rest of the `isolated` project, in vitest's own order each, so
// short files fill the end of the run. The list names the files that took longest
// in a measured full run; a stale list costs time, never a result (the order of files changes no
// test's outcome: each file sets up what it needs).
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST_FIRST = [
  'tests/install.test.ts',
  'tests/postgresql-dump-cache.test.ts',
  'tests/audit-report.browser.test.ts',
  // Files of the `library` project last in the list, so they run next to the project's others:
  // a worker keeps a shared module graph only while the next file in the queue is of its project.
  'tests/hostile/casbin-matcher.test.ts',
  'tests/exceptions.test.ts',
  'tests/hostile/postgresql-dump.test.ts',
  'tests/cli.test.ts',
  'tests/rule-needs.test.ts',
  'tests/yaml-event-reader.test.ts',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const vitestOrder = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification): number => {
      const at = LONGEST_FIRST.indexOf(relative(root, spec.moduleId).split('\\').join('/'));
      if (at >= 0) return at;
      return spec.project.name === 'library' ? LONGEST_FIRST.length : LONGEST_FIRST.length + 1;
    };
    // Array.prototype.sort is stable: the unnamed files keep vitest's order.
    return [...vitestOrder].sort((a, b) => rank(a) - rank(b));
  }
}
