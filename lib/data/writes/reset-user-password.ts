// An admin resets someone's password: a generated one-time password replaces it, the user's
// sessions end, and the password is returned once for the admin to hand over (never stored
// in clear, never shown again). Signed in with it, the user must choose their own password
// before anything else (the account's mustChangePassword flag, checked in lib/auth/actor.ts).
// The user's API tokens are left alone: a forgotten password says nothing about a token, and
// an admin who suspects the account is compromised disables it, which refuses its tokens too.
import { generateOneTimePassword } from '../../auth/generate-password';
import type { ResetUserPasswordInput } from '../../auth/user-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { setUserPassword } from './create-user';

export async function resetUserPassword(db: Db, input: ResetUserPasswordInput): Promise<{ id: number; email: string; password: string }> {
  const user = await db.user.findUnique({ where: { id: input.id }, select: { id: true, email: true } });
  if (!user) throw new AppError('not_found', errorMessage('auth.noUser', { id: input.id }));
  const password = generateOneTimePassword();
  await setUserPassword(db, user.id, password, { oneTime: true });
  return { id: user.id, email: user.email, password };
}
