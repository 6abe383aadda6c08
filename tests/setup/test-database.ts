// A fresh, migrated PostgreSQL database per test file, on the server the global setup started
// (or the one TEST_DATABASE_ADMIN_URL names).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabaseIfMissing } from '../../lib/db/embedded-postgres';
import { migrateDatabase } from '../../lib/db/migrate';
import { createPrisma, type Db } from '../../lib/db/prisma';

export type TestDatabase = { url: string; name: string; prisma: Db; drop: () => Promise<void> };

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (options.migrate !== false) await migrateDatabase(url.toString());
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
 * The usual setup of a test file that reads the seed corpus: a fresh database with the seed
 * imported before its tests and dropped after them. Use `db.prisma` inside tests and hooks.
 */
export function seededDatabaseForFile(): { readonly prisma: Db } {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    // imported here so the setup module does not pull the importer into every test file
    const { seedCorpus } = await import('../../lib/data/seed-corpus');
    await seedCorpus(db.prisma);
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
