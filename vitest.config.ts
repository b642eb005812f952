import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Time limits bound a hang, not a speed: on a loaded 2-core CI machine a render or a CLI run can take many times
    // its idle time, and a test must not fail for that. A hung test still fails, after two minutes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Both cores. Work stays in these two threads: the few tests that start the CLI are one per command and exit code.
    maxWorkers: 2,
    // Threads that keep their modules from one test file to the next: the files share no mutable state (mocks are
    // restored where they are made; test/sharedRenders.ts hands out renders that tests only read), and loading pdfkit, fontkit, zod and pdf.js once per worker rather than once per file
    // saves about a fifth of the suite's time.
    pool: 'threads',
    isolate: false,
    // CI reads the counts from the JSON report (.ci/run prints "N passed, N failed").
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'out/test-report.json' }]] : ['default'],
  },
});
