import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointSlice,
  createCodePointIndex,
  toCodePointIndex,
  toCodePointOffset,
  toUtf16Index,
} from './code-points';

// 𠮷 (U+20BB7, CJK Ext-B) and 🇨🇳 (two regional indicators) are astral: two UTF-16 units each code point.
const MIXED = '习近平𠮷与普京😀会面🇨🇳。';

/** Reference model: what for...of yields. */
function referenceUtf16Starts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const ch of text) {
    starts.push(at);
    at += ch.length;
  }
  starts.push(at);
  return starts;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = ['a', '中', '国', '\n', '𠮷', '😀', '\uD800', '\uDC00', ' ', '，'];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

describe('codePointLength', () => {
  it('counts astral characters once', () => {
    expect(MIXED.length).toBe(17);
    expect(codePointLength(MIXED)).toBe(13);
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('上合组织')).toBe(4);
  });

  it('counts lone surrogates as one code point each, like for...of', () => {
    expect(codePointLength('\uD800a')).toBe(2);
    expect(codePointLength('a\uDC00')).toBe(2);
    expect(codePointLength('\uDC00\uD800')).toBe(2);
    expect(codePointLength('\uD842')).toBe(1);
  });
});

describe('createCodePointIndex', () => {
  it('maps code points to UTF-16 indices around astral characters', () => {
    const index = createCodePointIndex(MIXED);
    expect(index.length).toBe(13);
    expect(index.toUtf16Index(3)).toBe(3); // 𠮷 starts here
    expect(index.toUtf16Index(4)).toBe(5); // 与, after the pair
    expect(index.toUtf16Index(13)).toBe(MIXED.length);
    expect(index.toCodePointOffset(5)).toBe(4);
    expect(index.toCodePointOffset(MIXED.length)).toBe(13);
  });

  it('slices by code points', () => {
    const index = createCodePointIndex(MIXED);
    expect(index.slice(3, 4)).toBe('𠮷');
    expect(index.slice(6, 7)).toBe('京');
    expect(index.slice(7, 8)).toBe('😀');
    expect(index.slice(10, 12)).toBe('🇨🇳');
    expect(index.slice(12)).toBe('。');
    expect(index.slice(5, 5)).toBe('');
  });

  it('refuses a UTF-16 index inside a surrogate pair', () => {
    const index = createCodePointIndex(MIXED);
    expect(index.isBoundary(3)).toBe(true);
    expect(index.isBoundary(4)).toBe(false);
    expect(() => index.toCodePointOffset(4)).toThrow(/inside a surrogate pair/);
  });

  it('rejects out-of-range and fractional offsets', () => {
    const index = createCodePointIndex(MIXED);
    expect(() => index.toUtf16Index(-1)).toThrow(RangeError);
    expect(() => index.toUtf16Index(14)).toThrow(RangeError);
    expect(() => index.toUtf16Index(1.5)).toThrow(RangeError);
    expect(() => index.toCodePointOffset(MIXED.length + 1)).toThrow(RangeError);
    expect(() => index.slice(4, 3)).toThrow(RangeError);
    expect(index.isBoundary(-1)).toBe(false);
    expect(index.isBoundary(MIXED.length + 1)).toBe(false);
  });

  it('handles empty and pure-BMP text', () => {
    const empty = createCodePointIndex('');
    expect(empty.length).toBe(0);
    expect(empty.toUtf16Index(0)).toBe(0);
    expect(empty.slice(0)).toBe('');
    const bmp = createCodePointIndex('上海合作组织');
    expect(bmp.toUtf16Index(4)).toBe(4);
    expect(bmp.toCodePointOffset(6)).toBe(6);
  });

  it('agrees with the for...of model on random text with astral and lone surrogates', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 200; round++) {
      const text = randomText(random, Math.floor(random() * 40));
      const starts = referenceUtf16Starts(text);
      const index = createCodePointIndex(text);
      expect(index.length).toBe(starts.length - 1);
      expect(codePointLength(text)).toBe(starts.length - 1);
      starts.forEach((utf16, cp) => {
        expect(index.toUtf16Index(cp)).toBe(utf16);
        expect(index.toCodePointOffset(utf16)).toBe(cp);
      });
      const boundaries = new Set(starts);
      for (let u = 0; u <= text.length; u++) expect(index.isBoundary(u)).toBe(boundaries.has(u));
      const chars = Array.from(text);
      const a = Math.floor(random() * (chars.length + 1));
      const b = a + Math.floor(random() * (chars.length - a + 1));
      expect(index.slice(a, b)).toBe(chars.slice(a, b).join(''));
    }
  });

  it('converts many offsets in a long astral-heavy text without quadratic cost', () => {
    // 100k code points, every fifth astral; a linear scan per conversion would take billions of steps.
    const unit = '中文𠮷字😀';
    const text = unit.repeat(20_000);
    const started = performance.now();
    const index = createCodePointIndex(text);
    let checksum = 0;
    for (let cp = 0; cp <= index.length; cp++) checksum += index.toUtf16Index(cp);
    const elapsed = performance.now() - started;
    expect(index.length).toBe(100_000);
    expect(index.toUtf16Index(100_000)).toBe(text.length);
    expect(index.toUtf16Index(99_999)).toBe(text.length - 2);
    expect(checksum).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('one-off helpers', () => {
  it('convert and slice without a prebuilt index', () => {
    expect(toUtf16Index(MIXED, 8)).toBe(10);
    expect(toCodePointOffset(MIXED, 10)).toBe(8);
    expect(codePointSlice(MIXED, 3, 8)).toBe('𠮷与普京😀');
    expect(codePointSlice(MIXED, 12)).toBe('。');
  });

  it('toCodePointIndex reuses a prebuilt index', () => {
    const index = createCodePointIndex(MIXED);
    expect(toCodePointIndex(index)).toBe(index);
    expect(toCodePointIndex(MIXED).length).toBe(13);
  });
});
