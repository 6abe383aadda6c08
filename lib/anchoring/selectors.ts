// Owns conversion between Anchors/quote queries and W3C Web Annotation
// selector objects, the interchange form for stored evidence.

import type { Anchor, QuoteQuery, Selector, TextPositionSelector, TextQuoteSelector } from './types';

export function toSelectors(anchor: Anchor): [TextQuoteSelector, TextPositionSelector] {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: anchor.exact };
  // W3C omits absent context rather than storing empty strings.
  if (anchor.prefix !== '') quote.prefix = anchor.prefix;
  if (anchor.suffix !== '') quote.suffix = anchor.suffix;
  return [quote, { type: 'TextPositionSelector', start: anchor.start, end: anchor.end }];
}

/** Merges selectors into one query; anchorQuote then checks the position against the quote instead of trusting either. */
export function selectorsToQuery(selectors: readonly Selector[]): QuoteQuery {
  const query: QuoteQuery = {};
  for (const selector of selectors) {
    if (selector.type === 'TextQuoteSelector') {
      query.exact = selector.exact;
      query.prefix = selector.prefix ?? null;
      query.suffix = selector.suffix ?? null;
      continue;
    }
    query.start = selector.start;
    query.end = selector.end;
  }
  return query;
}
