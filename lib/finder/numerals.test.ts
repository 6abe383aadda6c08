import { describe, expect, it } from 'vitest';
import { arabicNumerals, findEnumerations, findNumbers, parseChineseNumeral, parseNumber } from './numerals';

describe('parseNumber', () => {
  it.each([
    ['九', 9],
    ['十', 10],
    ['十三', 13],
    ['四十', 40],
    ['两', 2],
    ['一百零五', 105],
    ['三千五百万', 35_000_000],
    ['145亿', 14_500_000_000],
    ['2.8万', 28_000],
    ['９', 9],
    ['1,158', 1158],
    ['3.5', 3.5],
  ])('%s = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('refuses what is not a number', () => {
    expect(parseNumber('成员')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('findNumbers', () => {
  const one = (text: string) => findNumbers(text).filter((m) => m.role === 'count');

  it('reads qualifiers before and after as comparators', () => {
    expect(one('至少9次访问俄罗斯')[0]).toMatchObject({ value: 9, comparator: 'gte', counts: '次', text: '至少9次' });
    expect(one('会见了超过40次')[0]).toMatchObject({ value: 40, comparator: 'gt' });
    expect(one('40多次')[0]).toMatchObject({ value: 40, comparator: 'gt', counts: '次' });
    expect(one('约975万')[0]).toMatchObject({ value: 9_750_000, comparator: 'approx' });
    expect(one('逾百人')[0]).toMatchObject({ value: 100, comparator: 'gt', counts: '人' });
    expect(one('近两年')[0]).toMatchObject({ value: 2, comparator: 'approx', counts: '年' });
    expect(one('more than 40 times')[0]).toMatchObject({ value: 40, comparator: 'gt' });
    expect(one('at least 9 visits')[0]).toMatchObject({ value: 9, comparator: 'gte' });
  });

  it('says what is counted, so 10个成员国 and 九个常任理事国 count the same thing', () => {
    expect(one('目前有10个成员国')[0]).toMatchObject({ value: 10, counts: '国' });
    expect(one('由九个常任理事国组成')[0]).toMatchObject({ value: 9, counts: '国' });
    expect(one('包括哈萨克斯坦等中亚五国')[0]).toMatchObject({ value: 5, counts: '国' });
    expect(one('总金额145亿美元')[0]).toMatchObject({ value: 14_500_000_000, counts: '元' });
  });

  it('keeps offsets in code points of the text given', () => {
    const text = '𠀀𠀀有10个成员国';
    const [m] = one(text);
    expect([...text].slice(m!.start, m!.end).join('')).toBe('10个');
  });

  it('marks dates, years and ordinals, which are not counts', () => {
    const roles = findNumbers('2024年7月3到4日举行第二次峰会').map((m) => [m.value, m.role]);
    expect(roles).toEqual([
      [2024, 'year'],
      [7, 'date'],
      [3, 'date'],
      [4, 'date'],
      [2, 'ordinal'],
    ]);
  });

  it('leaves numerals inside words alone', () => {
    expect(one('一带一路和统一大业,十字路口,五眼联盟')).toEqual([]);
  });
});

describe('arabicNumerals', () => {
  it('rewrites counting numerals, not words', () => {
    expect(arabicNumerals('由九个常任理事国组成')).toBe('由9个常任理事国组成');
    expect(arabicNumerals('中亚五国')).toBe('中亚5国');
    expect(arabicNumerals('三个月内的第二次峰会')).toBe('3个月内的第2次峰会');
    expect(arabicNumerals('一带一路')).toBe('一带一路');
  });
});

describe('findEnumerations', () => {
  it('counts the items of a list written with the enumeration comma, the last joined by 和', () => {
    expect(findEnumerations('创始国是中国、俄罗斯、哈萨克斯坦和乌兹别克斯坦，')).toMatchObject([{ size: 4, items: ['创始国是中国', '俄罗斯', '哈萨克斯坦', '乌兹别克斯坦'] }]);
    expect(findEnumerations('成员有甲、乙、丙。')[0]!.size).toBe(3);
  });

  it('gives no size to an open list (等) or to two items', () => {
    expect(findEnumerations('讨论经济、能源和安全合作等议题')).toEqual([]);
    expect(findEnumerations('中国、俄罗斯等国')).toEqual([]);
    expect(findEnumerations('中国和俄罗斯')).toEqual([]);
  });
});
