// The finder's queries for claims (lib/finder/claim-query.ts), weighed by the passage index's
// word statistics, and the words each retrieves candidates with. Building a query segments the
// claim's text and every quote it has with jieba: an article's matches build hundreds per
// request and the review queue one per claim of its page, again for every request. So queries
// are kept between requests, keyed by everything they are built from: the claim's fields and
// quotes (an edit, a quote added or removed, makes another key: nothing to invalidate by hand)
// and the article frequency of every word the build looked up (an import or restore that
// changes one, or the number of indexed articles, makes the kept query stale and it is built
// again). Speed only: a kept query is the one buildClaimQuery would make from the same inputs.
import type { Db } from '../../db/prisma';
import { buildClaimQuery, claimQueryWords, type ClaimQuery } from '../../finder/claim-query';
import type { CorpusStats, FinderClaim } from '../../finder/types';
import { createByteBudgetLru } from '../../cache/byte-budget-lru';

/** The heaviest claim words used to retrieve candidates (light ones are in too many passages). */
const RETRIEVAL_WORDS = 32;
/**
 * At most this many article hits (the retrieval words' article frequencies added up, rarest word
 * first) are read from the word index: a word in a large share of a big corpus retrieves most
 * of it and tells no candidate apart, so such words are left to the ranker. The rarest word is
 * always used. A corpus of a few stories (the seed corpus) never comes near it.
 */
const RETRIEVAL_ARTICLE_BUDGET = 2000;

/**
 * Bytes of claims kept (estimated; least recently used out first): an article's matches read up
 * to 200 per request. A budget of bytes, not a count: a claim's key holds every quote, so the
 * most cited claims weigh a thousand times the least.
 */
export const CLAIM_QUERY_CACHE_BYTES = 32 * 2 ** 20;

export async function loadCorpusStats(db: Db, words: readonly string[]): Promise<CorpusStats> {
  const [rows, [{ articles } = { articles: 0 }]] = await Promise.all([
    db.passageWord.findMany({ where: { word: { in: [...words] } }, select: { word: true, articles: true } }),
    db.$queryRaw<{ articles: number }[]>`SELECT count(*)::int AS articles FROM "indexed_articles"`,
  ]);
  const df = new Map(rows.map((r) => [r.word, r.articles]));
  return { articles: Math.max(articles, 1), documentFrequency: (word) => df.get(word) ?? 0 };
}

function weighedWords(query: ClaimQuery) {
  return [...query.words, ...query.glossWords, ...query.quoteWords.flat()].sort((a, b) => b.weight - a.weight);
}

/** Each retrieval word's weight in the query (its heaviest use): what a candidate's hits add up. */
export function retrievalWeights(query: ClaimQuery, retrieval: readonly string[]): number[] {
  const weights = new Map<string, number>();
  for (const w of weighedWords(query)) if (!weights.has(w.word)) weights.set(w.word, w.weight);
  return retrieval.map((word) => weights.get(word) ?? 0);
}

export function retrievalWords(query: ClaimQuery, stats?: CorpusStats): string[] {
  const all = weighedWords(query);
  const heaviest = [...new Set(all.map((w) => w.word))].slice(0, RETRIEVAL_WORDS);
  if (!stats) return heaviest;
  const byRarity = [...heaviest].sort((a, b) => stats.documentFrequency(a) - stats.documentFrequency(b));
  const kept = new Set<string>();
  let budget = RETRIEVAL_ARTICLE_BUDGET;
  for (const word of byRarity) {
    budget -= stats.documentFrequency(word);
    if (budget < 0 && kept.size > 0) break;
    kept.add(word);
  }
  return heaviest.filter((w) => kept.has(w));
}

/** A claim's query with the statistics it was built under, and its retrieval words. */
export type LoadedClaimQuery = { query: ClaimQuery; retrieval: readonly string[] };

type Built = LoadedClaimQuery & {
  articles: number;
  /** Every word whose article frequency the build (or the retrieval words) looked up, with it. */
  frequencies: Map<string, number>;
};
type Kept = { words: readonly string[]; built?: Built };

const kept = createByteBudgetLru<Kept>(CLAIM_QUERY_CACHE_BYTES);
let hits = 0;
let misses = 0;

function keyOf(claim: FinderClaim): string {
  return JSON.stringify([
    claim.text,
    claim.gloss ?? null,
    claim.topics ?? [],
    claim.kind,
    claim.value ?? null,
    claim.comparator ?? null,
    claim.unit ?? null,
    claim.asOf ?? null,
    claim.quotes ?? [],
  ]);
}

function keptFor(key: string, claim: FinderClaim): Kept {
  // get() makes it the most recently used
  let entry = kept.get(key);
  if (!entry) {
    entry = { words: claimQueryWords(claim) };
    kept.set(key, entry);
  }
  return entry;
}

function stillHolds(built: Built, stats: CorpusStats): boolean {
  if (built.articles !== stats.articles) return false;
  for (const [word, df] of built.frequencies) if (stats.documentFrequency(word) !== df) return false;
  return true;
}

function build(claim: FinderClaim, stats: CorpusStats): Built {
  const frequencies = new Map<string, number>();
  const recording: CorpusStats = {
    articles: stats.articles,
    documentFrequency: (word) => {
      const df = stats.documentFrequency(word);
      frequencies.set(word, df);
      return df;
    },
  };
  const query = buildClaimQuery(claim, recording);
  return { query, retrieval: retrievalWords(query, recording), articles: stats.articles, frequencies };
}

/** Statistics that know only these words' frequencies (others count as in no article). */
function knowingOnly(stats: CorpusStats, words: readonly string[]): CorpusStats {
  const known = new Set(words);
  return { articles: stats.articles, documentFrequency: (word) => (known.has(word) ? stats.documentFrequency(word) : 0) };
}

/**
 * The queries of these claims, in their order, and the statistics they were weighed with (one
 * read of the word statistics for all of them). With `ownWords`, each claim is weighed with
 * its own words' frequencies only, as when it is asked for alone (the claim direction: a
 * claim's suggestions do not depend on which other claims share the request); without, with
 * those of every claim's words (an article's matches).
 */
export async function loadClaimQueries(
  db: Db,
  claims: readonly FinderClaim[],
  options: { ownWords?: boolean } = {},
): Promise<{ stats: CorpusStats; queries: LoadedClaimQuery[] }> {
  const entries = claims.map((claim) => {
    const key = keyOf(claim);
    return { claim, key, entry: keptFor(key, claim) };
  });
  const loaded = await loadCorpusStats(db, [...new Set(entries.flatMap((e) => e.entry.words))]);
  const queries = entries.map(({ claim, key, entry }) => {
    const stats = options.ownWords && claims.length > 1 ? knowingOnly(loaded, entry.words) : loaded;
    if (entry.built && stillHolds(entry.built, stats)) {
      hits++;
      return entry.built;
    }
    misses++;
    entry.built = build(claim, stats);
    // kept again with its built query counted in its bytes
    kept.set(key, entry);
    return entry.built;
  });
  return { stats: loaded, queries: queries.map(({ query, retrieval }) => ({ query, retrieval })) };
}

/** How many queries came from the cache and how many were built (tests and the bench). */
export function claimQueryCacheCounts(): { hits: number; misses: number; kept: number; bytes: number } {
  return { hits, misses, kept: kept.size, bytes: kept.bytes };
}

/** Forgets every kept query (tests). */
export function clearClaimQueryCache(): void {
  kept.clear();
  hits = 0;
  misses = 0;
}
