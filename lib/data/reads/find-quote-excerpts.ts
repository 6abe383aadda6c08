// Where a claim's page shows each quote: an excerpt of its paragraph, `context` code points on
// each side (lib/anchoring excerptInWindow). PostgreSQL cuts a window around each quote from its
// article, so a page with fifty quotes reads fifty short stretches instead of every quoted
// article whole (at five times the synthetic corpus a claim page read 0.3-0.5 MB of article text).
import type { Db } from '../../db/prisma';
import { excerptInWindow, windowMargin, type Excerpt } from '../../anchoring';

/** The window `text` (from code point `textStart` of the article) and the excerpt in it, article-absolute. */
export type QuoteExcerpt = { text: string; textStart: number; excerpt: Excerpt };

export async function findQuoteExcerpts(db: Db, quotes: readonly { id: number; start: number; end: number }[], context: number): Promise<Map<number, QuoteExcerpt>> {
  if (quotes.length === 0) return new Map();
  const margin = windowMargin(context);
  const rows = await db.$queryRaw<{ id: number; start: number; end: number; from: number; text: string; length: number }[]>`
    SELECT e.id, e.start, e."end", w.from, substr(a.text, w.from + 1, w.to - w.from) AS text, w.length
      FROM evidence e JOIN articles a ON a.id = e.article_id,
           LATERAL (SELECT GREATEST(0, e.start - ${margin}::int) AS from, LEAST(char_length(a.text), e."end" + ${margin}::int) AS to, char_length(a.text) AS length) w
     WHERE e.id = ANY(${[...new Set(quotes.map((q) => q.id))]}::int[])`;
  return new Map(
    rows.map((row) => [row.id, { text: row.text, textStart: row.from, excerpt: excerptInWindow({ start: row.from, text: row.text, articleLength: row.length }, row.start, row.end, context) }]),
  );
}
