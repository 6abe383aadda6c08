// Public read: article metadata (no body), newest first.
import type { Db } from '../db/prisma';
import { articleSummarySelect, toArticleSummary } from './map-rows';
import type { ArticleSummaryDto } from './types';

export async function findArticles(db: Db, options: { outlet?: string; limit?: number } = {}): Promise<ArticleSummaryDto[]> {
  const rows = await db.article.findMany({
    where: options.outlet ? { outlet: { slug: options.outlet } } : undefined,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select: articleSummarySelect,
    take: options.limit,
  });
  return rows.map(toArticleSummary);
}
