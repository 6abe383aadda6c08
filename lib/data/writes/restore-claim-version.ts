// Restores a claim's content as it was right after revision R (the revision's `after`
// snapshot: text, gloss, topics, kind, value, comparator, unit, asOf). Status is left as it
// is now, so bringing back old wording never silently publishes or unpublishes a claim; use
// updateClaim for that. Optimistically locked on the claim's current version; the version
// bumps and a 'restore' revision records the change; a change of content flags the claim's
// quotes and omission marks for re-review, as an edit does.
import { claimSearchText } from '../../claims';
import { changesClaimContent } from '../../claims/claim-content';
import type { RestoreClaimVersionInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { fromDateOnly, toClaimRecord } from '../record-dtos';
import { recordRevision } from './record-revision';
import { claimSnapshotSchema } from '../revision-snapshots';
import type { ClaimRecordDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound, staleVersion } from '../write-errors';
import { flagClaimCells } from './flag-claim-cells';

export async function restoreClaimVersion(db: Db, { actor, input }: WriteContext<RestoreClaimVersionInput>): Promise<ClaimRecordDto> {
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: BigInt(input.revisionId) } });
    if (!revision || revision.entityType !== 'claim') throw notFound('revision', input.revisionId, 'revisionId');
    const snapshot = claimSnapshotSchema.safeParse(revision.after);
    if (!snapshot.success) {
      const message = errorMessage('restore.noClaimState', { revisionId: input.revisionId, action: revision.action });
      throw new AppError('validation', message, { fieldErrors: { revisionId: [message] } });
    }

    const claimId = revision.entityId;
    const before = await tx.claim.findUnique({ where: { id: claimId } });
    if (!before) throw notFound('claim', claimId);
    if (before.version !== input.version) throw await staleVersion(tx, 'claim', claimId);

    const state = snapshot.data;
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: {
        ...state,
        asOf: fromDateOnly(state.asOf),
        searchText: claimSearchText(state),
        version: { increment: 1 },
        updatedById: actor.userId,
        updatedAt: new Date(),
      },
    });
    if (count !== 1) throw await staleVersion(tx, 'claim', claimId);

    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    if (changesClaimContent(before, after)) await flagClaimCells(tx, claimId);
    await recordRevision(tx, { entityType: 'claim', entityId: claimId, claimId, action: 'restore', actorId: actor.userId, before, after });
    return toClaimRecord(after);
  }, WRITE_TRANSACTION_OPTIONS);
}
