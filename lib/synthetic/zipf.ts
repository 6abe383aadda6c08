// Owns the skew of the synthetic corpus: Zipf-like weights (a few big outlets and popular
// claims, a long tail), splitting a total into whole counts that follow given weights, and
// drawing indices in proportion to weights.
import type { Rng } from './prng';

/** Weight of rank r (1-based) is 1 / r^exponent; index 0 is rank 1. */
export function zipfWeights(n: number, exponent: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / (i + 1) ** exponent);
}

export type AllocateBounds = { min?: number; max?: number };

/**
 * Whole counts summing exactly to `total`, each within [min, max] and otherwise in
 * proportion to its weight: find the scale at which the clamped shares add up (water
 * filling), then hand the rounding remainder to the largest fractions.
 */
export function allocateCounts(total: number, weights: readonly number[], bounds: AllocateBounds = {}): number[] {
  const n = weights.length;
  const min = bounds.min ?? 0;
  const max = bounds.max ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number, got ${total}`);
  if (n === 0) {
    if (total === 0) return [];
    throw new RangeError('cannot allocate a positive total over no weights');
  }
  if (n * min > total || n * max < total) {
    throw new RangeError(`cannot split ${total} into ${n} counts within [${min}, ${max}]`);
  }
  const share = (scale: number, w: number) => Math.min(max, Math.max(min, scale * w));
  const sumAt = (scale: number) => weights.reduce((sum, w) => sum + share(scale, w), 0);
  let lo = 0;
  let hi = 1;
  while (sumAt(hi) < total) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (sumAt(mid) < total) lo = mid;
    else hi = mid;
  }
  const exact = weights.map((w) => share(hi, w));
  const counts = exact.map((x) => Math.floor(x));
  let remainder = total - counts.reduce((a, b) => a + b, 0);
  if (remainder < 0) {
    // hi overshoots by a hair: take back from the largest counts above min
    const order = counts.map((_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
    for (const i of order) {
      if (remainder === 0) break;
      if ((counts[i] as number) > min) {
        counts[i] = (counts[i] as number) - 1;
        remainder++;
      }
    }
  }
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  while (remainder > 0) {
    let gave = false;
    for (const { i } of order) {
      if (remainder === 0) break;
      if ((counts[i] as number) < max) {
        counts[i] = (counts[i] as number) + 1;
        remainder--;
        gave = true;
      }
    }
    if (!gave) throw new Error('allocation could not place its remainder');
  }
  return counts;
}

/** Draws index i with probability weights[i] / sum, by binary search over the running sums. */
export type WeightedSampler = { sample(rng: Rng): number; size: number };

export function createWeightedSampler(weights: readonly number[]): WeightedSampler {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    if (!(w >= 0)) throw new RangeError(`weight ${i} must be >= 0, got ${w}`);
    sum += w;
    cumulative[i] = sum;
  });
  if (!(sum > 0)) throw new RangeError('weights must not all be zero');
  return {
    size: weights.length,
    sample(rng) {
      const target = rng.next() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) <= target) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
