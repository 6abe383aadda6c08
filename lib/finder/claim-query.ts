// Turns a claim into what passages are scored against: weighted words of its text (rare in the
// corpus and in general Chinese = heavy), of its English gloss and topics (they only match
// English text), and of the quotes it already has; the counts it states (10个成员国, at least
// 9 visits) and, for a date claim, its dates.
import type { Comparator } from '../claims/claim-kind';
import { findDates, type DateMention } from './dates';
import { foldText } from './fold';
import { findEnumerations, findNumbers, type NumberMention } from './numerals';
import { generalIdfOf, segmentWords } from './segment';
import type { CorpusStats, FinderClaim } from './types';

export type WeightedWord = {
  word: string;
  weight: number;
  /** Only in the claim's attribution ("分析人士认为"): counts a quarter. */
  frame?: boolean;
  /**
   * Only in what the claim argues from ("莫迪缺席上合峰会" in "莫迪缺席上合峰会反映出……") or in a clause
   * that only places it in time ("……入侵乌克兰之前，"): counts PREMISE_SHARE.
   */
  premise?: boolean;
  /** Found (as a word or a substring) in the claim's coverage; false for words no article uses. */
  attested?: boolean;
};

/** A count the claim states, and the interval it allows. */
export type ClaimCount = {
  value: number;
  comparator: Comparator;
  counts: string;
  text: string;
  /** The claim's own value (a quantity claim); other counts in its text only serve to spot contradictions. */
  main: boolean;
  /**
   * The count sums up a list the claim spells out (A、B、C和D四国): it counts that group, so only
   * a count the passage ties to a name of the claim (中亚五国) gives another value for it.
   */
  sumsUpList?: boolean;
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

// A clause that only says who holds the claim ("分析人士认为，", "据卫星通讯社统计，", "普京在与习近平会面时称，")
// is its frame, not its content: a reporting verb ends it, or 据 opens it. General Chinese
// reporting verbs, not words of any claim.
const ATTRIBUTION = /(认为|表示|称|说|指出|强调|透露|统计|报道|看来|分析|评论|声称|宣称|批评|警告)$|^据/u;
/** How much a word of the claim's frame counts against a word of its content. */
export const FRAME_SHARE = 0.25;

// A verb of inference splits a claim into what it argues from and what it asserts ("X反映出Y",
// "X表明Y", "X意味着Y"): a passage that states only X reports the premise, not the claim.
// General Chinese verbs of inference, not words of any claim.
const INFERENCE = /(反映出|反映了|反映|表明|显示出|显示了|说明了|意味着|证明了|证明|凸显出|凸显了|凸显)/u;
/** How much a word of the claim's premise or time frame counts against a word of what it asserts. */
export const PREMISE_SHARE = 0.5;

// A clause that ends in a word of time ("2022年2月俄罗斯入侵乌克兰之前，", "阿斯塔纳峰会后，") only
// places the claim in time: a passage that states that event alone does not state the claim.
// General Chinese words of time, not words of any claim.
const TIME_FRAME = /(前|前夕|后|之际|期间|以来|时)$/u;

/** Clauses of the claim that only place it in time (see TIME_FRAME). */
export function isTimeFrame(clause: string): boolean {
  return TIME_FRAME.test(clause.trim());
}

/**
 * Words that occur only in what the claim argues from (before its verb of inference) or in a
 * clause that only places it in time (none if it has neither).
 */
export function premiseWords(folded: string): Set<string> {
  const premise = new Set<string>();
  let rest = folded;
  const match = INFERENCE.exec(folded);
  if (match) {
    for (const w of segmentWords(folded.slice(0, match.index))) premise.add(w);
    rest = folded.slice(match.index + match[0].length);
  }
  const clauses = rest.split(/[，,；;]/u).map((c) => c.trim()).filter(Boolean);
  const content: string[] = [];
  if (clauses.length > 1) {
    for (const clause of clauses) {
      if (isTimeFrame(clause)) for (const w of segmentWords(clause)) premise.add(w);
      else content.push(clause);
    }
  } else {
    content.push(rest);
  }
  for (const clause of content) for (const w of segmentWords(clause)) premise.delete(w);
  return premise;
}

/** Words that occur only in the claim's attribution clauses. */
export function frameWords(folded: string): Set<string> {
  const clauses = folded.split(/[，,：:]/u).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return new Set();
  const frame = new Set<string>();
  const content = new Set<string>();
  for (const clause of clauses) for (const w of segmentWords(clause)) (ATTRIBUTION.test(clause) ? frame : content).add(w);
  for (const w of content) frame.delete(w);
  return frame;
}

/**
 * The claim's text without the value the value scorer reads (a date claim's dates and years, a quantity
 * claim's count): its pieces (日至, 2024) would otherwise count twice, once as words.
 */
function withoutValue(claim: FinderClaim, folded: string): string {
  const chars = [...folded];
  const spans: { start: number; end: number }[] = [];
  if (claim.kind === 'date') spans.push(...findDates(folded).filter((d) => d.from !== null), ...findNumbers(folded).filter((m) => m.role === 'year'));
  if (claim.kind === 'quantity' && claim.value != null) spans.push(...findNumbers(folded).filter((m) => m.role === 'count' && m.value === claim.value));
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = ' ';
  return chars.join('');
}

/**
 * A quantity claim saved without its value (the quick form takes text and kind only) states it in
 * its text: when the text gives exactly one count, that count is the claim's value, with its
 * comparator (至少 9 次 → ≥ 9), so the finder weighs and compares it as if it had been entered.
 */
export function withImplicitValue(claim: FinderClaim): FinderClaim {
  if (claim.kind !== 'quantity' || claim.value != null) return claim;
  const counts = findNumbers(foldText(claim.text)).filter((m) => m.role === 'count');
  if (counts.length !== 1) return claim;
  return { ...claim, value: counts[0]!.value, comparator: claim.comparator ?? counts[0]!.comparator };
}

export function buildClaimQuery(given: FinderClaim, stats: CorpusStats): ClaimQuery {
  const claim = withImplicitValue(given);
  const folded = foldText(claim.text);
  const frame = frameWords(folded);
  const premise = premiseWords(folded);
  const words = weigh(segmentWords(withoutValue(claim, folded)), stats).map((w) =>
    frame.has(w.word) ? { ...w, frame: true } : premise.has(w.word) ? { ...w, premise: true } : w,
  );
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
  const lists = findEnumerations(folded);
  const sumsUpList = (m: NumberMention) => lists.some((l) => l.size === m.value && m.start >= l.start && m.start <= l.end);
  for (const count of counts) {
    const own = mentions.find((m) => m.value === count.value);
    if (own && sumsUpList(own)) count.sumsUpList = true;
  }
  for (const m of mentions) {
    if (counts.some((c) => c.value === m.value && c.counts === m.counts)) continue;
    if (!m.counts) continue;
    counts.push({ ...fromMention(m), main: false, ...(sumsUpList(m) ? { sumsUpList: true } : {}) });
  }
  return { claim, words, facets, abbreviations, glossWords, quoteWords, counts, dates: claim.kind === 'date' ? findDates(folded) : [] };
}

/** The parts of a claim: its clauses and what stands in brackets. */
function claimFacets(folded: string): string[] {
  return folded
    .split(/[，,；;。：:（）()]/u)
    .map((part) => part.trim())
    .filter((part) => [...part].length >= 4 && !isTimeFrame(part));
}

/** A sentence of the claim's coverage: its folded text and its words. */
export type CoverageSentence = { folded: string; words: ReadonlySet<string> | readonly string[] };

/**
 * Reweights the claim's words by how specific they are within the event's coverage: the
 * candidate sentences retrieved for the claim across all outlets. A word in most of them (the
 * event's leaders, summit and place) tells no passage apart from the others; a word in few of
 * them (the counted thing, the specific actor or action) is what a passage must hold to state
 * this claim rather than another about the same event. Sentence-level inverse frequency, times
 * jieba's general specificity (so common Chinese words stay light in a small coverage).
 */
export function focusClaimQuery(query: ClaimQuery, coverage: readonly CoverageSentence[]): ClaimQuery {
  const sentences = coverage.map((s) => ({ folded: s.folded, words: s.words instanceof Set ? (s.words as ReadonlySet<string>) : new Set(s.words as readonly string[]) }));
  const n = sentences.length;
  if (n === 0) return query;
  const cache = new Map<string, number>();
  const df = (word: string) => {
    let count = cache.get(word);
    if (count === undefined) {
      count = 0;
      for (const s of sentences) if (s.words.has(word) || s.folded.includes(word)) count++;
      cache.set(word, count);
    }
    return count;
  };
  const focus = (words: readonly WeightedWord[]) =>
    words.map((w) => ({ ...w, weight: focusedWeight(df(w.word), n, w.word) * (w.frame ? FRAME_SHARE : w.premise ? PREMISE_SHARE : 1), attested: df(w.word) > 0 }));
  return {
    ...query,
    words: focus(query.words),
    facets: query.facets.map(focus),
    glossWords: focus(query.glossWords),
    quoteWords: query.quoteWords.map(focus),
  };
}

export function focusedWeight(df: number, sentences: number, word: string): number {
  const idf = Math.log((sentences + 1) / (df + 0.5));
  return Math.max(idf, 0.05) * (0.4 + generalIdfOf(word) / 20);
}

function fromMention(m: NumberMention): Omit<ClaimCount, 'main'> {
  return { value: m.value, comparator: m.comparator, counts: m.counts, text: m.text };
}
