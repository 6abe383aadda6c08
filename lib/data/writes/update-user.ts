// Changes a user's role or disables/enables the account. Disabling ends the user's sessions
// at once. The last active admin can be neither demoted nor disabled, so nobody is locked out.
import type { UpdateUserInput } from '../../auth/user-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import type { UserDto } from '../reads/find-users';

export async function updateUser(db: Db, input: UpdateUserInput): Promise<UserDto> {
  return db.$transaction(async (tx) => {
    // Serialise admin changes so two admins cannot demote each other at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7301)`;
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError('not_found', errorMessage('auth.noUser', { id: input.id }));
    const losesAdmin =
      user.role === 'admin' && !user.disabled && ((input.role && input.role !== 'admin') || input.disabled === true);
    if (losesAdmin) {
      const activeAdmins = await tx.user.count({ where: { role: 'admin', disabled: false } });
      if (activeAdmins <= 1) throw new AppError('conflict', errorMessage('auth.lastAdmin'));
    }
    const updated = await tx.user.update({
      where: { id: input.id },
      data: { role: input.role, disabled: input.disabled },
      select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
    });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: input.id } });
    return { ...updated, createdAt: updated.createdAt.toISOString() };
  });
}
