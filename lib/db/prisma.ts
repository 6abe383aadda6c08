// The Prisma Client for the app: one per process, over node-postgres via @prisma/adapter-pg
// (no native query engine). Data functions in lib/data import `getPrisma` from here.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { isConnectionFault } from './connection-fault';
import { reportDatabaseError } from './database-events';

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { claimgridPrisma?: PrismaClient };

const reportFault = (error: unknown) => {
  if (isConnectionFault(error)) reportDatabaseError(error);
};

type AnyFn = (...args: unknown[]) => unknown;

/**
 * The pool's connections: every connect and query that fails because the connection or the
 * server failed (a restart, a terminated backend) is reported, even when the database answers
 * again by the time anyone looks, so the app server can tell such a 500 from a bug.
 */
class FaultReportingClient extends pg.Client {
  override connect(...args: unknown[]): never {
    return passFailures((super.connect as AnyFn).bind(this), args) as never;
  }
  override query(...args: unknown[]): never {
    return passFailures((super.query as AnyFn).bind(this), args) as never;
  }
}

/** Calls `call` with `args`, reporting a connection fault to its callback or its promise. */
function passFailures(call: AnyFn, args: unknown[]): unknown {
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
      if (error) reportFault(error);
      return (callback as AnyFn)(error, ...rest);
    };
    return call(...args);
  }
  const result = call(...args);
  if (result instanceof Promise) result.catch(reportFault);
  return result;
}

export function createPrisma(databaseUrl: string): PrismaClient {
  // A connection that cannot be made within 5 s fails the request instead of hanging it; lost
  // connections are reported, so the app server notices an outage at once.
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5_000, Client: FaultReportingClient },
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
