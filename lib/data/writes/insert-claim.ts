// Inserts one claim with its search text and a 'create' revision, inside the caller's
// transaction (shared by createClaim and createClaimWithEvidence).
import type { Actor } from '../../auth/actor';
import { claimSearchText } from '../../claims';
import type { CreateClaimInput } from '../../claims/claim-input';
import type { Claim } from '../../generated/prisma/client';
import { CLAIM_EDITABLE_FIELDS } from '../../claims/shapes';
import { fromDateOnly, pickFields } from '../record-dtos';
import { recordRevision } from './record-revision';
import type { Tx } from './write-context';

export async function insertClaim(tx: Tx, actor: Actor, input: CreateClaimInput): Promise<Claim> {
  const row = await tx.claim.create({
    data: {
      ...pickFields(input, CLAIM_EDITABLE_FIELDS),
      asOf: fromDateOnly(input.asOf),
      searchText: claimSearchText(input),
      createdById: actor.userId,
      updatedById: actor.userId,
    },
  });
  await recordRevision(tx, { entityType: 'claim', entityId: row.id, claimId: row.id, action: 'create', actorId: actor.userId, after: row });
  return row;
}
