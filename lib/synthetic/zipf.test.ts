import { describe, expect, it } from 'vitest';
import { createRng } from './prng';
import { allocateCounts, createWeightedSampler, zipfWeights } from './zipf';

describe('allocateCounts', () => {
  it('sums exactly to the total and follows a Zipf shape (rank r gets ~1/r of rank 1)', () => {
    const counts = allocateCounts(20_000, zipfWeights(100, 1), { min: 1 });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000);
    const harmonic = zipfWeights(100, 1).reduce((a, b) => a + b, 0);
    // the biggest outlet has about 1/H(100) ≈ 19% of the articles, the tenth a tenth of that
    expect(counts[0]! / 20_000).toBeCloseTo(1 / harmonic, 2);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(9);
    expect(counts[0]! / counts[9]!).toBeLessThan(11);
    // a long tail: the bottom half holds well under a fifth
    expect(counts.slice(50).reduce((a, b) => a + b, 0) / 20_000).toBeLessThan(0.2);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
  });

  it('respects min and max, moving what a cap cuts off to the others', () => {
    const counts = allocateCounts(200_000, zipfWeights(10_000, 1), { min: 1, max: 400 });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200_000);
    expect(Math.max(...counts)).toBe(400);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    const sorted = [...counts].sort((a, b) => a - b);
    // most claims are cited a few times, a few very often
    expect(sorted[5_000]).toBeLessThan(15);
    expect(sorted[9_900]).toBeGreaterThan(100);
  });

  it('handles edge cases and refuses the impossible', () => {
    expect(allocateCounts(0, [])).toEqual([]);
    expect(allocateCounts(5, [1])).toEqual([5]);
    expect(allocateCounts(3, [1, 1, 1], { min: 1 })).toEqual([1, 1, 1]);
    expect(allocateCounts(7, [0, 0, 1], { min: 2 })).toEqual([2, 2, 3]);
    expect(() => allocateCounts(2, [1, 1, 1], { min: 1 })).toThrow(RangeError);
    expect(() => allocateCounts(10, [1, 1], { max: 4 })).toThrow(RangeError);
  });
});

describe('createWeightedSampler', () => {
  it('draws in proportion to the weights and never a zero weight', () => {
    const sampler = createWeightedSampler([1, 0, 3, 6]);
    const rng = createRng('sampler');
    const hits = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) hits[sampler.sample(rng)]!++;
    expect(hits[1]).toBe(0);
    expect(hits[0]! / 40_000).toBeCloseTo(0.1, 1);
    expect(hits[2]! / 40_000).toBeCloseTo(0.3, 1);
    expect(hits[3]! / 40_000).toBeCloseTo(0.6, 1);
  });
});
