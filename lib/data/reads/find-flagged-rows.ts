// Which of a claim's quotes and omission marks are flagged for re-review (the claim's content
// changed after they were recorded), for the claim page to mark them one by one.
import type { Db } from '../../db/prisma';

export async function findFlaggedRows(db: Db, claimId: number): Promise<{ evidence: Set<number>; reviews: Set<number> }> {
  // one statement for both (a claim page makes a dozen reads; each costs a round trip)
  const rows = await db.$queryRaw<{ quote: boolean; id: number }[]>`
    SELECT true AS quote, id FROM evidence WHERE claim_id = ${claimId} AND needs_review
    UNION ALL
    SELECT false, id FROM reviews WHERE claim_id = ${claimId} AND needs_review`;
  const evidence = new Set<number>();
  const reviews = new Set<number>();
  for (const row of rows) (row.quote ? evidence : reviews).add(row.id);
  return { evidence, reviews };
}
