import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './tests/support/plain-summary-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', new PlainSummaryReporter()],
  },
});
