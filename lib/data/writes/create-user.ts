// Creates an account that can sign in with email + password. The password is hashed by
// Better Auth's own hasher (scrypt), and the user and its credential account commit together.
import { hashPassword } from '../../auth/password-hash';
import type { CreateUserInput } from '../../auth/user-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import type { UserDto } from '../reads/find-users';

export async function createUser(db: Db, input: CreateUserInput): Promise<UserDto> {
  const hash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError('conflict', errorMessage('auth.userExists', { email: input.email }), { fieldErrors: { email: [errorMessage('auth.alreadyInUse')] } });
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role },
      select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    });
    await tx.account.create({
      data: { userId: user.id, accountId: String(user.id), providerId: 'credential', password: hash },
    });
    return { ...user, createdAt: user.createdAt.toISOString() };
  });
}

/**
 * Sets (or first creates) the user's email + password credential and ends their sessions.
 * `oneTime`: the password is one an admin hands over, so the user must replace it with their
 * own before doing anything else (lib/auth/actor.ts); otherwise any such demand is lifted.
 */
export async function setUserPassword(db: Db, userId: number, password: string, options: { oneTime?: boolean } = {}): Promise<void> {
  const hash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: options.oneTime ?? false } });
    const account = await tx.account.findFirst({ where: { userId, providerId: 'credential' }, select: { id: true } });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else await tx.account.create({ data: { userId, accountId: String(userId), providerId: 'credential', password: hash } });
    await tx.session.deleteMany({ where: { userId } });
  });
}
