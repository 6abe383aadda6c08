// The migrator against a real PostgreSQL: applies every migration once, records it the way
// Prisma Migrate does, refuses edited history, and rolls a failing migration back whole.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, readMigrations } from '../../lib/db/migrate';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { testTempDir } from '../support/temp-dir';

const cleanups: TestDatabase[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!.drop();
});

async function emptyDatabase() {
  const db = await createTestDatabase({ migrate: false });
  cleanups.push(db);
  return db;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function copyMigrations(): string {
  const dir = testTempDir('migrations');
  cpSync('prisma/migrations', dir, { recursive: true });
  return dir;
}

describe('migrateDatabase', () => {
  it('applies all migrations to an empty database, then none on a second run', async () => {
    const db = await emptyDatabase();
    const names = readMigrations().map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);

    const first = await migrateDatabase(db.url);
    expect(first.applied).toEqual(names);
    const second = await migrateDatabase(db.url);
    expect(second).toEqual({ applied: [], alreadyApplied: names });

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      db.url,
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.map((r) => r.checksum)).toEqual(readMigrations().map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it('refuses to run when an applied migration was edited', async () => {
    const db = await emptyDatabase();
    const dir = copyMigrations();
    await migrateDatabase(db.url, { dir });
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await expect(migrateDatabase(db.url, { dir })).rejects.toThrow(/edited after it was applied/);
  });

  it('rolls back a failing migration completely and reports it', async () => {
    const db = await emptyDatabase();
    const dir = copyMigrations();
    mkdirSync(path.join(dir, '99990101000000_broken'));
    writeFileSync(
      path.join(dir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n',
    );
    await expect(migrateDatabase(db.url, { dir })).rejects.toThrow(/99990101000000_broken failed/);
    const tables = await query<{ tablename: string }>(db.url, `SELECT tablename FROM pg_tables WHERE tablename = 'half_done'`);
    expect(tables).toEqual([]);
    const recorded = await query<{ migration_name: string }>(db.url, 'SELECT migration_name FROM _prisma_migrations');
    expect(recorded.map((r) => r.migration_name)).not.toContain('99990101000000_broken');
    // the good migrations before it stay applied
    expect(recorded.length).toBe(readMigrations().length);
  });
});
