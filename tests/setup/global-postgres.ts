// Vitest global setup of the integration project: one real, throw-away PostgreSQL server for the
// whole run, and two template databases built on it once — migrated, and migrated + seeded —
// that each integration test file copies (tests/setup/test-database.ts).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../../lib/db/embedded-postgres';
import { migrateDatabase } from '../../lib/db/migrate';
import { createPrisma } from '../../lib/db/prisma';
import { seedCorpus } from '../../lib/data/workflows/seed-corpus';

export type TestTemplates = { migrated: string; seeded: string };

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplates: TestTemplates;
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Builds one template; when it is done nobody may connect to it (not even autovacuum), which is
 * what lets many files copy it at once. */
async function buildTemplate(adminUrl: string, name: string, fill: (url: string) => Promise<void>): Promise<void> {
  await createDatabaseIfMissing(adminUrl, name);
  await fill(databaseUrl(adminUrl, name));
  await admin(adminUrl, `ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
}

async function dropTemplate(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, `ALTER DATABASE "${name}" WITH IS_TEMPLATE false`);
  await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export default async function setup(project: TestProject) {
  const shared = process.env.TEST_DATABASE_ADMIN_URL;
  let stopServer = async () => {};
  let adminUrl: string;
  if (shared) {
    adminUrl = shared;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgrid-test-pg-'));
    chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user when we are root
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'claimgrid_test', ephemeral: true });
    adminUrl = db.adminUrl;
    stopServer = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true }); // the data folder went with the server; this is its parent
    };
  }
  // unique names: a shared server may run several suites at once
  const suffix = randomBytes(4).toString('hex');
  const templates: TestTemplates = { migrated: `tpl_migrated_${suffix}`, seeded: `tpl_seeded_${suffix}` };
  await buildTemplate(adminUrl, templates.migrated, async (url) => {
    await migrateDatabase(url);
  });
  await admin(adminUrl, `CREATE DATABASE "${templates.seeded}" TEMPLATE "${templates.migrated}"`);
  await buildTemplate(adminUrl, templates.seeded, async (url) => {
    const prisma = createPrisma(url);
    try {
      await seedCorpus(prisma);
    } finally {
      await prisma.$disconnect();
    }
  });

  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplates', templates);
  return async () => {
    if (shared) {
      await dropTemplate(adminUrl, templates.seeded);
      await dropTemplate(adminUrl, templates.migrated);
    }
    await stopServer();
  };
}
