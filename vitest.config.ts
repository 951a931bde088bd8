import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The site test runs a real `astro build`.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
