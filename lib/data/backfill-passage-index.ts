// Indexes the articles the passage index does not cover yet (written before it existed, by a
// bulk load such as the synthetic corpus, or with an older version of the finder's indexing).
// Run at start-up, by `npm run db:migrate` and by `npm run seed:synthetic`. Articles go in
// batches, one transaction each, so a long backfill can stop and resume; the next batch is
// segmented (on worker threads when it is large) while the previous one is written.
// A no-op, one indexed query, once everything is current.
import type { Db } from '../db/prisma';
import { PASSAGE_INDEX_VERSION } from '../finder/index-article';
import { createPassageRowsPool } from './compute-passage-rows';
import { indexManyArticlePassages } from './index-article-passages';

const BATCH = 250;

export async function backfillPassageIndex(
  db: Db,
  options: { log?: (line: string) => void; workers?: number } = {},
): Promise<{ articles: number }> {
  const pool = createPassageRowsPool(options.workers);
  let articles = 0;
  let afterId = 0;
  const nextBatch = async () => {
    const rows = await db.article.findMany({
      where: { id: { gt: afterId }, OR: [{ indexed: null }, { indexed: { version: { lt: PASSAGE_INDEX_VERSION } } }] },
      select: { id: true, text: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    afterId = rows.at(-1)?.id ?? afterId;
    if (rows.length === 0) return null;
    const passages = await pool.compute(rows.map((r) => r.text));
    return rows.map((r, i) => ({ articleId: r.id, rows: passages[i]! }));
  };
  try {
    let batch = await nextBatch();
    while (batch) {
      const current = batch;
      const [next] = await Promise.all([
        nextBatch(),
        db.$transaction((tx) => indexManyArticlePassages(tx, current), { timeout: 120_000 }),
      ]);
      articles += current.length;
      if (articles % 1000 < current.length) options.log?.(`passage index: ${articles} article(s) indexed`);
      batch = next;
    }
  } finally {
    await pool.close();
  }
  return { articles };
}
