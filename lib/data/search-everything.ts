// Public read: the one search box. Claims and article bodies are matched in PostgreSQL over
// folded search columns with trigram indexes (Traditional = Simplified, full-width = half-width,
// any case); only the matched rows come back, with the passages around each hit.
import type { Db } from '../db/prisma';
import { Prisma } from '../generated/prisma/client';
import { findHits, passageAround, type Passage } from '../text/find-hits';
import { foldAligned } from '../text/fold-aligned';
import { foldForSearch } from '../text/fold-for-search';
import { articleSummarySelect, toArticleSummary } from './map-rows';
import type { ArticleSummaryDto } from './types';

export type ClaimHit = { id: number; text: string; gloss: string | null; status: string; hits: { start: number; end: number }[] };
export type ArticleHit = { article: ArticleSummaryDto; hitCount: number; passages: Passage[] };
export type SearchResults = {
  query: string;
  folded: string;
  claims: ClaimHit[];
  articles: ArticleHit[];
  /** set when article text was searched only among the newest articles (queries under 3 characters) */
  articleWindow: number | null;
};

/** Trigram indexes need 3 characters; shorter article searches look at the newest articles only. */
export const SHORT_QUERY_WINDOW = 5000;

function likePattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchEverything(
  db: Db,
  options: { query: string; includeDrafts?: boolean; limit?: number; passagesPerArticle?: number },
): Promise<SearchResults> {
  const query = options.query.trim().slice(0, 200);
  const folded = foldForSearch(query);
  if (!folded) return { query, folded, claims: [], articles: [], articleWindow: null };
  const short = [...folded].length < 3;
  const limit = Math.min(options.limit ?? 20, 50);
  const pattern = likePattern(folded);
  const published = options.includeDrafts ? Prisma.sql`TRUE` : Prisma.sql`status = 'published'`;

  const [claimRows, articleRows] = await Promise.all([
    db.$queryRaw<{ id: number; text: string; gloss: string | null; status: string }[]>`
      SELECT id, text, gloss, status::text AS status FROM claims
       WHERE search_text LIKE ${pattern} AND ${published}
       ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    short
      ? db.$queryRaw<{ id: number; text: string; search_text: string }[]>`
      SELECT id, text, search_text FROM articles
       WHERE id IN (SELECT id FROM articles ORDER BY published_at DESC, id DESC LIMIT ${SHORT_QUERY_WINDOW})
         AND search_text LIKE ${pattern}
       ORDER BY published_at DESC, id DESC LIMIT ${limit}`
      : db.$queryRaw<{ id: number; text: string; search_text: string }[]>`
      SELECT id, text, search_text FROM articles
       WHERE search_text LIKE ${pattern}
       ORDER BY published_at DESC, id DESC LIMIT ${limit}`,
  ]);

  const summaries = await db.article.findMany({ where: { id: { in: articleRows.map((r) => r.id) } }, select: articleSummarySelect });
  const summaryById = new Map(summaries.map((s) => [s.id, toArticleSummary(s)]));

  return {
    query,
    folded,
    articleWindow: short ? SHORT_QUERY_WINDOW : null,
    claims: claimRows.map((row) => ({ ...row, hits: findHits(row.text, folded, { folded: foldAligned(row.text), max: 10 }) })),
    articles: articleRows.map((row) => {
      const hits = findHits(row.text, folded, { folded: row.search_text.length ? row.search_text : undefined });
      return {
        article: summaryById.get(row.id)!,
        hitCount: hits.length,
        passages: hits.slice(0, options.passagesPerArticle ?? 3).map((hit) => passageAround(row.text, hit)),
      };
    }),
  };
}
