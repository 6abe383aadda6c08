import { describe, expect, it } from 'vitest';
import { p95Below, percentile, summarize } from './stats';

describe('bench stats', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(10);
    expect(percentile(sorted, 0.95)).toBe(19);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarizes unsorted durations', () => {
    const stats = summarize([5, 1, 3], 2, true);
    expect(stats).toEqual({ runs: 3, median: 3, p95: 5, min: 1, max: 5, errors: 2, truncated: true });
  });

  it('judges a p95 target strictly', () => {
    expect(p95Below(100)(summarize([99])).ok).toBe(true);
    expect(p95Below(100)(summarize([100])).ok).toBe(false);
  });
});
