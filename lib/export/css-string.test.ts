import { describe, expect, it } from 'vitest';
import { cssString } from './css-string';

describe('cssString', () => {
  it('quotes plain text as is', () => {
    expect(cssString('Claimgrid · 看中國')).toBe('"Claimgrid · 看中國"');
  });

  it('escapes quotes, backslashes, line breaks and angle brackets as hex escapes', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\22 b\\22  \\5c  c\\a d"');
    expect(cssString('</style><script>')).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString('x\u2028y')).toBe('"x\\2028 y"');
  });
});
