// Where the e2e server keeps its data and which port its embedded database listens on; several
// runs at once set E2E_DATA_DIR and E2E_PG_PORT apart. Specs reach the database through the URL
// the running server records in its data folder (with the generated password), as the CLI does.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const e2ePgPort = Number(process.env.E2E_PG_PORT ?? 54377);
export const e2eDataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';

/** The e2e server's database URL, as recorded in <data>/postgres-server.json while it runs. */
export function e2eDatabaseUrl(): string {
  const file = path.resolve(e2eDataDir, 'postgres-server.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { url: string }).url;
}
