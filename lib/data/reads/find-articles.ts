// Public read: article metadata (no body), newest first.
import type { Db } from '../../db/prisma';
import { articleSummarySelect, toArticleSummary } from '../map-rows';
import type { ArticleSummaryDto } from '../types';

export async function findArticles(db: Db, options: { outlet?: string; limit?: number } = {}): Promise<ArticleSummaryDto[]> {
  const rows = await db.article.findMany({
    where: options.outlet ? { outlet: { slug: options.outlet } } : undefined,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select: articleSummarySelect,
    take: options.limit,
  });
  return rows.map(toArticleSummary);
}

/** How many articles there are (of one outlet, by slug, if given), from the outlets'
 * trigger-kept counts: no scan of the articles. */
export async function countArticles(db: Db, outlet?: string): Promise<number> {
  const [row] =
    outlet === undefined
      ? await db.$queryRaw<[{ total: bigint | null }]>`SELECT sum(article_count) AS total FROM outlets`
      : await db.$queryRaw<[{ total: bigint | null }]>`SELECT sum(article_count) AS total FROM outlets WHERE slug = ${outlet}`;
  return Number(row?.total ?? 0);
}

export type ArticlePageDto = { articles: ArticleSummaryDto[]; total: number; page: number; pageCount: number };

/** One page of the articles (of one outlet, by slug, if given), newest first. */
export async function findArticlePage(db: Db, options: { page: number; pageSize: number; outlet?: string }): Promise<ArticlePageDto> {
  const pageSize = Math.max(1, Math.trunc(options.pageSize));
  const page = Math.max(1, Math.trunc(options.page));
  const [total, rows] = await Promise.all([
    countArticles(db, options.outlet),
    db.article.findMany({
      where: options.outlet === undefined ? undefined : { outlet: { slug: options.outlet } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: articleSummarySelect,
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { articles: rows.map(toArticleSummary), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
