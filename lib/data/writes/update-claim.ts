// Changes a claim's fields (publishing and unpublishing included, via status) under
// optimistic locking: the UPDATE only matches the version the editor loaded, so of two saves
// from the same version exactly one wins and the other gets a conflict naming the winner.
// An input that changes nothing writes nothing (no version bump, no revision). A change to the
// claim's content flags its quotes and omission marks for re-review (flag-claim-cells.ts).
import { isDeepStrictEqual } from 'node:util';
import { claimSearchText } from '../../claims';
import { changesClaimContent } from '../../claims/claim-content';
import type { UpdateClaimInput } from '../../claims/claim-input';
import { CLAIM_EDITABLE_FIELDS, type ClaimEditableField } from '../../claims/shapes';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { fromDateOnly, toClaimRecord } from '../record-dtos';
import { recordRevision } from './record-revision';
import type { ClaimRecordDto } from '../types';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { conflictFrom, notFound, staleVersion } from '../write-errors';
import { flagClaimCells } from './flag-claim-cells';

export async function updateClaim(db: Db, { actor, input }: WriteContext<UpdateClaimInput>): Promise<ClaimRecordDto> {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.id }, include: { updatedBy: { select: { name: true, email: true } } } });
    if (!before) throw notFound('claim', input.id);
    if (before.version !== input.version) throw conflictFrom(before);

    const { updatedBy: _ignored, ...beforeRow } = before;
    const current = toClaimRecord(beforeRow);
    // Each editable field: the input's when it gives one (null clears), else the stored one.
    const next = Object.fromEntries(CLAIM_EDITABLE_FIELDS.map((field) => [field, input[field] === undefined ? current[field] : input[field]])) as Pick<
      ClaimRecordDto,
      ClaimEditableField
    >;
    if (next.comparator !== null && next.value === null) {
      const message = errorMessage('input.comparatorNeedsValue');
      throw new AppError('validation', message, { fieldErrors: { [input.value === null ? 'value' : 'comparator']: [message] } });
    }

    const unchanged = CLAIM_EDITABLE_FIELDS.every((field) => isDeepStrictEqual(next[field], current[field]));
    if (unchanged) return current;

    const data: Prisma.ClaimUncheckedUpdateManyInput = {
      ...next,
      asOf: fromDateOnly(next.asOf),
      searchText: claimSearchText(next),
      version: { increment: 1 },
      updatedById: actor.userId,
      updatedAt: new Date(),
    };
    const { count } = await tx.claim.updateMany({ where: { id: input.id, version: input.version }, data });
    if (count !== 1) throw await staleVersion(tx, 'claim', input.id);

    const after = await tx.claim.findUniqueOrThrow({ where: { id: input.id } });
    if (changesClaimContent(beforeRow, after)) await flagClaimCells(tx, after.id);
    await recordRevision(tx, { entityType: 'claim', entityId: after.id, claimId: after.id, action: 'update', actorId: actor.userId, before: beforeRow, after });
    return toClaimRecord(after);
  }, WRITE_TRANSACTION_OPTIONS);
}
