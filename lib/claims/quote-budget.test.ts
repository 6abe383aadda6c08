import { describe, expect, it } from 'vitest';
import { QUOTES_PER_OUTLET, QUOTES_PER_PAGE, quotesPerOutlet } from './quote-budget';

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
