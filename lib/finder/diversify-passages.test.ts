// The post-ranking step on made-up passages: near-duplicates (a caption repeating the body)
// collapse into the best of them, a repeated contradicting reading gives way to another reading,
// and without either the ranker's order stands.
import { describe, expect, it } from 'vitest';
import { diversifyPassages, looksLikeCaption, passageTexts, readingKey, textSimilarity } from './diversify-passages';
import type { IndexedClause, ScoredPassage } from './types';

function passage(id: number, score: number, extra: Partial<ScoredPassage> = {}): ScoredPassage {
  return { articleId: 1, start: id * 100, end: id * 100 + 10, score, stance: 'states', statedValue: null, reason: '', matched: [], ...extra };
}

function run(items: readonly { p: ScoredPassage; text: string }[], limit: number) {
  const texts = new Map(items.map((i) => [i.p.start, i.text]));
  return diversifyPassages(
    items.map((i) => i.p),
    (p) => texts.get(p.start)!,
    limit,
  ).map((p) => ({ start: p.start, duplicates: p.duplicates }));
}

describe('textSimilarity', () => {
  it('is 1 for the same letters whatever the punctuation, low for different sentences', () => {
    expect(textSimilarity('部长周二在河城会见了渔民代表。', '部长周二在河城会见了渔民代表')).toBe(1);
    expect(textSimilarity('部长周二在河城会见了渔民代表。', '（图）部长周二在河城会见了渔民代表，')).toBeGreaterThan(0.8);
    expect(textSimilarity('部长周二在河城会见了渔民代表。', '渔民代表抱怨新的捕捞配额太低。')).toBeLessThan(0.3);
  });
});

describe('readingKey', () => {
  it('reads a day with or without its year as one reading', () => {
    expect(readingKey('2031年5月9日')).toBe(readingKey('5月9日'));
    expect(readingKey('5月9日（会议前）')).toBe(readingKey('2031年5月9日（会议前）'));
    expect(readingKey('5月9日')).not.toBe(readingKey('5月10日'));
    expect(readingKey('2031年')).toBe('2031年');
  });
});

describe('diversifyPassages', () => {
  const body = { p: passage(1, 0.7), text: '部长周二在河城会见了渔民代表，讨论捕捞配额。' };
  const caption = { p: passage(2, 0.69), text: '部长周二在河城会见了渔民代表，讨论捕捞配额' };
  const other = { p: passage(3, 0.5), text: '渔民代表说，新的捕捞配额比去年低了三成。' };
  const fourth = { p: passage(4, 0.4), text: '河城港口的渔船今年减少了一半。' };

  it('keeps the best of near-identical passages and counts the others', () => {
    expect(run([body, caption, other, fourth], 2)).toEqual([
      { start: 100, duplicates: 1 },
      { start: 300, duplicates: 0 },
    ]);
  });

  it('counts a near-duplicate ranked below the last passage shown', () => {
    const late = { p: passage(5, 0.3), text: '部长周二在河城会见了渔民代表，讨论捕捞配额！' };
    expect(run([body, other, late], 1)).toEqual([{ start: 100, duplicates: 1 }]);
  });

  it('keeps the ranker order when nothing repeats, even where a lower score comes first', () => {
    // the ranker puts a shorter window first at a slightly lower score: that order stands
    const a = { p: passage(1, 0.5), text: '甲城的议会周一通过了预算。' };
    const b = { p: passage(2, 0.51), text: '乙城的工会周二宣布罢工，' };
    expect(run([a, b, fourth], 3).map((p) => p.start)).toEqual([100, 200, 400]);
  });

  it('lets another contradicting reading go before a second passage giving the same one', () => {
    const first = { p: passage(1, 0.66, { stance: 'contradicts', statedValue: '5月10日' }), text: '会议5月10日在河城举行，' };
    const same = { p: passage(2, 0.6, { stance: 'contradicts', statedValue: '2031年5月10日' }), text: '2031年5月10日，各国代表在河城开会。' };
    const another = { p: passage(3, 0.55, { stance: 'contradicts', statedValue: '5月8日（会议前）' }), text: '5月8日，两位部长在会议前见面。' };
    expect(run([first, same, another], 2).map((p) => p.start)).toEqual([100, 300]);
    // a repeat that still outscores the next reading at its reduced weight keeps its place
    const weak = { ...another, p: { ...another.p, score: 0.4 } };
    expect(run([first, same, weak], 2).map((p) => p.start)).toEqual([100, 200]);
  });

  it('holds back only contradicting readings: passages stating the claimed value keep their order', () => {
    const one = { p: passage(1, 0.7, { statedValue: '9个' }), text: '组织有9个成员国。' };
    const two = { p: passage(2, 0.6, { statedValue: '9个' }), text: '九个成员国的领导人出席。' };
    expect(run([one, two, other], 2).map((p) => p.start)).toEqual([100, 200]);
  });
});

describe('looksLikeCaption', () => {
  it('knows a photo caption by the places of the people in it', () => {
    expect(looksLikeCaption('2031年5月9日，部长（左二）和渔民代表（右）在河城港口交谈。')).toBe(true);
    expect(looksLikeCaption('部长（中左）与市长（中右）握手。')).toBe(true);
    expect(looksLikeCaption('The minister (left) meets fishermen in River Town.')).toBe(true);
    expect(looksLikeCaption('部长在河城（北方的港口）会见了渔民代表。')).toBe(false);
    expect(looksLikeCaption('会议的左右两派（左派和右派）各执一词。')).toBe(false);
  });
});

describe('diversifyPassages with captions', () => {
  const caption = { p: passage(1, 0.6, { stance: 'contradicts', statedValue: '5月8日' }), text: '2031年5月8日，部长（左）和市长（右）在会议前交谈。' };
  const bodyA = { p: passage(2, 0.5, { stance: 'contradicts', statedValue: '5月10日' }), text: '会议5月10日在河城举行，' };
  const bodyB = { p: passage(3, 0.3, { stance: 'contradicts', statedValue: '5月8日' }), text: '5月8日，部长和市长在会议前见面。' };
  const mention = { p: passage(4, 0.1, { stance: 'mentions' }), text: '河城港口今年很忙。' };
  const items = [caption, bodyA, bodyB, mention];
  const secondary = (p: ScoredPassage) => looksLikeCaption(items.find((i) => i.p.start === p.start)!.text);
  const texts = new Map(items.map((i) => [i.p.start, i.text]));
  const order = (limit: number) => diversifyPassages(items.map((i) => i.p), (p) => texts.get(p.start)!, limit, { secondary }).map((p) => p.start);

  it("shows the body's stating and contradicting passages before a caption's, and a caption before mere mentions", () => {
    expect(order(2)).toEqual([200, 300]);
    expect(order(4)).toEqual([200, 300, 100, 400]);
  });
});

describe('passageTexts', () => {
  it('joins the clauses of the passage span in order', () => {
    const clause = (ordinal: number, start: number, folded: string): IndexedClause => ({ articleId: 1, start, end: start + folded.length, sentence: 0, ordinal, folded, words: [] });
    const clauses = [clause(1, 4, '乙丙，'), clause(0, 0, '甲甲，'), clause(2, 7, '丁。')];
    const texts = passageTexts(clauses);
    expect(texts.passage({ articleId: 1, start: 0, end: 7 })).toBe('甲甲，乙丙，');
    expect(texts.passage({ articleId: 2, start: 0, end: 7 })).toBe('');
    expect(texts.sentence({ articleId: 1, start: 4, end: 7 })).toBe('甲甲，乙丙，丁。');
  });
});
