import { describe, expect, it } from 'vitest';
import { createByteBudgetLru, estimateBytes } from './byte-budget-lru';

describe('estimateBytes', () => {
  it('grows with the text and the elements a value holds', () => {
    expect(estimateBytes('x'.repeat(1000))).toBeGreaterThan(2000);
    const small = estimateBytes({ quotes: ['a'] });
    const large = estimateBytes({ quotes: Array.from({ length: 300 }, (_, i) => `quote ${i} `.repeat(20)) });
    expect(large).toBeGreaterThan(small * 100);
    expect(estimateBytes(new Map([['word', 3]]))).toBeGreaterThan(estimateBytes(new Map()));
    expect(estimateBytes([1n, 2n])).toBeGreaterThan(estimateBytes([]));
  });
  it('counts a shared or cyclic object once', () => {
    const shared: Record<string, unknown> = { text: 'y'.repeat(500) };
    shared.self = shared;
    expect(estimateBytes([shared, shared])).toBeLessThan(2 * estimateBytes(shared));
  });
});

describe('createByteBudgetLru', () => {
  it('keeps the total under its budget, dropping the least recently used first', () => {
    const cache = createByteBudgetLru<string>(300);
    cache.set('a', 'A', 100);
    cache.set('b', 'B', 100);
    cache.set('c', 'C', 100);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('d', 'D', 100);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['A', 'C', 'D']);
    expect(cache.bytes).toBe(300);
  });
  it('bounds many small entries and a few large ones alike', () => {
    const cache = createByteBudgetLru<string>(100_000);
    for (let i = 0; i < 10_000; i++) cache.set(`k${i}`, 'v'.repeat(i % 7 === 0 ? 5_000 : 10));
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBeLessThan(10_000);
    expect(cache.get('k9999')).toBeDefined();
  });
  it('does not keep a value larger than the whole budget, and forgets the old value of its key', () => {
    const cache = createByteBudgetLru<string>(1_000);
    cache.set('k', 'small', 10);
    cache.set('k', 'huge', 5_000);
    expect(cache.get('k')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
  it('replacing a key counts its bytes once; delete and clear give the bytes back', () => {
    const cache = createByteBudgetLru<number>(1_000);
    cache.set('k', 1, 400);
    cache.set('k', 2, 500);
    expect(cache.bytes).toBe(500);
    cache.set('j', 3, 100);
    cache.delete('k');
    expect(cache.bytes).toBe(100);
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
  it('refuses a budget that is not positive', () => {
    expect(() => createByteBudgetLru(0)).toThrow(RangeError);
  });
});
