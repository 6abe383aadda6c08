// Public surface of the anchoring modules: W3C-style text selectors over
// article text, with offsets in Unicode code points.

export { AnchorError } from './anchor-error';
export {
  codePointLength,
  codePointSlice,
  createCodePointIndex,
  toCodePointIndex,
  toCodePointOffset,
  toUtf16Index,
  type CodePointIndex,
  type TextSource,
} from './code-points';
export { DEFAULT_CONTEXT, describeRange, type DescribeRangeOptions } from './describe-range';
export { anchorQuote, type AnchorQuoteOptions } from './match-quote';
export { findQuoteCandidates, type CandidateQuery, type QuoteCandidate } from './quote-candidates';
export {
  excerptAround,
  excerptInWindow,
  findParagraph,
  segmentParagraphs,
  splitIntoSegments,
  splitParagraphs,
  windowMargin,
  type Excerpt,
  type Paragraph,
  type Segment,
  type Span,
  type TextWindow,
} from './paragraph';
export { selectorsToQuery, toSelectors } from './selectors';
export type {
  Anchor,
  AnchorFailure,
  AnchorFailureReason,
  AnchorResult,
  QuoteQuery,
  Selector,
  TextPositionSelector,
  TextQuoteSelector,
} from './types';
