// Owns the paragraph structure of article text (paragraphs are separated by
// blank lines, "\n\n") and cutting text into segments so a renderer can wrap
// overlapping evidence spans in <mark> without re-deriving offsets.

import { AnchorError } from './anchor-error';
import { toCodePointIndex, type CodePointIndex, type TextSource } from './code-points';

export type Paragraph = { start: number; end: number; text: string };

export type Span = { start: number; end: number; id: string };

/** A maximal run of text covered by the same set of spans; offsets are article-absolute code points. */
export type Segment = { text: string; start: number; end: number; spanIds: string[] };

type Range = { start: number; end: number };

// Normalised text uses exactly "\n\n", but a longer run must not produce empty paragraphs.
const SEPARATOR = /\n{2,}/g;

function validateRange(index: CodePointIndex, start: number, end: number, what: string): void {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= index.length) return;
  throw new AnchorError(`${what} ${start}–${end} is invalid: need 0 ≤ start ≤ end ≤ ${index.length}`);
}

/** Paragraphs in order, separators excluded; text without any non-separator content has none. */
export function splitParagraphs(source: TextSource): Paragraph[] {
  const index = toCodePointIndex(source);
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (utf16Start: number, utf16End: number): void => {
    if (utf16End <= utf16Start) return;
    const start = index.toCodePointOffset(utf16Start);
    const end = index.toCodePointOffset(utf16End);
    paragraphs.push({ start, end, text: index.text.slice(utf16Start, utf16End) });
  };
  for (const match of index.text.matchAll(SEPARATOR)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, index.text.length);
  return paragraphs;
}

/**
 * The paragraph holding a span, to show a quote in context. A span that
 * crosses paragraph breaks gets the block from the first to the last
 * paragraph it touches; a span lying wholly inside a separator is returned
 * as-is because there is no paragraph around it.
 */
export function findParagraph(source: TextSource, start: number, end: number): Paragraph {
  const index = toCodePointIndex(source);
  validateRange(index, start, end, 'span');
  const paragraphs = splitParagraphs(index);
  const touched =
    start === end
      ? paragraphs.filter((p) => p.start <= start && start <= p.end)
      : paragraphs.filter((p) => p.start < end && start < p.end);
  const first = touched[0];
  const last = touched[touched.length - 1];
  if (!first || !last) return { start, end, text: index.slice(start, end) };
  return { start: first.start, end: last.end, text: index.slice(first.start, last.end) };
}

/** A stretch of a paragraph around a span, and whether text of the paragraph was left out on either side. */
export type Excerpt = { start: number; end: number; before: boolean; after: boolean };

/**
 * At most `context` code points of the paragraph on each side of a span (the whole paragraph
 * when it is shorter): a quote shown with enough of its paragraph to read it, where a list of
 * many quotes would otherwise carry every paragraph whole. Cut points stay inside the paragraph.
 */
export function excerptAround(paragraph: { start: number; end: number }, start: number, end: number, context: number): Excerpt {
  if (!Number.isInteger(context) || context < 0) throw new AnchorError(`context must be a non-negative integer, got ${context}`);
  const from = Math.max(paragraph.start, Math.min(start, paragraph.end) - context);
  const to = Math.min(paragraph.end, Math.max(end, paragraph.start) + context);
  return { start: from, end: to, before: from > paragraph.start, after: to < paragraph.end };
}

type Event = { at: number; opens: boolean; order: number };

/**
 * Sweeps span boundaries once over all ranges (which must be sorted and
 * disjoint), so cost is O((spans + ranges) log spans) however many ranges.
 */
function sweep(index: CodePointIndex, spans: readonly Span[], ranges: readonly Range[]): Segment[][] {
  const events: Event[] = [];
  spans.forEach((span, order) => {
    validateRange(index, span.start, span.end, `span ${JSON.stringify(span.id)}`);
    // An empty span marks nothing and would only add a zero-width boundary.
    if (span.start === span.end) return;
    events.push({ at: span.start, opens: true, order }, { at: span.end, opens: false, order });
  });
  events.sort((a, b) => a.at - b.at);

  const active = new Set<number>();
  let next = 0;
  const applyUpTo = (position: number): void => {
    for (; next < events.length && events[next]!.at <= position; next++) {
      const event = events[next]!;
      if (event.opens) active.add(event.order);
      else active.delete(event.order);
    }
  };
  // Ids follow input order so the output does not depend on sort stability.
  const activeIds = (): string[] => {
    const ids = [...active].sort((a, b) => a - b).map((order) => spans[order]!.id);
    return [...new Set(ids)];
  };

  return ranges.map((range) => {
    const segments: Segment[] = [];
    let cursor = range.start;
    applyUpTo(cursor);
    while (cursor < range.end) {
      const boundary = next < events.length ? Math.min(events[next]!.at, range.end) : range.end;
      const spanIds = activeIds();
      const previous = segments[segments.length - 1];
      // Adjacent runs with the same ids (e.g. a repeated id) render as one mark.
      if (previous && previous.spanIds.join('\u0000') === spanIds.join('\u0000')) {
        previous.end = boundary;
        previous.text = index.slice(previous.start, boundary);
      } else {
        segments.push({ text: index.slice(cursor, boundary), start: cursor, end: boundary, spanIds });
      }
      cursor = boundary;
      applyUpTo(cursor);
    }
    return segments;
  });
}

/**
 * Cuts [range.start, range.end) (default: the whole text) into ordered
 * segments that exactly cover it; spans are clipped to the range. Handles
 * overlapping, nested and touching spans.
 */
export function splitIntoSegments(source: TextSource, spans: readonly Span[], range?: Range): Segment[] {
  const index = toCodePointIndex(source);
  const { start, end } = range ?? { start: 0, end: index.length };
  validateRange(index, start, end, 'range');
  return sweep(index, spans, [{ start, end }])[0] ?? [];
}

/**
 * One segment list per paragraph; separators belong to no paragraph, so a
 * span crossing a paragraph break shows up, with the same id, in each
 * paragraph it touches.
 */
export function segmentParagraphs(source: TextSource, spans: readonly Span[]): Segment[][] {
  const index = toCodePointIndex(source);
  return sweep(index, spans, splitParagraphs(index));
}

/** A stretch of an article's text: `text` starts at code point `start`; the article has `articleLength` code points. */
export type TextWindow = { start: number; text: string; articleLength: number };

/** How far a window must reach past a span, on each side, for excerptInWindow with this context. */
export function windowMargin(context: number): number {
  return context + 2;
}

/**
 * excerptAround(findParagraph(article, start, end), start, end, context), computed from a window
 * of the article that reaches windowMargin(context) code points past the span on each side (or
 * to the article's edge) instead of from the whole text. Only paragraph breaks within `context`
 * of the span can change the excerpt, and the two extra code points let the window see a whole
 * "\n\n" that ends at the excerpt's edge; where the window cuts a paragraph (or a run of
 * newlines) further out, the excerpt is cut at `context` either way. Offsets are article-absolute.
 */
export function excerptInWindow(window: TextWindow, start: number, end: number, context: number): Excerpt {
  const index = toCodePointIndex(window.text);
  const windowEnd = window.start + index.length;
  const margin = windowMargin(context);
  if (start < window.start || end > windowEnd) throw new AnchorError(`span ${start}–${end} is not inside the window ${window.start}–${windowEnd}`);
  if ((window.start > 0 && start - window.start < margin) || (windowEnd < window.articleLength && windowEnd - end < margin)) {
    throw new AnchorError(`the window ${window.start}–${windowEnd} does not reach ${margin} code points past ${start}–${end}`);
  }
  const local = findParagraph(index, start - window.start, end - window.start);
  const excerpt = excerptAround(local, start - window.start, end - window.start, context);
  return { ...excerpt, start: excerpt.start + window.start, end: excerpt.end + window.start };
}
