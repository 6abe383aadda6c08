// Merges a duplicate claim (source) into the one that stays (target): the source's evidence
// and reviews move to the target, then the source is deleted. A source quote of the same
// passage the target already quotes with the same stance is dropped as a duplicate (one quote
// per claim, article and span); with the opposite stance the merge is refused, since one of
// the two readings must be wrong and an editor has to pick. An omission review cannot sit
// beside evidence in the same article, so after the move every review (the target's own or a
// moved one) on an article where the target has evidence is dropped; a moved review on an
// article the target already reviewed is dropped as a duplicate. History: one 'merge'
// revision per moved row and on the target (whose version bumps), one 'delete' per dropped
// quote or review and for the source claim. All of it is recorded under the target's claim id except
// the source's own deletion, which closes the source's history.
import type { MergeClaimsInput } from '../../claims/claim-input';
import { AppError, errorMessage } from '../../errors';
import type { Db } from '../../db/prisma';
import { lockClaim } from './lock-claim';
import { toClaimRecord } from '../record-dtos';
import { recordRevision } from './record-revision';
import type { MergeClaimsResultDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound, staleVersion } from '../write-errors';

export async function mergeClaims(db: Db, { actor, input }: WriteContext<MergeClaimsInput>): Promise<MergeClaimsResultDto> {
  const { sourceId, targetId } = input;
  return db.$transaction(async (tx) => {
    // Lock both in id order so two merges of the same pair cannot deadlock.
    const locks = new Map<number, { version: number } | null>();
    for (const id of [sourceId, targetId].sort((a, b) => a - b)) locks.set(id, await lockClaim(tx, id));
    const sourceLock = locks.get(sourceId);
    const targetLock = locks.get(targetId);
    if (!sourceLock) throw notFound('claim', sourceId, 'sourceId');
    if (!targetLock) throw notFound('claim', targetId, 'targetId');
    if (input.sourceVersion !== undefined && sourceLock.version !== input.sourceVersion) throw await staleVersion(tx, 'claim', sourceId);
    if (input.targetVersion !== undefined && targetLock.version !== input.targetVersion) throw await staleVersion(tx, 'claim', targetId);

    const source = await tx.claim.findUniqueOrThrow({ where: { id: sourceId } });
    const target = await tx.claim.findUniqueOrThrow({ where: { id: targetId } });
    const base = { claimId: targetId, actorId: actor.userId };

    const sourceEvidence = await tx.evidence.findMany({ where: { claimId: sourceId }, orderBy: { id: 'asc' } });
    const span = (e: { articleId: number; start: number; end: number }) => `${e.articleId}:${e.start}:${e.end}`;
    const targetSpans = new Map(
      (await tx.evidence.findMany({ where: { claimId: targetId }, select: { id: true, articleId: true, start: true, end: true, stance: true } })).map((e) => [
        span(e),
        e,
      ]),
    );
    let movedEvidence = 0;
    let droppedEvidence = 0;
    for (const before of sourceEvidence) {
      const same = targetSpans.get(span(before));
      if (same && same.stance !== before.stance) {
        throw new AppError('conflict', errorMessage('conflict.oppositeStances'), {
          articleId: before.articleId,
          sourceEvidenceId: before.id,
          targetEvidenceId: same.id,
        });
      }
      if (same) {
        await tx.evidence.delete({ where: { id: before.id } });
        await recordRevision(tx, { ...base, entityType: 'evidence', entityId: before.id, action: 'delete', before });
        droppedEvidence += 1;
        continue;
      }
      movedEvidence += 1;
      const after = await tx.evidence.update({
        where: { id: before.id },
        data: { claimId: targetId, version: { increment: 1 }, updatedById: actor.userId, updatedAt: new Date() },
      });
      await recordRevision(tx, { ...base, entityType: 'evidence', entityId: before.id, action: 'merge', before, after });
    }

    const evidenceArticles = new Set(
      (await tx.evidence.findMany({ where: { claimId: targetId }, select: { articleId: true } })).map((e) => e.articleId),
    );
    let droppedReviews = 0;
    const dropReview = async (before: { id: number }) => {
      await tx.review.delete({ where: { id: before.id } });
      await recordRevision(tx, { ...base, entityType: 'review', entityId: before.id, action: 'delete', before });
      droppedReviews += 1;
    };

    const reviewedArticles = new Set<number>();
    for (const review of await tx.review.findMany({ where: { claimId: targetId }, orderBy: { id: 'asc' } })) {
      if (evidenceArticles.has(review.articleId)) await dropReview(review);
      else reviewedArticles.add(review.articleId);
    }
    let movedReviews = 0;
    for (const before of await tx.review.findMany({ where: { claimId: sourceId }, orderBy: { id: 'asc' } })) {
      if (evidenceArticles.has(before.articleId) || reviewedArticles.has(before.articleId)) {
        await dropReview(before);
        continue;
      }
      const after = await tx.review.update({ where: { id: before.id }, data: { claimId: targetId } });
      await recordRevision(tx, { ...base, entityType: 'review', entityId: before.id, action: 'merge', before, after });
      reviewedArticles.add(before.articleId);
      movedReviews += 1;
    }

    await tx.claim.delete({ where: { id: sourceId } });
    await recordRevision(tx, { claimId: sourceId, actorId: actor.userId, entityType: 'claim', entityId: sourceId, action: 'delete', before: source });

    const merged = await tx.claim.update({
      where: { id: targetId },
      data: { version: { increment: 1 }, updatedById: actor.userId, updatedAt: new Date() },
    });
    await recordRevision(tx, { ...base, entityType: 'claim', entityId: targetId, action: 'merge', before: target, after: merged });

    return {
      claim: toClaimRecord(merged),
      deletedClaimId: sourceId,
      movedEvidence,
      droppedEvidence,
      movedReviews,
      droppedReviews,
    };
  }, WRITE_TRANSACTION_OPTIONS);
}
