// Public read: the one search box. Claims and article bodies are matched in PostgreSQL over
// folded search columns (Traditional = Simplified, full-width = half-width, any case): queries of
// three characters and more through trigram indexes, shorter ones through the index of each
// article's characters and character pairs (search_grams, see its migration), so every query of
// any length looks at every article. Only the matched rows come back, with the passages around
// each hit.
import type { Db } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { findHits, passageAround, type Passage } from '../../text/find-hits';
import { foldAligned } from '../../text/fold-aligned';
import { foldForSearch } from '../../text/fold-for-search';
import { articleSummarySelect, toArticleSummary } from '../map-rows';
import { likePattern } from './search-claims';
import type { ArticleSummaryDto } from '../types';

export type ClaimHit = { id: number; text: string; gloss: string | null; status: string; hits: { start: number; end: number }[] };
export type ArticleHit = { article: ArticleSummaryDto; hitCount: number; passages: Passage[] };
export type SearchResults = {
  query: string;
  folded: string;
  claims: ClaimHit[];
  articles: ArticleHit[];
};

/**
 * Articles are first looked for among the newest ones: a common word fills the page there and
 * the search stops early, instead of reading every matching body to sort them by date.
 */
export const NEWEST_PROBE = 500;

type ArticleRow = { id: number; text: string; search_text: string };

/** The newest `limit` articles whose folded text contains the query, newest first. */
async function searchArticles(db: Db, folded: string, short: boolean, limit: number, probeSize: number): Promise<ArticleRow[]> {
  if (probeSize > 0) {
    // Walks the newest articles, newest first, and stops at `limit` matches. strpos is a plain
    // substring search: no pattern to escape, and faster than LIKE on long bodies.
    const probe = await db.$queryRaw<ArticleRow[]>`
      SELECT id, text, search_text
        FROM (SELECT id, published_at, text, search_text FROM articles ORDER BY published_at DESC, id DESC LIMIT ${probeSize}) newest
       WHERE strpos(search_text, ${folded}) > 0
       ORDER BY published_at DESC, id DESC LIMIT ${limit}`;
    // A full page among the newest articles is the answer: nothing older can come before it.
    if (probe.length === limit) return probe;
  }
  if (short) {
    // One or two characters: the gram index finds every article holding them (a gram is the
    // whole query, so the index is exact); the matches are sorted by date before any body is read.
    return db.$queryRaw<ArticleRow[]>`
      WITH matches AS MATERIALIZED (
        SELECT id, published_at FROM articles WHERE search_grams(search_text) @> ARRAY[${folded}]::text[]
      ), page AS (
        SELECT id, published_at FROM matches ORDER BY published_at DESC, id DESC LIMIT ${limit}
      )
      SELECT a.id, a.text, a.search_text FROM page JOIN articles a USING (id)
       ORDER BY page.published_at DESC, page.id DESC`;
  }
  // Three characters and more: the trigram index. The planner prices a sequential scan by the
  // table's own pages, not by the folded bodies stored beside them (TOAST), so on a corpus of
  // 20,000 articles it chose to read every body for a rare name (0.7 s instead of 8 ms); this
  // statement does not let it.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<ArticleRow[]>`
      SELECT id, text, search_text FROM articles
       WHERE search_text LIKE ${likePattern(folded)}
       ORDER BY published_at DESC, id DESC LIMIT ${limit}`,
  ]);
  return rows;
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
  },
): Promise<SearchResults> {
  const query = options.query.trim().slice(0, 200);
  const folded = foldForSearch(query);
  if (!folded) return { query, folded, claims: [], articles: [] };
  const short = [...folded].length < 3;
  const limit = Math.min(options.limit ?? 20, 50);
  const pattern = likePattern(folded);
  const published = options.includeDrafts ? Prisma.sql`TRUE` : Prisma.sql`status = 'published'`;

  const [claimRows, articleRows] = await Promise.all([
    db.$queryRaw<{ id: number; text: string; gloss: string | null; status: string }[]>`
      SELECT id, text, gloss, status::text AS status FROM claims
       WHERE search_text LIKE ${pattern} AND ${published}
       ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    searchArticles(db, folded, short, limit, options.probe ?? NEWEST_PROBE),
  ]);

  const summaries = await db.article.findMany({ where: { id: { in: articleRows.map((r) => r.id) } }, select: articleSummarySelect });
  const summaryById = new Map(summaries.map((s) => [s.id, toArticleSummary(s)]));

  return {
    query,
    folded,
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
