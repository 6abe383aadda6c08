import { describe, expect, it } from 'vitest';
import { compareStatedValue, parseChineseNumeral, parseStatedValue } from './stated-value';

describe('parseStatedValue', () => {
  it('reads numbers with their qualifiers, in Arabic or Chinese numerals', () => {
    expect(parseStatedValue('10')).toEqual({ value: 10, comparator: 'eq' });
    expect(parseStatedValue('至少9次')).toEqual({ value: 9, comparator: 'gte' });
    expect(parseStatedValue('超过40次')).toEqual({ value: 40, comparator: 'gt' });
    expect(parseStatedValue('九個')).toEqual({ value: 9, comparator: 'eq' });
    expect(parseStatedValue('約一半')).toBeNull();
    expect(parseStatedValue('十三个对话伙伴')).toEqual({ value: 13, comparator: 'eq' });
    expect(parseStatedValue('１０')).toEqual({ value: 10, comparator: 'eq' });
    expect(parseStatedValue('40次以上')).toEqual({ value: 40, comparator: 'gte' });
    expect(parseStatedValue(null)).toBeNull();
  });

  it('parses Chinese numerals', () => {
    expect(parseChineseNumeral('四十')).toBe(40);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('两万三千')).toBe(23_000);
    expect(parseChineseNumeral('abc')).toBeNull();
  });
});

describe('compareStatedValue', () => {
  it('the SCO member count: 10 agrees with "10 members", 9 disagrees', () => {
    expect(compareStatedValue({ value: 10, comparator: 'eq' }, { value: 10, comparator: 'eq' })).toBe('agrees');
    expect(compareStatedValue({ value: 10, comparator: 'eq' }, { value: 9, comparator: 'eq' })).toBe('disagrees');
  });

  it('"at least 9" claims: exactly 10 and at least 9 agree, 8 does not, at least 5 only partly', () => {
    const claim = { value: 9, comparator: 'gte' as const };
    expect(compareStatedValue(claim, { value: 9, comparator: 'gte' })).toBe('agrees');
    expect(compareStatedValue(claim, { value: 10, comparator: 'eq' })).toBe('agrees');
    expect(compareStatedValue(claim, { value: 8, comparator: 'eq' })).toBe('disagrees');
    expect(compareStatedValue(claim, { value: 5, comparator: 'gte' })).toBe('partly');
  });

  it('open bounds: "more than 40" agrees with more than 40, not with exactly 40', () => {
    expect(compareStatedValue({ value: 40, comparator: 'gt' }, { value: 40, comparator: 'gt' })).toBe('agrees');
    expect(compareStatedValue({ value: 40, comparator: 'gt' }, { value: 40, comparator: 'eq' })).toBe('disagrees');
    expect(compareStatedValue({ value: null, comparator: null }, { value: 1, comparator: 'eq' })).toBeNull();
  });
});
