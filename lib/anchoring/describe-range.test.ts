import { describe, expect, it } from 'vitest';
import { AnchorError } from './anchor-error';
import { createCodePointIndex } from './code-points';
import { DEFAULT_CONTEXT, describeRange } from './describe-range';

const TEXT = '习近平与普京多年来已经会见了超过40次。\n\n上合组织𠮷成立于2001年😀。';

describe('describeRange', () => {
  it('captures exact text with prefix and suffix context in code points', () => {
    const anchor = describeRange(TEXT, 4, 6, { context: 3 });
    expect(anchor).toEqual({ start: 4, end: 6, exact: '普京', prefix: '近平与', suffix: '多年来' });
  });

  it('counts astral characters as one code point in exact and context', () => {
    // 𠮷 is at code point 26; UTF-16 indexing would put it at 26 too but everything after drifts.
    const start = Array.from(TEXT).indexOf('𠮷');
    expect(start).toBe(26);
    const anchor = describeRange(TEXT, start, start + 4, { context: 2 });
    expect(anchor.exact).toBe('𠮷成立于');
    expect(anchor.prefix).toBe('组织');
    expect(anchor.suffix).toBe('20');
    const emoji = Array.from(TEXT).indexOf('😀');
    expect(describeRange(TEXT, emoji, emoji + 1, { context: 1 })).toEqual({
      start: emoji,
      end: emoji + 1,
      exact: '😀',
      prefix: '年',
      suffix: '。',
    });
  });

  it('clips context at the text boundaries', () => {
    const length = Array.from(TEXT).length;
    const atStart = describeRange(TEXT, 0, 3);
    expect(atStart.prefix).toBe('');
    expect(atStart.exact).toBe('习近平');
    const atEnd = describeRange(TEXT, length - 2, length);
    expect(atEnd.exact).toBe('😀。');
    expect(atEnd.suffix).toBe('');
  });

  it('defaults to 32 code points of context and does not stop at paragraph breaks', () => {
    expect(DEFAULT_CONTEXT).toBe(32);
    const text = 'あ'.repeat(40) + '\n\n' + '目标' + '\n\n' + 'い'.repeat(40);
    const anchor = describeRange(text, 42, 44);
    expect(anchor.exact).toBe('目标');
    expect(anchor.prefix).toBe('あ'.repeat(30) + '\n\n');
    expect(anchor.suffix).toBe('\n\n' + 'い'.repeat(30));
    expect(Array.from(anchor.prefix)).toHaveLength(32);
  });

  it('accepts a prebuilt index', () => {
    const index = createCodePointIndex(TEXT);
    expect(describeRange(index, 4, 6)).toEqual(describeRange(TEXT, 4, 6));
  });

  it('allows zero context', () => {
    expect(describeRange(TEXT, 4, 6, { context: 0 })).toMatchObject({ prefix: '', suffix: '' });
  });

  it.each([
    [-1, 2],
    [3, 3],
    [5, 4],
    [0, 1000],
    [0.5, 2],
    [0, Number.NaN],
  ])('throws AnchorError for invalid span %s–%s', (start, end) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(AnchorError);
  });

  it('throws for an end one past the code-point length even though it is within the UTF-16 length', () => {
    const length = Array.from(TEXT).length;
    expect(TEXT.length).toBeGreaterThan(length);
    expect(() => describeRange(TEXT, 0, length + 1)).toThrow(AnchorError);
    expect(() => describeRange(TEXT, 0, length)).not.toThrow();
  });

  it('throws for negative or fractional context', () => {
    expect(() => describeRange(TEXT, 0, 1, { context: -1 })).toThrow(AnchorError);
    expect(() => describeRange(TEXT, 0, 1, { context: 1.5 })).toThrow(AnchorError);
  });
});
