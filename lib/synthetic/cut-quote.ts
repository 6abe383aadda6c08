// Owns cutting evidence quotes out of an article body the way the schema demands: `exact` is
// the text at [start, end) in code points, with up to 32 code points of prefix and suffix
// (W3C TextQuoteSelector + TextPositionSelector). Works on an array of code points, so
// astral characters count once, as in PostgreSQL's char_length and substr.
import { DEFAULT_CONTEXT } from '../anchoring/describe-range';

/** Context on each side of a quote: the app's own (lib/anchoring). */
export const QUOTE_CONTEXT = DEFAULT_CONTEXT;

export type QuoteSpan = { start: number; end: number; exact: string; prefix: string; suffix: string };

/** The selector for [start, end) over the code points of a text. */
export function quoteAt(chars: readonly string[], start: number, end: number, context = QUOTE_CONTEXT): QuoteSpan {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= chars.length)) {
    throw new RangeError(`span [${start}, ${end}) is not inside 0..${chars.length}`);
  }
  return {
    start,
    end,
    exact: chars.slice(start, end).join(''),
    prefix: chars.slice(Math.max(0, start - context), start).join(''),
    suffix: chars.slice(end, end + context).join(''),
  };
}

type Range = { start: number; end: number };

const CLAUSE_BREAKS = new Set(['，', '。', '；', '：', '「']);

export type QuoteCutter = {
  /** A span of minLength..maxLength code points inside one paragraph, often starting at a clause. */
  cut(rng: { next(): number }, options?: { minLength?: number; maxLength?: number }): QuoteSpan;
};

/** Scans the body once for paragraphs (runs without a line break); each cut is then O(span). */
export function createQuoteCutter(chars: readonly string[]): QuoteCutter {
  const paragraphs: Range[] = [];
  let runStart = -1;
  for (let i = 0; i <= chars.length; i++) {
    const breaks = i === chars.length || chars[i] === '\n';
    if (breaks && runStart >= 0) {
      paragraphs.push({ start: runStart, end: i });
      runStart = -1;
    } else if (!breaks && runStart < 0) runStart = i;
  }
  if (paragraphs.length === 0) throw new RangeError('no text to quote');
  const weights = paragraphs.map((p) => p.end - p.start);
  const total = weights.reduce((a, b) => a + b, 0);

  return {
    cut(rng, options = {}) {
      const minLength = options.minLength ?? 10;
      const maxLength = options.maxLength ?? 40;
      // a paragraph in proportion to its length, so every code point is equally likely;
      // one too short for a quote is drawn again (a few times, then taken as it is)
      let para = paragraphs[0] as Range;
      for (let attempt = 0; attempt < 20; attempt++) {
        let target = rng.next() * total;
        let p = 0;
        while (p < paragraphs.length - 1 && target >= (weights[p] as number)) target -= weights[p++] as number;
        para = paragraphs[p] as Range;
        if (para.end - para.start >= minLength) break;
      }
      const paraLength = para.end - para.start;
      const length = Math.min(paraLength, minLength + Math.floor(rng.next() * (maxLength - minLength + 1)));
      let start = para.start + Math.floor(rng.next() * (paraLength - length + 1));
      if (rng.next() < 0.5) {
        // start just after a clause break when one is near, as an editor would select
        for (let i = start; i < Math.min(start + 12, para.end - length); i++) {
          if (CLAUSE_BREAKS.has(chars[i] as string)) {
            start = i + 1;
            break;
          }
        }
      }
      return quoteAt(chars, start, start + length);
    },
  };
}
