import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/unit mirrors src/; tests/build runs real Astro builds of small fixtures (slower, same runner).
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
