import { describe, expect, it } from 'vitest';
import { codePointSlice } from '../anchoring/code-points';
import { createRng } from './prng';
import { createQuoteCutter, quoteAt } from './cut-quote';

// 𠮷 and 𡈽 are astral (CJK Extension B): one code point, two UTF-16 units.
const TEXT = '习近平𠮷与普京会面，双方讨论了合作。\n\n外交部发言人𡈽表示：「两国关系稳定。」今年贸易额增长12.5%。';

describe('quoteAt', () => {
  it('cuts at code-point offsets, astral characters counting once', () => {
    const chars = Array.from(TEXT);
    const quote = quoteAt(chars, 3, 8);
    expect(quote.exact).toBe('𠮷与普京会');
    expect(quote.prefix).toBe('习近平');
    expect(quote.exact).toBe(codePointSlice(TEXT, 3, 8));
    expect(TEXT.indexOf(quote.exact)).toBe(3); // BMP before it: UTF-16 index = code points here
    const late = quoteAt(chars, 27, 33, 4);
    expect(late.exact).toBe(codePointSlice(TEXT, 27, 33));
    expect(late.prefix).toBe(codePointSlice(TEXT, 23, 27));
    expect(late.suffix).toBe(codePointSlice(TEXT, 33, 37));
  });

  it('refuses spans outside the text', () => {
    const chars = Array.from(TEXT);
    expect(() => quoteAt(chars, 5, 5)).toThrow(RangeError);
    expect(() => quoteAt(chars, 0, chars.length + 1)).toThrow(RangeError);
  });
});

describe('createQuoteCutter', () => {
  it('cuts 10–40 code points inside one paragraph, with 32 of context, that substr(text, start + 1, len) returns', () => {
    const body = Array.from({ length: 30 }, (_, i) => `第${i}段𠮷：${'两国关系稳定，合作深化。'.repeat(1 + (i % 4))}`).join('\n\n');
    const chars = Array.from(body);
    const cutter = createQuoteCutter(chars);
    const rng = createRng('cut');
    let sawAstral = false;
    for (let i = 0; i < 500; i++) {
      const q = cutter.cut(rng);
      const length = q.end - q.start;
      expect(length).toBeGreaterThanOrEqual(10);
      expect(length).toBeLessThanOrEqual(40);
      expect(q.exact).toBe(codePointSlice(body, q.start, q.end));
      expect(q.exact).not.toContain('\n');
      expect(q.prefix).toBe(codePointSlice(body, Math.max(0, q.start - 32), q.start));
      expect(q.suffix).toBe(codePointSlice(body, q.end, Math.min(chars.length, q.end + 32)));
      if (/[\u{20000}-\u{2A6DF}]/u.test(q.exact)) sawAstral = true;
    }
    expect(sawAstral).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const chars = Array.from(TEXT.repeat(10));
    const a = createQuoteCutter(chars).cut(createRng(9));
    const b = createQuoteCutter(chars).cut(createRng(9));
    expect(a).toEqual(b);
  });
});
