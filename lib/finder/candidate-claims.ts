// The claims an article is matched against (the article direction of the finder): of the claims
// whose folded text holds one of the article's rarer words, those holding most of that words'
// weight come first, so a claim sharing many of the article's specific words is ranked and one
// sharing a single name is the first left out. Pure; lib/data reads the claims.
import { wordWeight } from './claim-query';
import type { CorpusStats } from './types';

export type CandidateClaim = { id: number; searchText: string };

/** The article's words as candidates are weighed by them (wordWeight over the indexed articles). */
export function weighArticleWords(words: readonly string[], stats: CorpusStats): { word: string; weight: number }[] {
  return words.map((word) => ({ word, weight: wordWeight(word, stats) }));
}

/** The ids of the `limit` claims holding the most weight of these words, ties by id. */
export function pickCandidateClaims(claims: readonly CandidateClaim[], words: readonly { word: string; weight: number }[], limit: number): number[] {
  return claims
    .map((claim) => {
      let score = 0;
      for (const { word, weight } of words) if (claim.searchText.includes(word)) score += weight;
      return { id: claim.id, score };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, Math.max(0, limit))
    .map((c) => c.id);
}
