// Better Auth, configured for Claimgrid: email + password accounts in our own PostgreSQL
// tables (users, accounts, sessions, verifications, rate_limits) through the Prisma adapter,
// numeric ids, no public sign-up (admins create accounts), database-backed rate limiting of
// sign-in per client address and per account, and disabled users refused a session. After an
// admin's reset the user signs in with the one-time password and must change it (the user's
// mustChangePassword, which a successful change-password clears here).
// Passwords are hashed by Better Auth's hasher (lib/auth/password-hash.ts). Over HTTP only the
// endpoints the app uses answer (HTTP_ENDPOINTS); every other one (update-user, which would
// skip our rules for names, delete-user, reset-password, …) is a 404.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { clearSignInFailures, findSignInLockout, recordSignInFailure, type SignInLimit } from '../data/writes/sign-in-failures';
import type { Db } from '../db/prisma';
import { hashPassword, verifyPassword } from './password-hash';
import { passwordProblem } from './password-strength';

/** The Better Auth endpoints reachable over HTTP: what the sign-in form, sign-out and sessions need, and changing one's own password. */
export const HTTP_ENDPOINTS: ReadonlySet<string> = new Set(['/sign-in/email', '/sign-out', '/get-session', '/change-password']);

export const ACCOUNT_LOCKED = 'Too many failed sign-ins for this account; try again later.';
export const ACCOUNT_DISABLED = 'This account is disabled; ask an admin to enable it.';
/** Attempts to change a password per client address and minute. */
export const CHANGE_PASSWORD_LIMIT = { window: 60, max: 10 };

export const PASSWORD_UNCHANGED = 'Choose a new password, not the one-time password you were given.';

export type AuthOptions = {
  db: Db;
  secret: string;
  baseURL: string;
  trustedOrigins?: string[];
  /** sign-in attempts allowed per client address per window */
  signInLimit?: { window: number; max: number };
  /** failed sign-ins allowed per account (email) per window, from any address */
  accountLimit?: SignInLimit;
  /**
   * The request header that carries the client's address, set by the HTTP server from the
   * socket (lib/http/client-address-header.ts); X-Forwarded-For itself is never read here.
   */
  clientAddressHeader?: string;
};

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.length <= 320 ? email.trim().toLowerCase() : null;
}

export function createAuth(options: AuthOptions) {
  const { db } = options;
  const signInLimit = options.signInLimit ?? { window: 60, max: 5 };
  const accountLimit = options.accountLimit ?? { max: 10, windowSeconds: 15 * 60 };
  return betterAuth({
    appName: 'Claimgrid',
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: options.trustedOrigins,
    database: prismaAdapter(db, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // Better Auth's own hasher, through the module our writes hash with too (its work factor lowered in tests only)
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'reader', required: false },
        disabled: { type: 'boolean', input: false, defaultValue: false, required: false },
        mustChangePassword: { type: 'boolean', input: false, defaultValue: false, required: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      // Better Auth's default for /change-password is 3 per 10 s per address; where no proxy names
      // the client, every user shares one address bucket, so a newsroom's password changes would
      // collide. A wrong current password costs an attempt here and needs a signed-in session.
      customRules: { '/sign-in/email': signInLimit, '/change-password': CHANGE_PASSWORD_LIMIT },
    },
    advanced: {
      cookiePrefix: 'claimgrid', // lib/auth/session.ts looks for claimgrid.session_token
      database: { generateId: 'serial' },
      // No header means no known address: the per-address limit then shares one bucket.
      ipAddress: { ipAddressHeaders: options.clientAddressHeader ? [options.clientAddressHeader] : [] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!ctx.request) return; // the app's own server-side calls (getSession)
        if (!HTTP_ENDPOINTS.has(ctx.path)) throw new APIError('NOT_FOUND', { message: 'Not found.' });
        if (ctx.path === '/sign-in/email') {
          const email = emailOf(ctx.body);
          const retryAfter = email ? await findSignInLockout(db, email, accountLimit) : 0;
          if (retryAfter > 0) throw new APIError('TOO_MANY_REQUESTS', { message: ACCOUNT_LOCKED, code: 'ACCOUNT_LOCKED' }, { 'retry-after': String(retryAfter) });
        }
        if (ctx.path === '/change-password') {
          const session = await getSessionFromCtx(ctx);
          const password = (ctx.body as { newPassword?: unknown } | undefined)?.newPassword;
          const problem = typeof password === 'string' && session ? await passwordProblem(password, [session.user.email, session.user.name]) : null;
          if (problem) throw new APIError('BAD_REQUEST', { message: problem, code: 'PASSWORD_TOO_WEAK' });
          // The one-time password an admin handed over cannot become the user's own.
          const current = (ctx.body as { currentPassword?: unknown } | undefined)?.currentPassword;
          if (session?.user.mustChangePassword && current === password) {
            throw new APIError('BAD_REQUEST', { message: PASSWORD_UNCHANGED, code: 'PASSWORD_UNCHANGED' });
          }
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.request && ctx.path === '/change-password') {
          // The user now has a password of their own: lift an admin reset's demand for one.
          const returned = ctx.context.returned as { user?: { id?: unknown } } | undefined;
          if (!isAPIError(returned) && returned?.user?.id !== undefined) {
            await db.user.updateMany({ where: { id: Number(returned.user.id), mustChangePassword: true }, data: { mustChangePassword: false } });
          }
          return;
        }
        if (!ctx.request || ctx.path !== '/sign-in/email') return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const returned = ctx.context.returned;
        if (isAPIError(returned)) {
          if (returned.statusCode === 401) await recordSignInFailure(db, email, accountLimit);
        } else {
          await clearSignInFailures(db, email);
        }
      }),
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no session. Sign-in has checked the password by now, so
          // saying why (rather than the generic failure) reveals nothing to someone without it.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: Number(session.userId) }, select: { disabled: true } });
            if (!user) return false;
            if (user.disabled) throw new APIError('FORBIDDEN', { message: ACCOUNT_DISABLED, code: 'ACCOUNT_DISABLED' });
          },
        },
      },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
