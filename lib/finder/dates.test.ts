import { describe, expect, it } from 'vitest';
import { compareDates, findDates } from './dates';

describe('findDates', () => {
  it('reads days, spans and months', () => {
    expect(findDates('2024年7月3日').map((d) => [d.year, d.month, d.from, d.to])).toEqual([[2024, 7, 3, 3]]);
    expect(findDates('7月3到4日,他参加').map((d) => [d.month, d.from, d.to])).toEqual([[7, 3, 4]]);
    expect(findDates('于7月3日至4日在').map((d) => [d.month, d.from, d.to, d.text])).toEqual([[7, 3, 4, '7月3日至4日']]);
    expect(findDates('今年5月普京').map((d) => [d.month, d.from])).toEqual([[5, null]]);
    expect(findDates('3个月内')).toEqual([]);
  });
});

describe('compareDates', () => {
  const span = findDates('7月3日至4日');
  it('agrees on the same span, disagrees on another day of the month', () => {
    expect(compareDates(span, findDates('7月3到4日')).agreement).toBe('agrees');
    expect(compareDates(findDates('7月3日'), findDates('7月3到4日')).agreement).toBe('agrees');
    expect(compareDates(span, findDates('7月3日')).agreement).toBe('disagrees');
    expect(compareDates(span, findDates('峰会7月4日在哈萨克斯坦举行')).agreement).toBe('disagrees');
    expect(compareDates(findDates('2024年7月3日'), findDates('本周三(7月3日)再度会面')).agreement).toBe('agrees');
    expect(compareDates(span, findDates('5月16日在北京')).agreement).toBeNull();
  });
});
