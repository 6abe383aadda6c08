// Owns turning a known code-point span into an Anchor (exact text plus
// surrounding context), the inverse of match-quote.

import { AnchorError } from './anchor-error';
import { toCodePointIndex, type TextSource } from './code-points';
import type { Anchor } from './types';

/** Same context width hypothesis/client stores, enough to disambiguate repeated phrases. */
export const DEFAULT_CONTEXT = 32;

export type DescribeRangeOptions = {
  /** Code points of prefix/suffix to capture; clipped at the text's ends, not at paragraph breaks. */
  context?: number;
};

export function describeRange(
  source: TextSource,
  start: number,
  end: number,
  { context = DEFAULT_CONTEXT }: DescribeRangeOptions = {},
): Anchor {
  const index = toCodePointIndex(source);
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new AnchorError(`span offsets must be integers, got ${start}–${end}`);
  }
  if (start < 0 || start >= end || end > index.length) {
    throw new AnchorError(
      `span ${start}–${end} is invalid: need 0 ≤ start < end ≤ ${index.length} (text length in code points)`,
    );
  }
  if (!Number.isInteger(context) || context < 0) {
    throw new AnchorError(`context must be a non-negative integer, got ${context}`);
  }
  return {
    start,
    end,
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - context), start),
    suffix: index.slice(end, Math.min(index.length, end + context)),
  };
}
