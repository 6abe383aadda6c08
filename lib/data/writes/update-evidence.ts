// Changes what a piece of evidence says about its claim (stance, stated value, note) under
// optimistic locking. The quote itself is not editable: delete it and quote again.
// An input that changes nothing writes nothing, unless the quote is flagged for re-review: saving
// it, changed or not, is the editor's confirmation that it says what it is marked as saying.
import type { UpdateEvidenceInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { lockEvidenceAt } from './lock-claim';
import { toEvidenceRecord } from '../record-dtos';
import { recordRevision } from './record-revision';
import type { EvidenceRecordDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { staleVersion } from '../write-errors';

export async function updateEvidence(db: Db, { actor, input }: WriteContext<UpdateEvidenceInput>): Promise<EvidenceRecordDto> {
  return db.$transaction(async (tx) => {
    const before = await lockEvidenceAt(tx, input.id, input.version);

    const next = {
      stance: input.stance ?? before.stance,
      statedValue: input.statedValue === undefined ? before.statedValue : input.statedValue,
      note: input.note === undefined ? before.note : input.note,
    };
    if (next.stance === before.stance && next.statedValue === before.statedValue && next.note === before.note && !before.needsReview) {
      return toEvidenceRecord(before);
    }

    const { count } = await tx.evidence.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...next, needsReview: false, version: { increment: 1 }, updatedById: actor.userId, updatedAt: new Date() },
    });
    if (count !== 1) throw await staleVersion(tx, 'evidence', input.id);

    const after = await tx.evidence.findUniqueOrThrow({ where: { id: input.id } });
    await recordRevision(tx, { entityType: 'evidence', entityId: after.id, claimId: after.claimId, action: 'update', actorId: actor.userId, before, after });
    return toEvidenceRecord(after);
  }, WRITE_TRANSACTION_OPTIONS);
}
