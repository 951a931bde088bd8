import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One temporary folder per run, removed at its end (test/temp-root.ts).
    globalSetup: ['test/temp-root.ts'],
    // The site test runs a real `astro build`.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
