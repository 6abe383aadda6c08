import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: unit tests beside the code start no database; integration tests share one
// PostgreSQL server and copy template databases built once per run (tests/setup).
// `vitest run --project unit` runs the unit tests alone.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // One test file per core. Vitest's default leaves one core to its main process, which
    // mostly waits: on a 2-core machine that ran every file one after the other. More workers
    // than cores made the integration project slower (PostgreSQL needs the CPU too).
    maxWorkers: '100%',
    // Worker threads rather than child processes: a test file's fresh worker starts for less
    // (the integration project: 95-99 -> 81-84 s, CPU 167-174 -> 140 s). Nothing here needs a
    // process of its own: process.env is each thread's copy, the database client and Prisma 7's
    // query compiler are JavaScript and WebAssembly, and jieba's addon is thread-safe (N-API).
    pool: 'threads',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Unit tests share their worker's modules (isolate: false) instead of a fresh process per
        // file: they mock no module, and the state they touch (an environment variable, a console
        // spy) they put back after each test. Module-level caches in lib/ only memoize pure results.
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'tests/oracle/**/*.test.ts', 'tests/validators/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/global-postgres.ts'],
          setupFiles: ['tests/setup/password-hash-cost.ts'],
        },
      },
    ],
  },
});
