// The errors write functions share: a row that does not exist, and a save based on a version
// someone else has since replaced (naming who and when, so the editor knows what to reload).
import { AppError, errorMessage } from '../errors';
import type { Tx } from './writes/write-context';

export type VersionedEntity = 'claim' | 'evidence';

type Entity = VersionedEntity | 'article' | 'review' | 'revision';

export function notFound(entity: Entity, id: number, field?: string): AppError {
  return new AppError('not_found', errorMessage(`notFound.${entity}`, { id }), { entity, id, ...(field ? { field } : {}) });
}

type VersionRow = { version: number; updatedAt: Date; updatedBy: { name: string; email: string } | null };

const versionSelect = { version: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } } as const;

export function conflictFrom(row: VersionRow): AppError {
  const changedBy = row.updatedBy ? row.updatedBy.name.trim() || row.updatedBy.email : 'someone';
  const changedAt = row.updatedAt.toISOString();
  const who = row.updatedBy ? changedBy : errorMessage('conflict.someone');
  return new AppError('conflict', errorMessage('conflict.changedBy', { changedBy: who, changedAt }), {
    changedBy,
    changedAt,
    currentVersion: row.version,
  });
}

/**
 * Reads the row as it is now (a fresh statement sees the winner's commit) and explains the
 * lost race; not_found if the winner deleted it.
 */
export async function staleVersion(tx: Tx, entity: VersionedEntity, id: number): Promise<AppError> {
  const row =
    entity === 'claim'
      ? await tx.claim.findUnique({ where: { id }, select: versionSelect })
      : await tx.evidence.findUnique({ where: { id }, select: versionSelect });
  return row ? conflictFrom(row) : notFound(entity, id);
}
