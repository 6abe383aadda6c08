// Public read: each outlet's newest articles (at most `perOutlet` of each), newest first, for
// lists that offer a few recent articles per outlet (the claim page's omission marks). One
// index descent per outlet on articles(outlet_id, published_at), whatever the corpus size.
import type { Db } from '../../db/prisma';
import { articleSummarySelect, toArticleSummary } from '../map-rows';
import type { ArticleSummaryDto } from '../types';

export async function findNewestArticlesPerOutlet(db: Db, perOutlet: number): Promise<ArticleSummaryDto[]> {
  const limit = Math.max(0, Math.trunc(perOutlet));
  if (limit === 0) return [];
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT x.id
      FROM outlets o
     CROSS JOIN LATERAL (
           SELECT a.id FROM articles a
            WHERE a.outlet_id = o.id
            ORDER BY a.published_at DESC, a.id DESC
            LIMIT ${limit}) x`;
  const rows = await db.article.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: articleSummarySelect,
  });
  return rows.map(toArticleSummary);
}
