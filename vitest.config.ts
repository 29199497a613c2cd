import { defineConfig } from 'vitest/config';

// Unit and integration tests: Node by default; app tests opt into jsdom with
// a `// @vitest-environment jsdom` line. Browser (Chromium) tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/pipeline/**/*.test.ts', 'tests/app/**/*.test.{ts,tsx}'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
