import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: unit tests beside the code start no database; integration tests share one
// PostgreSQL server and copy template databases built once per run (tests/setup).
// `vitest run --project unit` runs the unit tests alone.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['lib/**/*.test.ts', 'components/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], globalSetup: ['tests/setup/global-postgres.ts'] },
      },
    ],
  },
});
