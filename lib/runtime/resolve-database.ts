// Chooses the database for a command-line entry point: DATABASE_URL when it is set,
// otherwise the embedded PostgreSQL whose data lives in the project's .data folder.
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export function dataDir(): string {
  return path.resolve(process.env.CLAIMGRID_DATA_DIR ?? '.data');
}

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dataDir(), 'postgres'),
    database: 'claimgrid',
    port: process.env.CLAIMGRID_PG_PORT ? Number(process.env.CLAIMGRID_PG_PORT) : undefined,
    log,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}
