// Search: SQL references (unordered first matches, not the app's search), the claims' search,
// and the search box (searchEverything) for each length and kind of query
// (lib/bench/search-queries.ts); and how many articles hold each query, printed beside them.
import { searchClaims } from '../data/reads/search-claims';
import { searchEverything } from '../data/reads/search-everything';
import { foldForSearch } from '../text/fold-for-search';
import type { BenchContext } from './context';
import { cycle, type Operation } from './operation';
import { p95Below } from './stats';

const SEARCH_CLAIMS_SQL = `SELECT id, text, status FROM claims WHERE search_text ILIKE '%' || $1 || '%' LIMIT 20`;
const SEARCH_ARTICLES_SQL = `
  SELECT id, title,
         substr(text, greatest(strpos(search_text, $1) - 30, 1), 60 + char_length($1)) AS passage
    FROM articles
   WHERE search_text ILIKE '%' || $1 || '%'
   LIMIT 20`;

export function searchOperations(ctx: BenchContext): Operation[] {
  const words = cycle(ctx.words);
  const rareWords = cycle(ctx.rareWords);
  const searchOp = (name: string, query: () => string): Operation => ({
    name,
    run: () => searchEverything(ctx.db, { query: query() }),
    target: p95Below(100),
  });
  return [
    // References, not the app's search: unordered first matches straight from SQL. The 2-character
    // one reads every article body (trigrams need 3 characters), which the app avoids.
    { name: 'search claims (SQL reference)', run: () => ctx.pool.query(SEARCH_CLAIMS_SQL, [words()]) },
    { name: 'search articles (SQL reference)', run: () => ctx.pool.query(SEARCH_ARTICLES_SQL, [words()]) },
    { name: 'search articles, rare name (SQL reference)', run: () => ctx.pool.query(SEARCH_ARTICLES_SQL, [rareWords()]) },
    { name: 'search articles, 2-char no hit (SQL reference)', run: () => ctx.pool.query(SEARCH_ARTICLES_SQL, ['鑫淼']) },
    { name: 'search claims (searchClaims)', run: () => searchClaims(ctx.db, { query: words() }), target: p95Below(200) },
    // the search box (claims and articles, 20 of each) for every query length, common words,
    // rare names and misses: issue 15's target is p95 < 100 ms for all of them
    ...ctx.searchQueries.map((q) => searchOp(`search ${q.length}-char ${q.kind} (${q.queries.slice(0, 2).join(' ')}…)`, cycle(q.queries))),
  ];
}

/**
 * How many articles hold each search query (so "common" and "rare" say what they mean) and the
 * size of the search indexes (their build time is printed by seed:synthetic, which builds them).
 */
export async function printSearchCorpus(ctx: BenchContext, only: string | undefined): Promise<void> {
  const COUNT_CAP = 1000;
  if (only && !'search'.includes(only) && !only.includes('search')) return;
  console.log(`search queries: articles holding each (of ${ctx.articleCount}; counted up to 1000)`);
  for (const q of ctx.searchQueries) {
    const counts: string[] = [];
    for (const query of q.queries) {
      const folded = foldForSearch(query);
      // counted up to a cap: a common word's count is only a share, and counting every article
      // that holds one character rechecks each through search_grams() (minutes at 5x)
      const condition = [...folded].length < 3 ? `search_grams(search_text) @> ARRAY[$1]::text[]` : `search_text LIKE '%' || $1 || '%'`;
      const { rows } = await ctx.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE ${condition} LIMIT ${COUNT_CAP}) x`, [folded]);
      counts.push(`${query} ${rows[0]!.n >= COUNT_CAP ? `${COUNT_CAP}+` : rows[0]!.n}`);
    }
    console.log(`  ${q.length}-char ${q.kind}: ${counts.join(', ')}`);
  }
  const { rows } = await ctx.pool.query<{ name: string; table: string; bytes: string }>(
    `SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS "table", pg_relation_size(i.indexrelid)::text AS bytes
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid IN ('articles'::regclass, 'claims'::regclass)
        AND (pg_get_indexdef(i.indexrelid) LIKE '%search_grams%' OR pg_get_indexdef(i.indexrelid) LIKE '%trgm%')
      ORDER BY 1`,
  );
  const { rows: [table] } = await ctx.pool.query<{ bytes: string }>(`SELECT pg_total_relation_size('articles')::text AS bytes`);
  console.log(
    `search indexes: ${rows.map((r) => `${r.name} ${(Number(r.bytes) / 2 ** 20).toFixed(0)} MB`).join(', ')} (articles with TOAST and every index: ${(Number(table!.bytes) / 2 ** 20).toFixed(0)} MB)`,
  );
}
