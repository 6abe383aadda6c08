// Public read: other published claims sharing a topic with this one, most shared topics first,
// then newest first.
//
// A topic is shared by a thirtieth of all claims or more (3,300 at five times the synthetic
// corpus), so ranking every claim that shares one costs as much as the corpus grows (30 ms at
// 5x). For a claim with a few topics the ranking is instead read level by level: for each set S
// of its topics with two or more members, the newest `limit` claims holding all of S (a GIN
// lookup of a few hundred), and the newest `limit` claims holding any of them (a walk back from
// the newest claim that stops after a few hundred rows). That is exact: a claim in the top
// `limit` with exactly s shared topics, holding S, is outranked by every claim holding S that
// is newer (each shares s or more), so fewer than `limit` of them are newer and it is in S's
// list. A claim with more topics than MAX_LEVEL_TOPICS (2^k - k - 1 lists) is ranked in one pass
// over every claim sharing a topic.
import type { Db } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';

type RelatedRow = { id: number; text: string; gloss: string | null; topics: string[]; created_at: Date };
export type RelatedClaim = { id: number; text: string; gloss: string | null; shared: string[] };

export const MAX_LEVEL_TOPICS = 4;

/** Every subset of `items` with at least two members. */
function subsetsOfTwoOrMore<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const subset = items.filter((_, i) => mask & (1 << i));
    if (subset.length >= 2) out.push(subset);
  }
  return out;
}

export async function findRelatedClaims(db: Db, claim: { id: number; topics: string[] }, limit = 8): Promise<RelatedClaim[]> {
  const topics = [...new Set(claim.topics)];
  if (topics.length === 0) return [];
  const shared = (row: RelatedRow) => row.topics.filter((t) => topics.includes(t));
  const published = Prisma.sql`status = 'published' AND id <> ${claim.id}`;
  let rows: RelatedRow[];
  if (topics.length > MAX_LEVEL_TOPICS) {
    rows = await db.$queryRaw<RelatedRow[]>`
      SELECT id, text, gloss, topics, created_at FROM claims
       WHERE ${published} AND topics && ${topics}::text[]
       ORDER BY cardinality(ARRAY(SELECT unnest(topics) INTERSECT SELECT unnest(${topics}::text[]))) DESC, created_at DESC, id DESC
       LIMIT ${limit}`;
  } else {
    const lists = [
      ...subsetsOfTwoOrMore(topics).map((set) => Prisma.sql`topics @> ${set}::text[]`),
      Prisma.sql`topics && ${topics}::text[]`,
    ].map((holds) => Prisma.sql`(SELECT id, text, gloss, topics, created_at FROM claims WHERE ${published} AND ${holds} ORDER BY created_at DESC, id DESC LIMIT ${limit})`);
    const found = await db.$queryRaw<RelatedRow[]>`${Prisma.join(lists, ' UNION ')}`;
    rows = found
      .map((row) => ({ row, count: shared(row).length }))
      .sort((a, b) => b.count - a.count || b.row.created_at.getTime() - a.row.created_at.getTime() || b.row.id - a.row.id)
      .slice(0, limit)
      .map(({ row }) => row);
  }
  return rows.map((row) => ({ id: row.id, text: row.text, gloss: row.gloss, shared: shared(row) }));
}
