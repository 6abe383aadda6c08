// How many quotes a claim page shows per outlet before "show all": each outlet its share of a
// page budget, at least one (every outlet's stance is backed by a quote on the page), at most
// a handful (the rest is one click away), so a claim quoted by a hundred outlets stays a page
// a phone can load while one quoted by five shows them all.

/** Quotes shown on the whole page before "show all", shared among the outlets that have any. */
export const QUOTES_PER_PAGE = 60;
/** At most this many per outlet. */
export const QUOTES_PER_OUTLET = 5;

export function quotesPerOutlet(quotedOutlets: number): number {
  return Math.max(1, Math.min(QUOTES_PER_OUTLET, Math.floor(QUOTES_PER_PAGE / Math.max(1, quotedOutlets))));
}
