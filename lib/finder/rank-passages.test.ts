// Behaviour of the ranker on small made-up articles: distinctive words outweigh the event's
// shared names, a quantity claim needs its count, another value for the same counted thing is
// a contradiction, a count narrowed to a named group is not, and spans stay exact.
import { describe, expect, it } from 'vitest';
import { buildClaimQuery, focusClaimQuery, frameWords, premiseWords } from './claim-query';
import { countWords, indexArticleText } from './index-article';
import { abbreviatesAny, abbreviatesRun, lexicalScorer, LIKELY_THRESHOLD, narrowedAway, passageWindows, rankPassages } from './rank-passages';
import { findNumbers } from './numerals';
import { segmentWords } from './segment';
import type { FinderClaim, IndexedClause } from './types';

function clausesOf(articles: readonly string[]): IndexedClause[] {
  return articles.flatMap((text, i) => indexArticleText(text).map((row) => ({ ...row, articleId: i + 1 })));
}

function rank(claim: FinderClaim, articles: readonly string[]) {
  const clauses = clausesOf(articles);
  const stats = countWords(articles.map((text) => indexArticleText(text)));
  const sentences = new Map<string, { folded: string; words: Set<string> }>();
  for (const c of clauses) {
    const key = `${c.articleId}:${c.sentence}`;
    const s = sentences.get(key) ?? { folded: '', words: new Set<string>() };
    s.folded += c.folded;
    c.words.forEach((w) => s.words.add(w));
    sentences.set(key, s);
  }
  const query = focusClaimQuery(buildClaimQuery(claim, stats), [...sentences.values()]);
  return { passages: rankPassages(query, clauses), articles };
}

const text = (articles: readonly string[], p: { articleId: number; start: number; end: number }) => [...articles[p.articleId - 1]!].slice(p.start, p.end).join('');

// An event every sentence speaks of (the summit, its leaders), and one sentence with the claim's own content.
const SUMMIT = [
  '峰会在阿斯塔纳举行。两位领导人在峰会期间会面。领导人在峰会上发表讲话。白俄罗斯在峰会上被接纳为正式成员国。',
  '领导人抵达阿斯塔纳出席峰会。峰会期间领导人会面。峰会发表宣言。',
  '阿斯塔纳峰会今天闭幕。领导人在峰会后离开。',
];

describe('rankPassages', () => {
  it('ranks the sentence with the claim’s distinctive words above those sharing only the event’s names', () => {
    const { passages, articles } = rank({ text: '白俄罗斯在阿斯塔纳峰会上被接纳为正式成员国', kind: 'fact' }, SUMMIT);
    expect(text(articles, passages[0]!)).toContain('白俄罗斯');
    expect(passages[0]!.score).toBeGreaterThanOrEqual(LIKELY_THRESHOLD);
    const summitOnly = passages.find((p) => text(articles, p).startsWith('阿斯塔纳峰会今天闭幕'))!;
    expect(summitOnly.score).toBeLessThan(LIKELY_THRESHOLD);
  });

  it('finds a Simplified claim in Traditional text, with spans of the stored text', () => {
    const articles = ['新聞。白俄羅斯在峰會上被接納為正式成員國。', ...SUMMIT.slice(1)];
    const { passages } = rank({ text: '白俄罗斯在峰会上被接纳为正式成员国', kind: 'fact' }, articles);
    expect(text(articles, passages[0]!)).toBe('白俄羅斯在峰會上被接納為正式成員國。');
  });

  it('suggests the same count as states and another count of the same thing as contradicts, with the value given', () => {
    const articles = ['该组织目前有10个成员国，总部设在北京。', '该组织由九个成员国组成，总部设在北京。', '该组织总部设在北京，成员国在会上发言。'];
    const { passages } = rank({ text: '该组织有10个成员国', kind: 'quantity', value: 10, comparator: 'eq', unit: 'member states' }, articles);
    const byArticle = (id: number) => passages.find((p) => p.articleId === id)!;
    expect(byArticle(1)).toMatchObject({ stance: 'states', statedValue: '10个' });
    expect(byArticle(2)).toMatchObject({ stance: 'contradicts', statedValue: '九个' });
    // shares the words but gives no count: it cannot state a quantity claim
    expect(byArticle(3).score).toBeLessThan(LIKELY_THRESHOLD);
    expect(byArticle(3).stance).not.toBe('contradicts');
  });

  it('does not read a count narrowed to a named group (中亚五国) as another value for the claim’s count', () => {
    const articles = ['该组织的成员国包括中亚五国和印度。', '该组织有9个成员国。'];
    const { passages } = rank({ text: '该组织有10个成员国', kind: 'quantity', value: 10, comparator: 'eq', unit: null }, articles);
    expect(passages.find((p) => p.articleId === 1)!.stance).not.toBe('contradicts');
    expect(passages.find((p) => p.articleId === 2)!.stance).toBe('contradicts');
  });

  it('accepts a value within the claim’s comparator (至少9次 against more than 9 stated as 10)', () => {
    const articles = ['他自2013年以来已经10次访问俄罗斯。', '他自2013年以来已经5次访问俄罗斯。'];
    const { passages } = rank({ text: '他自2013年以来至少9次访问俄罗斯', kind: 'quantity', value: 9, comparator: 'gte', unit: 'visits' }, articles);
    expect(passages.find((p) => p.articleId === 1)!.stance).toBe('states');
    expect(passages.find((p) => p.articleId === 2)!.stance).toBe('contradicts');
  });

  it('reads a list of as many named items as the claim’s count, when the items are the claim’s', () => {
    const articles = ['该联盟的创始国是甲国、乙国、丙国和丁国，总部设在北京。', '该联盟的成员为甲国、乙国、戊国和己国，总部设在北京。', '该联盟总部设在北京，创始国在会上发言。'];
    const { passages } = rank({ text: '该联盟由甲国、乙国、丙国和丁国四国共同创立', kind: 'quantity', value: 4, comparator: 'eq', unit: null }, articles);
    const byArticle = (id: number) => passages.find((p) => p.articleId === id)!;
    expect(byArticle(1)).toMatchObject({ stance: 'states' });
    expect(byArticle(1).score).toBeGreaterThanOrEqual(LIKELY_THRESHOLD);
    // four items, but not the claim's: another group of the same size
    expect(byArticle(2).statedValue).toBeNull();
    expect(byArticle(3).statedValue).toBeNull();
  });

  it('reads another count of a listed group as a contradiction only with what the claim says of the group', () => {
    const articles = ['该组织目前有10个成员国，包括甲国、乙国、丙国、丁国和戊国。', '该组织于2001年成立，由甲国、乙国、丙国、丁国等九个成员国组成。', '该组织总部设在北京。'];
    const { passages } = rank({ text: '该组织由甲国、乙国、丙国和丁国四国共同创立', kind: 'quantity', value: 4, comparator: 'eq', unit: 'founding states' }, articles);
    // how many members it has today is a neighbouring fact, not another count of its founders
    expect(passages.find((p) => p.articleId === 1)!.stance).not.toBe('contradicts');
    expect(passages.find((p) => p.articleId === 1)!.score).toBeLessThan(LIKELY_THRESHOLD);
    // founded (成立, sharing a morpheme with 创立) by nine: another count of the founders
    expect(passages.find((p) => p.articleId === 2)).toMatchObject({ stance: 'contradicts', statedValue: '九个' });
  });

  it('takes a count that sums up the claim’s own list as that group’s, not the whole’s', () => {
    const articles = ['该组织目前有10个成员国，包括甲国、乙国、丙国和丁国。', '该组织的成员国包括西亚五国和印度。'];
    const { passages } = rank({ text: '该组织的西亚成员国为甲国、乙国、丙国和丁国四国', kind: 'fact' }, articles);
    expect(passages.find((p) => p.articleId === 1)!.stance).toBe('states');
    expect(passages.find((p) => p.articleId === 2)).toMatchObject({ stance: 'contradicts', statedValue: '五国' });
  });

  it('does not let a part of the claim stand for it when that part’s own words are in no article', () => {
    const articles = ['峰会期间各方签署能源协定。', '它们的成员国实力不同，不是一回事。', '峰会期间举行了多场会谈。'];
    const { passages, articles: texts } = rank({ text: '峰会期间各方签署能源协定，土库曼斯坦不是成员国', kind: 'fact' }, articles);
    // the part 土库曼斯坦不是成员国 without 土库曼斯坦 is not that part: it keeps less than half the
    // score of the passage that states the other part in full
    const members = passages.find((p) => text(texts, p).startsWith('它们的成员国'))!;
    const agreement = passages.find((p) => text(texts, p).startsWith('峰会期间各方'))!;
    expect(members.score).toBeLessThan(0.5 * agreement.score);
  });

  it('ranks a passage with what an argued claim asserts above one with only what it argues from', () => {
    const articles = ['预计总理下月将访问首都的邻国领导人缺席这次峰会。', '该国似乎并不在意，没有意愿和主席会面。', '峰会在首都举行。'];
    const { passages, articles: texts } = rank({ text: '评论人士认为，邻国领导人缺席峰会反映出该国无意与主席会面', kind: 'opinion' }, articles);
    expect(text(texts, passages[0]!)).toContain('没有意愿和主席会面');
  });

  it('ranks a passage with what a claim asserts above one with only the event that places it in time', () => {
    const articles = ['两国在那场战争爆发之前曾经签署了一项能源协定。', '邻国军队越过边境，战争爆发。', '战争爆发后物价上涨。'];
    const { passages, articles: texts } = rank({ text: '邻国军队越过边境之前，两国签署能源协定', kind: 'fact' }, articles);
    expect(text(texts, passages[0]!)).toContain('签署了一项能源协定');
    // the time frame alone does not stand for the claim as a part of it would
    const frame = passages.find((p) => text(texts, p).startsWith('邻国军队'))!;
    expect(frame.score).toBeLessThan(0.5 * passages[0]!.score);
  });

  it('reads a date as the claim’s only where the passage says what happened then (the word, or one sharing its morpheme)', () => {
    const articles = ['7月3日至4日，他出席在首都举行的年度峰会。', '7月3日，甲总统和乙总统在峰会前见面。', '首都的年度峰会吸引了各国记者。'];
    const { passages } = rank({ text: '甲总统与乙总统于2024年7月3日在首都峰会期间会面', kind: 'date' }, articles);
    // the summit's days are not the day the two met: 峰会 is a word of the claim, not the meeting
    expect(passages.find((p) => p.articleId === 1)!.statedValue).toBeNull();
    expect(passages.find((p) => p.articleId === 1)!.score).toBeLessThan(LIKELY_THRESHOLD);
    expect(passages.find((p) => p.articleId === 2)).toMatchObject({ stance: 'states', statedValue: '7月3日' });
    expect(passages[0]!.articleId).toBe(2);
  });

  it('does not let another event’s date that shares a word or two with the claim reach the verdict', () => {
    const articles = ['丙国总理将于7月8日至9日出访丁国，面见丁国总统。', '7月3日，甲总统和乙总统在峰会前见面。', '首都峰会期间，各国代表发表讲话。'];
    const { passages } = rank({ text: '甲总统与乙总统于2024年7月3日在首都峰会期间会面', kind: 'date' }, articles);
    const visit = passages.find((p) => p.articleId === 1)!;
    expect(visit.score).toBeLessThan(LIKELY_THRESHOLD);
    expect(visit.stance).not.toBe('contradicts');
  });

  it('gives a date claim’s passage with another day of the same month as contradicts', () => {
    const articles = ['峰会于7月4日在阿斯塔纳举行。', '峰会于7月3日至4日在阿斯塔纳举行。'];
    const { passages } = rank({ text: '峰会于7月3日至4日在阿斯塔纳举行', kind: 'date' }, articles);
    expect(passages.find((p) => p.articleId === 1)).toMatchObject({ stance: 'contradicts', statedValue: '7月4日' });
    expect(passages.find((p) => p.articleId === 2)!.stance).toBe('states');
  });

  it('ranks what happened above where and when it happened (the claim’s adjuncts count half)', () => {
    const articles = ['在首都举行的年度论坛今天开幕。', '甲国宣布退出该条约。', '论坛期间天气晴朗。'];
    const { passages, articles: texts } = rank({ text: '甲国在首都年度论坛上宣布退出该条约', kind: 'fact' }, articles);
    expect(text(texts, passages[0]!)).toBe('甲国宣布退出该条约。');
    expect(passages.find((p) => p.articleId === 1)!.score).toBeLessThan(LIKELY_THRESHOLD);
  });

  it('reads the claim’s other dates by value: a passage giving a day inside the claim’s month states it', () => {
    const articles = ['总统今年五月访问北京并签署协定。', '总统访问北京并签署协定。', '总统九月访问北京并签署协定。'];
    const { passages } = rank({ text: '总统2024年5月访问北京并签署协定', kind: 'fact' }, articles);
    const score = (id: number) => passages.find((p) => p.articleId === id)!.score;
    expect(score(1)).toBeGreaterThan(score(2));
    expect(score(1)).toBeGreaterThan(score(3));
    // dated otherwise (September against May): another occasion, below the undated passage
    expect(score(3)).toBeLessThan(score(2));
  });

  it('reads a day given before, during or after the claim’s dated event against the claim’s days', () => {
    const articles = [
      '7月3日，两国外长在年度论坛前会面。天气晴朗。',
      '7月3日，两国外长在年度论坛期间会面。双方签署声明。',
      '7月5日，两国外长在年度论坛后会面。记者到场。',
      '年度论坛于7月3日至4日在首都举办。首都交通管制。',
    ];
    const { passages } = rank({ text: '年度论坛于7月3日至4日在首都举行', kind: 'date' }, articles);
    const byArticle = (id: number) => passages.find((p) => p.articleId === id)!;
    // before the forum on the 3rd: the forum did not open on the 3rd
    expect(byArticle(1)).toMatchObject({ stance: 'contradicts' });
    expect(byArticle(1).statedValue).toContain('7月3日');
    // during it on the 3rd, after it on the 5th: what the claim allows, no value either way
    expect(byArticle(2).stance).not.toBe('contradicts');
    expect(byArticle(2).score).toBeLessThan(LIKELY_THRESHOLD);
    expect(byArticle(3).stance).not.toBe('contradicts');
    expect(byArticle(4)).toMatchObject({ stance: 'states' });
  });

  it('returns one window per sentence, as tight as the matching clauses allow', () => {
    const articles = ['据报道，天气很好，两国外长签署了渔业协定，会后举行了记者会。'];
    const { passages } = rank({ text: '两国外长签署渔业协定', kind: 'fact' }, articles);
    expect(passages).toHaveLength(1);
    expect(text(articles, passages[0]!)).toBe('两国外长签署了渔业协定，');
  });

  it('leaves out excluded spans (dismissed passages, existing quotes)', () => {
    const clauses = clausesOf(['渔业协定已经签署。渔业协定今天生效。']);
    const stats = countWords([indexArticleText('渔业协定已经签署。渔业协定今天生效。')]);
    const query = buildClaimQuery({ text: '渔业协定', kind: 'fact' }, stats);
    const all = rankPassages(query, clauses);
    const rest = rankPassages(query, clauses, { exclude: [{ articleId: 1, start: all[0]!.start, end: all[0]!.end }] });
    expect(rest).toHaveLength(all.length - 1);
    expect(rest.some((p) => p.start === all[0]!.start)).toBe(false);
  });
});

describe('the lexical scorer', () => {
  it('does not credit a claim word again to another claim word sharing its morpheme (峰会 is no 会面)', () => {
    const query = {
      claim: { text: '峰会会面', kind: 'fact' as const },
      words: [{ word: '峰会', weight: 1 }, { word: '会面', weight: 1 }],
      facets: [], abbreviations: new Map<string, string[]>(), glossWords: [], quoteWords: [], counts: [], dates: [],
    };
    const [summit] = passageWindows(clausesOf(['领导人出席峰会。']));
    expect(lexicalScorer.score(query, summit!).score).toBeCloseTo(0.5);
    // a passage word outside the claim that shares the morpheme still counts in part
    const [met] = passageWindows(clausesOf(['领导人出席峰会并会晤。']));
    expect(lexicalScorer.score(query, met!).score).toBeGreaterThan(0.5);
  });
});

describe('the claim’s words', () => {
  it('takes an attribution clause as the frame, not the content', () => {
    expect([...frameWords('分析人士认为，中俄正加快形成联盟')]).toEqual(expect.arrayContaining(['分析', '人士']));
    expect(frameWords('分析人士认为，中俄正加快形成联盟').has('联盟')).toBe(false);
    expect(frameWords('白俄罗斯成为成员国').size).toBe(0);
  });

  it('takes a clause that only places the claim in time as its premise', () => {
    expect([...premiseWords('2022年2月邻国入侵之前，两国宣布伙伴关系')]).toEqual(expect.arrayContaining(['入侵']));
    expect(premiseWords('2022年2月邻国入侵之前，两国宣布伙伴关系').has('伙伴')).toBe(false);
    expect(premiseWords('两国宣布伙伴关系').size).toBe(0);
  });

  it('takes what precedes a verb of inference as the premise', () => {
    expect([...premiseWords('莫迪缺席峰会反映出印度无意与习近平会面')]).toEqual(expect.arrayContaining(['莫迪', '缺席', '峰会']));
    expect(premiseWords('莫迪缺席峰会反映出印度无意与习近平会面').has('印度')).toBe(false);
    expect(premiseWords('白俄罗斯成为成员国').size).toBe(0);
  });

  it('matches a short word to consecutive passage words it abbreviates', () => {
    const window = (text: string) => ({ folded: text, words: new Set(segmentWords(text)) });
    expect(abbreviatesRun('金合', window('金砖合作组织年会'))).toBe(true);
    expect(abbreviatesRun('金合', window('合作组织年会'))).toBe(false);
    expect(abbreviatesRun('中俄', window('中国俄罗斯两国签署协定'))).toBe(true);
    expect(abbreviatesRun('中俄', window('中国与俄罗斯签署协定'))).toBe(false);
  });

  it('matches a short word to the name it abbreviates', () => {
    expect(abbreviatesAny('上合', new Set(['上海合作组织']))).toBe(true);
    expect(abbreviatesAny('上合', new Set(['合作组织']))).toBe(false);
    expect(abbreviatesAny('上合', new Set(['上海']))).toBe(false);
  });

  it('tells a count narrowed to a named group from an open one', () => {
    const narrowed = findNumbers('成员国包括中亚五国')[0]!;
    expect(narrowedAway(narrowed, '成员国包括中亚五国', '该组织有10个成员国')).toBe(true);
    expect(narrowedAway(narrowed, '成员国包括中亚五国', '中亚成员国为四国')).toBe(false);
    const open = findNumbers('该组织由九个成员国组成')[0]!;
    expect(narrowedAway(open, '该组织由九个成员国组成', '该组织有10个成员国')).toBe(false);
  });
});
