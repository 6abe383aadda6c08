// The first-admin link: when no active admin exists, a new one-time token is stored (hashed,
// in Better Auth's verifications table, with an expiry) and returned once for `npm start` to
// print. Any older setup token is dropped, so only the newest printed link works.
import { generateSetupToken, SETUP_TOKEN_IDENTIFIER, SETUP_TOKEN_TTL_MS } from '../../auth/setup-token';
import type { Db } from '../../db/prisma';

export type SetupToken = { token: string; expiresAt: Date };

/** Whether an admin who can sign in exists; the setup page and link exist only while none does. */
export async function hasActiveAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: 'admin', disabled: false } })) > 0;
}

/** A new setup token, or null when an active admin already exists. */
export async function createSetupToken(db: Db, options: { now?: Date } = {}): Promise<SetupToken | null> {
  if (await hasActiveAdmin(db)) return null;
  const now = options.now ?? new Date();
  const { token, hash } = generateSetupToken();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_MS);
  await db.$transaction([
    db.verification.deleteMany({ where: { identifier: SETUP_TOKEN_IDENTIFIER } }),
    db.verification.create({ data: { identifier: SETUP_TOKEN_IDENTIFIER, value: hash, expiresAt } }),
  ]);
  return { token, expiresAt };
}
