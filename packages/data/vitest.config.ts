import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Build and pack tests run tsc and pnpm in child processes.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
