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

export type ArticlePageDto = { articles: ArticleSummaryDto[]; total: number; page: number; pageCount: number };

/** One page of the articles (of one outlet, by slug, if given), newest first; the total comes
 * from the outlets' trigger-kept counts. */
export async function findArticlePage(db: Db, options: { page: number; pageSize: number; outlet?: string }): Promise<ArticlePageDto> {
  const pageSize = Math.max(1, Math.trunc(options.pageSize));
  const page = Math.max(1, Math.trunc(options.page));
  const [[sum], rows] = await Promise.all([
    options.outlet === undefined
      ? db.$queryRaw<[{ total: bigint | null }]>`SELECT sum(article_count) AS total FROM outlets`
      : db.$queryRaw<[{ total: bigint | null }]>`SELECT sum(article_count) AS total FROM outlets WHERE slug = ${options.outlet}`,
    db.article.findMany({
      where: options.outlet === undefined ? undefined : { outlet: { slug: options.outlet } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: articleSummarySelect,
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const total = Number(sum?.total ?? 0);
  return { articles: rows.map(toArticleSummary), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
