import { defineConfig } from 'vitest/config';

/** The browser suite: real server, real Chromium; one file at a time (each starts its own server). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
