// A claim's history for editors: every revision recorded under the claim (its own changes and
// those of its evidence and reviews), newest first, with who made each. A deleted claim's
// history is still there.
import type { Db } from '../../db/prisma';
import type { RevisionDto, RevisionEntityType } from '../types';

export async function findClaimHistory(db: Db, claimId: number): Promise<RevisionDto[]> {
  const rows = await db.revision.findMany({
    where: { claimId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({
    id: Number(row.id),
    entityType: row.entityType as RevisionEntityType,
    entityId: row.entityId,
    claimId: row.claimId,
    action: row.action,
    actor: row.actor,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt.toISOString(),
  }));
}
