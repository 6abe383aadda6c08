// Owns where the synthetic corpus lives, for the seeder and the benchmark alike: --database-url,
// else SYNTHETIC_DATABASE_URL, else an embedded PostgreSQL of its own (data in
// <CLAIMGRID_DATA_DIR or .data>/synthetic/postgres, port CLAIMGRID_SYNTHETIC_PG_PORT or 54390,
// database claimgrid_synthetic). Never the app's database: its URL (DATABASE_URL) is refused,
// and only a database whose name contains "synthetic" may be dropped and recreated.
import path from 'node:path';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { passwordFile, startEmbeddedPostgres } from '../db/embedded-postgres';
import { dataDir } from '../runtime/resolve-database';

export const SYNTHETIC_DATABASE_NAME = 'claimgrid_synthetic';
export const DEFAULT_SYNTHETIC_PG_PORT = 54390;

export type SyntheticDatabase = {
  url: string;
  /** the same server's maintenance database, to drop and create the synthetic one */
  adminUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Host, port and database: two URLs with the same identity are the same database. */
function identity(url: string): string {
  const u = new URL(url);
  const host = u.hostname === 'localhost' ? '127.0.0.1' : u.hostname;
  return `${host}:${u.port || '5432'}/${databaseName(url)}`;
}

export function assertNotAppDatabase(url: string): void {
  const app = process.env.DATABASE_URL;
  if (app && identity(app) === identity(url)) {
    throw new Error(`refusing to use the app's own database (DATABASE_URL) for synthetic data: ${identity(url)}`);
  }
}

export function syntheticDataDir(): string {
  return path.join(dataDir(), 'synthetic', 'postgres');
}

export async function openSyntheticDatabase(
  options: { databaseUrl?: string; log?: (line: string) => void } = {},
): Promise<SyntheticDatabase> {
  const configured = options.databaseUrl ?? process.env.SYNTHETIC_DATABASE_URL;
  if (configured) {
    assertNotAppDatabase(configured);
    const admin = new URL(configured);
    admin.pathname = '/postgres';
    return { url: configured, adminUrl: admin.toString(), embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.CLAIMGRID_SYNTHETIC_PG_PORT ?? DEFAULT_SYNTHETIC_PG_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`CLAIMGRID_SYNTHETIC_PG_PORT is not a port: ${process.env.CLAIMGRID_SYNTHETIC_PG_PORT}`);
  const dir = syntheticDataDir();
  if (path.resolve(dir) === path.resolve(dataDir(), 'postgres')) throw new Error('the synthetic data folder must differ from the app one');
  try {
    const db = await startEmbeddedPostgres({ dataDir: dir, database: SYNTHETIC_DATABASE_NAME, port, log: options.log });
    return { url: db.url, adminUrl: db.adminUrl, embedded: true, stop: db.stop };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/already using/.test(message)) throw error;
    const password = readFileSync(passwordFile(dir), 'utf8').trim();
    throw new Error(
      `the synthetic PostgreSQL in ${dir} is already running (${message.match(/pid \d+/)?.[0] ?? 'another process'}); ` +
        `stop it, or use it: SYNTHETIC_DATABASE_URL=postgres://claimgrid:${password}@127.0.0.1:${port}/${SYNTHETIC_DATABASE_NAME}`,
    );
  }
}

/** Drops and recreates the database `url` names (UTF-8, from template0), on the server of `adminUrl`. */
export async function recreateSyntheticDatabase(db: SyntheticDatabase): Promise<void> {
  assertNotAppDatabase(db.url);
  const name = databaseName(db.url);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`);
  if (!name.includes('synthetic')) {
    throw new Error(`refusing to drop database "${name}": the synthetic seeder only recreates databases whose name contains "synthetic"`);
  }
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/** For messages: the URL without its password. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
