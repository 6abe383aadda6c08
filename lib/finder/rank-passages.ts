// Scores passages against a claim and proposes the best ones. A passage is a window of one to
// three consecutive clauses inside one sentence, so a suggestion is as tight as the words that
// match allow. Scorers each return a share in [0, 1] with their reasons; the lexical scorer
// weighs the claim's words found in the passage, the quantity scorer reads the counts and dates
// it states. A semantic scorer can join the list later without touching the rest.
import { compareStatedValue } from '../claims/stated-value';
import type { ClaimQuery, WeightedWord } from './claim-query';
import { compareDates, findDates } from './dates';
import { findEnumerations, findNumbers, type NumberMention } from './numerals';
import { foldText } from './fold';
import { segmentWords } from './segment';
import type { IndexedClause, ScoredPassage, SuggestedStance } from './types';

export type PassageWindow = {
  articleId: number;
  start: number;
  end: number;
  /** Folded text of the window (the clauses with what lies between them). */
  folded: string;
  words: ReadonlySet<string>;
  /** Words the window's sentence inherits from the sentence before, its antecedent (lib/finder/anaphora.ts). */
  context?: ReadonlySet<string>;
  sentence: number;
  clauses: number;
};

export type ScorerResult = {
  score: number;
  matched?: string[];
  /** Of the matched words, those found only in the sentence the window's opening pronoun refers back to. */
  inherited?: string[];
  /** Set by a scorer that reads the passage as giving another value for the claim's count or date. */
  contradiction?: string;
  /** The value the passage states, when it agrees. */
  agreement?: string;
};

export type PassageScorer = { name: string; score: (query: ClaimQuery, window: PassageWindow) => ScorerResult };

/**
 * The score above which a passage is taken to state or contradict the claim, and an outlet's
 * verdict is `likely`. Chosen on the seed corpus (npm run eval:suggest) where it separates
 * stating from omitting outlets; see README "Evidence finder".
 */
export const LIKELY_THRESHOLD = 0.334;
/** Below the verdict threshold a passage can still be a statement the editor should see. */
export const STATES_THRESHOLD = 0.2;
const MAX_WINDOW_CLAUSES = 4;
/** A passage that dates what it says otherwise than the claim keeps this share of its score. */
export const OTHER_OCCASION_SHARE = 0.75;
/** A passage that states one part of a claim scores this share of one that states all of it. */
const FACET_SHARE = 0.85;
/**
 * A claim word found only in the sentence a passage's opening pronoun refers back to counts this
 * share: the pronoun may stand for it (莫迪 for 他), or the word may only be the antecedent's.
 * Chosen on the seed corpus (npm run eval:suggest): from 0.7 to 0.9 the figures are the same,
 * at 0.6 a statement made of a pronoun's sentence falls out of its outlet's top three, at 1
 * pronoun sentences outrank named statements (recall@1 falls to 82%).
 */
export const CONTEXT_CREDIT = 0.75;
/** A window needs this many content words of its own to be read with its antecedent's (not 他说：). */
const MIN_WORDS_WITH_CONTEXT = 2;

/**
 * A word of the claim that no sentence of its coverage holds can only be matched in part (a
 * bigram, a shared morpheme); it counts this share of its weight in what a passage could cover,
 * so the score stays relative to what the corpus can attest.
 */
const UNATTESTED_SHARE = 0.3;

// Words split into code points, once per word rather than once per window and claim word: the
// ranker compares every claim word with every word of every candidate window (speed only).
const codePoints = new Map<string, readonly string[]>();
function charsOf(word: string): readonly string[] {
  let chars = codePoints.get(word);
  if (chars === undefined) {
    chars = [...word];
    if (codePoints.size >= 200_000) codePoints.clear();
    codePoints.set(word, chars);
  }
  return chars;
}

function coverage(
  words: readonly WeightedWord[],
  window: PassageWindow,
  abbreviated: ReadonlySet<string> = new Set(),
  unattestedShare = UNATTESTED_SHARE,
): { share: number; matched: string[]; inherited: string[] } {
  let total = 0;
  let found = 0;
  const matched: { word: string; weight: number }[] = [];
  const inherited: string[] = [];
  const own = ownWords(words);
  for (const { word, weight: full, attested, stated } of words) {
    const weight = attested === false ? full * unattestedShare : full;
    total += weight;
    let credit = 0;
    if (stated) credit = stated(window.folded) ? 1 : 0;
    else if (window.words.has(word)) credit = 1;
    else if (abbreviated.has(word)) credit = 0.9;
    else credit = partialCredit(word, window, own);
    if (credit < CONTEXT_CREDIT && window.context?.has(word)) {
      credit = CONTEXT_CREDIT;
      inherited.push(word);
    }
    if (credit > 0) {
      found += weight * credit;
      if (credit >= 0.5) matched.push({ word, weight: weight * credit });
    }
  }
  matched.sort((a, b) => b.weight - a.weight);
  return { share: total > 0 ? found / total : 0, matched: matched.map((m) => m.word), inherited };
}

/**
 * An upper bound of `coverage(words, window, abbreviated, unattestedShare).share`, cheap enough
 * to skip the scoring of a claim part or quote that cannot beat what the window already scores
 * (speed only: it never changes a score). A word the window holds, or a number or date the claim
 * states, may count in full; an abbreviated one, or one of at least two characters all found in
 * the window, 0.9 (a substring or abbreviation); one of at least two characters with a Chinese
 * character that shares a character with the window, 0.5 (its bigram share or a shared morpheme,
 * each at most half); any other nothing. Summed in coverage's order, so that floating point
 * rounding keeps it at or above the share itself.
 */
export function coverageBound(
  words: readonly WeightedWord[],
  window: PassageWindow,
  abbreviated: ReadonlySet<string> = EMPTY,
  unattestedShare = UNATTESTED_SHARE,
): number {
  const chars = windowCharacterSet(window);
  let total = 0;
  let found = 0;
  for (const { word, weight: full, attested, stated } of words) {
    const weight = attested === false ? full * unattestedShare : full;
    total += weight;
    let credit: number;
    if (stated || window.words.has(word)) credit = 1;
    else if (abbreviated.has(word)) credit = 0.9;
    else credit = characterBound(word, chars);
    if (credit < CONTEXT_CREDIT && window.context?.has(word)) credit = CONTEXT_CREDIT;
    // (a negative weight, which weighing never gives, would only lower the share)
    if (weight > 0) found += weight * credit;
  }
  return total > 0 ? found / total : 0;
}

const EMPTY: ReadonlySet<string> = new Set();

/** The most partial credit a word not in the window can get, from the characters the window holds. */
function characterBound(word: string, chars: ReadonlySet<string>): number {
  const wordChars = charsOf(word);
  if (wordChars.length < 2) return 0;
  let present = 0;
  for (const c of wordChars) if (chars.has(c)) present++;
  if (present === wordChars.length) return 0.9;
  return present > 0 && /[\u4e00-\u9fff]/u.test(word) ? 0.5 : 0;
}

// The characters of a window's folded text and of its words (a word's digits may stand for a
// numeral of the text), once per window.
const windowCharacterSets = new WeakMap<PassageWindow, Set<string>>();
function windowCharacterSet(window: PassageWindow): Set<string> {
  let chars = windowCharacterSets.get(window);
  if (chars === undefined) {
    chars = new Set(window.folded);
    for (const word of window.words) for (const c of charsOf(word)) chars.add(c);
    windowCharacterSets.set(window, chars);
  }
  return chars;
}

// Per query, what the lexical scorer reads for every window: the claim's total weight, the
// parts heavy enough to stand for it, and its quotes less repeats (a quote with the same words
// and weights as an earlier one scores the same, so it can never beat it; speed only).
type LexicalPlan = {
  facets: readonly WeightedWord[][];
  quotes: readonly WeightedWord[][];
  distinct: readonly string[];
  places: ReadonlyMap<string, number>;
  distinctLengths: readonly number[];
  distinctChinese: readonly boolean[];
  /** For each character, the distinct words holding it (their place) and how many times. */
  byCharacter: ReadonlyMap<string, readonly { place: number; count: number }[]>;
  text: CompiledWords;
  gloss: CompiledWords | null;
  compiledFacets: readonly CompiledWords[];
  compiledQuotes: readonly CompiledWords[];
};
const lexicalPlans = new WeakMap<ClaimQuery, LexicalPlan>();
function lexicalPlan(query: ClaimQuery): LexicalPlan {
  let plan = lexicalPlans.get(query);
  if (plan === undefined) {
    const total = query.words.reduce((sum, w) => sum + w.weight, 0);
    const facets = query.facets.filter((facet) => !(facet.reduce((sum, w) => sum + w.weight, 0) < 0.2 * total));
    const seen = new Set<string>();
    const quotes = query.quoteWords.filter((quote) => {
      if (quote.some((w) => w.stated || w.otherwise)) return true;
      const key = JSON.stringify(quote.map((w) => [w.word, w.weight, w.attested ?? null]));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const places = new Map<string, number>();
    const text = compileWords(query.words, UNATTESTED_SHARE, places);
    const gloss = query.glossWords.length ? compileWords(query.glossWords, UNATTESTED_SHARE, places) : null;
    const compiledFacets = facets.map((facet) => compileWords(facet, 1, places));
    const compiledQuotes = quotes.map((quote) => compileWords(quote, UNATTESTED_SHARE, places));
    const distinct = [...places.keys()];
    const distinctLengths = distinct.map((word) => [...word].length);
    const distinctChinese = distinct.map((word) => /[\u4e00-\u9fff]/u.test(word));
    const byCharacter = new Map<string, { place: number; count: number }[]>();
    distinct.forEach((word, place) => {
      const counts = new Map<string, number>();
      for (const c of word) counts.set(c, (counts.get(c) ?? 0) + 1);
      for (const [c, count] of counts) {
        const list = byCharacter.get(c);
        if (list) list.push({ place, count });
        else byCharacter.set(c, [{ place, count }]);
      }
    });
    lexicalPlans.set(query, (plan = { facets, quotes, distinct, places, distinctLengths, distinctChinese, byCharacter, text, gloss, compiledFacets, compiledQuotes }));
  }
  return plan;
}

// The claim words of one query part, as a set (worked out once per list, speed only).
const ownWordSets = new WeakMap<readonly WeightedWord[], ReadonlySet<string>>();
function ownWords(words: readonly WeightedWord[]): ReadonlySet<string> {
  let own = ownWordSets.get(words);
  if (own === undefined) ownWordSets.set(words, (own = new Set(words.map((w) => w.word))));
  return own;
}

// A word's partial credit in a window depends on the window and the claim's own words alone;
// the claim's text, its parts and its quotes share most words (each with its own word set), so
// what depends on the window alone is worked out once per window and word: the fixed credit of
// a substring or abbreviation, else the bigram share and the window words sharing enough
// characters with it, of which those that are not the claim's own count (speed only).
type WindowCredit = { fixed: number } | { bigram: number; shared: readonly { word: string; share: number }[] };
const windowCredits = new WeakMap<PassageWindow, Map<string, WindowCredit>>();
function partialCredit(word: string, window: PassageWindow, own: ReadonlySet<string>): number {
  let credits = windowCredits.get(window);
  if (credits === undefined) windowCredits.set(window, (credits = new Map()));
  let credit = credits.get(word);
  if (credit === undefined) {
    if (charsOf(word).length >= 2 && window.folded.includes(word)) credit = { fixed: 0.9 };
    else {
      const byFirst = wordsByFirstCharacter(window.words);
      if (abbreviatesAnyOf(word, byFirst) || abbreviatesRunOf(word, window.folded, byFirst)) credit = { fixed: 0.9 };
      else credit = { bigram: 0.5 * bigramShare(word, window.folded), shared: sharingCharacters(word, window.words) };
    }
    credits.set(word, credit);
  }
  if ('fixed' in credit) return credit.fixed;
  // a passage word that is itself a claim word is credited to that word, not again to another
  // one sharing its morpheme (峰会 is the claim's summit, not its 会面)
  let best = 0;
  for (const other of credit.shared) if (!own.has(other.word) && other.share > best) best = other.share;
  return Math.max(credit.bigram, 0.4 * best);
}

/**
 * Chinese words that share a morpheme often share meaning (会面, 见面, 会晤; 抗衡, 制衡): the
 * passage words that have at least half of both words' characters in common with the claim
 * word, with that share (the best one not already a claim word counts).
 */
function sharingCharacters(word: string, words: ReadonlySet<string>): { word: string; share: number }[] {
  const chars = charsOf(word);
  if (chars.length < 2 || !/^[\u4e00-\u9fff]+$/.test(word)) return [];
  // only words holding one of its characters can share half of them (speed only)
  const byChar = wordsByCharacter(words);
  const candidates = new Set<string>();
  for (const c of chars) for (const other of byChar.get(c) ?? []) candidates.add(other);
  const sharing: { word: string; share: number }[] = [];
  for (const other of candidates) {
    const otherChars = charsOf(other);
    const common = chars.filter((c) => otherChars.includes(c)).length;
    const share = common / Math.max(chars.length, otherChars.length);
    if (share >= 0.5) sharing.push({ word: other, share });
  }
  return sharing;
}

// A window's words of two to four characters by the characters they hold, made once per window.
const windowCharacters = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function wordsByCharacter(words: ReadonlySet<string>): Map<string, string[]> {
  let byChar = windowCharacters.get(words);
  if (byChar === undefined) {
    byChar = new Map();
    for (const other of words) {
      const otherChars = charsOf(other);
      if (otherChars.length < 2 || otherChars.length > 4) continue;
      for (const c of new Set(otherChars)) {
        const list = byChar.get(c);
        if (list) list.push(other);
        else byChar.set(c, [other]);
      }
    }
    windowCharacters.set(words, byChar);
  }
  return byChar;
}

/**
 * Whether a short claim word is the Chinese abbreviation of a longer passage word: the first
 * character of the long word and the rest in order (上合 for 上海合作组织, 中俄 is not one word).
 */
export function abbreviatesAny(short: string, words: ReadonlySet<string>): boolean {
  return abbreviatesAnyOf(short, wordsByFirstCharacter(words));
}

function abbreviatesAnyOf(short: string, byFirst: ReadonlyMap<string, readonly string[]>): boolean {
  const chars = charsOf(short);
  if (chars.length < 2 || chars.length > 3 || !/^[\u4e00-\u9fff]+$/u.test(short)) return false;
  for (const long of byFirst.get(chars[0]!) ?? []) {
    const longChars = charsOf(long);
    if (longChars.length < chars.length + 2) continue;
    let k = 1;
    for (let i = 1; i < longChars.length && k < chars.length; i++) if (longChars[i] === chars[k]) k++;
    if (k === chars.length) return true;
  }
  return false;
}

/**
 * Whether a short claim word abbreviates consecutive words of the passage by their first
 * characters, as Chinese shortens names (上合 for 上海 合作 in 上海合作组织, 中俄 for 中国 俄罗斯 in
 * 中国俄罗斯两国): the passage side of the claim's own abbreviations.
 */
export function abbreviatesRun(short: string, window: Pick<PassageWindow, 'words' | 'folded'>): boolean {
  return abbreviatesRunOf(short, window.folded, wordsByFirstCharacter(window.words));
}

function abbreviatesRunOf(short: string, folded: string, byFirst: ReadonlyMap<string, readonly string[]>): boolean {
  const chars = charsOf(short);
  if (chars.length < 2 || chars.length > 3 || !/^[\u4e00-\u9fff]+$/u.test(short)) return false;
  for (const first of byFirst.get(chars[0]!) ?? []) if (followsRun(first, 1, chars, folded, byFirst)) return true;
  return false;
}

// Whether words starting with chars[k], chars[k + 1], … follow text in the passage.
function followsRun(text: string, k: number, chars: readonly string[], folded: string, byFirst: ReadonlyMap<string, readonly string[]>): boolean {
  if (k === chars.length) return true;
  for (const word of byFirst.get(chars[k]!) ?? []) if (folded.includes(text + word) && followsRun(text + word, k + 1, chars, folded, byFirst)) return true;
  return false;
}

// A window's words of at least two characters by their first character, made once per word set
// (the abbreviation checks only look at those; speed only).
const firstCharacters = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function wordsByFirstCharacter(words: ReadonlySet<string>): Map<string, string[]> {
  let byFirst = firstCharacters.get(words);
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const word of words) {
      const chars = charsOf(word);
      if (chars.length < 2) continue;
      const list = byFirst.get(chars[0]!);
      if (list) list.push(word);
      else byFirst.set(chars[0]!, [word]);
    }
    firstCharacters.set(words, byFirst);
  }
  return byFirst;
}

/** Share of a word's character pairs found in the text: 会晤 in 会面 gets nothing, 上海合作组织 in 上合组织 a part. */
function bigramShare(word: string, text: string): number {
  const chars = charsOf(word);
  if (chars.length < 2 || !/[\u4e00-\u9fff]/.test(word)) return 0;
  let hits = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (text.includes(chars[i]! + chars[i + 1]!)) hits++;
  return hits / (chars.length - 1);
}

// The words of the claim's abbreviations that a window holds in short form (上合 for 上海, 合作).
function abbreviatedIn(query: ClaimQuery, window: PassageWindow): Set<string> {
  const abbreviated = new Set<string>();
  for (const [short, full] of query.abbreviations) if (window.words.has(short) || window.folded.includes(short)) for (const w of full) abbreviated.add(w);
  return abbreviated;
}

/**
 * An upper bound of the lexical scorer's share on a window (before the other-occasion factor,
 * which only lowers it): the best bound of the claim text, gloss, parts and quotes, each with
 * the share the scorer gives it (speed only; see coverageBound).
 */
export function lexicalBound(query: ClaimQuery, window: PassageWindow): number {
  const abbreviated = abbreviatedIn(query, window);
  const plan = lexicalPlan(query);
  const bounds = wordBounds(plan, window);
  let bound = compiledBound(plan.text, bounds, abbreviated);
  if (plan.gloss) bound = Math.max(bound, compiledBound(plan.gloss, bounds, EMPTY));
  for (const facet of plan.compiledFacets) bound = Math.max(bound, compiledBound(facet, bounds, abbreviated) * FACET_SHARE);
  for (const quote of plan.compiledQuotes) bound = Math.max(bound, compiledBound(quote, bounds, EMPTY) * 0.95);
  return bound;
}

// A list of claim words as coverageBound reads it, worked out once per query: each word's place
// among the query's distinct words, its weight as counted and whether the claim states it.
type CompiledWords = { words: readonly string[]; index: Int32Array; weights: Float64Array; stated: Uint8Array; total: number };
function compileWords(words: readonly WeightedWord[], unattestedShare: number, places: Map<string, number>): CompiledWords {
  const index = new Int32Array(words.length);
  const weights = new Float64Array(words.length);
  const stated = new Uint8Array(words.length);
  let total = 0;
  words.forEach(({ word, weight: full, attested, stated: s }, i) => {
    const weight = attested === false ? full * unattestedShare : full;
    total += weight;
    let place = places.get(word);
    if (place === undefined) places.set(word, (place = places.size));
    index[i] = place;
    weights[i] = weight;
    stated[i] = s ? 1 : 0;
  });
  return { words: words.map((w) => w.word), index, weights, stated, total };
}

// coverageBound on a compiled list with the window's bound for each distinct word (same order of
// sums, so the same floating point result).
function compiledBound(list: CompiledWords, bounds: Float64Array, abbreviated: ReadonlySet<string>): number {
  let found = 0;
  for (let i = 0; i < list.weights.length; i++) {
    const weight = list.weights[i]!;
    let credit = list.stated[i] ? 1 : bounds[list.index[i]!]!;
    if (credit < 1 && abbreviated.size > 0 && abbreviated.has(list.words[i]!)) credit = 0.9;
    if (weight > 0) found += weight * credit;
  }
  return list.total > 0 ? found / list.total : 0;
}

// For each distinct word of the query, the most it can count in the window: 1 when the window
// holds it, else its characterBound. Once per window.
const windowWordBounds = new WeakMap<PassageWindow, { plan: LexicalPlan; bounds: Float64Array }>();
function wordBounds(plan: LexicalPlan, window: PassageWindow): Float64Array {
  const kept = windowWordBounds.get(window);
  if (kept?.plan === plan) return kept.bounds;
  // characterBound for every distinct word at once: count each word's characters the window
  // holds through the index by character (most words share none with a window)
  const present = new Int32Array(plan.distinct.length);
  for (const c of windowCharacterSet(window)) for (const { place, count } of plan.byCharacter.get(c) ?? []) present[place]! += count;
  const bounds = new Float64Array(plan.distinct.length);
  for (let i = 0; i < plan.distinct.length; i++) {
    const length = plan.distinctLengths[i]!;
    if (length < 2 || present[i] === 0) continue;
    bounds[i] = present[i] === length ? 0.9 : plan.distinctChinese[i] ? 0.5 : 0;
  }
  for (const word of window.context ?? EMPTY) {
    const place = plan.places.get(word);
    if (place !== undefined && bounds[place]! < CONTEXT_CREDIT) bounds[place] = CONTEXT_CREDIT;
  }
  for (const word of window.words) {
    const place = plan.places.get(word);
    if (place !== undefined) bounds[place] = 1;
  }
  windowWordBounds.set(window, { plan, bounds });
  return bounds;
}

export const lexicalScorer: PassageScorer = {
  name: 'lexical',
  score(query, window) {
    const abbreviated = abbreviatedIn(query, window);
    const text = coverage(query.words, window, abbreviated);
    const gloss = query.glossWords.length ? coverage(query.glossWords, window) : { share: 0, matched: [], inherited: [] };
    let best = text.share >= gloss.share ? text : gloss;
    const plan = lexicalPlan(query);
    const bounds = wordBounds(plan, window);
    for (const [i, facet] of plan.facets.entries()) {
      // a part must carry a fair share of the claim's weight to stand for it (lexicalPlan)
      // a part's words count in full even where no article has them: without its own name
      // (土库曼斯坦 in 土库曼斯坦不是成员国) what is left of a part (不是, 成员国) is no statement of it
      if (compiledBound(plan.compiledFacets[i]!, bounds, abbreviated) * FACET_SHARE <= best.share) continue;
      const f = coverage(facet, window, abbreviated, 1);
      if (f.share * FACET_SHARE > best.share) best = { ...f, share: f.share * FACET_SHARE };
    }
    // a passage that repeats an accepted quote (in another script or outlet) is a strong match
    for (const [i, quote] of plan.quotes.entries()) {
      if (compiledBound(plan.compiledQuotes[i]!, bounds, EMPTY) * 0.95 <= best.share) continue;
      const q = coverage(quote, window);
      if (q.share * 0.95 > best.share) best = { ...q, share: q.share * 0.95 };
    }
    // a passage that dates what it says otherwise than the claim (this May against February 2022)
    // speaks of another occasion
    const otherOccasion = query.words.some((w) => w.otherwise && !w.aside && w.otherwise(window.folded));
    return { score: otherOccasion ? best.share * OTHER_OCCASION_SHARE : best.share, matched: best.matched, inherited: best.inherited };
  },
};

function sameThing(a: string, b: string): boolean {
  return a === '' || b === '' ? false : a === b;
}

// Characters that can stand right before a count without narrowing it: verbs and particles of
// having, being, reaching (有10个, 由九个, 共9次).
const OPEN_BEFORE_COUNT = /[有由为是第成到约近共等和及与在了将已于把被对向从达逾超计的]$/u;

/**
 * A Chinese numeral written straight after a name narrows what is counted to that group
 * (中亚五国: the five Central Asian states; 中俄两国: China and Russia): it is no count of what
 * the claim counts unless the claim speaks of that group too.
 */
export function narrowedAway(mention: NumberMention, folded: string, claimText: string): boolean {
  const name = narrowingName(mention, folded);
  return name !== null && !claimText.includes(name);
}

/** The name a Chinese numeral is written straight after (中亚 in 中亚五国), if any. */
function narrowingName(mention: NumberMention, folded: string): string | null {
  if (mention.comparator !== 'eq' || !/^[零〇一二两三四五六七八九十百千]/u.test(mention.text)) return null;
  const before = [...folded].slice(0, mention.start).join('');
  const name = before.match(/[\u4e00-\u9fff]{2}$/u)?.[0];
  if (!name || OPEN_BEFORE_COUNT.test(before)) return null;
  return name;
}

/** Whether the passage ties its count to a name the claim uses (中亚五国 for a claim about 中亚成员国). */
function namesClaimGroup(mention: NumberMention, folded: string, claimText: string): boolean {
  const name = narrowingName(mention, folded);
  return name !== null && claimText.includes(name);
}

/** Whether the claim's facts include a value (a quantity claim's count, a date claim's date) that a passage must give. */
export function claimStatesValue(query: ClaimQuery): boolean {
  return query.counts.some((c) => c.main) || query.dates.some((d) => d.from !== null);
}

const foldedClaims = new WeakMap<ClaimQuery, string>();
/** The claim's folded text, folded once per query rather than once per window. */
function foldedClaimText(query: ClaimQuery): string {
  let folded = foldedClaims.get(query);
  if (folded === undefined) foldedClaims.set(query, (folded = foldText(query.claim.text)));
  return folded;
}

const claimLists = new WeakMap<ClaimQuery, boolean>();
/** Whether the claim spells out a list itself (A、B和C); read once per query. */
function claimHasList(query: ClaimQuery): boolean {
  let has = claimLists.get(query);
  if (has === undefined) claimLists.set(query, (has = findEnumerations(foldedClaimText(query)).length > 0));
  return has;
}

/**
 * Whether a passage's list can be the claim's: when the claim names its items, every item of
 * the passage's list must be named in the claim (another list of as many items is another
 * group). The first item can carry the words before it (创始国是中国), the last the words after it.
 */
function sameItems(items: readonly string[], query: ClaimQuery): boolean {
  if (!claimHasList(query)) return true;
  const claim = foldedClaimText(query);
  return items.every((item, i) => {
    if (claim.includes(item)) return true;
    const chars = [...item];
    for (let k = chars.length - 1; k >= 2; k--) {
      if (i === 0 && claim.includes(chars.slice(-k).join(''))) return true;
      if (i === items.length - 1 && claim.includes(chars.slice(0, k).join(''))) return true;
    }
    return false;
  });
}

const predicates = new WeakMap<ClaimQuery, string | null>();
const claimWordSets = new WeakMap<ClaimQuery, Set<string>>();
/**
 * What the claim says happened at its value: the last word of the clause that holds its count or
 * date, when it follows the value (Chinese puts time, place and count before the verb: 于7月3日在
 * 阿斯塔纳会面, 六国共同创立); null when nothing follows. Read once per query.
 */
function claimPredicate(query: ClaimQuery): string | null {
  let word = predicates.get(query);
  if (word === undefined) {
    const claim = foldedClaimText(query);
    const main = query.counts.find((c) => c.main);
    const value = main
      ? findNumbers(claim).find((m) => m.role === 'count' && m.value === main.value)
      : query.dates.find((d) => d.from !== null);
    const after = value ? [...claim].slice(value.end).join('').split(/[，,；;。（(]/u)[0]! : '';
    const words = segmentWords(after).filter((w) => !/^\d/u.test(w) && (main === undefined || w !== main.counts));
    word = words.at(-1) ?? null;
    predicates.set(query, word);
  }
  return word;
}

/**
 * Whether the passage says what the claim says happened at its value: the word itself, or one
 * sharing its morpheme (成立 for 创立, 会晤 for 会面) that is not itself a word of the claim (峰会
 * is the summit, not the meeting). Another count of the claim's listed group without it (10个成员
 * 国 today against six founders) is a neighbouring fact; a date without it (the summit's 3–4 July
 * for the day two leaders met) is another event's date.
 */
function holdsPredicate(query: ClaimQuery, window: PassageWindow): boolean {
  const word = claimPredicate(query);
  if (word === null || window.words.has(word) || window.folded.includes(word)) return true;
  let words = claimWordSets.get(query);
  if (words === undefined) claimWordSets.set(query, (words = new Set(query.words.map((w) => w.word))));
  const own = words;
  return sharingCharacters(word, window.words).some((other) => !own.has(other.word));
}

const subjects = new WeakMap<ClaimQuery, string | null>();
/** The word a date claim dates: the last word before its date (峰会 in 上合组织峰会于7月3日至4日举行). */
function datedSubject(query: ClaimQuery): string | null {
  let subject = subjects.get(query);
  if (subject === undefined) {
    const date = query.dates.find((d) => d.from !== null);
    subject = date ? (segmentWords([...foldedClaimText(query)].slice(0, date.start).join('')).filter((w) => !/^\d/u.test(w)).at(-1) ?? null) : null;
    subjects.set(query, subject);
  }
  return subject;
}

// Words that place a dated happening before, during or after an event named just before them
// (峰会前, 峰会期间, 峰会后): general Chinese localizers of time, not words of any claim.
const RELATION = /^(之前|以前|前夕|前|期间|之际|当天|上|时|之后|以后|后)/u;

/**
 * How a passage that dates something relative to the claim's event bears on the claim's days:
 * "7月3日…在峰会前见面" puts the summit after 3 July, against a claim of 3–4 July (another value);
 * "7月3日…在峰会期间会谈" puts 3 July inside it, which a claim of 3–4 July allows ('consistent':
 * no value either way). Null when the passage does not place a day against the event.
 */
export function relativeDate(query: ClaimQuery, folded: string): { text: string } | 'consistent' | null {
  const subject = datedSubject(query);
  const claim = query.dates.find((d) => d.from !== null);
  if (!subject || !claim || [...subject].length < 2) return null;
  const at = folded.indexOf(subject);
  if (at < 0) return null;
  const relation = RELATION.exec(folded.slice(at + subject.length))?.[1];
  if (!relation) return null;
  const day = findDates(folded).find((d) => d.from !== null && d.month === claim.month && (d.year === null || claim.year === null || d.year === claim.year));
  if (!day) return null;
  const text = `${day.text}（${subject}${relation}）`;
  if (/前/u.test(relation)) return claim.from! <= day.to! ? { text } : 'consistent';
  if (/后/u.test(relation)) return claim.to! >= day.from! ? { text } : 'consistent';
  return claim.from! <= day.from! && day.to! <= claim.to! ? 'consistent' : { text };
}

export const quantityScorer: PassageScorer = {
  name: 'quantity',
  score(query, window) {
    if (query.counts.length === 0 && query.dates.length === 0) return { score: 0 };
    const claimText = foldedClaimText(query);
    const mentions = findNumbers(window.folded).filter((m) => m.role === 'count');
    let agreement: NumberMention | null = null;
    let disagreement: NumberMention | null = null;
    for (const count of query.counts) {
      for (const m of mentions) {
        if (!sameThing(count.counts, m.counts) && !(count.counts === '' && m.value === count.value)) continue;
        if (narrowedAway(m, window.folded, claimText)) continue;
        const verdict = compareStatedValue({ value: count.value, comparator: count.comparator }, { value: m.value, comparator: m.comparator });
        if (verdict === 'agrees' || (verdict === 'partly' && m.value === count.value)) {
          if (count.main) agreement ??= m;
        } else if (
          verdict === 'disagrees' &&
          (!count.sumsUpList || namesClaimGroup(m, window.folded, claimText) || (count.main && holdsPredicate(query, window)))
        )
          disagreement ??= m;
      }
    }
    // a count given as a list of that many named items (创始国是中国、俄罗斯…和乌兹别克斯坦)
    const main = query.counts.find((c) => c.main);
    if (!agreement && main) {
      const list = findEnumerations(window.folded).find(
        (l) => compareStatedValue({ value: main.value, comparator: main.comparator }, { value: l.size, comparator: 'eq' }) === 'agrees' && sameItems(l.items, query),
      );
      if (list) return { score: 1, agreement: list.items.join('、') };
    }
    if (query.dates.length) {
      const holds = holdsPredicate(query, window);
      const dates = holds ? compareDates(query.dates, findDates(window.folded)) : null;
      if (dates?.agreement === 'agrees') return { score: 1, agreement: dates.date!.text };
      // a day given as before, during or after the claim's event (7月3日…峰会前) dates that event
      const relative = relativeDate(query, window.folded);
      if (relative === 'consistent') return { score: 0 };
      if (relative) return { score: 1, contradiction: relative.text };
      if (dates?.agreement === 'disagrees') return { score: 1, contradiction: dates.date!.text };
    }
    if (agreement) return { score: 1, agreement: agreement.text };
    // another value for the same thing is as much about the claim as the same value
    if (disagreement) return { score: 1, contradiction: disagreement.text };
    return { score: 0 };
  },
};

/**
 * How the scorers' shares combine: the lexical share alone for a claim without a value; for a
 * quantity or date claim, the value is this share of what a passage must cover (a passage
 * without the count or date cannot state the claim, whatever words it shares).
 */
export const VALUE_SHARE = 0.35;

/**
 * A passage without the value of a quantity or date claim keeps this share of its score: it can
 * mention the claim, not state it. Chosen so that even a passage with every word of the claim
 * (lexical share 1, i.e. a score of 1 / (1 + VALUE_SHARE) before this factor) stays below the
 * verdict threshold: such an outlet's verdict is `none` unless another passage gives the value.
 */
export const NO_VALUE_FACTOR = 0.4;

/**
 * A passage that gives another value (another day, another count) is a contradiction in full
 * only when it holds at least this share of the claim's words; below, its value counts in
 * proportion, so a date of some other event (Modi's visit on 8–9 July, sharing one word with a
 * claim about a meeting on 3 July) does not outweigh what the passage fails to say.
 */
export const CONTRADICTION_FULL_AT = 0.5;

export const DEFAULT_SCORERS: readonly { scorer: PassageScorer; weight: number }[] = [
  { scorer: lexicalScorer, weight: 1 },
  { scorer: quantityScorer, weight: VALUE_SHARE },
];

/** Windows of one to three consecutive clauses inside each sentence. */
export function passageWindows(clauses: readonly IndexedClause[]): PassageWindow[] {
  const sorted = [...clauses].sort((a, b) => a.articleId - b.articleId || a.ordinal - b.ordinal);
  const windows: PassageWindow[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    // windows that open with the pronoun (他却将于…) are read with its antecedent's words
    const context = first.context?.length ? new Set(first.context) : undefined;
    const words = new Set<string>();
    let folded = '';
    for (let k = 0; k < MAX_WINDOW_CLAUSES && i + k < sorted.length; k++) {
      const clause = sorted[i + k]!;
      if (clause.articleId !== first.articleId || clause.sentence !== first.sentence) break;
      if (k > 0 && clause.ordinal !== sorted[i + k - 1]!.ordinal + 1) break;
      for (const w of clause.words) words.add(w);
      folded += clause.folded;
      windows.push({
        articleId: first.articleId,
        start: first.start,
        end: clause.end,
        folded,
        words: new Set(words),
        // only a window that says something itself (not 他说：) is read with its antecedent
        ...(context && words.size >= MIN_WORDS_WITH_CONTEXT ? { context } : {}),
        sentence: first.sentence,
        clauses: k + 1,
      });
    }
  }
  return windows;
}

export type RankOptions = {
  scorers?: readonly { scorer: PassageScorer; weight: number }[];
  /** Spans never to propose (dismissed, or already evidence): any overlap excludes a window. */
  exclude?: readonly { articleId: number; start: number; end: number }[];
  /** Return only the best this many passages (the others are not scored in full). */
  limit?: number;
  /** Return only passages scoring at least this (the others are not scored in full). */
  minScore?: number;
};

function overlaps(a: { articleId: number; start: number; end: number }, b: { articleId: number; start: number; end: number }): boolean {
  return a.articleId === b.articleId && a.start < b.end && b.start < a.end;
}

type Combined = { score: number; rank: number; matched: string[]; inherited: string[]; contradiction?: string; agreement?: string };

/** The scorers' results as one score and rank (a longer window must earn its extra clauses). */
function combine(
  query: ClaimQuery,
  window: PassageWindow,
  scorers: readonly { scorer: PassageScorer; weight: number }[],
  resultOf: (scorer: PassageScorer) => ScorerResult,
): Combined {
  let score = 0;
  let total = 0;
  let gated = false;
  let matched: string[] = [];
  let inherited: string[] = [];
  let contradiction: string | undefined;
  let agreement: string | undefined;
  let lexicalShare = 0;
  for (const { scorer, weight } of scorers) {
    const result = resultOf(scorer);
    let share = result.score;
    if (scorer === lexicalScorer) lexicalShare = share;
    // another value is about the claim only as far as the passage speaks of the claim's thing
    if (scorer === quantityScorer && result.contradiction !== undefined && result.agreement === undefined)
      share = Math.min(1, lexicalShare / CONTRADICTION_FULL_AT);
    // a value scorer weighs in only for claims that state a value; for others it only tells stance
    const counted = scorer !== quantityScorer || claimStatesValue(query);
    if (counted) {
      score += weight * share;
      total += weight;
    }
    if (scorer === quantityScorer && counted && result.contradiction === undefined && result.agreement === undefined) gated = true;
    if (result.matched && result.matched.length > matched.length) {
      matched = result.matched;
      inherited = result.inherited ?? [];
    }
    contradiction ??= result.contradiction;
    agreement ??= result.agreement;
  }
  score = total > 0 ? score / total : 0;
  if (gated) score *= NO_VALUE_FACTOR;
  return { score, rank: score * (1 - 0.04 * (window.clauses - 1)), matched, inherited, contradiction, agreement };
}

// The smallest share of its score a window keeps as its rank.
const MIN_RANK_FACTOR = Math.min(...Array.from({ length: MAX_WINDOW_CLAUSES }, (_, k) => 1 - 0.04 * k));

/**
 * Every sentence's best window, best first, with its score, stance and reason. With the default
 * scorers, a window whose score bound (the lexical scorer's bound, with the value scorer's own
 * result; every step of the combination grows with the lexical share) cannot beat its sentence's
 * best window, nor reach the kept best `limit` passages or `minScore`, is not scored in full:
 * what is returned is the same either way (speed only).
 */
export function rankPassages(query: ClaimQuery, clauses: readonly IndexedClause[], options: RankOptions = {}): ScoredPassage[] {
  const scorers = options.scorers ?? DEFAULT_SCORERS;
  const exclude = options.exclude ?? [];
  const bounded = scorers === DEFAULT_SCORERS;
  const limit = options.limit !== undefined && options.limit > 0 ? options.limit : undefined;
  // a rank below this cannot belong to a passage scoring minScore (with room for rounding)
  const minRank = options.minScore === undefined ? -Infinity : options.minScore * MIN_RANK_FACTOR * (1 - 1e-9);
  const best = new Map<string, { window: PassageWindow; passage: ScoredPassage; rank: number; score: number; at: number }>();
  // the best `limit` sentences' ranks so far, best first (each sentence's best only grows)
  const top: { key: string; rank: number }[] = [];
  // With the default scorers each window's bound is worked out first and, when only the best
  // `limit` are kept, windows are taken by bound, best first: once a bound cannot reach the kept
  // ones, no later window can. A sentence keeps its first window (in text order) of the best rank.
  const entries = passageWindows(clauses)
    .map((window, at) => ({ window, at, quantity: undefined as ScorerResult | undefined, bound: Infinity }))
    .filter(({ window }) => !exclude.some((span) => overlaps(span, window)));
  let sorted = false;
  if (bounded) {
    for (const entry of entries) {
      const q = (entry.quantity = quantityScorer.score(query, entry.window));
      const lexical = lexicalBound(query, entry.window);
      entry.bound = combine(query, entry.window, scorers, (scorer) => (scorer === lexicalScorer ? { score: lexical } : q)).rank;
    }
    if (limit !== undefined && entries.every((e) => !Number.isNaN(e.bound))) {
      entries.sort((a, b) => b.bound - a.bound || a.at - b.at);
      sorted = true;
    }
  }
  for (const { window, at, quantity, bound } of entries) {
    const key = `${window.articleId}:${window.sentence}`;
    const previous = best.get(key);
    if (bounded) {
      if (previous && (previous.rank > bound || (previous.rank === bound && previous.at < at))) continue;
      if (bound < minRank) continue;
      if (limit !== undefined && top.length >= limit && bound < top[limit - 1]!.rank) {
        if (sorted) break;
        continue;
      }
    }
    const q = quantity;
    const { score, rank, matched, inherited, contradiction, agreement } = combine(query, window, scorers, (scorer) =>
      scorer === quantityScorer && q !== undefined ? q : scorer.score(query, window),
    );
    if (previous && (previous.rank > rank || (previous.rank === rank && previous.at < at))) continue;
    const stance = suggestStance(score, contradiction, agreement);
    const words = splitMatched(matched, inherited);
    best.set(key, {
      window,
      rank,
      score,
      at,
      passage: {
        articleId: window.articleId,
        start: window.start,
        end: window.end,
        score: round(score),
        stance,
        statedValue: stance === 'contradicts' ? contradiction! : (agreement ?? null),
        reason: describeReason(words, stance, contradiction, agreement),
        matched,
        ...(words.inherited.length ? { inherited: words.inherited } : {}),
      },
    });
    if (limit !== undefined) {
      const place = top.findIndex((t) => t.key === key);
      if (place >= 0) top[place]!.rank = rank;
      else if (top.length < limit) top.push({ key, rank });
      else if (rank > top[limit - 1]!.rank) top[limit - 1] = { key, rank };
      top.sort((a, b) => b.rank - a.rank);
    }
  }
  const ranked = [...best.values()]
    .filter((b) => options.minScore === undefined || b.score >= options.minScore)
    .sort((a, b) => b.rank - a.rank || a.passage.articleId - b.passage.articleId || a.passage.start - b.passage.start)
    .map((b) => b.passage);
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}

/**
 * states: the passage matches the claim well; contradicts: it matches and gives another value
 * for the claim's count or date; mentions: related words, no verdict.
 */
export function suggestStance(score: number, contradiction: string | undefined, agreement: string | undefined): SuggestedStance {
  if (score < STATES_THRESHOLD) return 'mentions';
  if (contradiction !== undefined && agreement === undefined) return 'contradicts';
  return 'states';
}

/**
 * A passage's matched words (best first) in two lists: its own, and those found only in the
 * sentence its opening pronoun refers back to.
 */
export function splitMatched(matched: readonly string[], inherited: readonly string[] = []): { own: string[]; inherited: string[] } {
  return { own: matched.filter((w) => !inherited.includes(w)), inherited: matched.filter((w) => inherited.includes(w)) };
}

function describeReason(words: { own: string[]; inherited: string[] }, stance: SuggestedStance, contradiction?: string, agreement?: string): string {
  const own = words.own.slice(0, 6).join(', ');
  const before = words.inherited.slice(0, 6).join(', ');
  const parts = own ? [`matches ${own}`] : before ? [] : ['few words in common'];
  if (before) parts.push(`from the sentence its pronoun refers back to: ${before}`);
  if (stance === 'contradicts' && contradiction) parts.push(`gives another value: ${contradiction}`);
  else if (agreement) parts.push(`gives the claimed value: ${agreement}`);
  return parts.join('; ');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
