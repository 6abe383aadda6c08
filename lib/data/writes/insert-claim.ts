// Inserts one claim with its search text and a 'create' revision, inside the caller's
// transaction (shared by createClaim and createClaimWithEvidence).
import type { Actor } from '../../auth/actor';
import { claimSearchText } from '../../claims';
import type { CreateClaimInput } from '../../claims/claim-input';
import type { Claim } from '../../generated/prisma/client';
import { fromDateOnly } from '../record-dtos';
import { recordRevision } from './record-revision';
import type { Tx } from './write-context';

export async function insertClaim(tx: Tx, actor: Actor, input: CreateClaimInput): Promise<Claim> {
  const row = await tx.claim.create({
    data: {
      text: input.text,
      gloss: input.gloss,
      searchText: claimSearchText(input),
      topics: input.topics,
      kind: input.kind,
      value: input.value,
      comparator: input.comparator,
      unit: input.unit,
      asOf: fromDateOnly(input.asOf),
      status: input.status,
      createdById: actor.userId,
      updatedById: actor.userId,
    },
  });
  await recordRevision(tx, { entityType: 'claim', entityId: row.id, claimId: row.id, action: 'create', actorId: actor.userId, after: row });
  return row;
}
