// Better Auth, configured for Claimgrid: email + password accounts in our own PostgreSQL
// tables (users, accounts, sessions, verifications, rate_limits) through the Prisma adapter,
// numeric ids, no public sign-up (admins create accounts), database-backed rate limiting of
// sign-in, and disabled users refused a session. Passwords are hashed by Better Auth.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import type { Db } from '../db/prisma';

export type AuthOptions = {
  db: Db;
  secret: string;
  baseURL: string;
  trustedOrigins?: string[];
  /** sign-in attempts allowed per client address per window */
  signInLimit?: { window: number; max: number };
};

export function createAuth(options: AuthOptions) {
  const { db } = options;
  const signInLimit = options.signInLimit ?? { window: 60, max: 5 };
  return betterAuth({
    appName: 'Claimgrid',
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: options.trustedOrigins,
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'reader', required: false },
        disabled: { type: 'boolean', input: false, defaultValue: false, required: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': signInLimit },
    },
    advanced: {
      cookiePrefix: 'claimgrid', // lib/auth/session.ts looks for claimgrid.session_token
      database: { generateId: 'serial' },
      ipAddress: { ipAddressHeaders: ['x-forwarded-for', 'x-real-ip'] },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no session, whatever its password.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: Number(session.userId) }, select: { disabled: true } });
            if (!user || user.disabled) return false;
          },
        },
      },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
