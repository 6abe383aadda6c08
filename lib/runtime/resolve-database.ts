// Chooses the database for a command-line entry point: DATABASE_URL when it is set; otherwise
// the embedded PostgreSQL of the running app (recorded in the data folder), checked to be alive;
// otherwise an embedded server of the command's own on the same data folder, stopped afterwards.
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { readServerRecord, serverRecordFile, startEmbeddedPostgres, type RunningServerRecord } from '../db/embedded-postgres';
import { atCliExit } from './cli';
import { isProcessAlive } from './process-info';

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export function dataDir(): string {
  return path.resolve(process.env.CLAIMGRID_DATA_DIR ?? '.data');
}

export function embeddedDataDir(): string {
  return path.join(dataDir(), 'postgres');
}

/** host:port/database of a URL, without its credentials, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}

/** Connects once and runs SELECT 1; throws a one-line error naming the server. */
export async function checkReachable(url: string, what: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
    throw new Error(`cannot reach ${what} (${describeDatabaseUrl(url)}): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The embedded server a running `npm start` recorded, if it is really there. While its
 * supervisor is alive but the postmaster is not (being restarted after a crash), waits for it.
 */
export async function findRunningEmbedded(pgDir: string, waitMs = 30_000): Promise<RunningServerRecord | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const record = readServerRecord(pgDir);
    if (!record) return null;
    if (isProcessAlive(record.postmasterPid)) {
      try {
        await checkReachable(record.url, 'the embedded PostgreSQL of the running app');
        return record;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    } else if (!isProcessAlive(record.supervisorPid)) {
      rmSync(serverRecordFile(pgDir), { force: true }); // left by a run that was killed
      return null;
    } else if (Date.now() > deadline) {
      throw new Error(`the embedded PostgreSQL of the running app (pid ${record.supervisorPid}) did not come back within ${waitMs / 1000} s`);
    }
    await sleep(250);
  }
}

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkReachable(configured, 'the database of DATABASE_URL');
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const pgDir = embeddedDataDir();
  const running = await findRunningEmbedded(pgDir);
  if (running) return { url: running.url, embedded: true, stop: async () => {} };
  const db = await startEmbeddedPostgres({
    dataDir: pgDir,
    database: 'claimgrid',
    port: process.env.CLAIMGRID_PG_PORT ? Number(process.env.CLAIMGRID_PG_PORT) : undefined,
    log,
  });
  atCliExit(db.stop); // also on Ctrl-C: the server is ours to stop
  return { url: db.url, embedded: true, stop: db.stop };
}
