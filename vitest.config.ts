import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './tests/support/plain-summary-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // No wall-clock limit: the machines are two cores and often loaded, so a slow run is not a
    // failure. A test that guards against a hang asserts the auditor's own bounded outcome.
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
    reporters: ['default', new PlainSummaryReporter()],
  },
});
