// After ranking: the passages an outlet (or an article) shows, best first, with near-duplicates
// collapsed and repeated contradicting readings held back, so distinct evidence reaches the few
// slots an editor reads. A photo caption repeating a sentence of the body, or the same agency
// paragraph twice in one article, is one suggestion (the best of them, with how many it stands
// for); a second passage giving the same other value as one already shown counts a little less
// than a passage with another reading; a photo caption that states or contradicts is shown after
// the body's passages that do (`secondary`). Scores are left as the ranker gave them, and the
// verdict reads the ranker's best score, so it does not change.
import type { IndexedClause, ScoredPassage } from './types';

/**
 * Share of character bigrams two passages have in common (Dice coefficient over letters and
 * digits, punctuation and spaces left out) at or above which they are the same passage.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/**
 * A contradicting passage whose stated value an earlier shown passage already gave is ranked at
 * this share of its score for each such passage (its score itself is not changed).
 */
export const REPEATED_VALUE_FACTOR = 0.8;

/**
 * A photo caption names the people in the picture with where they stand: 普京（右六）,
 * 托卡耶夫（中右）, Putin (left). Captions repeat what the body says, so an editor's quote is the
 * body's sentence; a caption's passage is shown after the body's suggestions.
 */
const CAPTION_POSITION = /[（(](?:[左右中](?:[一二三四五六七八九十\d]|[左右])?|left|right|centre|center|l|r|c)[）)]/iu;

export function looksLikeCaption(sentence: string): boolean {
  return CAPTION_POSITION.test(sentence);
}

export type DiversifiedPassage = ScoredPassage & { duplicates: number };

function bigrams(text: string): Map<string, number> {
  const chars = [...text].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  if (chars.length === 1) counts.set(chars[0]!, 1);
  return counts;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/**
 * The folded text of a ranked passage and of its whole sentence, from the clauses it was ranked
 * from (the clauses of its article inside its span, in order). The clauses are grouped by
 * sentence once, so each look-up reads one sentence's clauses.
 */
export function passageTexts(clauses: readonly IndexedClause[]): {
  passage: (p: Pick<ScoredPassage, 'articleId' | 'start' | 'end'>) => string;
  sentence: (p: Pick<ScoredPassage, 'articleId' | 'start' | 'end'>) => string;
} {
  const bySentence = new Map<string, IndexedClause[]>();
  const byStart = new Map<string, IndexedClause>();
  for (const clause of clauses) {
    const key = `${clause.articleId}:${clause.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(clause);
    else bySentence.set(key, [clause]);
    byStart.set(`${clause.articleId}:${clause.start}`, clause);
  }
  for (const list of bySentence.values()) list.sort((x, y) => x.ordinal - y.ordinal);
  const sentenceOf = (p: Pick<ScoredPassage, 'articleId' | 'start'>) => {
    const first = byStart.get(`${p.articleId}:${p.start}`);
    return first ? (bySentence.get(`${first.articleId}:${first.sentence}`) ?? []) : [];
  };
  return {
    passage: (p) =>
      sentenceOf(p)
        .filter((c) => c.start >= p.start && c.end <= p.end)
        .map((c) => c.folded)
        .join(''),
    sentence: (p) =>
      sentenceOf(p)
        .map((c) => c.folded)
        .join(''),
  };
}

/** Dice coefficient of two texts' character bigrams (letters and digits only), in [0, 1]. */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const size = total(x) + total(y);
  if (size === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const [bigram, n] of x) shared += Math.min(n, y.get(bigram) ?? 0);
  return (2 * shared) / size;
}

/**
 * The reading a contradicting passage gives, so that the same reading written with or without its
 * year (2024年7月4日, 7月4日) or spaced otherwise is one reading.
 */
export function readingKey(statedValue: string): string {
  return statedValue
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\d{4}年(?=\d{1,2}月)/, '');
}

/**
 * Up to `limit` passages of `ranked` (best first, as rankPassages returns them): each passage
 * whose text (`textOf`) is nearly the same as one already kept is folded into it (its
 * `duplicates` count); a contradicting passage is weighed REPEATED_VALUE_FACTOR less for each
 * kept passage giving the same reading, and moves below the next passage that outscores it so.
 * Without such repeats the ranker's order is kept as it is.
 */
export function diversifyPassages(
  ranked: readonly ScoredPassage[],
  textOf: (passage: ScoredPassage) => string,
  limit: number,
  options: { secondary?: (passage: ScoredPassage) => boolean } = {},
): DiversifiedPassage[] {
  const kept: { passage: DiversifiedPassage; text: string }[] = [];
  const readings = new Map<string, number>();
  // a secondary passage (a caption) that states or contradicts comes after the others that do
  const tier = (p: ScoredPassage) => (p.stance === 'mentions' ? 2 : options.secondary?.(p) ? 1 : 0);
  const remaining = ranked
    .map((passage, order) => ({ passage, order, tier: tier(passage), text: null as string | null }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order);
  const reading = (p: ScoredPassage) => (p.stance === 'contradicts' && p.statedValue ? readingKey(p.statedValue) : null);
  const textOfCandidate = (c: (typeof remaining)[number]) => (c.text ??= textOf(c.passage));
  const penalized = (p: ScoredPassage) => {
    const key = reading(p);
    return p.score * REPEATED_VALUE_FACTOR ** (key === null ? 0 : (readings.get(key) ?? 0));
  };
  while (kept.length < limit && remaining.length > 0) {
    // within the first tier left, the ranker's order stands, except that a passage repeating a
    // shown reading moves down below the first passage that repeats none, unless it still
    // scores at least as much
    let size = remaining.findIndex((c) => c.tier !== remaining[0]!.tier);
    if (size === -1) size = remaining.length;
    const tierLeft = remaining.slice(0, size);
    const free = tierLeft.findIndex((c) => penalized(c.passage) === c.passage.score);
    let bestIndex = free;
    if (free === -1) {
      bestIndex = 0;
      for (let i = 1; i < size; i++) if (penalized(remaining[i]!.passage) > penalized(remaining[bestIndex]!.passage)) bestIndex = i;
    } else {
      const floor = remaining[free]!.passage.score;
      const ahead = tierLeft.slice(0, free).findIndex((c) => penalized(c.passage) >= floor);
      if (ahead !== -1) bestIndex = ahead;
    }
    const [candidate] = remaining.splice(bestIndex, 1);
    const text = textOfCandidate(candidate!);
    const same = kept.find((k) => textSimilarity(k.text, text) >= NEAR_DUPLICATE_SIMILARITY);
    if (same) {
      same.passage.duplicates += 1;
      continue;
    }
    kept.push({ passage: { ...candidate!.passage, duplicates: 0 }, text });
    const key = reading(candidate!.passage);
    if (key !== null) readings.set(key, (readings.get(key) ?? 0) + 1);
  }
  // passages below the last kept one that duplicate a kept one are counted too (those that
  // would be suggested at all: a mere mention is not read)
  for (const candidate of remaining) {
    if (candidate.passage.stance === 'mentions') continue;
    const text = textOfCandidate(candidate);
    const same = kept.find((k) => textSimilarity(k.text, text) >= NEAR_DUPLICATE_SIMILARITY);
    if (same) same.passage.duplicates += 1;
  }
  return kept.map((k) => k.passage);
}
