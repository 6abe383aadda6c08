import { describe, expect, it } from 'vitest';
import { adjunctWords, asideWords, buildClaimQuery, claimContentWords, claimFacets, claimMarkers, inferenceWords, sameDate, withImplicitValue } from './claim-query';
import { segmentWords } from './segment';

describe('withImplicitValue', () => {
  const base = { text: '', gloss: null, topics: [], kind: 'quantity' as const, value: null, comparator: null, unit: null, asOf: null };

  it('reads a quantity claim value from its text when none was entered', () => {
    expect(withImplicitValue({ ...base, text: '该组织有9个成员国' })).toMatchObject({ value: 9, comparator: 'eq' });
  });

  it('keeps an entered value, other kinds, and texts with no single count as they are', () => {
    expect(withImplicitValue({ ...base, text: '该组织有9个成员国', value: 10 })).toMatchObject({ value: 10 });
    expect(withImplicitValue({ ...base, kind: 'fact', text: '该组织有9个成员国' })).toMatchObject({ value: null });
    expect(withImplicitValue({ ...base, text: '3个观察国和9个成员国' })).toMatchObject({ value: null });
    expect(withImplicitValue({ ...base, text: '峰会在阿斯塔纳举行' })).toMatchObject({ value: null });
  });
});

describe('claimContentWords', () => {
  it('drops single-character function words and the classifier right after a number', () => {
    const words = claimContentWords('两国即在3个月内第2次会晤');
    expect(words).not.toContain('即');
    expect(words).not.toContain('第');
    expect(words).not.toContain('个');
    expect(words).toContain('会晤');
  });

  it('cuts a word glued from a function character and a word back to the word the corpus uses more', () => {
    // jieba glues the preposition to an abbreviation it does not know: 借金合 / 组织
    expect(segmentWords('中国借金合组织扩大影响')).toContain('借金合');
    const frequency = (word: string) => (word === '金合' ? 5 : word === '借金合' ? 1 : 0);
    expect(claimContentWords('中国借金合组织扩大影响', frequency)).toContain('金合');
    expect(claimContentWords('中国借金合组织扩大影响', frequency)).not.toContain('借金合');
    // not when the corpus uses the glued form as much: then it is a word of its own
    expect(claimContentWords('中国借金合组织扩大影响', () => 0)).toContain('借金合');
  });
});

describe('the parts of a claim', () => {
  it('leaves out brackets, attribution and time frames, and keeps what an argued clause asserts', () => {
    expect(claimFacets('评论人士认为，甲国领导人缺席峰会反映出甲国无意与乙国结盟')).toEqual(['甲国无意与乙国结盟']);
    expect(claimFacets('该组织（及其盟友）试图扩大影响力')).toEqual(['该组织试图扩大影响力']);
    expect(claimFacets('战争爆发之前，两国签署协定')).toEqual(['两国签署协定']);
  });

  it('weighs the verb of inference like the frame and bracketed asides at a share', () => {
    expect([...inferenceWords('甲缺席峰会反映出乙无意会面')]).toEqual(expect.arrayContaining(['反映']));
    expect(inferenceWords('乙无意会面').size).toBe(0);
    expect(asideWords('总统是张三（zhang san，2019年起），李四是其前任').has('zhang')).toBe(true);
    expect(asideWords('总统是张三（zhang san，2019年起），李四是其前任').has('李四')).toBe(false);
    const stats = { articles: 10, documentFrequency: () => 1 };
    const query = buildClaimQuery({ text: '总统是张三（Zhang San），李四是其前任', kind: 'fact' }, stats);
    expect(query.words.find((w) => w.word === 'zhang')).toMatchObject({ aside: true });
    expect(query.words.find((w) => w.word === '李四')?.aside).toBeUndefined();
  });
});

describe('the numbers and dates a claim states beside its value', () => {
  const stats = { articles: 10, documentFrequency: () => 1 };

  it('are read by value: 三个月内的第二次 is 3个月内的第2次, and 2024年5月 holds 今年五月 and 5月16日 but not 6月', () => {
    const query = buildClaimQuery({ text: '这是两人2024年5月会晤之后三个月内的第二次会面', kind: 'fact' }, stats);
    const marker = (text: string) => query.words.find((w) => w.stated && w.word === text)!;
    expect(marker('2024年5月').stated!('普京今年五月访问北京')).toBe(true);
    expect(marker('2024年5月').stated!('双方5月16日在北京会晤')).toBe(true);
    expect(marker('2024年5月').stated!('双方6月16日在北京会晤')).toBe(false);
    const ordinal = query.words.find((w) => w.stated && w.word.includes('二'))!;
    expect(ordinal.stated!('这是3个月内的第2次峰会')).toBe(true);
    expect(ordinal.stated!('这是3个月内的第3次峰会')).toBe(false);
    // the date's digits are not also words, and a time expression counts half
    expect(query.words.some((w) => w.word === '2024')).toBe(false);
    expect(marker('2024年5月').premise).toBe(true);
  });

  it('leave a quantity claim’s own count and a date claim’s dates to the value scorer', () => {
    expect(claimMarkers({ text: '该组织有10个成员国', kind: 'quantity', value: 10 }, '该组织有10个成员国')).toHaveLength(0);
    expect(claimMarkers({ text: '峰会于7月3日举行', kind: 'date' }, '峰会于7月3日举行')).toHaveLength(0);
    expect(sameDate({ start: 0, end: 0, year: 2024, month: 7, from: 3, to: 4, text: '' }, { start: 0, end: 0, year: null, month: 7, from: 4, to: 4, text: '' })).toBe(true);
    expect(sameDate({ start: 0, end: 0, year: 2024, month: 7, from: 3, to: 4, text: '' }, { start: 0, end: 0, year: 2023, month: 7, from: 4, to: 4, text: '' })).toBe(false);
  });
});

describe('adjunctWords', () => {
  it('takes what a coverb opens up to its localizer or verb as an adjunct of place, time or means', () => {
    const words = adjunctWords('甲国在首都年度论坛上宣布退出该条约');
    expect(words.has('首都')).toBe(true);
    expect(words.has('论坛')).toBe(true);
    expect(words.has('宣布')).toBe(false);
    expect(words.has('条约')).toBe(false);
    expect(adjunctWords('总统借国际论坛展示两国并未被孤立').has('论坛')).toBe(true);
    expect(adjunctWords('总统借国际论坛展示两国并未被孤立').has('孤立')).toBe(false);
    // a word that is also said outside the adjunct is content
    expect(adjunctWords('论坛在首都论坛上通过决议').has('论坛')).toBe(false);
    expect(adjunctWords('两国宣布建立伙伴关系').size).toBe(0);
  });
});
