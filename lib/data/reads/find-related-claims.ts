// Public read: other published claims sharing a topic with this one, most shared topics first.
import type { Db } from '../../db/prisma';

export async function findRelatedClaims(
  db: Db,
  claim: { id: number; topics: string[] },
  limit = 8,
): Promise<{ id: number; text: string; gloss: string | null; shared: string[] }[]> {
  if (claim.topics.length === 0) return [];
  const rows = await db.$queryRaw<{ id: number; text: string; gloss: string | null; topics: string[] }[]>`
    SELECT id, text, gloss, topics FROM claims
     WHERE status = 'published' AND id <> ${claim.id} AND topics && ${claim.topics}::text[]
     ORDER BY cardinality(ARRAY(SELECT unnest(topics) INTERSECT SELECT unnest(${claim.topics}::text[]))) DESC,
              created_at DESC, id DESC
     LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, text: row.text, gloss: row.gloss, shared: row.topics.filter((t) => claim.topics.includes(t)) }));
}
