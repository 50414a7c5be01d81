import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/sequencer.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    pool: 'forks',
    // A worker keeps the modules it loaded from one test file to the next instead of loading the
    // server's thousand modules again for each file (that loading was a quarter of the suite's
    // time). Every file still builds its own databases, servers and browsers; the one test that
    // needs a module's cache empty imports a fresh copy (src/kernel/calendar.test.ts).
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 60_000,
    reporters: ['default', './test/summary-reporter.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // Longest files first (measured durations in test/file-durations.json), so both workers end together.
    sequence: { sequencer: LongestFirstSequencer },
  },
});
