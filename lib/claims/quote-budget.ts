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

/**
 * Outlets whose section a claim page shows in full before "show all outlets"; the others are
 * listed in brief (name, stance, how many quotes), each one click from its full section.
 */
export const OUTLETS_IN_FULL = 30;

/**
 * Which outlets a claim page shows in full: the first OUTLETS_IN_FULL in page order, and the one
 * asked for (?quotes=<slug>), or every one (?quotes=all); the others go in brief, in order.
 */
export function outletsInFull<T extends { slug: string }>(outlets: readonly T[], expand: string | undefined): { full: T[]; brief: T[] } {
  const full: T[] = [];
  const brief: T[] = [];
  outlets.forEach((outlet, index) => (index < OUTLETS_IN_FULL || expand === 'all' || expand === outlet.slug ? full : brief).push(outlet));
  return { full, brief };
}
