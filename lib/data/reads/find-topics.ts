// Public read: the topic tags in use on published claims, most used first. Every table page asks
// for them and they are counted over every published claim (about 50 ms at 50,000 claims), so
// they are kept like the table's totals: once per data version (claim_table_version moves on
// every write to claims), in the claim table's view cache.
import type { Db } from '../../db/prisma';
import { cached, readViewVersion } from '../claim-table/view-cache';

export type TopicCount = { topic: string; count: number };

export async function findTopics(db: Db): Promise<TopicCount[]> {
  const topics = await cached(db, 'topics', await readViewVersion(db), async () => {
    const rows = await db.$queryRaw<{ topic: string; n: bigint }[]>`
      SELECT t AS topic, count(*) AS n FROM claims, unnest(topics) t
       WHERE status = 'published' GROUP BY t ORDER BY n DESC, t LIMIT 200`;
    return rows.map((r): TopicCount => Object.freeze({ topic: r.topic, count: Number(r.n) }));
  });
  return [...topics];
}
