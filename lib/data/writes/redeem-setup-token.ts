// Spends a first-admin link: checks the token (by hash, unexpired), that still no active admin
// exists, then creates the admin and deletes the token in one transaction, under the same
// advisory lock as admin changes (lib/data/writes/update-user.ts), so two tabs cannot both succeed.
import { hashPassword } from '../../auth/password-hash';
import { hashSetupToken, isSetupTokenShape, SETUP_TOKEN_IDENTIFIER } from '../../auth/setup-token';
import type { CreateUserInput } from '../../auth/user-input';
import type { Db } from '../../db/prisma';
import type { UserDto } from '../reads/find-users';

/** Why a link cannot be used: the page renders each from its catalogue. */
export type SetupRefusal = 'admin_exists' | 'invalid_token' | 'email_taken';

export type SetupTokenState = { ok: true } | { ok: false; reason: SetupRefusal };

/** Whether the link may be used now (the page asks before showing the form). */
export async function checkSetupToken(db: Db, token: unknown): Promise<SetupTokenState> {
  if ((await db.user.count({ where: { role: 'admin', disabled: false } })) > 0) return { ok: false, reason: 'admin_exists' };
  if (!isSetupTokenShape(token)) return { ok: false, reason: 'invalid_token' };
  const found = await db.verification.findFirst({
    where: { identifier: SETUP_TOKEN_IDENTIFIER, value: hashSetupToken(token), expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return found ? { ok: true } : { ok: false, reason: 'invalid_token' };
}

export async function redeemSetupToken(
  db: Db,
  { token, input }: { token: unknown; input: Omit<CreateUserInput, 'role'> },
): Promise<{ ok: true; user: UserDto } | { ok: false; reason: SetupRefusal }> {
  if (!isSetupTokenShape(token)) return { ok: false, reason: 'invalid_token' };
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7301)`;
    if ((await tx.user.count({ where: { role: 'admin', disabled: false } })) > 0) return { ok: false, reason: 'admin_exists' } as const;
    const live = await tx.verification.findFirst({
      where: { identifier: SETUP_TOKEN_IDENTIFIER, value: hashSetupToken(token), expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (!live) return { ok: false, reason: 'invalid_token' } as const;
    // Before the token is spent, so a taken address can be corrected with the same link.
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false, reason: 'email_taken' } as const;
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: 'admin' },
      select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    });
    await tx.account.create({ data: { userId: user.id, accountId: String(user.id), providerId: 'credential', password: hash } });
    // Every other setup link dies with this one.
    await tx.verification.deleteMany({ where: { identifier: SETUP_TOKEN_IDENTIFIER } });
    return { ok: true, user: { ...user, createdAt: user.createdAt.toISOString() } } as const;
  });
}
