// The per-account sign-in limit's memory: failed sign-ins per lower-cased email within a
// window, in PostgreSQL so every app instance sees the same count. Each statement is atomic
// (an upsert that restarts an expired window), so concurrent failures are all counted.
import type { Db } from '../../db/prisma';

export type SignInLimit = { max: number; windowSeconds: number };

/** How many seconds until `email` may try again, or 0 when it is not locked. */
export async function findSignInLockout(db: Db, email: string, limit: SignInLimit): Promise<number> {
  const rows = await db.$queryRaw<{ retry: number }[]>`
    SELECT ceil(extract(epoch FROM window_start + make_interval(secs => ${limit.windowSeconds}) - now()))::int AS retry
      FROM sign_in_failures
     WHERE email = ${email.toLowerCase()}
       AND failures >= ${limit.max}
       AND window_start > now() - make_interval(secs => ${limit.windowSeconds})`;
  return Math.max(0, rows[0]?.retry ?? 0);
}

/** Counts one failed sign-in; a window that has run out starts again at 1. */
export async function recordSignInFailure(db: Db, email: string, limit: SignInLimit): Promise<void> {
  await db.$executeRaw`
    INSERT INTO sign_in_failures (email, failures, window_start) VALUES (${email.toLowerCase()}, 1, now())
    ON CONFLICT (email) DO UPDATE
       SET failures = CASE WHEN sign_in_failures.window_start > now() - make_interval(secs => ${limit.windowSeconds})
                           THEN sign_in_failures.failures + 1 ELSE 1 END,
           window_start = CASE WHEN sign_in_failures.window_start > now() - make_interval(secs => ${limit.windowSeconds})
                               THEN sign_in_failures.window_start ELSE now() END`;
  // Rows whose window ran out long ago say nothing; keep the table small.
  if (Math.random() < 0.05) {
    await db.$executeRaw`DELETE FROM sign_in_failures WHERE window_start < now() - make_interval(secs => ${limit.windowSeconds * 2})`;
  }
}

/** A successful sign-in forgets the account's failures. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.$executeRaw`DELETE FROM sign_in_failures WHERE email = ${email.toLowerCase()}`;
}
