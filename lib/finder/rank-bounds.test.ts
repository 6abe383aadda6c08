// The ranker's bounds only ever skip work: on made-up claims and windows a bound is never below
// the score it stands for, and ranking with the pruning (a limit, a minimum score) returns what
// ranking everything returns, cut the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withAntecedents } from './anaphora';
import { buildClaimQuery, focusClaimQuery, type ClaimQuery, type WeightedWord } from './claim-query';
import { countWords, indexArticleText } from './index-article';
import { coverageBound, DEFAULT_SCORERS, lexicalBound, lexicalScorer, rankPassages, STATES_THRESHOLD, type PassageWindow } from './rank-passages';
import type { FinderClaim, IndexedClause } from './types';

// A few characters that make up each other's words, substrings and abbreviations (上合 in 上海合作).
const CHARS = ['上', '海', '合', '作', '组', '织', '峰', '会', '面', '见', '成', '员', '国', '中', '俄', 'a', 'b', '9'];
// Words a segmenter might cut a window into, and claim words made of them: whole, joined, cut,
// abbreviated (上合 for 上海 合作) or any few characters.
const BASE = ['上海', '合作', '组织', '上海合作组织', '峰会', '会面', '见面', '会晤', '成员国', '成员', '中国', '俄罗斯', '中俄', '上合', 'ab', '9个', '国'];
const word = fc.oneof(
  fc.constantFrom(...BASE),
  fc.tuple(fc.constantFrom(...BASE), fc.constantFrom(...BASE)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(...BASE), fc.constantFrom(...BASE), fc.nat(), fc.nat()).map(([a, b, i, j]) => [...(a + b)].slice(i % 4, (i % 4) + 2 + (j % 3)).join('')),
  fc.tuple(fc.constantFrom(...BASE), fc.constantFrom(...BASE)).map(([a, b]) => [...a][0]! + [...b][0]!),
  fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')),
);

const weightedWord: fc.Arbitrary<WeightedWord> = fc
  .record({
    word,
    weight: fc.double({ min: 0, max: 5, noNaN: true }),
    attested: fc.option(fc.boolean(), { nil: undefined }),
    stated: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ stated, attested, ...w }) => ({ ...w, ...(attested === undefined ? {} : { attested }), ...(stated === undefined ? {} : { stated: () => stated }) }));
const words = fc.array(weightedWord, { maxLength: 8 });

const window: fc.Arbitrary<PassageWindow> = fc
  .record({
    pieces: fc.array(fc.oneof(fc.constantFrom(...BASE), fc.constantFrom(...CHARS)), { maxLength: 10 }),
    extra: fc.array(word, { maxLength: 3 }),
    context: fc.option(fc.array(fc.oneof(fc.constantFrom(...BASE), word), { maxLength: 6 }), { nil: undefined }),
  })
  .map(({ pieces, extra, context }) => {
    // the window's words: the pieces of its text (as a segmenter cuts it), and a few others (a numeral written as digits);
    // maybe the words of the sentence its opening pronoun refers back to
    const folded = pieces.join('');
    return { articleId: 1, start: 0, end: [...folded].length, folded, words: new Set([...pieces, ...extra]), ...(context ? { context: new Set(context) } : {}), sentence: 0, clauses: 1 };
  });

const query: fc.Arbitrary<ClaimQuery> = fc
  .record({
    words,
    facets: fc.array(words, { maxLength: 3 }),
    glossWords: words,
    quoteWords: fc.array(words, { maxLength: 4 }),
    repeats: fc.array(fc.nat(), { maxLength: 3 }),
    abbreviations: fc.array(fc.tuple(word, fc.array(word, { maxLength: 3 })), { maxLength: 2 }),
  })
  .map(({ words, facets, glossWords, quoteWords, repeats, abbreviations }) => ({
    claim: { text: '', kind: 'fact' },
    words,
    facets,
    abbreviations: new Map(abbreviations),
    glossWords,
    // quotes repeated word for word (the same quote accepted in several outlets)
    quoteWords: quoteWords.length ? [...quoteWords, ...repeats.map((r) => quoteWords[r % quoteWords.length]!.map((w) => ({ ...w })))] : quoteWords,
    counts: [],
    dates: [],
  }));

describe('ranker bounds', () => {
  it('coverageBound is never below the share of the claim words a window covers', () => {
    fc.assert(
      fc.property(words, window, (ws, w) => {
        const q: ClaimQuery = { claim: { text: '', kind: 'fact' }, words: ws, facets: [], abbreviations: new Map(), glossWords: [], quoteWords: [], counts: [], dates: [] };
        expect(coverageBound(ws, w)).toBeGreaterThanOrEqual(lexicalScorer.score(q, w).score);
      }),
      { numRuns: 500 },
    );
  });

  it('coverageBound covers the largest partial credits: a substring, an abbreviation, most of a word\'s character pairs, an antecedent\'s word', () => {
    const w = (folded: string, words: string[], context?: string[]): PassageWindow => ({
      articleId: 1, start: 0, end: [...folded].length, folded, words: new Set(words), ...(context ? { context: new Set(context) } : {}), sentence: 0, clauses: 1,
    });
    const cases: [string, PassageWindow][] = [
      ['海合', w('上海合作', ['上海', '合作'])], // a substring: 0.9
      ['上合', w('上海合作组织', ['上海合作组织'])], // an abbreviation: 0.9
      ['上海合b', w('上海合作', ['上海', '合作'])], // two of its three pairs, a character missing: a third
      ['面会', w('会面', ['会面'])], // the same characters in another word: 0.4
      ['莫迪', w('他首访俄罗斯', ['首访', '俄罗斯'], ['莫迪', '峰会'])], // the antecedent's word: CONTEXT_CREDIT
    ];
    for (const [word, window] of cases) {
      const ws = [{ word, weight: 1 }];
      const q: ClaimQuery = { claim: { text: '', kind: 'fact' }, words: ws, facets: [], abbreviations: new Map(), glossWords: [], quoteWords: [], counts: [], dates: [] };
      const score = lexicalScorer.score(q, window).score;
      expect(score).toBeGreaterThan(0.3);
      expect(coverageBound(ws, window)).toBeGreaterThanOrEqual(score);
    }
  });

  it('lexicalBound is never below the lexical score (text, gloss, parts, quotes, abbreviations)', () => {
    fc.assert(
      fc.property(query, window, (q, w) => {
        expect(lexicalBound(q, w)).toBeGreaterThanOrEqual(lexicalScorer.score(q, w).score);
      }),
      { numRuns: 500 },
    );
  });

  it('scores the same with and without the quotes repeated word for word', () => {
    fc.assert(
      fc.property(query, window, (q, w) => {
        const distinct = q.quoteWords.filter((quote, i) => q.quoteWords.findIndex((other) => JSON.stringify(other) === JSON.stringify(quote)) === i);
        expect(lexicalScorer.score({ ...q, quoteWords: distinct }, w)).toEqual(lexicalScorer.score(q, w));
      }),
      { numRuns: 300 },
    );
  });
});

// Made-up articles and claims from words of one event, with counts and their contradictions.
const PHRASES = ['上海合作组织', '上合组织', '峰会', '在阿斯塔纳', '举行', '成员国', '有10个成员国', '由九个成员国组成', '两位领导人', '会面', '会晤', '中国', '俄罗斯', '中俄两国', '7月3日', '签署协定', '白俄罗斯', '被接纳为', '正式成员国', '总部设在北京'];
// (some open with a pronoun, read with the sentence before: lib/finder/anaphora.ts)
const sentence = fc.tuple(fc.constantFrom('', '', '他'), fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 6 })).chain(([opening, ps]) =>
  fc.array(fc.constantFrom('', '，', '：'), { minLength: ps.length, maxLength: ps.length }).map((seps) => opening + ps.map((p, i) => p + seps[i]).join('') + '。'),
);
const article = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const claim: fc.Arbitrary<FinderClaim> = fc.record({
  text: fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 5 }).map((ps) => ps.join('')),
  kind: fc.constantFrom('fact' as const, 'quantity' as const, 'date' as const),
  quotes: fc.array(sentence, { maxLength: 3 }).chain((qs) => fc.array(fc.constantFrom(...(qs.length ? qs : ['峰会'])), { maxLength: 4 }).map((more) => [...qs, ...more])),
  gloss: fc.constantFrom(null, 'the summit'),
}).map((c) => (c.kind === 'quantity' ? { ...c, value: 10, comparator: 'eq' as const, unit: 'member states' } : c.kind === 'date' ? { ...c, asOf: '2024-07-03' } : c));

function setting(c: FinderClaim, articles: readonly string[]): { query: ClaimQuery; clauses: IndexedClause[] } {
  const clauses = withAntecedents(articles.flatMap((text, i) => indexArticleText(text).map((row) => ({ ...row, articleId: i + 1 }))));
  const stats = countWords(articles.map((text) => indexArticleText(text)));
  const sentences = new Map<string, { folded: string; words: Set<string> }>();
  for (const clause of clauses) {
    const key = `${clause.articleId}:${clause.sentence}`;
    const s = sentences.get(key) ?? { folded: '', words: new Set<string>() };
    s.folded += clause.folded;
    clause.words.forEach((w) => s.words.add(w));
    sentences.set(key, s);
  }
  return { query: focusClaimQuery(buildClaimQuery(c, stats), [...sentences.values()]), clauses };
}

describe('rankPassages pruning', () => {
  // a copy of the default scorers turns the bounds off: every window is scored in full
  const everything = [...DEFAULT_SCORERS];

  it('returns the best `limit` passages and those scoring at least `minScore` exactly as ranking everything does', () => {
    fc.assert(
      fc.property(claim, fc.array(article, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4 }), (c, articles, limit) => {
        const { query, clauses } = setting(c, articles);
        const all = rankPassages(query, clauses, { scorers: everything });
        expect(rankPassages(query, clauses)).toEqual(all);
        expect(rankPassages(query, clauses, { limit })).toEqual(all.slice(0, limit));
        expect(rankPassages(query, clauses, { minScore: STATES_THRESHOLD })).toEqual(all.filter((p) => p.stance !== 'mentions'));
      }),
      { numRuns: 60 },
    );
  });
});
