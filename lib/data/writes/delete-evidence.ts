// Deletes one piece of evidence at the version the editor saw. Its last state stays in the
// 'delete' revision, from which restoreEvidence can bring it back.
import type { DeleteEvidenceInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { lockEvidenceAt } from './lock-claim';
import { recordRevision } from './record-revision';
import type { DeletedDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { staleVersion } from '../write-errors';

export async function deleteEvidence(db: Db, { actor, input }: WriteContext<DeleteEvidenceInput>): Promise<DeletedDto> {
  return db.$transaction(async (tx) => {
    const before = await lockEvidenceAt(tx, input.id, input.version);

    const { count } = await tx.evidence.deleteMany({ where: { id: input.id, version: input.version } });
    if (count !== 1) throw await staleVersion(tx, 'evidence', input.id);
    await recordRevision(tx, { entityType: 'evidence', entityId: before.id, claimId: before.claimId, action: 'delete', actorId: actor.userId, before });
    return { id: before.id };
  }, WRITE_TRANSACTION_OPTIONS);
}
