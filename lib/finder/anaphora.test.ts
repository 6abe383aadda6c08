import { describe, expect, it } from 'vitest';
import { referringSentences, refersBack, sentenceKey, withAntecedents, withReferringFollowers } from './anaphora';
import { indexArticleText } from './index-article';
import { rankPassages } from './rank-passages';
import { buildClaimQuery } from './claim-query';
import { countWords } from './index-article';
import type { IndexedClause } from './types';

function clausesOf(text: string, articleId = 1): IndexedClause[] {
  return indexArticleText(text).map((row) => ({ ...row, articleId }));
}

describe('refersBack', () => {
  it('is a sentence opening with a third-person pronoun, after an opening quote or bracket', () => {
    for (const s of ['他却将于7月8日至9日访问俄罗斯,', '她表示,', '他们认为,', '它们的成员国', '“他说,', '(她指出', 'he added,', 'they said']) expect(refersBack(s), s).toBe(true);
  });

  it('is not a sentence naming its subject, nor a pronoun inside it', () => {
    for (const s of ['莫迪决定不出席,', '习近平说,他将访问', '其他国家', '这次峰会', '', 'the summit', 'hello there']) expect(refersBack(s), s).toBe(false);
  });
});

describe('withAntecedents', () => {
  const text = '印度总理莫迪决定缺席上合组织峰会，改由外长代表他与会。他却将于下周首访俄罗斯，面见普京。峰会通过了宣言。';

  it('gives the opening clause of a sentence that refers back the words of the sentence before', () => {
    const clauses = withAntecedents(clausesOf(text));
    const [opening, second] = clauses.filter((c) => c.sentence === 1);
    expect(opening!.folded).toMatch(/^他却将于/);
    expect(opening!.context).toEqual(expect.arrayContaining(['莫迪', '缺席', '峰会', '外长']));
    expect(second!.context).toBeUndefined();
    expect(clauses.filter((c) => c.sentence !== 1).every((c) => c.context === undefined)).toBe(true);
  });

  it('gives nothing when the sentence before is not among the clauses, or in another article', () => {
    const clauses = clausesOf(text);
    expect(withAntecedents(clauses.filter((c) => c.sentence !== 0)).some((c) => c.context)).toBe(false);
    const other = clausesOf('他却将于下周首访俄罗斯。', 2);
    expect(withAntecedents([...clauses.filter((c) => c.sentence === 0), ...other]).some((c) => c.context)).toBe(false);
  });

  it('does not depend on the order the clauses come in', () => {
    const clauses = clausesOf(text);
    const forward = withAntecedents(clauses);
    const backward = withAntecedents([...clauses].reverse());
    const contexts = (list: IndexedClause[]) => [...list].sort((x, y) => x.ordinal - y.ordinal).map((c) => (c.context ? [...c.context].sort() : null));
    expect(contexts(backward)).toEqual(contexts(forward));
    expect(contexts(forward).filter(Boolean)).toHaveLength(1);
  });
});

describe('withReferringFollowers', () => {
  it('adds the sentence after a retrieved one when it refers back, and nothing else', () => {
    const clauses = clausesOf('莫迪缺席峰会。他将访问俄罗斯。普京欢迎他。另一个话题。');
    const chosen = withReferringFollowers(clauses, new Set([sentenceKey(1, 0), sentenceKey(1, 2)]));
    expect([...new Set(chosen.map((c) => c.sentence))]).toEqual([0, 1, 2]);
    expect(withReferringFollowers(clauses, new Set([sentenceKey(1, 2)])).map((c) => c.sentence)).toEqual([2]);
  });
});

describe('a pronoun sentence in the ranker', () => {
  const articles = ['蒙古国总统呼日勒苏赫决定缺席本届峰会。他随后将首访俄罗斯，面见普京。他说：', '各方讨论了能源合作。'];
  const rows = articles.map((text) => indexArticleText(text));
  const claim = buildClaimQuery({ text: '呼日勒苏赫缺席峰会后首访俄罗斯', kind: 'fact' }, countWords(rows));
  const clauses = articles.flatMap((text, i) => clausesOf(text, i + 1));

  it('scores higher read with its antecedent, crediting the antecedent\'s words in part', () => {
    const alone = rankPassages(claim, clauses).find((p) => p.start === clauses[1]!.start)!;
    const read = rankPassages(claim, withAntecedents(clauses)).find((p) => p.start === clauses[1]!.start)!;
    expect(read.score).toBeGreaterThan(alone.score);
    expect(read.matched).toContain('缺席');
    expect(read.inherited).toContain('缺席');
    expect(read.reason).toMatch(/from the sentence its pronoun refers back to: .*缺席/);
    expect(alone.matched).not.toContain('缺席');
    expect(alone.inherited).toBeUndefined();
    // a full match of every word would be 1: the inherited ones count in part
    expect(read.score).toBeLessThan(1);
  });

  it('gives a window with no words of its own (他说：) nothing from its antecedent', () => {
    const said = clauses.find((c) => c.folded.startsWith('他说'))!;
    const alone = rankPassages(claim, clauses).find((p) => p.start === said.start);
    const read = rankPassages(claim, withAntecedents(clauses)).find((p) => p.start === said.start);
    expect(read?.score ?? 0).toBe(alone?.score ?? 0);
  });
});

describe('referringSentences', () => {
  it('lists the sentences whose opening clause refers back, in any clause order', () => {
    const clauses = clausesOf('莫迪缺席峰会。他将访问俄罗斯，面见普京。普京欢迎他。“她们表示，会继续合作。');
    expect(referringSentences(clauses)).toEqual(new Set([sentenceKey(1, 1), sentenceKey(1, 3)]));
    expect(referringSentences([...clauses].reverse())).toEqual(referringSentences(clauses));
  });
});
