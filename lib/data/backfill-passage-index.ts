// Indexes the articles the passage index does not cover yet (written before it existed, by a
// bulk load, or with an older version of the finder's indexing). Run at start-up and by
// `npm run db:migrate`; one transaction per article, so a long backfill can stop and resume.
// A no-op, one indexed query, once everything is current.
import type { Db } from '../db/prisma';
import { PASSAGE_INDEX_VERSION, indexArticleText } from '../finder/index-article';
import { indexArticlePassages } from './index-article-passages';

export async function backfillPassageIndex(db: Db, options: { log?: (line: string) => void } = {}): Promise<{ articles: number }> {
  let articles = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { OR: [{ indexed: null }, { indexed: { version: { lt: PASSAGE_INDEX_VERSION } } }] },
      select: { id: true, text: true },
      orderBy: { id: 'asc' },
      take: 100,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const passages = indexArticleText(row.text);
      await db.$transaction((tx) => indexArticlePassages(tx, row.id, row.text, passages), { timeout: 60_000 });
    }
    articles += rows.length;
    if (articles % 1000 < rows.length) options.log?.(`passage index: ${articles} article(s) indexed`);
  }
  return { articles };
}
