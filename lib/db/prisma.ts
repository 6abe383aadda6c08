// The Prisma Client for the app: one per process, over node-postgres via @prisma/adapter-pg
// (no native query engine). Data functions in lib/data import `getPrisma` from here.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { reportDatabaseError } from './database-events';

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { claimgridPrisma?: PrismaClient };

export function createPrisma(databaseUrl: string): PrismaClient {
  // A connection that cannot be made within 5 s fails the request instead of hanging it; lost
  // connections are reported, so the app server notices an outage at once.
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5_000 },
    { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
  );
  return new PrismaClient({ adapter });
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.claimgridPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database).');
    globalForPrisma.claimgridPrisma = createPrisma(url);
  }
  return globalForPrisma.claimgridPrisma;
}
