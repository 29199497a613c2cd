import { defineConfig } from 'vitest/config';

// Real-browser tests: the production build is served on 127.0.0.1 by the global setup and
// driven in Debian's Chromium through playwright-core. One file at a time (2-core machine).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
