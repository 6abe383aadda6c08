// At start-up: while no active admin exists, print a one-time link that creates the first
// admin in the browser (/setup?token=…). The CLI way (`npm run users -- add --role admin`)
// stays; the link is the way for someone who has only the terminal `npm start` runs in.
import { createPrisma } from '../db/prisma';
import { setupUrl } from '../auth/setup-token';
import { createSetupToken } from '../data/writes/create-setup-token';

export async function announceSetupLink(databaseUrl: string, baseUrl: string, log: (line: string) => void): Promise<string | null> {
  const db = createPrisma(databaseUrl);
  try {
    const created = await createSetupToken(db);
    if (!created) return null;
    const url = setupUrl(baseUrl, created.token);
    log('no admin account exists yet. Open this one-time link to create the first admin');
    log(`(valid until ${created.expiresAt.toISOString()}, or use npm run users -- add --role admin):`);
    log(`  ${url}`);
    return url;
  } finally {
    await db.$disconnect();
  }
}
