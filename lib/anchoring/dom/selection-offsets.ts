// Owns mapping a DOM selection over a rendered article (components/highlighted-text.tsx; tested
// there, in components/selection-offsets.test.ts, against its real markup)
// back to code-point offsets in the stored article text. Framework-free: DOM APIs only.
//
// Each rendered segment carries its article-absolute offsets (data-start/data-end), so a
// boundary inside a segment is the segment's start plus the code points before it; a
// boundary between segments (on a paragraph, on the root, between two marks) snaps to the
// nearest segment edge inside the selection. The result is then checked against the stored
// text, so a DOM that differs from it (a translation extension, a stale page) gives an error,
// never a wrong span.
import { codePointLength, toCodePointIndex, type TextSource } from '../code-points';

export type SelectionOffsets = { start: number; end: number };
export type SelectionOffsetsResult = SelectionOffsets | { error: string };

const SEGMENT = '[data-start]:not([data-paragraph])';
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type Side = 'start' | 'end';
type Point = { node: Node; offset: number };

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function readOffsets(element: Element): SelectionOffsets | null {
  const start = Number(element.getAttribute('data-start'));
  const end = Number(element.getAttribute('data-end'));
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  return { start, end };
}

/** A boundary inside a surrogate pair moves outward: a start before the pair, an end after it. */
function snapOutOfSurrogatePair({ node, offset }: Point, side: Side): Point {
  if (node.nodeType !== TEXT_NODE) return { node, offset };
  const data = (node as Text).data;
  if (offset > 0 && offset < data.length && isHighSurrogate(data.charCodeAt(offset - 1)) && isLowSurrogate(data.charCodeAt(offset))) {
    return { node, offset: side === 'start' ? offset - 1 : offset + 1 };
  }
  return { node, offset };
}

function segmentContaining(node: Node, root: Element): Element | null {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const segment = element?.closest(SEGMENT) ?? null;
  return segment && root.contains(segment) ? segment : null;
}

function collapsedAt(point: Point): Range {
  const range = point.node.ownerDocument!.createRange();
  range.setStart(point.node, point.offset);
  return range;
}

function resolvePoint(point: Point, side: Side, root: Element, segments: Element[]): number | null {
  const segment = segmentContaining(point.node, root);
  if (segment) {
    const offsets = readOffsets(segment);
    if (!offsets) return null;
    const before = collapsedAt(point);
    before.setStart(segment, 0);
    const offset = offsets.start + codePointLength(before.toString());
    return offset <= offsets.end ? offset : null;
  }
  // Between segments: a start belongs to the first segment beginning at or after it, an
  // end to the last segment ending at or before it (so the quote never gains text the
  // selection does not show).
  const probe = collapsedAt(point);
  if (side === 'start') {
    const next = segments.find((s) => probe.comparePoint(s, 0) >= 0);
    return next ? (readOffsets(next)?.start ?? null) : null;
  }
  const previous = segments.findLast((s) => probe.comparePoint(s, s.childNodes.length) <= 0);
  return previous ? (readOffsets(previous)?.end ?? null) : null;
}

/** The visible text of the range, counting only text inside segments. */
function segmentTextInRange(range: Range, segments: Element[]): string {
  const pieces: string[] = [];
  for (const segment of segments) {
    if (!range.intersectsNode(segment)) continue;
    const part = segment.ownerDocument.createRange();
    part.selectNodeContents(segment);
    if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
    pieces.push(part.toString());
  }
  return pieces.join('');
}

/**
 * The article text as rendered: segments in order, with the gaps between them (paragraph
 * separators, which are only ever newlines) filled with "\n". Null if the DOM is inconsistent.
 */
export function articleTextFromDom(root: Element): string | null {
  let text = '';
  let cursor = 0;
  for (const segment of root.querySelectorAll(SEGMENT)) {
    const offsets = readOffsets(segment);
    const content = segment.textContent ?? '';
    if (!offsets || offsets.start < cursor || codePointLength(content) !== offsets.end - offsets.start) return null;
    text += '\n'.repeat(offsets.start - cursor) + content;
    cursor = offsets.end;
  }
  const length = Number(root.getAttribute('data-article-text-length'));
  if (Number.isInteger(length) && length > cursor) text += '\n'.repeat(length - cursor);
  return text;
}

function isNewline(index: ReturnType<typeof toCodePointIndex>, at: number): boolean {
  return index.slice(at, at + 1) === '\n';
}

/**
 * Converts a DOM range over the article rendered inside `root` to code-point offsets into
 * `text` (the stored article text; by default the text as rendered). Paragraph breaks at
 * either end of the selection are left out of the span.
 */
export function rangeToOffsets(range: Range, root: Element, text?: TextSource): SelectionOffsetsResult {
  if (range.collapsed) return { error: 'Nothing is selected.' };
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
    return { error: 'The selection must lie wholly inside the article text.' };
  }
  const segments = [...root.querySelectorAll(SEGMENT)];
  if (segments.length === 0) return { error: 'This article has no text to select.' };

  const startPoint = snapOutOfSurrogatePair({ node: range.startContainer, offset: range.startOffset }, 'start');
  const endPoint = snapOutOfSurrogatePair({ node: range.endContainer, offset: range.endOffset }, 'end');
  const rawStart = resolvePoint(startPoint, 'start', root, segments);
  const rawEnd = resolvePoint(endPoint, 'end', root, segments);
  if (rawStart === null || rawEnd === null) return { error: 'The selection could not be mapped to the article text.' };

  const source = text ?? articleTextFromDom(root);
  if (source === null) return { error: 'The article on the page is out of date; reload it and try again.' };
  const index = toCodePointIndex(source);
  if (rawEnd > index.length) return { error: 'The article on the page is out of date; reload it and try again.' };

  let start = rawStart;
  let end = rawEnd;
  while (start < end && isNewline(index, start)) start++;
  while (end > start && isNewline(index, end - 1)) end--;
  if (start >= end) return { error: 'The selection holds no article text.' };

  // The DOM holds no separators, so compare without them.
  const snapped = range.cloneRange();
  snapped.setStart(startPoint.node, startPoint.offset);
  snapped.setEnd(endPoint.node, endPoint.offset);
  const shown = segmentTextInRange(snapped, segments).replace(/\n/g, '');
  const stored = index.slice(start, end).replace(/\n/g, '');
  if (shown !== stored) {
    return { error: 'The selected text does not match the stored article text; reload the page and try again.' };
  }
  return { start, end };
}
