// Personal API tokens: make one (the plain token is returned once), list a user's, revoke,
// and resolve a presented token to the Actor it acts for (a revoked token, or one whose user
// is disabled or gone, resolves to nobody).
import type { Actor, Role } from '../../auth/actor';
import { generateApiToken, hashApiToken } from '../../auth/api-token';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';

export type ApiTokenDto = { id: number; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const tokenSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

function toDto(row: { id: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenDto {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(db: Db, { actor, input }: { actor: Actor; input: { name: string; userId?: number } }) {
  const userId = input.userId ?? actor.userId;
  if (userId !== actor.userId && actor.role !== 'admin') throw new AppError('forbidden', errorMessage('auth.onlyAdminsMakeTokens'));
  const user = await db.user.findUnique({ where: { id: userId }, select: { disabled: true } });
  if (!user) throw new AppError('not_found', errorMessage('auth.noUser', { id: userId }));
  if (user.disabled) throw new AppError('conflict', errorMessage('auth.accountDisabled'));
  const { token, hash, prefix } = generateApiToken();
  const row = await db.apiToken.create({ data: { userId, name: input.name, tokenHash: hash, prefix }, select: tokenSelect });
  return { ...toDto(row), token };
}

export async function findApiTokens(db: Db, userId: number): Promise<ApiTokenDto[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: tokenSelect });
  return rows.map(toDto);
}

export async function revokeApiToken(db: Db, { actor, input }: { actor: Actor; input: { id: number } }): Promise<ApiTokenDto> {
  const row = await db.apiToken.findUnique({ where: { id: input.id }, select: { userId: true, revokedAt: true } });
  // Someone else's token is reported as missing, so ids of other people's tokens leak nothing.
  if (!row || (row.userId !== actor.userId && actor.role !== 'admin')) throw new AppError('not_found', errorMessage('auth.noToken', { id: input.id }));
  const updated = await db.apiToken.update({ where: { id: input.id }, data: { revokedAt: row.revokedAt ?? new Date() }, select: tokenSelect });
  return toDto(updated);
}

export async function findActorByApiToken(db: Db, token: string): Promise<Actor | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!row || row.revokedAt) return null;
  // Record use at most once a minute, so reads stay cheap.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const { user } = row;
  return { userId: user.id, email: user.email, name: user.name, role: user.role as Role, disabled: user.disabled };
}
