// Runs bench/math/timings.ts, by hand only (not part of `npm test`):
//   node_modules/.bin/vitest run --config bench/math/vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/math/timings.ts'],
    environment: 'node',
    testTimeout: 600_000,
    // One worker: the timings should not compete with each other for the 2 cores.
    fileParallelism: false,
  },
});
