// Public read: the one search box. Claims and article bodies are matched in PostgreSQL over
// folded search columns with trigram indexes (Traditional = Simplified, full-width = half-width,
// any case); only the matched rows come back, with the passages around each hit.
import type { Db } from '../db/prisma';
import { Prisma } from '../generated/prisma/client';
import { findHits, passageAround, type Passage } from '../text/find-hits';
import { foldAligned } from '../text/fold-aligned';
import { foldForSearch } from '../text/fold-for-search';
import { countArticles } from './find-articles';
import { articleSummarySelect, toArticleSummary } from './map-rows';
import { likePattern } from './search-claims';
import type { ArticleSummaryDto } from './types';

export type ClaimHit = { id: number; text: string; gloss: string | null; status: string; hits: { start: number; end: number }[] };
export type ArticleHit = { article: ArticleSummaryDto; hitCount: number; passages: Passage[] };
export type SearchResults = {
  query: string;
  folded: string;
  claims: ClaimHit[];
  articles: ArticleHit[];
  /** set when article text was searched only among this many newest articles (queries under 3
   * characters) and older ones exist that were not looked at */
  articleWindow: number | null;
};

/** Trigram indexes need 3 characters; shorter article searches look at the newest articles only. */
export const SHORT_QUERY_WINDOW = 5000;

/**
 * Articles are first looked for among the newest ones: a common word fills the page there and
 * the search stops early, instead of reading every matching body to sort them by date.
 */
export const NEWEST_PROBE = 500;

type ArticleRow = { id: number; text: string; search_text: string };

/**
 * The newest `limit` articles whose folded text contains the query, newest first, and the
 * window searched when a short query could not look at every article.
 */
async function searchArticles(
  db: Db,
  folded: string,
  short: boolean,
  limit: number,
  probeSize: number,
  shortWindow: number,
): Promise<{ rows: ArticleRow[]; window: number | null }> {
  // Walks the newest `size` articles, newest first, and stops at `limit` matches. strpos is a
  // plain substring search: no pattern to escape, and faster than LIKE on long bodies.
  const newest = (size: number) => db.$queryRaw<ArticleRow[]>`
    SELECT id, text, search_text
      FROM (SELECT id, published_at, text, search_text FROM articles ORDER BY published_at DESC, id DESC LIMIT ${size}) newest
     WHERE strpos(search_text, ${folded}) > 0
     ORDER BY published_at DESC, id DESC LIMIT ${limit}`;
  if (short) {
    const rows = await newest(shortWindow);
    if (rows.length === limit) return { rows, window: null };
    // Only worth saying when older articles exist that were not looked at.
    return { rows, window: (await countArticles(db)) > shortWindow ? shortWindow : null };
  }
  if (probeSize > 0) {
    const probe = await newest(probeSize);
    // A full page among the newest articles is the answer: nothing older can come before it.
    if (probe.length === limit) return { rows: probe, window: null };
  }
  const rows = await db.$queryRaw<ArticleRow[]>`
      SELECT id, text, search_text FROM articles
       WHERE search_text LIKE ${likePattern(folded)}
       ORDER BY published_at DESC, id DESC LIMIT ${limit}`;
  return { rows, window: null };
}

export async function searchEverything(
  db: Db,
  options: {
    query: string;
    includeDrafts?: boolean;
    limit?: number;
    passagesPerArticle?: number;
    /** how many of the newest articles to look at first (default NEWEST_PROBE; 0 skips the probe) */
    probe?: number;
    /** how many of the newest articles a query under 3 characters searches (default SHORT_QUERY_WINDOW) */
    shortWindow?: number;
  },
): Promise<SearchResults> {
  const query = options.query.trim().slice(0, 200);
  const folded = foldForSearch(query);
  if (!folded) return { query, folded, claims: [], articles: [], articleWindow: null };
  const short = [...folded].length < 3;
  const limit = Math.min(options.limit ?? 20, 50);
  const pattern = likePattern(folded);
  const published = options.includeDrafts ? Prisma.sql`TRUE` : Prisma.sql`status = 'published'`;

  const [claimRows, { rows: articleRows, window: articleWindow }] = await Promise.all([
    db.$queryRaw<{ id: number; text: string; gloss: string | null; status: string }[]>`
      SELECT id, text, gloss, status::text AS status FROM claims
       WHERE search_text LIKE ${pattern} AND ${published}
       ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    searchArticles(db, folded, short, limit, options.probe ?? NEWEST_PROBE, options.shortWindow ?? SHORT_QUERY_WINDOW),
  ]);

  const summaries = await db.article.findMany({ where: { id: { in: articleRows.map((r) => r.id) } }, select: articleSummarySelect });
  const summaryById = new Map(summaries.map((s) => [s.id, toArticleSummary(s)]));

  return {
    query,
    folded,
    articleWindow,
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
