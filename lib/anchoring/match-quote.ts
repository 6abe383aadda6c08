// Owns resolving a quote (and/or a stored position) to an Anchor in an
// article's text. Exact matching only: when the quote cannot be placed
// unambiguously we return a reason instead of guessing a span.

import { describeRange, type DescribeRangeOptions } from './describe-range';
import { toCodePointIndex, type CodePointIndex, type TextSource } from './code-points';
import { englishText, errorMessage, type ErrorMessage } from '../i18n/error-message';
import type { AnchorFailure, AnchorFailureReason, AnchorResult, QuoteQuery } from './types';

export type AnchorQuoteOptions = DescribeRangeOptions;

/** Where a quote occurs: in code points, and in UTF-16 units of the index's text. */
export type Occurrence = { start: number; utf16Start: number };

const PREVIEW_CODE_POINTS = 40;
const LISTED_POSITIONS = 5;
const DIVERGENCE_CODE_POINTS = 8;

/** The reason is a message of the serverErrors catalogue (anchorDetail.*); `message` is its English. */
function fail(error: AnchorFailureReason, reason: ErrorMessage, candidates?: number): AnchorFailure {
  const message = englishText(reason);
  return candidates === undefined ? { ok: false, error, reason, message } : { ok: false, error, reason, message, candidates };
}

// JSON.stringify keeps CJK readable but makes newlines and lone surrogates visible.
function quoted(text: string, max = PREVIEW_CODE_POINTS): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return JSON.stringify(text);
  return JSON.stringify(codePoints.slice(0, max).join('') + '…');
}

function listPositions(occurrences: readonly Occurrence[]): string {
  const shown = occurrences.slice(0, LISTED_POSITIONS).map((o) => o.start);
  const more = occurrences.length > LISTED_POSITIONS ? ', …' : '';
  return `${shown.join(', ')}${more}`;
}

function isGiven(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== '';
}

/** Every start of `exact`, overlapping ones included ("哈哈" occurs twice in "哈哈哈"). */
export function findOccurrences(index: CodePointIndex, exact: string): Occurrence[] {
  const { text } = index;
  const found: Occurrence[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    // A match that splits a surrogate pair is not a match of whole characters.
    if (!index.isBoundary(at) || !index.isBoundary(at + exact.length)) continue;
    found.push({ start: index.toCodePointOffset(at), utf16Start: at });
  }
  return found;
}

export function fitsContext(text: string, exact: string, o: Occurrence, prefix: string, suffix: string): boolean {
  const prefixOk = prefix === '' || text.startsWith(prefix, o.utf16Start - prefix.length);
  const suffixOk = suffix === '' || text.startsWith(suffix, o.utf16Start + exact.length);
  // startsWith clamps negative positions to 0, so guard a prefix longer than the text before the match.
  return prefixOk && suffixOk && o.utf16Start >= prefix.length;
}

/** Explains where a missing quote stops matching, which is usually a punctuation or variant-character difference. */
function describeNearMiss(index: CodePointIndex, exact: string): ErrorMessage[] {
  const parts = Array.from(exact);
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (index.text.includes(parts.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  const notes: ErrorMessage[] = [];
  if (exact !== exact.trim()) notes.push(errorMessage('anchorDetail.edgeWhitespace'));
  if (lo === 0) {
    notes.unshift(errorMessage('anchorDetail.noFirstCharacter'));
    return notes;
  }
  const head = parts.slice(0, lo).join('');
  const at = index.text.indexOf(head);
  if (!index.isBoundary(at)) return notes;
  const start = index.toCodePointOffset(at);
  const afterStart = start + lo;
  const textContinues = index.slice(afterStart, Math.min(index.length, afterStart + DIVERGENCE_CODE_POINTS));
  const quoteContinues = parts.slice(lo, lo + DIVERGENCE_CODE_POINTS).join('');
  notes.unshift(
    errorMessage('anchorDetail.partialMatch', {
      matched: lo,
      total: parts.length,
      head: quoted(head, 20),
      at: start,
      textContinues: quoted(textContinues),
      quoteContinues: quoted(quoteContinues),
    }),
  );
  return notes;
}

function anchorPosition(
  index: CodePointIndex,
  start: number,
  end: number,
  exact: string | null | undefined,
  options: AnchorQuoteOptions,
): AnchorResult {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > index.length) {
    return fail('out-of-range', errorMessage('anchorDetail.spanInvalid', { start, end, length: index.length }));
  }
  const actual = index.slice(start, end);
  if (exact === null || exact === undefined) {
    if (actual.trim() === '') return fail('empty', errorMessage('anchorDetail.spanWhitespace', { start, end }));
    return { ok: true, anchor: describeRange(index, start, end, options) };
  }
  if (actual === exact) return { ok: true, anchor: describeRange(index, start, end, options) };
  return fail('position-mismatch', describeMismatch(index, start, end, exact, actual));
}

function describeMismatch(index: CodePointIndex, start: number, end: number, exact: string, actual: string): ErrorMessage {
  const mismatch = (note: ErrorMessage) =>
    errorMessage('anchorDetail.mismatch', { start, end, actual: quoted(actual), quote: quoted(exact), notes: { notes: [note] } });
  const { text } = index;
  // Offsets produced by JS string indexing are UTF-16 units; they drift after every emoji or Ext-B character.
  if (end <= text.length && text.slice(start, end) === exact && index.isBoundary(start) && index.isBoundary(end)) {
    const cpStart = index.toCodePointOffset(start);
    const cpEnd = index.toCodePointOffset(end);
    return mismatch(errorMessage('anchorDetail.offsetsUtf16', { start: cpStart, end: cpEnd }));
  }
  const occurrences = findOccurrences(index, exact);
  if (occurrences.length === 0) return mismatch(errorMessage('anchorDetail.occursNowhere'));
  if (occurrences.length === 1) {
    const at = occurrences[0]!.start;
    return mismatch(errorMessage('anchorDetail.occursOnce', { start: at, end: at + Array.from(exact).length }));
  }
  return mismatch(errorMessage('anchorDetail.occursMany', { count: occurrences.length, positions: listPositions(occurrences) }));
}

function pickByHint(occurrences: readonly Occurrence[], hint: number): Occurrence | null {
  let best: Occurrence | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const o of occurrences) {
    const distance = Math.abs(o.start - hint);
    if (distance < bestDistance) {
      best = o;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return tie ? null : best;
}

function describeContext(prefix: string, suffix: string): ErrorMessage {
  if (prefix !== '' && suffix !== '') return errorMessage('anchorDetail.contextBoth', { prefix: quoted(prefix), suffix: quoted(suffix) });
  return prefix !== '' ? errorMessage('anchorDetail.contextPrefix', { prefix: quoted(prefix) }) : errorMessage('anchorDetail.contextSuffix', { suffix: quoted(suffix) });
}

function anchorText(index: CodePointIndex, query: QuoteQuery, exact: string, options: AnchorQuoteOptions): AnchorResult {
  const exactLength = Array.from(exact).length;
  const ok = (o: Occurrence): AnchorResult => ({
    ok: true,
    anchor: describeRange(index, o.start, o.start + exactLength, options),
  });

  const occurrences = findOccurrences(index, exact);
  if (occurrences.length === 0) {
    return fail(
      'not-found',
      errorMessage('anchorDetail.notFound', { quote: quoted(exact), length: index.length, notes: { notes: describeNearMiss(index, exact) } }),
    );
  }
  if (occurrences.length === 1) return ok(occurrences[0]!);

  const prefix = isGiven(query.prefix) ? query.prefix : '';
  const suffix = isGiven(query.suffix) ? query.suffix : '';
  const hasContext = prefix !== '' || suffix !== '';
  const fitting = hasContext
    ? occurrences.filter((o) => fitsContext(index.text, exact, o, prefix, suffix))
    : occurrences;
  if (fitting.length === 1) return ok(fitting[0]!);

  const pool = fitting.length > 0 ? fitting : occurrences;
  const hint = query.hint;
  if (query.allowHint === true && typeof hint === 'number' && Number.isFinite(hint)) {
    const nearest = pickByHint(pool, hint);
    if (nearest) return ok(nearest);
  }

  const where = { quote: quoted(exact), count: occurrences.length, positions: listPositions(occurrences) };
  if (!hasContext) return fail('ambiguous', errorMessage('anchorDetail.ambiguous', where), pool.length);
  if (fitting.length === 0) {
    return fail('ambiguous', errorMessage('anchorDetail.ambiguousNoneFit', { ...where, context: describeContext(prefix, suffix) }), pool.length);
  }
  return fail(
    'ambiguous',
    errorMessage('anchorDetail.ambiguousSomeFit', {
      ...where,
      fitting: fitting.length,
      fittingPositions: listPositions(fitting),
      context: describeContext(prefix, suffix),
    }),
    pool.length,
  );
}

/**
 * Resolves a quote to an Anchor.
 * - With start and end: the span must be in range and, if exact is given, hold exactly that text.
 * - Otherwise: the unique occurrence of exact, narrowed by prefix/suffix when it repeats.
 * - `hint` breaks remaining ties only with `allowHint: true` (nearest occurrence; an equidistant tie stays ambiguous).
 */
export function anchorQuote(source: TextSource, query: QuoteQuery, options: AnchorQuoteOptions = {}): AnchorResult {
  const index = toCodePointIndex(source);
  const { exact, start, end } = query;
  if (exact !== null && exact !== undefined && exact.trim() === '') {
    return fail('empty', errorMessage(exact === '' ? 'anchorDetail.quoteEmpty' : 'anchorDetail.quoteWhitespace'));
  }
  const hasStart = start !== null && start !== undefined;
  const hasEnd = end !== null && end !== undefined;
  if (hasStart !== hasEnd) {
    return fail('out-of-range', errorMessage('anchorDetail.positionHalf', { given: { term: 'serverErrors.field', value: hasStart ? 'start' : 'end' } }));
  }
  if (hasStart && hasEnd) return anchorPosition(index, start, end, exact, options);
  if (exact === null || exact === undefined) return fail('empty', errorMessage('anchorDetail.nothingGiven'));
  return anchorText(index, query, exact, options);
}
