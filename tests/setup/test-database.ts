// A fresh PostgreSQL database per test file, on the server the global setup started (or the one
// TEST_DATABASE_ADMIN_URL names). Migrated and seeded databases are copies of the templates the
// global setup built once (CREATE DATABASE … TEMPLATE), so a file pays for a file copy, not for
// migrating and importing the corpus again.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabaseIfMissing } from '../../lib/db/embedded-postgres';
import { createPrisma, type Db } from '../../lib/db/prisma';

export type TestDatabase = { url: string; name: string; prisma: Db; drop: () => Promise<void> };

export type TestDatabaseOptions = {
  /** false: an empty database with no schema (default: migrated) */
  migrate?: boolean;
  /** the seed corpus imported (implies migrated) */
  seeded?: boolean;
};

async function createDatabaseFromTemplate(adminUrl: string, name: string, template: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const templates = inject('pgTemplates');
  const name = `t_${randomBytes(6).toString('hex')}`;
  if (options.seeded) await createDatabaseFromTemplate(adminUrl, name, templates.seeded);
  else if (options.migrate !== false) await createDatabaseFromTemplate(adminUrl, name, templates.migrated);
  else await createDatabaseIfMissing(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const prisma = createPrisma(url.toString());
  return {
    url: url.toString(),
    name,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The usual setup of a test file that reads the seed corpus: a fresh copy of the seeded
 * template before its tests, dropped after them. Use `db.prisma` inside tests and hooks.
 */
export function seededDatabaseForFile(): { readonly prisma: Db } {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
  });
  afterAll(async () => {
    await db?.drop();
  });
  return {
    get prisma() {
      if (!db) throw new Error('the seeded database is made in beforeAll; use it inside tests and hooks');
      return db.prisma;
    },
  };
}
