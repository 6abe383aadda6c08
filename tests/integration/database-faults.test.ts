// The app server answers 503 instead of 500 when the database explains a failed request. Here the
// database stays up the whole time and only one connection is lost (its backend terminated, as a
// postmaster's death or an administrator does): the monitor must still blame the database, and it
// must not blame it for a query the database merely refused.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseMonitor, type DatabaseMonitor } from '../../lib/runtime/database-monitor';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

let db: TestDatabase;
let monitor: DatabaseMonitor;

beforeAll(async () => {
  db = await createTestDatabase();
  monitor = createDatabaseMonitor(db.url);
});

afterAll(async () => {
  await monitor?.close();
  await db?.drop();
});

/** Terminates the backend running a statement that contains `marker`, once it is running. */
async function terminateBackendRunning(marker: string): Promise<void> {
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await admin.query<{ terminated: boolean }>(
        `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
          WHERE pid <> pg_backend_pid() AND state = 'active' AND query LIKE $1`,
        [`%${marker}%`],
      );
      if (rows.some((row) => row.terminated)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no backend ran ${marker}`);
  } finally {
    await admin.end();
  }
}

describe('the database monitor on a request that failed', () => {
  it('does not blame the database for a request that succeeded', async () => {
    const failedByDatabase = monitor.watchRequest();
    await db.prisma.$queryRaw`SELECT 1`;
    expect(await failedByDatabase()).toBe(false);
  });

  it('does not blame the database for a query it refused', async () => {
    const failedByDatabase = monitor.watchRequest();
    await expect(db.prisma.$queryRaw`SELECT 1 / 0`).rejects.toThrow(/division by zero/);
    expect(await failedByDatabase()).toBe(false);
  });

  it('blames the database when a query loses its connection, though the database answers again at once', async () => {
    const failedByDatabase = monitor.watchRequest();
    const marker = 'fault_plain_query';
    const running = db.prisma.$queryRawUnsafe(`SELECT pg_sleep(30), '${marker}'`);
    const failed = expect(running).rejects.toThrow(/terminating connection/);
    await terminateBackendRunning(marker);
    await failed;
    expect(await monitor.check()).toBe(true);
    expect(await failedByDatabase()).toBe(true);
    // the next request starts afresh
    const next = monitor.watchRequest();
    await db.prisma.$queryRaw`SELECT 1`;
    expect(await next()).toBe(false);
  });

  it('blames the database when a transaction loses its connection', async () => {
    const failedByDatabase = monitor.watchRequest();
    const marker = 'fault_in_transaction';
    const running = db.prisma.$transaction(async (tx) => tx.$queryRawUnsafe(`SELECT pg_sleep(30), '${marker}'`), { timeout: 60_000 });
    const failed = expect(running).rejects.toThrow();
    await terminateBackendRunning(marker);
    await failed;
    expect(await failedByDatabase()).toBe(true);
  });
});
