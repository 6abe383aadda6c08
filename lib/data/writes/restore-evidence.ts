// Brings back evidence that revision R deleted (from its `before` snapshot), as a new row with
// a new id. The quote is anchored again: at its old span if the article still holds it there,
// else wherever it uniquely occurs with its stored context; if it anchors nowhere the restore
// is refused, and so it is when the claim already has that quote again (restored before, or
// quoted anew). The claim must still exist. Records a 'restore' revision (and, as any new
// evidence does, replaces an omission review of the same claim x article). A quote deleted
// before the claim's content last changed comes back flagged for re-review.
import type { RestoreEvidenceInput } from '../../claims/claim-input';
import { changesClaimContent } from '../../claims/claim-content';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage, type ErrorMessage } from '../../errors';
import { insertEvidence } from './insert-evidence';
import { lockClaim } from './lock-claim';
import { reanchorSnapshot } from './reanchor-snapshot';
import { toEvidenceRecord } from '../record-dtos';
import { claimSnapshotSchema, evidenceSnapshotSchema } from '../revision-snapshots';
import type { EvidenceRecordDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type Tx, type WriteContext } from './write-context';
import { notFound } from '../write-errors';

function refuse(message: ErrorMessage): AppError {
  return new AppError('validation', message, { fieldErrors: { revisionId: [message] } });
}

/** Whether a claim revision after `revisionId` changed the claim's content. */
async function contentChangedSince(tx: Tx, claimId: number, revisionId: bigint): Promise<boolean> {
  const later = await tx.revision.findMany({
    where: { entityType: 'claim', entityId: claimId, id: { gt: revisionId }, action: { in: ['update', 'restore'] } },
    select: { before: true, after: true },
  });
  return later.some((r) => {
    const before = claimSnapshotSchema.safeParse(r.before);
    const after = claimSnapshotSchema.safeParse(r.after);
    return before.success && after.success && changesClaimContent(before.data, after.data);
  });
}

export async function restoreEvidence(db: Db, { actor, input }: WriteContext<RestoreEvidenceInput>): Promise<EvidenceRecordDto> {
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: BigInt(input.revisionId) } });
    if (!revision || revision.entityType !== 'evidence') throw notFound('revision', input.revisionId, 'revisionId');
    if (revision.action !== 'delete') throw refuse(errorMessage('restore.notADelete', { revisionId: input.revisionId }));
    const parsed = evidenceSnapshotSchema.safeParse(revision.before);
    if (!parsed.success) throw refuse(errorMessage('restore.noEvidence', { revisionId: input.revisionId }));
    const old = parsed.data;

    if (!(await lockClaim(tx, old.claimId))) throw notFound('claim', old.claimId);
    const article = await tx.article.findUnique({ where: { id: old.articleId }, select: { text: true } });
    if (!article) throw notFound('article', old.articleId);
    const back = await tx.evidence.findFirst({ where: { claimId: old.claimId, articleId: old.articleId, exact: old.exact }, select: { id: true } });
    if (back) throw new AppError('conflict', errorMessage('restore.quoteAlreadyBack'), { evidenceId: back.id });

    const anchored = reanchorSnapshot(article.text, old);
    if (!anchored.ok) throw refuse(errorMessage('restore.noAnchor', { articleId: old.articleId, detail: anchored.reason }));

    const { start, end, exact } = anchored;
    const needsReview = old.needsReview || (await contentChangedSince(tx, old.claimId, revision.id));
    const row = await insertEvidence(
      tx,
      actor,
      { claimId: old.claimId, articleId: old.articleId, stance: old.stance, exact, start, end, statedValue: old.statedValue, note: old.note, needsReview },
      { action: 'restore' },
    );
    return toEvidenceRecord(row);
  }, WRITE_TRANSACTION_OPTIONS);
}
