// Records that an editor checked an article and it does not mention the claim (an 'omits'
// review). Idempotent: marking it again returns the existing review and writes nothing, unless
// the mark is flagged for re-review: marking it again confirms it (a 'confirm' revision).
// Refused while the article has evidence for the claim, since a quote is the opposite of an
// omission.
import type { MarkOmissionInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { lockClaim } from './lock-claim';
import { toReviewRecord } from '../record-dtos';
import { recordRevision } from './record-revision';
import type { ReviewDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

export async function markOmission(db: Db, { actor, input }: WriteContext<MarkOmissionInput>): Promise<ReviewDto> {
  const { claimId, articleId } = input;
  return db.$transaction(async (tx) => {
    if (!(await lockClaim(tx, claimId))) throw notFound('claim', claimId, 'claimId');
    if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } }))) {
      throw notFound('article', articleId, 'articleId');
    }

    const existing = await tx.review.findUnique({ where: { claimId_articleId: { claimId, articleId } } });
    if (existing?.needsReview) {
      const after = await tx.review.update({ where: { id: existing.id }, data: { needsReview: false } });
      await recordRevision(tx, { entityType: 'review', entityId: after.id, claimId, action: 'confirm', actorId: actor.userId, before: existing, after });
      return toReviewRecord(after);
    }
    if (existing) return toReviewRecord(existing);

    const evidence = await tx.evidence.count({ where: { claimId, articleId } });
    if (evidence > 0) {
      throw new AppError('conflict', errorMessage('conflict.omissionHasEvidence'), { evidence });
    }

    const row = await tx.review.create({ data: { claimId, articleId, verdict: 'omits', note: input.note, createdById: actor.userId } });
    await recordRevision(tx, { entityType: 'review', entityId: row.id, claimId, action: 'create', actorId: actor.userId, after: row });
    return toReviewRecord(row);
  }, WRITE_TRANSACTION_OPTIONS);
}
