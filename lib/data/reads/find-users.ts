// Admin read: every account, without secrets.
import type { Db } from '../../db/prisma';

export type UserDto = {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'editor' | 'reader';
  disabled: boolean;
  createdAt: string;
};

export async function findUsers(db: Db): Promise<UserDto[]> {
  const rows = await db.user.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
