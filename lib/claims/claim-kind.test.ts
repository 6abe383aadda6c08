import { describe, expect, it } from 'vitest';
import {
  CLAIM_KINDS,
  COMPARATORS,
  claimKindLabel,
  comparatorLabel,
  comparatorSymbol,
  formatClaimValue,
  isClaimKind,
  isComparator,
} from './claim-kind';

describe('claim kinds', () => {
  it('lists the kinds with labels', () => {
    expect(CLAIM_KINDS).toEqual(['fact', 'quantity', 'date', 'opinion']);
    expect(CLAIM_KINDS.map(claimKindLabel)).toEqual(['Fact', 'Quantity', 'Date', 'Opinion']);
  });

  it('guards unknown kinds', () => {
    expect(isClaimKind('quantity')).toBe(true);
    expect(isClaimKind('rumour')).toBe(false);
    expect(isClaimKind(null)).toBe(false);
  });
});

describe('comparators', () => {
  it('maps each comparator to its symbol and words', () => {
    expect(COMPARATORS.map(comparatorSymbol)).toEqual(['=', '≥', '≤', '>', '<', '≈']);
    expect(COMPARATORS.map(comparatorLabel)).toEqual([
      'exactly',
      'at least',
      'at most',
      'more than',
      'less than',
      'about',
    ]);
  });

  it('guards unknown comparators', () => {
    expect(isComparator('approx')).toBe(true);
    expect(isComparator('ne')).toBe(false);
  });
});

describe('formatClaimValue', () => {
  it('prefixes the comparator symbol and spaces the unit', () => {
    expect(formatClaimValue({ value: 40, comparator: 'gt', unit: 'meetings' })).toBe('> 40 meetings');
    expect(formatClaimValue({ value: 9, comparator: 'gte', unit: 'visits' })).toBe('≥ 9 visits');
    expect(formatClaimValue({ value: 10, comparator: 'lte', unit: null })).toBe('≤ 10');
    expect(formatClaimValue({ value: 3, comparator: 'lt', unit: 'months' })).toBe('< 3 months');
  });

  it('writes the comparator in words for the interface, in any language', () => {
    const en = { eq: 'exactly', gte: 'at least', lte: 'at most', gt: 'more than', lt: 'less than', approx: 'about' } as const;
    const zh = { eq: '恰好', gte: '至少', lte: '至多', gt: '多于', lt: '少于', approx: '约' } as const;
    expect(formatClaimValue({ value: 9, comparator: 'gte', unit: 'visits' }, en)).toBe('at least 9 visits');
    expect(formatClaimValue({ value: 9, comparator: 'eq', unit: 'visits' }, en)).toBe('exactly 9 visits');
    expect(formatClaimValue({ value: 28_000, comparator: 'approx', unit: 'km²' }, en)).toBe('about 28,000 km²');
    expect(formatClaimValue({ value: 9, comparator: 'gte', unit: '次' }, zh)).toBe('至少 9 次');
    expect(formatClaimValue({ value: 9, comparator: null, unit: 'visits' }, en)).toBe('9 visits');
  });

  it('shows a plain value for eq or no comparator', () => {
    expect(formatClaimValue({ value: 9, comparator: 'eq', unit: 'visits' })).toBe('9 visits');
    expect(formatClaimValue({ value: 9, comparator: null, unit: 'visits' })).toBe('9 visits');
    expect(formatClaimValue({ value: 2001 })).toBe('2001');
  });

  it('groups thousands from five digits, so years stay intact, and keeps decimals', () => {
    expect(formatClaimValue({ value: 28_000, comparator: 'approx', unit: 'km²' })).toBe('≈ 28,000 km²');
    expect(formatClaimValue({ value: 9_750_000, unit: 'people' })).toBe('9,750,000 people');
    expect(formatClaimValue({ value: 1158.5, comparator: 'approx', unit: 'km²' })).toBe('≈ 1158.5 km²');
    expect(formatClaimValue({ value: 0.035 })).toBe('0.035');
    expect(formatClaimValue({ value: -2.25, unit: '°C' })).toBe('-2.25°C');
  });

  it('writes percent flush and trims units', () => {
    expect(formatClaimValue({ value: 3.5, comparator: 'approx', unit: '%' })).toBe('≈ 3.5%');
    expect(formatClaimValue({ value: 5, unit: '  countries ' })).toBe('5 countries');
    expect(formatClaimValue({ value: 5, unit: '   ' })).toBe('5');
  });

  it('returns null without a value and throws on non-finite numbers', () => {
    expect(formatClaimValue({ value: null, comparator: 'gte', unit: 'visits' })).toBeNull();
    expect(formatClaimValue({ value: undefined })).toBeNull();
    expect(() => formatClaimValue({ value: Number.NaN })).toThrow(RangeError);
    expect(() => formatClaimValue({ value: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });

  it('formats zero', () => {
    expect(formatClaimValue({ value: 0, comparator: 'eq', unit: 'votes' })).toBe('0 votes');
  });
});
