import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, shuffleInPlace } from './prng';

describe('createRng', () => {
  it('gives the same sequence for the same seed parts and another for others', () => {
    const a = createRng(42, 'article', 7);
    const b = createRng(42, 'article', 7);
    const c = createRng(42, 'article', 8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(hashSeed(1, 'x')).not.toBe(hashSeed('1x'));
  });

  it('stays in range and covers it', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('is roughly uniform and its normal has mean 0, sd 1', () => {
    const rng = createRng('uniform');
    const n = 50_000;
    let sum = 0;
    let sumNormal = 0;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      sum += rng.next();
      const z = rng.normal();
      sumNormal += z;
      sumSquares += z * z;
    }
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect(sumNormal / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(sumSquares / n)).toBeCloseTo(1, 1);
  });

  it('shuffles into a permutation, deterministically', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const once = shuffleInPlace(createRng(5), [...items]);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(once).not.toEqual(items);
    expect(shuffleInPlace(createRng(5), [...items])).toEqual(once);
  });
});
