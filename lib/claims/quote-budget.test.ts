import { describe, expect, it } from 'vitest';
import { OUTLETS_IN_FULL, outletsInFull, QUOTES_PER_OUTLET, QUOTES_PER_PAGE, quotesPerOutlet } from './quote-budget';

describe('quotesPerOutlet', () => {
  it('shows a few outlets every quote up to the per-outlet cap', () => {
    expect(quotesPerOutlet(0)).toBe(QUOTES_PER_OUTLET);
    expect(quotesPerOutlet(5)).toBe(QUOTES_PER_OUTLET);
  });
  it('shares the page budget among many outlets, never below one quote each', () => {
    expect(quotesPerOutlet(20)).toBe(3);
    expect(quotesPerOutlet(30)).toBe(2);
    expect(quotesPerOutlet(100)).toBe(1);
    expect(quotesPerOutlet(1000)).toBe(1);
    for (let n = 1; n <= 200; n++) expect(quotesPerOutlet(n) * n <= Math.max(QUOTES_PER_PAGE, n)).toBe(true);
  });
});

describe('outletsInFull', () => {
  const outlets = Array.from({ length: OUTLETS_IN_FULL + 5 }, (_, i) => ({ slug: `o-${i}` }));
  it('shows every outlet of a small claim page in full', () => {
    expect(outletsInFull(outlets.slice(0, 5), undefined)).toEqual({ full: outlets.slice(0, 5), brief: [] });
  });
  it('puts the outlets past the first ones in brief, unless one or all are asked for', () => {
    expect(outletsInFull(outlets, undefined)).toEqual({ full: outlets.slice(0, OUTLETS_IN_FULL), brief: outlets.slice(OUTLETS_IN_FULL) });
    const asked = outlets[OUTLETS_IN_FULL + 2]!;
    const one = outletsInFull(outlets, asked.slug);
    expect(one.full).toEqual([...outlets.slice(0, OUTLETS_IN_FULL), asked]);
    expect(one.brief).not.toContain(asked);
    expect(outletsInFull(outlets, 'all')).toEqual({ full: outlets, brief: [] });
  });
});
