// Takes back an omission review (the article goes back to unchecked for the claim).
import type { ClearOmissionInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { lockClaim } from './lock-claim';
import { recordRevision } from './record-revision';
import type { DeletedDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

export async function clearOmission(db: Db, { actor, input }: WriteContext<ClearOmissionInput>): Promise<DeletedDto> {
  const { claimId, articleId } = input;
  return db.$transaction(async (tx) => {
    if (!(await lockClaim(tx, claimId))) throw notFound('claim', claimId, 'claimId');
    const before = await tx.review.findUnique({ where: { claimId_articleId: { claimId, articleId } } });
    if (!before) {
      throw new AppError('not_found', errorMessage('notFound.omissionNotMarked', { articleId, claimId }), { entity: 'review', claimId, articleId });
    }
    await tx.review.delete({ where: { id: before.id } });
    await recordRevision(tx, { entityType: 'review', entityId: before.id, claimId, action: 'delete', actorId: actor.userId, before });
    return { id: before.id };
  }, WRITE_TRANSACTION_OPTIONS);
}
