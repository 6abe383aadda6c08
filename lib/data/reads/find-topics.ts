// Public read: the topic tags in use on published claims, most used first.
import type { Db } from '../../db/prisma';

export async function findTopics(db: Db): Promise<{ topic: string; count: number }[]> {
  const rows = await db.$queryRaw<{ topic: string; n: bigint }[]>`
    SELECT t AS topic, count(*) AS n FROM claims, unnest(topics) t
     WHERE status = 'published' GROUP BY t ORDER BY n DESC, t LIMIT 200`;
  return rows.map((r) => ({ topic: r.topic, count: Number(r.n) }));
}
