// Owns the conversion between Unicode code-point offsets (how anchors are
// stored, matching Postgres char_length) and UTF-16 indices (how JS strings
// are indexed). A code point is what `for...of` yields: a well-formed
// surrogate pair counts once, any other UTF-16 unit (even a lone surrogate)
// counts once.

export type CodePointIndex = {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index at which the code point `offset` starts (`length` maps to text.length). */
  toUtf16Index(offset: number): number;
  /** Code-point offset of a UTF-16 index; throws if it falls inside a surrogate pair. */
  toCodePointOffset(utf16Index: number): number;
  /** Whether a UTF-16 index falls between code points (not inside a surrogate pair). */
  isBoundary(utf16Index: number): boolean;
  /** Slice by code-point offsets. */
  slice(start: number, end?: number): string;
};

/** Functions that take article text also accept a prebuilt index, so callers anchoring many spans scan the text once. */
export type TextSource = string | CodePointIndex;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function assertOffset(value: number, max: number, what: string): void {
  if (Number.isInteger(value) && value >= 0 && value <= max) return;
  throw new RangeError(`${what} ${value} is outside 0..${max}`);
}

/** Number of sorted values strictly below `value` (binary search). */
function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scans the text once. Memory and lookup cost depend only on the number of
 * astral characters (O(log a) per conversion), so pure-BMP CJK text costs
 * nothing beyond the scan.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  // UTF-16 index where each surrogate pair starts; pair k starts at code point pairStarts[k] - k.
  const pairStarts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairStarts.push(i);
      i++;
    }
  }
  const pairOffsets = Int32Array.from(pairStarts, (start, k) => start - k);
  const length = text.length - pairStarts.length;

  const isBoundary = (utf16Index: number): boolean => {
    if (!Number.isInteger(utf16Index) || utf16Index < 0 || utf16Index > text.length) return false;
    if (pairStarts.length === 0) return true;
    // Inside a pair means the pair starts exactly one unit earlier.
    const k = countBelow(pairStarts, utf16Index) - 1;
    return k < 0 || pairStarts[k] !== utf16Index - 1;
  };

  const toUtf16Index = (offset: number): number => {
    assertOffset(offset, length, 'code-point offset');
    return offset + countBelow(pairOffsets, offset);
  };

  const toCodePointOffset = (utf16Index: number): number => {
    assertOffset(utf16Index, text.length, 'UTF-16 index');
    if (!isBoundary(utf16Index)) {
      throw new RangeError(`UTF-16 index ${utf16Index} falls inside a surrogate pair`);
    }
    return utf16Index - countBelow(pairStarts, utf16Index);
  };

  const slice = (start: number, end: number = length): string => {
    assertOffset(start, length, 'slice start');
    assertOffset(end, length, 'slice end');
    if (start > end) throw new RangeError(`slice start ${start} is after end ${end}`);
    return text.slice(toUtf16Index(start), toUtf16Index(end));
  };

  return { text, length, toUtf16Index, toCodePointOffset, isBoundary, slice };
}

export function toCodePointIndex(source: TextSource): CodePointIndex {
  return typeof source === 'string' ? createCodePointIndex(source) : source;
}

export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count;
}

// One-off conversions below build a throwaway index: O(n) each. Use
// createCodePointIndex when converting more than a handful of offsets.

export function toUtf16Index(text: string, offset: number): number {
  return createCodePointIndex(text).toUtf16Index(offset);
}

export function toCodePointOffset(text: string, utf16Index: number): number {
  return createCodePointIndex(text).toCodePointOffset(utf16Index);
}

export function codePointSlice(text: string, start: number, end?: number): string {
  return createCodePointIndex(text).slice(start, end);
}
