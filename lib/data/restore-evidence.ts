// Brings back evidence that revision R deleted (from its `before` snapshot), as a new row with
// a new id. The quote is anchored again: at its old span if the article still holds it there,
// else wherever it uniquely occurs with its stored context; if it anchors nowhere the restore
// is refused. The claim must still exist. Records a 'restore' revision (and, as any new
// evidence does, replaces an omission review of the same claim x article).
import { anchorQuote } from '../anchoring';
import type { RestoreEvidenceInput } from '../claims/claim-input';
import type { Db } from '../db/prisma';
import { AppError, errorMessage, type ErrorMessage } from '../errors';
import { insertEvidence } from './insert-evidence';
import { lockClaim } from './lock-claim';
import { toEvidenceRecord } from './record-dtos';
import { evidenceSnapshotSchema } from './revision-snapshots';
import type { EvidenceRecordDto } from './types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound } from './write-errors';

function refuse(message: ErrorMessage): AppError {
  return new AppError('validation', message, { fieldErrors: { revisionId: [message] } });
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

    const atOldSpan = anchorQuote(article.text, { exact: old.exact, start: old.start, end: old.end });
    const anchored = atOldSpan.ok ? atOldSpan : anchorQuote(article.text, { exact: old.exact, prefix: old.prefix, suffix: old.suffix });
    if (!anchored.ok) throw refuse(errorMessage('restore.noAnchor', { articleId: old.articleId, detail: anchored.reason }));

    const { start, end, exact } = anchored.anchor;
    const row = await insertEvidence(
      tx,
      actor,
      { claimId: old.claimId, articleId: old.articleId, stance: old.stance, exact, start, end, statedValue: old.statedValue, note: old.note },
      { action: 'restore' },
    );
    return toEvidenceRecord(row);
  }, WRITE_TRANSACTION_OPTIONS);
}
