// How many quotes a claim page shows per outlet before "show all": each outlet its share of a
// page budget, at least one (every outlet's stance is backed by a quote on the page), at most
// a handful (the rest is one click away), so a claim quoted by a hundred outlets stays a page
// a phone can load while one quoted by five shows them all. A phone's request gets a smaller
// budget (PHONE_BUDGET): a third of the outlets and quotes, the rest one tap away.

/** Code points of a quote's paragraph shown on each side of it (the article link shows all of it). */
export const QUOTE_CONTEXT = 80;

/** Quotes shown on the whole page before "show all", shared among the outlets that have any. */
export const QUOTES_PER_PAGE = 60;
/** At most this many per outlet. */
export const QUOTES_PER_OUTLET = 5;

/** How much a claim page shows before "show all": outlets in full, and quotes shared among them. */
export type PageBudget = { outletsInFull: number; quotesPerPage: number };

export function quotesPerOutlet(quotedOutlets: number, quotesPerPage = QUOTES_PER_PAGE): number {
  return Math.max(1, Math.min(QUOTES_PER_OUTLET, Math.floor(quotesPerPage / Math.max(1, quotedOutlets))));
}

/**
 * Outlets whose section a claim page shows in full before "show all outlets"; the others are
 * listed in brief (name, stance, how many quotes), each one click from its full section.
 */
export const OUTLETS_IN_FULL = 30;

export const DEFAULT_BUDGET: PageBudget = { outletsInFull: OUTLETS_IN_FULL, quotesPerPage: QUOTES_PER_PAGE };
/** A phone's first screenful matters more than a long page: it scrolls through a third. */
export const PHONE_BUDGET: PageBudget = { outletsInFull: 10, quotesPerPage: 20 };

/**
 * Which outlets a claim page shows in full: every one when they all fit in `inFull` (or all are
 * asked for: ?quotes=all); otherwise the first `inFull` in page order of those with something
 * recorded (a quote or an omission mark: `recorded`), and the one asked for (?quotes=<slug>).
 * The others go in brief, in order: on a claim 3 of 200 outlets have quoted, the page shows
 * those 3, not the first 30 by name with 27 of them empty.
 */
export function outletsInFull<T extends { slug: string }>(
  outlets: readonly T[],
  expand: string | undefined,
  inFull = OUTLETS_IN_FULL,
  recorded: (outlet: T) => boolean = () => true,
): { full: T[]; brief: T[] } {
  if (expand === 'all' || outlets.length <= inFull) return { full: [...outlets], brief: [] };
  const full: T[] = [];
  const brief: T[] = [];
  let budget = inFull;
  for (const outlet of outlets) {
    const fits = budget > 0 && recorded(outlet);
    if (fits) budget--;
    (fits || expand === outlet.slug ? full : brief).push(outlet);
  }
  return { full, brief };
}

/**
 * A claim page's plan: the outlets in full and in brief, how many quotes each outlet in full
 * shows (perOutlet unless it was asked for all of them), and those quotes (the ones the page reads an excerpt for), in page order.
 * `recorded` says which outlets have something to show (see outletsInFull).
 */
export function planClaimPage<T extends { slug: string }, Q>(
  outlets: readonly T[],
  quotesOf: (slug: string) => readonly Q[],
  expand: string | undefined,
  budget: PageBudget = DEFAULT_BUDGET,
  recorded: (slug: string) => boolean = () => true,
): { full: T[]; brief: T[]; perOutlet: number; quotesShown: (slug: string) => number; shown: Q[] } {
  const { full, brief } = outletsInFull(outlets, expand, budget.outletsInFull, (outlet) => recorded(outlet.slug));
  const perOutlet = quotesPerOutlet(full.filter((outlet) => quotesOf(outlet.slug).length > 0).length, budget.quotesPerPage);
  const quotesShown = (slug: string) => (expand === 'all' || expand === slug ? Infinity : perOutlet);
  return { full, brief, perOutlet, quotesShown, shown: full.flatMap((outlet) => quotesOf(outlet.slug).slice(0, quotesShown(outlet.slug))) };
}
