import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/support/longest-first-sequencer.js';
import PlainSummaryReporter from './tests/support/plain-summary-reporter.js';
import { sharedGraphTestFiles } from './tests/support/test-isolation.js';

// Test files that change no process-wide state and start no process of their own share one
// module graph per worker (tests/support/test-isolation.ts, docs/testing.md): each no longer
// loads the auditor afresh. The rest keep vitest's isolation.
const SHARED_GRAPH = sharedGraphTestFiles(dirname(fileURLToPath(import.meta.url)));

export default defineConfig({
  test: {
    // No wall-clock limit: the machines are two cores and often loaded, so a slow run is not a
    // failure. A test that guards against a hang asserts the auditor's own bounded outcome.
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
    // One worker per core, not vitest's default of one fewer: most of a worker's time is spent
    // waiting for a CLI (or npm, or Chromium) it spawned, so on two cores the default of one
    // worker left a core idle for the whole run.
    maxWorkers: Math.max(2, availableParallelism()),
    // The folder where tests/support/shared-results.ts shares results across test files (one for
    // the run, whichever project asks first).
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', new PlainSummaryReporter()],
    // The longest files first, cache or not (tests/support/longest-first-sequencer.ts): in a
    // fresh clone vitest has no durations and would start them wherever their names fall.
    sequence: { sequencer: LongestFirstSequencer },
    // Each project names its own files: `extends: true` merges arrays, so an `include` at the top
    // would be added to the library project's and run every file twice.
    projects: [
      { extends: true, test: { name: 'library', include: SHARED_GRAPH, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED_GRAPH } },
    ],
  },
});
