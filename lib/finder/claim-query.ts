// Turns a claim into what passages are scored against: weighted words of its text (rare in the
// corpus and in general Chinese = heavy), of its English gloss and topics (they only match
// English text), and of the quotes it already has; the counts it states (10个成员国, at least
// 9 visits) and, for a date claim, its dates.
import type { Comparator } from '../claims/claim-kind';
import { findDates, type DateMention } from './dates';
import { foldText } from './fold';
import { arabicNumerals, CLASSIFIER_SET, findEnumerations, findNumbers, type NumberMention } from './numerals';
import { cutTokens, generalIdfOf, segmentWords, wordClass } from './segment';
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
  /** Only inside the claim's brackets (an aside: a name in another script, a detail): counts ASIDE_SHARE. */
  aside?: boolean;
  /** Found (as a word or a substring) in the claim's coverage; false for words no article uses. */
  attested?: boolean;
  /**
   * For a number or date of the claim (beside a quantity or date claim's own value): whether a
   * text states it, read by value (三个月 = 3个月; 今年五月 falls in 2024年5月) rather than as a word.
   */
  stated?: (folded: string) => boolean;
  /** For a date of the claim: whether a text dates what it says otherwise (another month), so speaks of another occasion. */
  otherwise?: (folded: string) => boolean;
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
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Single characters that are grammar when they stand alone in a claim: prepositions and
 * coverbs (借 in 借上合组织扩大影响), adverbs of time, aspect and linking (即, 正, 亦), particles, and
 * the ordinal prefix 第 (its number is read by the quantity scorer). Negations are kept: they
 * carry meaning. General classes of Chinese function words, not words of any claim.
 */
const FUNCTION_MORPHEMES = new Set([
  ...'借凭靠随经按依据自从向对于在与和跟同及将把被为以由给让',
  ...'即正亦乃则均皆仍曾却便才刚又再也都还更最很已并就且或而',
  ...'的地得之其所着了过吗呢吧啊',
  ...'时起来前后间内外上下中第',
]);
const NUMBER_WORD = /^\d+(\.\d+)?$/u;

/** How often a word occurs in the corpus (articles holding it), when known. */
export type WordFrequency = (word: string) => number;

/** The words a word jieba glued from a function character and a word (借上合, 中俄正) could be cut back to. */
function unglued(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3 || !/^[\u4e00-\u9fff]+$/u.test(word)) return [];
  const out: string[] = [];
  if (FUNCTION_MORPHEMES.has(chars[0]!) || CLASSIFIER_SET.has(chars[0]!)) out.push(chars.slice(1).join(''));
  if (FUNCTION_MORPHEMES.has(chars.at(-1)!)) out.push(chars.slice(0, -1).join(''));
  return out;
}

/**
 * The content words of a claim text, in order: single-character function words and the
 * classifier right after a number (2人, 3个) are dropped, and a word jieba glued from a function
 * character (or a number's classifier) and a word (借上合, 中俄正, 次访问) is cut back to that word
 * when the corpus uses the word more often than the glued form.
 */
export function claimContentWords(folded: string, frequency: WordFrequency = () => 0): string[] {
  const cut = segmentWords(folded);
  const out: string[] = [];
  for (let i = 0; i < cut.length; i++) {
    const word = cut[i]!;
    const afterNumber = i > 0 && NUMBER_WORD.test(cut[i - 1]!);
    if ([...word].length === 1) {
      if (!FUNCTION_MORPHEMES.has(word) && !(afterNumber && CLASSIFIER_SET.has(word))) out.push(word);
      continue;
    }
    const own = frequency(word);
    const better = unglued(word)
      .map((rest) => ({ rest, df: frequency(rest) }))
      .filter((r) => r.df > own)
      .sort((a, b) => b.df - a.df)[0];
    out.push(better ? better.rest : word);
  }
  return out;
}

/** The claim's words and the words its glued words could be cut back to, whose frequencies the query needs. */
function candidateWords(folded: string): string[] {
  const words = segmentWords(folded);
  return [...words, ...words.flatMap(unglued)];
}

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
      ...candidateWords(foldText(claim.text)),
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

/** Words of the claim's verb of inference (反映 出 in "X反映出Y"): they say how the claim argues, like its frame. */
export function inferenceWords(folded: string): Set<string> {
  const match = INFERENCE.exec(folded);
  return new Set(match ? segmentWords(match[0]) : []);
}

// Coverbs that open an adjunct of place, time or means before the verb (在阿斯塔纳峰会上呼吁,
// 于7月3日举行, 借峰会展示, 通过论坛扩大): general Chinese prepositions, not words of any claim.
const COVERBS = new Set(['在', '于', '借', '借助', '通过', '利用', '凭借', '趁']);
const ADJUNCT_WORDS = 6;

/**
 * Words that occur only in the claim's adjuncts of place, time or means: a coverb and what
 * follows it up to its localizer (上, 期间, 后), the verb, or the clause's end. They say where,
 * when or by what the claim happened, which the event's other passages share; what happened is
 * the rest. Counted like a premise.
 */
export function adjunctWords(folded: string, frequency?: WordFrequency): Set<string> {
  const tokens = cutTokens(folded);
  const inside: string[] = [];
  const outside: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!COVERBS.has(tokens[i]!)) {
      outside.push(tokens[i]!);
      continue;
    }
    let k = i + 1;
    for (; k < tokens.length && k - i <= ADJUNCT_WORDS; k++) {
      const token = tokens[k]!;
      if (!/[\p{L}\p{N}]/u.test(token) || COVERBS.has(token)) break;
      const tag = wordClass(token);
      if (tag?.startsWith('v')) break;
      inside.push(token);
      if (tag === 'f') {
        k++;
        break;
      }
    }
    i = k - 1;
  }
  const content = new Set(claimContentWords(outside.join(' '), frequency));
  return new Set(claimContentWords(inside.join(' '), frequency).filter((w) => !content.has(w)));
}

/** How much a word only in the claim's brackets counts: an aside (a name in another script, a date, a detail). */
export const ASIDE_SHARE = 0.5;
const BRACKETED = /[（(][^（）()]*[）)]/gu;

/** Words that occur only inside the claim's brackets. */
export function asideWords(folded: string, frequency?: WordFrequency): Set<string> {
  const inside = new Set((folded.match(BRACKETED) ?? []).flatMap((aside) => claimContentWords(aside, frequency)));
  if (inside.size === 0) return inside;
  for (const w of claimContentWords(folded.replace(BRACKETED, '，'), frequency)) inside.delete(w);
  return inside;
}
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
export function premiseWords(folded: string, frequency?: WordFrequency): Set<string> {
  const premise = new Set<string>();
  let rest = folded;
  const match = INFERENCE.exec(folded);
  if (match) {
    for (const w of claimContentWords(folded.slice(0, match.index), frequency)) premise.add(w);
    rest = folded.slice(match.index + match[0].length);
  }
  const clauses = rest.split(/[，,；;]/u).map((c) => c.trim()).filter(Boolean);
  const content: string[] = [];
  if (clauses.length > 1) {
    for (const clause of clauses) {
      if (isTimeFrame(clause)) for (const w of claimContentWords(clause, frequency)) premise.add(w);
      else content.push(clause);
    }
  } else {
    content.push(rest);
  }
  for (const clause of content) for (const w of claimContentWords(clause, frequency)) premise.delete(w);
  return premise;
}

/** Words that occur only in the claim's attribution clauses. */
export function frameWords(folded: string, frequency?: WordFrequency): Set<string> {
  const clauses = folded.split(/[，,：:]/u).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return new Set();
  const frame = new Set<string>();
  const content = new Set<string>();
  for (const clause of clauses) for (const w of claimContentWords(clause, frequency)) (ATTRIBUTION.test(clause) ? frame : content).add(w);
  for (const w of content) frame.delete(w);
  return frame;
}

/**
 * The claim's text without the value the value scorer reads (a date claim's dates and years, a quantity
 * claim's count): its pieces (日至, 2024) would otherwise count twice, once as words.
 */
function withoutValue(claim: FinderClaim, folded: string, markers: readonly { start: number; end: number }[] = []): string {
  const chars = [...folded];
  const spans: { start: number; end: number }[] = [...markers];
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

// What a text states by value, read once per text: windows are scored against several claims,
// and a claim's markers against every window (speed only; bounded).
const statedValues = new Map<string, { numbers: NumberMention[]; dates: DateMention[] }>();
function valuesOf(folded: string): { numbers: NumberMention[]; dates: DateMention[] } {
  let values = statedValues.get(folded);
  if (values === undefined) {
    values = { numbers: findNumbers(folded), dates: findDates(arabicNumerals(folded)) };
    if (statedValues.size >= 20_000) statedValues.clear();
    statedValues.set(folded, values);
  }
  return values;
}

/** Whether a passage's date can be the claim's: same month, and year and days where both give them. */
export function sameDate(claim: DateMention, passage: DateMention): boolean {
  if (claim.month !== passage.month) return false;
  if (claim.year !== null && passage.year !== null && claim.year !== passage.year) return false;
  if (claim.from === null || passage.from === null) return true;
  return passage.from <= claim.to! && claim.from <= passage.to!;
}

/**
 * The numbers and dates a claim states beside its own value, as words read by value: a count or
 * an ordinal (三个月内的第二次) is stated by a passage giving the same number of the same thing, a
 * date (2024年5月) by a passage giving a day or month inside it (5月16日, 今年五月). A quantity
 * claim's count and a date claim's dates are the value scorer's, not words.
 */
export type ClaimMarker = {
  text: string;
  start: number;
  end: number;
  date: boolean;
  stated: (folded: string) => boolean;
  otherwise?: (folded: string) => boolean;
};

export function claimMarkers(claim: FinderClaim, folded: string): ClaimMarker[] {
  const markers: ClaimMarker[] = [];
  if (claim.kind !== 'date') {
    for (const date of findDates(folded)) {
      markers.push({
        text: date.text,
        start: date.start,
        end: date.end,
        date: true,
        stated: (text) => valuesOf(text).dates.some((d) => sameDate(date, d)),
        otherwise: (text) => {
          const dates = valuesOf(text).dates;
          return dates.length > 0 && !dates.some((d) => sameDate(date, d));
        },
      });
    }
  }
  for (const m of findNumbers(folded)) {
    if (m.role !== 'count' && m.role !== 'ordinal') continue;
    if (claim.kind === 'quantity' && m.role === 'count' && m.value === claim.value) continue;
    if (markers.some((d) => m.start < d.end && d.start < m.end)) continue;
    markers.push({
      text: m.text,
      start: m.start,
      end: m.end,
      date: false,
      stated: (text) => valuesOf(text).numbers.some((n) => n.role === m.role && n.value === m.value && (n.counts === m.counts || !n.counts || !m.counts)),
    });
  }
  return markers;
}

export function buildClaimQuery(given: FinderClaim, stats: CorpusStats): ClaimQuery {
  const claim = withImplicitValue(given);
  const folded = foldText(claim.text);
  const frequency = (word: string) => stats.documentFrequency(word);
  const frame = new Set([...frameWords(folded, frequency), ...inferenceWords(folded)]);
  const premise = new Set([...premiseWords(folded, frequency), ...adjunctWords(folded, frequency)]);
  const aside = asideWords(folded, frequency);
  const markers = claimMarkers(claim, folded);
  const flag = (w: WeightedWord, own: readonly string[] = [w.word]): WeightedWord =>
    own.some((x) => frame.has(x)) ? { ...w, frame: true } : own.some((x) => premise.has(x)) ? { ...w, premise: true } : own.some((x) => aside.has(x)) ? { ...w, aside: true } : w;
  // a year or a date only places a fact in time (2024年上合峰会, 2024年5月访问北京): like a time frame,
  // it counts half, so a passage that shares the claim's year and names (a dated photo caption)
  // does not pass for one that states what the claim says happened
  const timeOnly = (w: WeightedWord): WeightedWord => (w.frame || w.aside ? w : { ...w, premise: true });
  const words = [
    ...weigh(claimContentWords(withoutValue(claim, folded, markers), frequency), stats)
      .map((w) => flag(w))
      .map((w) => (claim.kind !== 'date' && YEAR.test(w.word) ? timeOnly(w) : w)),
    // a marker is flagged like the words of its own text (a date in a time frame is a premise)
    ...markers
      .filter((m, i) => markers.findIndex((o) => o.text === m.text) === i)
      .map((m) => {
        const w = flag({ word: m.text, weight: wordWeight(m.text, stats), stated: m.stated, ...(m.otherwise ? { otherwise: m.otherwise } : {}) }, segmentWords(m.text));
        return m.date ? timeOnly(w) : w;
      }),
  ];
  const glossWords = weigh([...englishWords(claim.gloss ?? ''), ...(claim.topics ?? []).flatMap((t) => t.split('-'))].filter((w) => w.length > 2), stats);
  const cut = segmentWords(folded);
  const abbreviations = new Map<string, string[]>();
  for (let i = 0; i + 1 < cut.length; i++) {
    const [a, b] = [cut[i]!, cut[i + 1]!];
    if (/^[\u4e00-\u9fff]{2,}$/.test(a) && /^[\u4e00-\u9fff]{2,}$/.test(b)) abbreviations.set(a[0]! + b[0]!, [a, b]);
  }
  const facets = claimFacets(folded)
    .map((facet) => {
      const own = new Set(claimContentWords(facet, frequency));
      return words.filter((w) => own.has(w.word) || (w.stated !== undefined && facet.includes(w.word)));
    })
    .filter((f) => f.length > 0);
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

/**
 * The parts of a claim that can each stand for it: its clauses, without what stands in brackets
 * (an aside), its attribution ("分析人士认为") and clauses that only place it in time; of an argued
 * clause ("X反映出Y"), what it asserts (Y).
 */
export function claimFacets(folded: string): string[] {
  return folded
    .replace(BRACKETED, '')
    .split(/[，,；;。：:]/u)
    .map((part) => {
      const inference = INFERENCE.exec(part);
      return (inference ? part.slice(inference.index + inference[0].length) : part).trim();
    })
    .filter((part) => [...part].length >= 4 && !isTimeFrame(part) && !ATTRIBUTION.test(part));
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
  const df = ({ word, stated }: WeightedWord) => {
    let count = cache.get(word);
    if (count === undefined) {
      count = 0;
      for (const s of sentences) if (stated ? stated(s.folded) : s.words.has(word) || s.folded.includes(word)) count++;
      cache.set(word, count);
    }
    return count;
  };
  const focus = (words: readonly WeightedWord[]) =>
    words.map((w) => ({
      ...w,
      weight: focusedWeight(df(w), n, w.word) * (w.frame ? FRAME_SHARE : w.premise ? PREMISE_SHARE : w.aside ? ASIDE_SHARE : 1),
      attested: df(w) > 0,
    }));
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
