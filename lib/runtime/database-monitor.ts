// Knows whether the app's database is usable: probes it (SELECT 1 on a small pool of its own)
// every few seconds while it is up and twice a second while it is down, checks at once when the
// driver reports a connection fault (lib/db/connection-fault.ts) or a request failed with a 500,
// and counts outages and faults, so the app server can answer 503 while the database is gone and
// tell a 500 that the database caused from a bug, even when the database is back by the time
// anyone looks. Readiness also asks whether every migration in prisma/migrations is applied.
import pg from 'pg';
import { onDatabaseError } from '../db/database-events';
import { readMigrations } from '../db/migrate';

export type DatabaseMonitor = {
  isUp: () => boolean;
  /** the database went away (the supervisor saw the embedded server die) */
  markDown: (reason: string) => void;
  /** probes now (joining a probe already running) and returns whether the database answered */
  check: () => Promise<boolean>;
  /**
   * Call as a request starts (and only while the database is up); the function it returns says,
   * after the request failed, whether the database explains the failure: it is unreachable now
   * (asked by a probe that starts after the failure), an outage began meanwhile, or a query of
   * this process lost its connection meanwhile.
   */
  watchRequest: () => () => Promise<boolean>;
  readiness: () => Promise<{ ready: true } | { ready: false; detail: string }>;
  close: () => Promise<void>;
};

const UP_INTERVAL_MS = 5_000;
const DOWN_INTERVAL_MS = 500;

export function createDatabaseMonitor(url: string, options: { log?: (line: string) => void; migrationsDir?: string } = {}): DatabaseMonitor {
  const log = options.log ?? (() => {});
  const expected = readMigrations(options.migrationsDir);
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 2_000, query_timeout: 2_000, idleTimeoutMillis: 10_000 });
  pool.on('error', () => {}); // an idle probe connection that dies is noticed by the next probe

  let up = true;
  let outageCount = 0;
  let faultCount = 0;
  let downSince = 0;
  let probing: Promise<boolean> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const setDown = (reason: string) => {
    if (!up) return;
    up = false;
    outageCount++;
    downSince = Date.now();
    log(`database unavailable (${reason}); answering 503 until it is back`);
    schedule();
  };
  const setUp = () => {
    if (up) return;
    up = true;
    log(`database available again after ${((Date.now() - downSince) / 1000).toFixed(1)} s`);
    schedule();
  };

  const check = (): Promise<boolean> => {
    if (closed) return Promise.resolve(up);
    probing ??= pool
      .query('SELECT 1')
      .then(() => {
        setUp();
        return true;
      })
      .catch((error: unknown) => {
        setDown(error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error));
        return false;
      })
      .finally(() => {
        probing = null;
      });
    return probing;
  };
  /** a probe that starts after this call: not one already running, which may predate a failure */
  const checkFromNow = (): Promise<boolean> => (probing ? probing.then(check, check) : check());

  function schedule() {
    clearTimeout(timer);
    if (closed) return;
    timer = setTimeout(() => void check().then(schedule), up ? UP_INTERVAL_MS : DOWN_INTERVAL_MS);
    timer.unref();
  }
  schedule();
  onDatabaseError(() => {
    faultCount++;
    void check();
  });

  return {
    isUp: () => up,
    markDown: setDown,
    check,
    watchRequest: () => {
      const outagesAtStart = outageCount;
      const faultsAtStart = faultCount;
      return async () => {
        const reachable = await checkFromNow();
        return !reachable || outageCount !== outagesAtStart || faultCount !== faultsAtStart;
      };
    },
    readiness: async () => {
      if (!(await check())) return { ready: false, detail: 'The database is unavailable.' };
      try {
        const { rows } = await pool.query<{ migration_name: string; checksum: string }>(
          'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        );
        const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
        const pending = expected.filter((m) => applied.get(m.name) !== m.checksum).map((m) => m.name);
        if (pending.length) return { ready: false, detail: `Migrations not applied: ${pending.join(', ')} (run npm run db:migrate).` };
        return { ready: true };
      } catch (error) {
        if ((error as { code?: string }).code === '42P01') return { ready: false, detail: 'The database has no migrations applied (run npm run db:migrate).' };
        return { ready: false, detail: `The database did not answer: ${(error as Error).message}` };
      }
    },
    close: async () => {
      closed = true;
      clearTimeout(timer);
      onDatabaseError(undefined);
      await pool.end().catch(() => {});
    },
  };
}
