import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from './code-points';
import { anchorQuote } from './match-quote';
import type { AnchorResult } from './types';

const ARTICLE = [
  '俄罗斯总统普京与中国国家领导人习近平本周三借上合组织峰会再度会面。',
  '据俄罗斯卫星通讯社统计，习近平自2013年以来已经至少9次访问俄罗斯。𠮷野家😀也发表评论。',
  '美联社报道说，普京希望利用上合峰会显示俄罗斯在国际上不是孤立的。',
].join('\n\n');

function expectOk(result: AnchorResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}: ${result.message}`);
  return result.anchor;
}

function expectFailure(result: AnchorResult) {
  if (result.ok) throw new Error(`expected failure, got span ${result.anchor.start}–${result.anchor.end}`);
  return result;
}

function codePointIndexOf(text: string, search: string, from = 0): number {
  const utf16 = text.indexOf(search, createCodePointIndex(text).toUtf16Index(from));
  return createCodePointIndex(text).toCodePointOffset(utf16);
}

describe('anchorQuote by quote', () => {
  it('anchors a unique quote with code-point offsets and context', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '至少9次访问俄罗斯' }));
    const start = codePointIndexOf(ARTICLE, '至少9次');
    expect(anchor.start).toBe(start);
    expect(anchor.end).toBe(start + 9);
    expect(anchor.exact).toBe('至少9次访问俄罗斯');
    expect(anchor.prefix.endsWith('以来已经')).toBe(true);
    expect(Array.from(anchor.prefix)).toHaveLength(32);
    expect(anchor.suffix.startsWith('。𠮷野家😀')).toBe(true);
  });

  it('uses code points, not UTF-16 units, after astral characters', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '也发表评论' }));
    const utf16 = ARTICLE.indexOf('也发表评论');
    // 𠮷 and 😀 each take two UTF-16 units before the quote.
    expect(anchor.start).toBe(utf16 - 2);
    expect(Array.from(ARTICLE).slice(anchor.start, anchor.end).join('')).toBe('也发表评论');
  });

  it('anchors quotes made of astral characters', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '𠮷野家😀' }));
    expect(anchor.end - anchor.start).toBe(4);
    expect(anchor.exact).toBe('𠮷野家😀');
  });

  it('reports not-found with the point where the quote diverges', () => {
    // The article uses the full-width "，"; a half-width "," is a typical seed typo.
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '美联社报道说,普京希望' }));
    expect(failure.error).toBe('not-found');
    expect(failure.message).toContain('"美联社报道说,普京希望"');
    expect(failure.message).toContain('first 6 of 11 characters');
    expect(failure.message).toContain(`code point ${codePointIndexOf(ARTICLE, '美联社')}`);
    expect(failure.message).toContain('the text continues "，普京希望利用上" but the quote continues ",普京希望"');
  });

  it('reports not-found when not even the first character occurs', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '拜登' }));
    expect(failure.error).toBe('not-found');
    expect(failure.message).toContain('not even its first character occurs');
  });

  it('does not trim the quote: surrounding whitespace must be in the text', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: ' 普京希望' }));
    expect(failure.error).toBe('not-found');
    expect(failure.message).toContain('whitespace');
    const crossing = expectOk(anchorQuote(ARTICLE, { exact: '会面。\n\n据俄罗斯' }));
    expect(crossing.exact).toBe('会面。\n\n据俄罗斯');
  });

  it('reports ambiguity with a count and positions when no context is given', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '习近平' }));
    expect(failure.error).toBe('ambiguous');
    expect(failure.candidates).toBe(2);
    expect(failure.message).toBe(
      `quote "习近平" occurs 2 times (at code points ${codePointIndexOf(ARTICLE, '习近平')}, ` +
        `${codePointIndexOf(ARTICLE, '习近平', 20)}); add a prefix or suffix to choose one`,
    );
  });

  it('picks the occurrence whose preceding text ends with the prefix', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '习近平', prefix: '统计，' }));
    expect(anchor.start).toBe(codePointIndexOf(ARTICLE, '统计，') + 3);
    expect(anchor.prefix.endsWith('统计，')).toBe(true);
  });

  it('picks the occurrence whose following text starts with the suffix', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '普京', suffix: '希望' }));
    expect(anchor.start).toBe(codePointIndexOf(ARTICLE, '普京希望'));
  });

  it('requires both prefix and suffix to fit when both are given', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '普京', prefix: '总统', suffix: '希望' }));
    expect(failure.error).toBe('ambiguous');
    expect(failure.candidates).toBe(2);
    expect(failure.message).toContain('none is preceded by prefix "总统" and followed by suffix "希望"');
  });

  it('stays ambiguous when the context fits several occurrences', () => {
    const text = '他说：好。\n\n她说：好。\n\n他说：不好。';
    const failure = expectFailure(anchorQuote(text, { exact: '好。', prefix: '说：' }));
    expect(failure.error).toBe('ambiguous');
    expect(failure.candidates).toBe(2);
    expect(failure.message).toContain('occurs 3 times');
    expect(failure.message).toContain('2 of them (at code points 3, 10)');
  });

  it('ignores a prefix that would reach before the start of the text', () => {
    const text = '好的。好的。';
    const failure = expectFailure(anchorQuote(text, { exact: '好的', prefix: 'X' }));
    expect(failure.error).toBe('ambiguous');
    expect(expectOk(anchorQuote(text, { exact: '好的', prefix: '。' })).start).toBe(3);
  });

  it('counts overlapping occurrences as ambiguous', () => {
    const failure = expectFailure(anchorQuote('哈哈哈', { exact: '哈哈' }));
    expect(failure.error).toBe('ambiguous');
    expect(failure.candidates).toBe(2);
    expect(expectOk(anchorQuote('哈哈哈', { exact: '哈哈', suffix: '哈' })).start).toBe(0);
    expect(expectOk(anchorQuote('哈哈哈', { exact: '哈哈', prefix: '哈' })).start).toBe(1);
  });

  it('disambiguates with astral context', () => {
    const text = '😀好😀。𠮷好😀。';
    const anchor = expectOk(anchorQuote(text, { exact: '好😀', prefix: '𠮷' }));
    expect(anchor).toMatchObject({ start: 5, end: 7, exact: '好😀', prefix: '😀好😀。𠮷', suffix: '。' });
  });

  it('treats null and empty prefix/suffix as absent', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '习近平', prefix: '', suffix: null }));
    expect(failure.message).toContain('add a prefix or suffix');
  });

  it('does not match half of a surrogate pair', () => {
    // The low half of 𠮷 on its own is not a character of the text.
    const lowHalf = '𠮷'.charAt(1);
    expect(expectFailure(anchorQuote('𠮷', { exact: lowHalf })).error).toBe('not-found');
  });

  it('uses a hint only when allowHint is set', () => {
    const second = codePointIndexOf(ARTICLE, '习近平', 20);
    const withoutFlag = expectFailure(anchorQuote(ARTICLE, { exact: '习近平', hint: second }));
    expect(withoutFlag.error).toBe('ambiguous');
    expect(expectOk(anchorQuote(ARTICLE, { exact: '习近平', hint: second + 3, allowHint: true })).start).toBe(second);
    expect(expectOk(anchorQuote(ARTICLE, { exact: '习近平', hint: 0, allowHint: true })).start).toBe(
      codePointIndexOf(ARTICLE, '习近平'),
    );
  });

  it('keeps an equidistant hint ambiguous', () => {
    const failure = expectFailure(anchorQuote('好。好。', { exact: '好', hint: 1, allowHint: true }));
    expect(failure.error).toBe('ambiguous');
  });

  it('rejects empty and whitespace-only quotes', () => {
    expect(expectFailure(anchorQuote(ARTICLE, { exact: '' })).error).toBe('empty');
    expect(expectFailure(anchorQuote(ARTICLE, { exact: ' \n\n ' })).error).toBe('empty');
    expect(expectFailure(anchorQuote(ARTICLE, {})).error).toBe('empty');
  });

  it('passes the context option through', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '至少9次' }, { context: 2 }));
    expect(anchor.prefix).toBe('已经');
    expect(anchor.suffix).toBe('访问');
  });
});

describe('anchorQuote by position', () => {
  const start = codePointIndexOf(ARTICLE, '𠮷野家');

  it('accepts a span whose text equals exact', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '𠮷野家😀', start, end: start + 4 }));
    expect(anchor).toMatchObject({ start, end: start + 4, exact: '𠮷野家😀' });
  });

  it('accepts a position without exact, describing the text there', () => {
    const anchor = expectOk(anchorQuote(ARTICLE, { start, end: start + 3, exact: null }));
    expect(anchor.exact).toBe('𠮷野家');
  });

  it('uses the position even when the quote also occurs elsewhere', () => {
    const second = codePointIndexOf(ARTICLE, '习近平', 20);
    const anchor = expectOk(anchorQuote(ARTICLE, { exact: '习近平', start: second, end: second + 3 }));
    expect(anchor.start).toBe(second);
  });

  it('reports position-mismatch and where the quote really is', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '也发表评论', start: 0, end: 5 }));
    expect(failure.error).toBe('position-mismatch');
    expect(failure.message).toContain('text at code points 0–5 is "俄罗斯总统", not the quote "也发表评论"');
    const real = codePointIndexOf(ARTICLE, '也发表评论');
    expect(failure.message).toContain(`the quote occurs once, at code points ${real}–${real + 5}`);
  });

  it('spots offsets that were computed in UTF-16 units', () => {
    const utf16Start = ARTICLE.indexOf('也发表评论');
    const failure = expectFailure(
      anchorQuote(ARTICLE, { exact: '也发表评论', start: utf16Start, end: utf16Start + 5 }),
    );
    expect(failure.error).toBe('position-mismatch');
    expect(failure.message).toContain(`in code points the quote is at ${utf16Start - 2}–${utf16Start + 3}`);
  });

  it('mentions a quote that occurs nowhere or repeatedly', () => {
    expect(expectFailure(anchorQuote(ARTICLE, { exact: '拜登', start: 0, end: 2 })).message).toContain(
      'does not occur anywhere',
    );
    expect(expectFailure(anchorQuote(ARTICLE, { exact: '习近平', start: 0, end: 3 })).message).toContain(
      'occurs 2 times',
    );
  });

  it.each([
    [-1, 3],
    [5, 5],
    [6, 5],
    [0, 10_000],
    [1.5, 3],
  ])('reports out-of-range for span %s–%s', (s, e) => {
    expect(expectFailure(anchorQuote(ARTICLE, { exact: '俄罗斯', start: s, end: e })).error).toBe('out-of-range');
  });

  it('rejects an end past the code-point length', () => {
    const length = Array.from(ARTICLE).length;
    expect(expectFailure(anchorQuote(ARTICLE, { start: length - 1, end: length + 1 })).error).toBe('out-of-range');
    expect(expectOk(anchorQuote(ARTICLE, { start: length - 1, end: length })).exact).toBe('。');
  });

  it('needs both start and end', () => {
    const failure = expectFailure(anchorQuote(ARTICLE, { exact: '普京', start: 5 }));
    expect(failure.error).toBe('out-of-range');
    expect(failure.message).toContain('only start');
  });

  it('rejects a position covering only whitespace', () => {
    const breakAt = codePointIndexOf(ARTICLE, '\n\n');
    expect(expectFailure(anchorQuote(ARTICLE, { start: breakAt, end: breakAt + 2 })).error).toBe('empty');
  });
});
