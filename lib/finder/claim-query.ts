// Turns a claim into what passages are scored against: weighted words of its text (rare in the
// corpus and in general Chinese = heavy), of its English gloss and topics (they only match
// English text), and of the quotes it already has; the counts it states (10个成员国, at least
// 9 visits) and, for a date claim, its dates.
import type { Comparator } from '../claims/claim-kind';
import { findDates, type DateMention } from './dates';
import { foldText } from './fold';
import { findNumbers, type NumberMention } from './numerals';
import { generalIdfOf, segmentWords } from './segment';
import type { CorpusStats, FinderClaim } from './types';

export type WeightedWord = { word: string; weight: number };

/** A count the claim states, and the interval it allows. */
export type ClaimCount = {
  value: number;
  comparator: Comparator;
  counts: string;
  text: string;
  /** The claim's own value (a quantity claim); other counts in its text only serve to spot contradictions. */
  main: boolean;
};

export type ClaimQuery = {
  claim: FinderClaim;
  /** Words of the claim text. */
  words: WeightedWord[];
  /** Words of each part of the claim (its clauses and bracketed asides), for passages that state one part. */
  facets: WeightedWord[][];
  /**
   * Chinese abbreviations of consecutive claim words (上海 合作 -> 上合, 中国 俄罗斯 -> 中俄): the
   * first character of each, as Chinese shortens names. A passage with the short form states both.
   */
  abbreviations: Map<string, string[]>;
  /** Words of the gloss and topics (English). */
  glossWords: WeightedWord[];
  /** Words of each existing quote. */
  quoteWords: WeightedWord[][];
  counts: ClaimCount[];
  dates: DateMention[];
};

/**
 * IDF over the indexed articles, tempered by jieba's general IDF (so a word common in Chinese
 * stays light even in a small corpus, and a word in every article of the story weighs little).
 */
export function wordWeight(word: string, stats: CorpusStats): number {
  const df = Math.min(stats.documentFrequency(word), stats.articles);
  const corpusIdf = Math.log((stats.articles + 1) / (df + 0.5));
  const general = generalIdfOf(word);
  return (corpusIdf + 0.1) * (0.4 + general / 20);
}

// Small numbers are read by the quantity scorer, which knows what they count; as bare words
// they would match any date or count ("9" in 9月15日). Years stay words.
const BARE_NUMBER = /^\d{1,3}(\.\d+)?$/;

function weigh(words: readonly string[], stats: CorpusStats): WeightedWord[] {
  return [...new Set(words)].filter((word) => !BARE_NUMBER.test(word)).map((word) => ({ word, weight: wordWeight(word, stats) }));
}

function englishWords(text: string): string[] {
  return segmentWords(foldText(text)).filter((w) => /^[a-z0-9]/.test(w) && w.length > 2);
}

/** Every word a claim's query can weigh, so their frequencies can be fetched before building it. */
export function claimQueryWords(claim: FinderClaim): string[] {
  return [
    ...new Set([
      ...segmentWords(foldText(claim.text)),
      ...englishWords(claim.gloss ?? ''),
      ...(claim.topics ?? []).flatMap((t) => t.split('-')),
      ...(claim.quotes ?? []).flatMap((quote) => segmentWords(foldText(quote))),
    ]),
  ];
}

export function buildClaimQuery(claim: FinderClaim, stats: CorpusStats): ClaimQuery {
  const folded = foldText(claim.text);
  const words = weigh(segmentWords(folded), stats);
  const glossWords = weigh([...englishWords(claim.gloss ?? ''), ...(claim.topics ?? []).flatMap((t) => t.split('-'))].filter((w) => w.length > 2), stats);
  const cut = segmentWords(folded);
  const abbreviations = new Map<string, string[]>();
  for (let i = 0; i + 1 < cut.length; i++) {
    const [a, b] = [cut[i]!, cut[i + 1]!];
    if (/^[\u4e00-\u9fff]{2,}$/.test(a) && /^[\u4e00-\u9fff]{2,}$/.test(b)) abbreviations.set(a[0]! + b[0]!, [a, b]);
  }
  const facets = claimFacets(folded).map((facet) => words.filter((w) => segmentWords(facet).includes(w.word))).filter((f) => f.length > 0);
  const quoteWords = (claim.quotes ?? []).map((quote) => weigh(segmentWords(foldText(quote)), stats));

  const mentions = findNumbers(folded).filter((m) => m.role === 'count');
  const counts: ClaimCount[] = [];
  if (claim.kind === 'quantity' && claim.value != null) {
    // the stated value's own mention tells what it counts; the comparator comes from the claim
    const own = mentions.find((m) => m.value === claim.value);
    counts.push({ value: claim.value, comparator: claim.comparator ?? 'eq', counts: own?.counts ?? '', text: own?.text ?? String(claim.value), main: true });
  }
  for (const m of mentions) {
    if (counts.some((c) => c.value === m.value && c.counts === m.counts)) continue;
    if (!m.counts) continue;
    counts.push({ ...fromMention(m), main: false });
  }
  return { claim, words, facets, abbreviations, glossWords, quoteWords, counts, dates: claim.kind === 'date' ? findDates(folded) : [] };
}

/** The parts of a claim: its clauses and what stands in brackets. */
function claimFacets(folded: string): string[] {
  return folded
    .split(/[，,；;。：:（）()]/u)
    .map((part) => part.trim())
    .filter((part) => [...part].length >= 4);
}

function fromMention(m: NumberMention): Omit<ClaimCount, 'main'> {
  return { value: m.value, comparator: m.comparator, counts: m.counts, text: m.text };
}
