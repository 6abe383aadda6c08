// Deletes a claim at the version the editor saw, with its evidence and reviews. Each of those
// rows gets its own 'delete' revision holding its last state, so nothing is lost: the claim
// comes back with them through restoreDeletedClaim (which finds them as the 'delete' revisions
// of the claim sharing its deletion's instant), a single quote through restoreEvidence.
import type { DeleteClaimInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { lockClaim } from './lock-claim';
import { recordRevision, recordRevisions } from './record-revision';
import type { DeleteClaimResultDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound, staleVersion } from '../write-errors';

export async function deleteClaim(db: Db, { actor, input }: WriteContext<DeleteClaimInput>): Promise<DeleteClaimResultDto> {
  return db.$transaction(async (tx) => {
    // Locked first, so no evidence or review can be added between listing and deleting them.
    const locked = await lockClaim(tx, input.id);
    if (!locked) throw notFound('claim', input.id);
    if (locked.version !== input.version) throw await staleVersion(tx, 'claim', input.id);

    const before = await tx.claim.findUniqueOrThrow({ where: { id: input.id } });
    const evidence = await tx.evidence.findMany({ where: { claimId: input.id }, orderBy: { id: 'asc' } });
    const reviews = await tx.review.findMany({ where: { claimId: input.id }, orderBy: { id: 'asc' } });
    const base = { claimId: input.id, action: 'delete' as const, actorId: actor.userId, createdAt: new Date() };
    await recordRevisions(tx, [
      ...evidence.map((row) => ({ ...base, entityType: 'evidence' as const, entityId: row.id, before: row })),
      ...reviews.map((row) => ({ ...base, entityType: 'review' as const, entityId: row.id, before: row })),
    ]);

    await tx.evidence.deleteMany({ where: { id: { in: evidence.map((e) => e.id) } } });
    await tx.review.deleteMany({ where: { id: { in: reviews.map((r) => r.id) } } });
    const { count } = await tx.claim.deleteMany({ where: { id: input.id, version: input.version } });
    if (count !== 1) throw await staleVersion(tx, 'claim', input.id);
    await recordRevision(tx, { ...base, entityType: 'claim', entityId: input.id, before });

    return { id: input.id, deletedEvidence: evidence.length, deletedReviews: reviews.length };
  }, WRITE_TRANSACTION_OPTIONS);
}
