// The other direction of the evidence finder: the claims one article may state or contradict,
// each with its best passages in the article. Editors and admins only. Candidate claims are
// those whose folded text holds one of the article's rarer words (trigram index on
// claims.search_text), the CANDIDATE_CLAIMS holding most of those words' weight; claims the
// article is already evidence or an omission for are left out, as are dismissed passages.
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import type { ClaimQuery } from '../../finder/claim-query';
import { referringSentences, sentenceKey, withAntecedents, withReferringFollowers } from '../../finder/anaphora';
import { diversifyPassages, looksLikeCaption, passageTexts } from '../../finder/diversify-passages';
import { rankPassages, STATES_THRESHOLD } from '../../finder/rank-passages';
import { pickCandidateClaims, weighArticleWords, type CandidateClaim } from '../../finder/candidate-claims';
import type { ArticleSuggestions } from '../../finder/suggestion-shapes';
import type { IndexedClause } from '../../finder/types';
import { describeSuggestions, toFinderClaim } from './find-claim-suggestions';
import { loadClaimQueries, loadCorpusStats } from './load-claim-queries';
import { notFound } from '../write-errors';

/** The article's rarest words that look for claims; a claim must contain one of them. */
const ARTICLE_WORDS = 300;
/** Claims matched against the article, of those holding its rarer words (the most specific first). */
const CANDIDATE_CLAIMS = 100;
/** At most this many claims holding its rarer words are weighed, the oldest (1x synthetic: 350 to 1,200 hold them). */
const MATCHING_CLAIMS = 2000;
const PER_CLAIM = 3;

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The article's sentences the claim direction could retrieve for this claim (a clause with one
 * of its retrieval words or counts, lib/data/reads/find-claim-suggestions.ts): the two directions
 * agree on what a candidate is, and the ranker reads a few sentences per claim, not the article.
 */
function retrievableSentences(clauses: readonly ArticleClause[], query: ClaimQuery, retrieval: readonly string[], referring: ReadonlySet<string>): ArticleClause[] {
  const words = new Set(retrieval);
  const numbers = new Set(query.counts.map((c) => c.value));
  const sentences = new Set(
    clauses.filter((c) => c.words.some((w) => words.has(w)) || c.numbers.some((n) => numbers.has(n))).map((c) => sentenceKey(c.articleId, c.sentence)),
  );
  return withReferringFollowers(clauses, sentences, referring);
}

type ArticleClause = IndexedClause & { numbers: number[] };

export type FindArticleSuggestionsInput = { actor: Actor | null; articleId: number; limit?: number };


export async function findArticleSuggestions(db: Db, input: FindArticleSuggestionsInput): Promise<ArticleSuggestions> {
  authorize(input.actor, 'content:write');
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true } });
  if (!article) throw notFound('article', input.articleId);
  const rows = (
    await db.passage.findMany({
      where: { articleId: article.id },
      select: { articleId: true, ordinal: true, sentence: true, start: true, end: true, folded: true, words: true, numbers: true },
      orderBy: { ordinal: 'asc' },
    })
  ).map((c) => ({ ...c, words: c.words ?? [], numbers: c.numbers ?? [] }));
  // sentences opening with a pronoun read with the words of the sentence before (anaphora.ts)
  const clauses = withAntecedents(rows);
  const referring = referringSentences(clauses);
  const words = [...new Set(clauses.flatMap((c) => c.words))].filter((w) => [...w].length >= 2);
  if (words.length === 0) return { articleId: article.id, claims: [] };

  const articleStats = await loadCorpusStats(db, words);
  // words in at most a fifth of the articles (or two): a claim sharing only common words is no candidate
  const bound = Math.max(2, articleStats.articles / 5);
  const rare = words
    .filter((w) => articleStats.documentFrequency(w) <= bound)
    .sort((a, b) => articleStats.documentFrequency(a) - articleStats.documentFrequency(b))
    .slice(0, ARTICLE_WORDS);
  if (rare.length === 0) return { articleId: article.id, claims: [] };
  // every claim holding one of them and not yet settled for this article; the ones holding most
  // of the article's weight are matched (not the oldest: lib/finder/candidate-claims.ts)
  const matching = await db.$queryRaw<CandidateClaim[]>`
    SELECT c."id", c."search_text" AS "searchText" FROM "claims" c
     WHERE c."search_text" LIKE ANY(${rare.map(likePattern)}::text[])
       AND NOT EXISTS (SELECT 1 FROM "evidence" e WHERE e."claim_id" = c."id" AND e."article_id" = ${article.id})
       AND NOT EXISTS (SELECT 1 FROM "reviews" r WHERE r."claim_id" = c."id" AND r."article_id" = ${article.id})
     ORDER BY c."id" LIMIT ${MATCHING_CLAIMS}`;
  const candidates = pickCandidateClaims(matching, weighArticleWords(rare, articleStats), CANDIDATE_CLAIMS);
  const claims = await db.claim.findMany({
    where: {
      id: { in: candidates },
    },
    select: {
      id: true, text: true, gloss: true, topics: true, kind: true, value: true, comparator: true, unit: true, asOf: true,
      evidence: { select: { exact: true } },
      dismissals: { where: { articleId: article.id }, select: { articleId: true, start: true, end: true } },
    },
    orderBy: { id: 'asc' },
  });
  const finderClaims = claims.map((claim) => toFinderClaim(claim));
  const { queries } = await loadClaimQueries(db, finderClaims);
  const found = claims
    .map((claim, i) => {
      const finderClaim = finderClaims[i]!;
      const { query, retrieval } = queries[i]!;
      const candidates = retrievableSentences(clauses, query, retrieval, referring);
      const passages = rankPassages(query, candidates, { exclude: claim.dismissals, minScore: STATES_THRESHOLD }).filter((p) => p.stance !== 'mentions');
      // near-duplicates (a caption repeating the body) collapsed, repeated readings held back
      const texts = passageTexts(candidates);
      return {
        claim,
        finderClaim,
        best: passages[0]?.score ?? 0,
        passages: diversifyPassages(passages, texts.passage, input.limit ?? PER_CLAIM, {
          secondary: (p) => looksLikeCaption(texts.sentence(p)),
        }),
      };
    })
    .filter((c) => c.passages.length > 0)
    .sort((a, b) => b.best - a.best || a.claim.id - b.claim.id);
  // one read of the articles' text for every claim's suggestions
  const described = await describeSuggestions(db, found.flatMap((f) => f.passages), null);
  const result: ArticleSuggestions = { articleId: article.id, claims: [] };
  let next = 0;
  for (const { claim, finderClaim, passages } of found) {
    const suggestions = described.slice(next, (next += passages.length)).map((s) => ({
      ...s,
      predatesClaim: finderClaim.asOf != null && s.publishedAt.slice(0, 10) < finderClaim.asOf,
    }));
    result.claims.push({ claimId: claim.id, text: claim.text, suggestions });
  }
  return result;
}
