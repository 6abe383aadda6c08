// The evidence finder for one claim: in every outlet's coverage (or one outlet's), the passages
// that may state or contradict it, best first, and the outlet's verdict (likely / none). Editors
// and admins only. Candidates come from the passage index (rarer claim words and the counts it
// states, per outlet); lib/finder ranks them. Existing quotes and dismissed passages are left out.
import { AnchorError, DEFAULT_CONTEXT } from '../../anchoring';
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import { diversifyPassages, looksLikeCaption, passageTexts, type DiversifiedPassage } from '../../finder/diversify-passages';
import { REFERS_BACK } from '../../finder/anaphora';
import { focusClaimQuery, type ClaimQuery } from '../../finder/claim-query';
import { LIKELY_THRESHOLD, rankPassages, splitMatched } from '../../finder/rank-passages';
import type { ClaimSuggestions, Suggestion } from '../../finder/suggestion-shapes';
import type { FinderClaim, IndexedClause, ScoredPassage } from '../../finder/types';
import { AppError, errorMessage } from '../../errors';
import { Prisma } from '../../generated/prisma/client';
import { loadClaimQueries, retrievalWeights } from './load-claim-queries';
import { notFound } from '../write-errors';

/** Sentences per outlet handed to the ranker: the ones sharing most retrieval words with the claim. */
const CANDIDATE_SENTENCES_PER_OUTLET = 200;
/** Clauses stating one of the claim's counts are candidates only when there are at most this many. */
const RETRIEVAL_NUMBER_CLAUSES = 2000;
/**
 * Candidate sentences across all outlets above which each outlet keeps only its share (at least
 * MIN_SENTENCES_PER_OUTLET): the ranker's time grows with them. The seed corpus has a few hundred.
 */
const CANDIDATE_SENTENCES = 500;
const MIN_SENTENCES_PER_OUTLET = 4;

/** How many of an outlet's best passages the shown suggestions are chosen from. */
const DIVERSIFY_POOL = 20;

export type FindClaimSuggestionsInput = { actor: Actor | null; claimId: number; outlet?: string; limit: number };

type Span = { articleId: number; start: number; end: number };

type ClauseRow = IndexedClause & { outletId: number };

async function candidateClauses(db: Db, query: ClaimQuery, words: readonly string[], weights: readonly number[], outletIds: readonly number[] | null, perOutlet: number): Promise<ClauseRow[]> {
  const numbers = query.counts.map((c) => c.value);
  if (words.length === 0 && numbers.length === 0) return [];
  // A clause's hits: the weights of the retrieval words it holds, and the heaviest one's if it
  // states one of the claim's counts. Clauses by number are read only when there are at most RETRIEVAL_NUMBER_CLAUSES of
  // them (a bare 9 is in thousands of clauses of a big corpus); clauses by word within the budget.
  // When the sentences found add up to more than CANDIDATE_SENTENCES, each outlet keeps its
  // share of them (at least MIN_SENTENCES_PER_OUTLET), so the ranker's work stays bounded.
  const sql = Prisma.sql`
    WITH by_number AS MATERIALIZED (
      SELECT p."article_id", p."sentence" FROM "passages" p
       WHERE cardinality(${numbers}::float8[]) > 0 AND p."numbers" && ${numbers}::float8[]
       LIMIT ${RETRIEVAL_NUMBER_CLAUSES + 1}
    ), hits AS (
      SELECT p."article_id", p."sentence",
             (SELECT sum(r.weight) FROM unnest(${[...words]}::text[], ${[...weights]}::float8[]) AS r(word, weight) WHERE r.word = ANY(p."words")) AS hits
        FROM "passages" p WHERE p."words" && ${[...words]}::text[]
      UNION ALL
      SELECT "article_id", "sentence", ${weights.length > 0 ? Math.max(...weights) : 1}::float8 FROM by_number WHERE (SELECT count(*) FROM by_number) <= ${RETRIEVAL_NUMBER_CLAUSES}
    ), outlet_hits AS (
      -- each hit's outlet by its article's key (a hash of every article costs more than the hits)
      SELECT h.*, (SELECT a."outlet_id" FROM "articles" a WHERE a."id" = h."article_id") AS "outlet_id" FROM hits h
    ), sentences AS (
      SELECT h."article_id", h."sentence", h."outlet_id", sum(h.hits) AS hits
        FROM outlet_hits h
       WHERE (${outletIds === null} OR h."outlet_id" = ANY(${outletIds ?? []}::int[]))
       GROUP BY 1, 2, 3
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY "outlet_id" ORDER BY hits DESC, "article_id", "sentence") AS rn,
             count(*) OVER () AS total, dense_rank() OVER (ORDER BY "outlet_id") AS outlet_rank
        FROM sentences
    ), capped AS (
      SELECT r.*, CASE WHEN r.total <= ${CANDIDATE_SENTENCES} THEN ${perOutlet}
                       ELSE LEAST(${perOutlet}, GREATEST(${MIN_SENTENCES_PER_OUTLET}, ${CANDIDATE_SENTENCES} / max(r.outlet_rank) OVER ())) END AS cap
        FROM ranked r
    ), kept AS (
      SELECT "article_id", "sentence", "outlet_id", true AS "retrieved" FROM capped WHERE rn <= cap
    ), opened AS (
      -- each kept sentence and the one after it, which is read only when it refers back
      -- (lib/finder/anaphora.ts: withReferringFollowers and withAntecedents, in SQL)
      SELECT c.*, f."ordinal" AS "opening", (f."folded" ~ ${REFERS_BACK.source}) AS "refersBack"
        FROM (SELECT * FROM kept
              UNION ALL
              SELECT k."article_id", k."sentence" + 1, k."outlet_id", false FROM kept k
               WHERE NOT EXISTS (SELECT 1 FROM kept o WHERE o."article_id" = k."article_id" AND o."sentence" = k."sentence" + 1)) c
       CROSS JOIN LATERAL (
         SELECT f."ordinal", f."folded" FROM "passages" f WHERE f."article_id" = c."article_id" AND f."sentence" = c."sentence" ORDER BY f."ordinal" LIMIT 1
       ) f
    ), chosen AS (
      SELECT o.*, CASE WHEN o."refersBack" THEN (
               SELECT array_agg(DISTINCT w) FROM "passages" q CROSS JOIN unnest(q."words") AS w
                WHERE q."article_id" = o."article_id" AND q."sentence" = o."sentence" - 1) END AS "context"
        FROM opened o WHERE o."retrieved" OR o."refersBack"
    )
    SELECT p."article_id" AS "articleId", r."outlet_id" AS "outletId", p."ordinal", p."sentence", p."start", p."end", p."folded", p."words",
           CASE WHEN p."ordinal" = r."opening" THEN r."context" END AS "context"
      FROM chosen r JOIN "passages" p ON p."article_id" = r."article_id" AND p."sentence" = r."sentence"
     ORDER BY p."article_id", p."ordinal"`;
  const rows = await db.$queryRaw<{ articleId: number; outletId: number; ordinal: number; sentence: number; start: number; end: number; folded: string; words: string[]; context: string[] | null }[]>(sql);
  return rows.map(({ context, ...r }) => ({ ...r, words: r.words ?? [], ...(context?.length ? { context } : {}) }));
}

/** Clauses joined into their sentences: the units the claim's words are weighed over. */
export function coverageSentences(clauses: readonly IndexedClause[]): { folded: string; words: Set<string> }[] {
  const sentences = new Map<string, { folded: string; words: Set<string> }>();
  for (const clause of clauses) {
    const key = `${clause.articleId}:${clause.sentence}`;
    const sentence = sentences.get(key) ?? { folded: '', words: new Set<string>() };
    sentence.folded += clause.folded;
    for (const word of clause.words) sentence.words.add(word);
    sentences.set(key, sentence);
  }
  return [...sentences.values()];
}

/** The claim as the finder sees it, with the quotes it already has. */
export function toFinderClaim(claim: {
  text: string;
  gloss: string | null;
  topics: string[];
  kind: FinderClaim['kind'];
  value: number | null;
  comparator: FinderClaim['comparator'];
  unit: string | null;
  asOf: Date | null;
  evidence?: { exact: string }[];
}): FinderClaim {
  return {
    text: claim.text,
    gloss: claim.gloss,
    topics: claim.topics,
    kind: claim.kind,
    value: claim.value,
    comparator: claim.comparator,
    unit: claim.unit,
    asOf: claim.asOf ? claim.asOf.toISOString().slice(0, 10) : null,
    quotes: [...new Set((claim.evidence ?? []).map((e) => e.exact))],
  };
}

/**
 * Turns ranked passages into the API's suggestions: quote selectors cut from the article text
 * in PostgreSQL (its character offsets are code points, like every span here), so only the
 * passages and their context travel, not the articles' whole texts.
 */
export async function describeSuggestions(
  db: Db,
  passages: readonly (ScoredPassage & { duplicates?: number })[],
  asOf: string | null,
): Promise<Suggestion[]> {
  if (passages.length === 0) return [];
  // one cut per passage (its context included): each substr of a compressed text decompresses it
  const rows = await db.$queryRaw<{ i: bigint; window: string; title: string; publishedAt: Date }[]>`
    SELECT v.i, a.*
      FROM unnest(${passages.map((p) => p.articleId)}::int[], ${passages.map((p) => p.start)}::int[], ${passages.map((p) => p.end)}::int[])
           WITH ORDINALITY AS v(article_id, s, e, i)
      CROSS JOIN LATERAL (
        SELECT substr(x."text", greatest(v.s - ${DEFAULT_CONTEXT}, 0) + 1, v.e + ${DEFAULT_CONTEXT} - greatest(v.s - ${DEFAULT_CONTEXT}, 0)) AS "window",
               x."title", x."published_at" AS "publishedAt"
          FROM "articles" x WHERE x."id" = v.article_id
      ) a`;
  const cut = new Map(rows.map((r) => [Number(r.i) - 1, r]));
  return passages.map((p, i) => {
    const row = cut.get(i);
    const from = Math.max(p.start - DEFAULT_CONTEXT, 0);
    const points = row ? [...row.window] : [];
    if (!row || p.start < 0 || p.end <= p.start || p.end - from > points.length) {
      throw new AnchorError(`span ${p.start}–${p.end} of article ${p.articleId} is not in its text`);
    }
    return {
      articleId: p.articleId,
      start: p.start,
      end: p.end,
      exact: points.slice(p.start - from, p.end - from).join(''),
      prefix: points.slice(0, p.start - from).join(''),
      suffix: points.slice(p.end - from).join(''),
      score: p.score,
      stance: p.stance,
      ...(p.statedValue ? { statedValue: p.statedValue } : {}),
      reason: p.reason,
      matchedWords: splitMatched(p.matched, p.inherited).own.slice(0, 6),
      ...(p.inherited?.length ? { inheritedWords: p.inherited.slice(0, 6) } : {}),
      ...(p.duplicates ? { duplicates: p.duplicates } : {}),
      articleTitle: row.title,
      publishedAt: row.publishedAt.toISOString(),
      predatesClaim: asOf !== null && row.publishedAt.toISOString().slice(0, 10) < asOf,
    };
  });
}

export async function findClaimSuggestions(db: Db, input: FindClaimSuggestionsInput): Promise<ClaimSuggestions> {
  const [found] = await findManyClaimSuggestions(db, { actor: input.actor, claimIds: [input.claimId], outlet: input.outlet, limit: input.limit, strict: true });
  return found!;
}

export type FindManyClaimSuggestionsInput = {
  actor: Actor | null;
  claimIds: readonly number[];
  outlet?: string;
  limit: number;
  /** A claim that does not exist is an error (else it is left out). */
  strict?: boolean;
};

/**
 * The suggestions of several claims in one go (the review queue's page): the outlets, the
 * word statistics, the articles predating each as-of date and the suggested passages' articles
 * are read once for all of them; each claim's answer is the one it gets asked for alone.
 */
export async function findManyClaimSuggestions(db: Db, input: FindManyClaimSuggestionsInput): Promise<ClaimSuggestions[]> {
  authorize(input.actor, 'content:write');
  const found = await db.claim.findMany({
    where: { id: { in: [...input.claimIds] } },
    select: {
      id: true, text: true, gloss: true, topics: true, kind: true, value: true, comparator: true, unit: true, asOf: true,
      evidence: { select: { articleId: true, start: true, end: true, exact: true, article: { select: { outletId: true } } } },
      reviews: { select: { articleId: true, article: { select: { outletId: true } } } },
      dismissals: { select: { articleId: true, start: true, end: true } },
    },
  });
  const byId = new Map(found.map((c) => [c.id, c]));
  const missing = input.claimIds.find((id) => !byId.has(id));
  if (input.strict && missing !== undefined) throw notFound('claim', missing);
  const claims = [...new Set(input.claimIds)].flatMap((id) => byId.get(id) ?? []);
  const outlets = await db.outlet.findMany({
    where: input.outlet ? { slug: input.outlet } : {},
    select: { id: true, slug: true, name: true, articleCount: true },
    orderBy: [{ articleCount: 'desc' }, { slug: 'asc' }],
  });
  if (input.outlet && outlets.length === 0) throw new AppError('not_found', errorMessage('notFound.outlet', { slug: input.outlet }), { entity: 'outlet', field: 'outlet' });
  if (claims.length === 0) return [];

  const finderClaims = claims.map((claim) => toFinderClaim(claim));
  const { queries } = await loadClaimQueries(db, finderClaims, { ownWords: true });
  const predating = await articlesPredating(db, claims.map((c) => c.asOf), outlets.map((o) => o.id));
  const wanted = new Set(outlets.map((o) => o.id));

  const ranked: { outlet: (typeof outlets)[number]; passages: DiversifiedPassage[]; best: number }[][] = [];
  for (const [i, claim] of claims.entries()) {
    const { query: broad, retrieval } = queries[i]!;
    // Candidates come from every outlet even when one is asked for: they are the event's coverage
    // that weighs the claim's words, so an outlet's verdict does not depend on the filter.
    const allClauses = await candidateClauses(db, broad, retrieval, retrievalWeights(broad, retrieval), null, CANDIDATE_SENTENCES_PER_OUTLET);
    const query = focusClaimQuery(broad, coverageSentences(allClauses));
      const exclude: Span[] = [...claim.evidence, ...claim.dismissals];
    const byOutlet = new Map<number, ClauseRow[]>();
    for (const clause of allClauses) {
      if (!wanted.has(clause.outletId)) continue;
      const list = byOutlet.get(clause.outletId);
      if (list) list.push(clause);
      else byOutlet.set(clause.outletId, [clause]);
    }
    ranked.push(
      outlets.map((outlet) => {
        const own = byOutlet.get(outlet.id) ?? [];
        // the best passage gives the verdict even when no suggestion is asked for; the ranker stops
        // once no window can reach the best DIVERSIFY_POOL, enough for the shown ones to be chosen
        // after near-duplicates are collapsed and repeated readings held back
        const passages = rankPassages(query, own, { exclude, limit: Math.max(DIVERSIFY_POOL, 4 * input.limit) });
        // near-duplicates collapsed, repeated readings held back, captions after the body's
        // passages; the verdict reads the ranker's best score
        const texts = passageTexts(own);
        const shown = diversifyPassages(passages, texts.passage, input.limit, { secondary: (p) => looksLikeCaption(texts.sentence(p)) });
        return { outlet, passages: shown, best: passages[0]?.score ?? 0 };
      }),
    );
  }
  // one read of the suggested passages' articles for every claim
  const described = await describeSuggestions(db, ranked.flat().flatMap((r) => r.passages), null);
  let next = 0;
  return claims.map((claim, i) => {
    const asOf = finderClaims[i]!.asOf ?? null;
    const counts = claim.asOf ? predating.get(claim.asOf.getTime())! : new Map<number, number>();
    const settled = new Set([...claim.evidence.map((e) => e.article.outletId), ...claim.reviews.map((r) => r.article.outletId)]);
    return {
      claimId: claim.id,
      threshold: LIKELY_THRESHOLD,
      outlets: ranked[i]!.map(({ outlet, passages, best }) => ({
        outlet: outlet.slug,
        outletName: outlet.name,
        verdict: best >= LIKELY_THRESHOLD ? 'likely' : 'none',
        articlesSearched: outlet.articleCount,
        articlesPredating: counts.get(outlet.id) ?? 0,
        settled: settled.has(outlet.id),
        suggestions: described.slice(next, (next += passages.length)).map((s) => ({
          ...s,
          predatesClaim: asOf !== null && s.publishedAt.slice(0, 10) < asOf,
        })),
      })),
    };
  });
}

/** Per as-of date (its time), how many of each outlet's articles were published before it. */
async function articlesPredating(db: Db, asOfs: readonly (Date | null)[], outletIds: readonly number[]): Promise<Map<number, Map<number, number>>> {
  const dates = [...new Map(asOfs.filter((d) => d !== null).map((d) => [d.getTime(), d])).values()];
  const counts = await Promise.all(
    dates.map((date) =>
      db.article.groupBy({ by: ['outletId'], where: { publishedAt: { lt: date }, outletId: { in: [...outletIds] } }, _count: { _all: true } }),
    ),
  );
  return new Map(dates.map((date, i) => [date.getTime(), new Map(counts[i]!.map((g) => [g.outletId, g._count._all]))]));
}
