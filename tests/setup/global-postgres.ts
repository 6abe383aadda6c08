// Vitest global setup: one real, throw-away PostgreSQL server for the whole run. Each
// integration test file creates its own database on it (tests/setup/test-database.ts).
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_ADMIN_URL);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgrid-test-pg-'));
  chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when we are root
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'claimgrid_test', ephemeral: true });
  project.provide('pgAdminUrl', db.adminUrl);
  return async () => {
    await db.stop();
  };
}
