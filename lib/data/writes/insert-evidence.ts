// Anchors a quote and inserts it as evidence inside the caller's transaction, with its
// revision; an omission review of the same claim x article is deleted (with its own revision)
// because adding evidence to a checked article replaces the omission. Shared by
// createEvidence, createClaimWithEvidence and restoreEvidence. The caller has locked the claim.
import type { Actor } from '../../auth/actor';
import type { Stance } from '../../claims/stance';
import { AppError, errorMessage } from '../../errors';
import type { Evidence } from '../../generated/prisma/client';
import { anchorEvidence, type EvidenceQuery } from './anchor-evidence';
import { recordRevision, type RevisionAction } from './record-revision';
import { notFound } from '../write-errors';
import type { Tx } from './write-context';

export type InsertEvidenceInput = EvidenceQuery & {
  claimId: number;
  articleId: number;
  stance: Stance;
  statedValue: string | null;
  note: string | null;
  /** a restored quote keeps its re-review flag */
  needsReview?: boolean;
};

export async function insertEvidence(
  tx: Tx,
  actor: Actor,
  input: InsertEvidenceInput,
  options: { action?: Extract<RevisionAction, 'create' | 'restore'>; fieldPrefix?: string } = {},
): Promise<Evidence> {
  const fieldPrefix = options.fieldPrefix ?? '';
  const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { text: true } });
  if (!article) throw notFound('article', input.articleId, fieldPrefix ? `${fieldPrefix}.articleId` : 'articleId');

  const anchor = anchorEvidence(article.text, input, fieldPrefix);

  const duplicate = await tx.evidence.findFirst({
    where: { claimId: input.claimId, articleId: input.articleId, start: anchor.start, end: anchor.end },
    select: { id: true },
  });
  if (duplicate) {
    throw new AppError('conflict', errorMessage('conflict.duplicateQuote'), { evidenceId: duplicate.id });
  }

  const omission = await tx.review.findUnique({ where: { claimId_articleId: { claimId: input.claimId, articleId: input.articleId } } });
  if (omission) {
    await tx.review.delete({ where: { id: omission.id } });
    await recordRevision(tx, {
      entityType: 'review',
      entityId: omission.id,
      claimId: input.claimId,
      action: 'delete',
      actorId: actor.userId,
      before: omission,
    });
  }

  const row = await tx.evidence.create({
    data: {
      claimId: input.claimId,
      articleId: input.articleId,
      stance: input.stance,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      start: anchor.start,
      end: anchor.end,
      statedValue: input.statedValue,
      note: input.note,
      needsReview: input.needsReview ?? false,
      createdById: actor.userId,
      updatedById: actor.userId,
    },
  });
  await recordRevision(tx, {
    entityType: 'evidence',
    entityId: row.id,
    claimId: row.claimId,
    action: options.action ?? 'create',
    actorId: actor.userId,
    after: row,
  });
  return row;
}
