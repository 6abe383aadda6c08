// How many claim x outlet cells are still open (no quote and no omission mark, in an outlet
// that has articles): the number on the claim table's link to the review queue. Editors only.
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';

export async function countOpenCells(db: Db, { actor }: { actor: Actor | null }): Promise<number> {
  authorize(actor, 'content:write');
  const [row] = await db.$queryRaw<{ open: number }[]>`
    SELECT ((SELECT count(*) FROM "claims") * (SELECT count(*) FROM "outlets" WHERE "article_count" > 0)
            - (SELECT count(*) FROM "claim_cells" cc JOIN "outlets" o ON o."id" = cc."outlet_id" WHERE o."article_count" > 0))::int AS open`;
  return row?.open ?? 0;
}
