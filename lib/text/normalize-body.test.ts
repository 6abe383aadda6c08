import { describe, expect, it } from 'vitest';
import { isNormalizedBody, normalizeBody, normalizeParagraph, splitParagraphs } from './normalize-body';

describe('normalizeParagraph', () => {
  it('collapses every kind of whitespace run to one ASCII space and trims', () => {
    expect(normalizeParagraph(' \t习近平\u00a0\u00a0与\u3000普京\r\n会面\u2028了 ')).toBe('习近平 与 普京 会面 了');
  });

  it('applies NFC', () => {
    expect(normalizeParagraph('Cafe\u0301')).toBe('Caf\u00e9');
    expect(normalizeParagraph('Cafe\u0301')).toHaveLength(4);
  });

  it('removes control characters, BOM and zero-width spaces without inserting spaces', () => {
    expect(normalizeParagraph('\ufeff普\u200b京\u0000会\u0007晤')).toBe('普京会晤');
  });

  it('keeps punctuation, full-width forms and script exactly as published', () => {
    const published = '據俄羅斯衛星通訊社(Sputnik)統計,習近平「至少9次」訪問俄羅斯；“战略伙伴”！';
    expect(normalizeParagraph(published)).toBe(published);
  });

  it('does not decode entities (parsers decode them exactly once)', () => {
    expect(normalizeParagraph('AT&amp;T &lt;b&gt;')).toBe('AT&amp;T &lt;b&gt;');
  });
});

describe('normalizeBody', () => {
  it('joins paragraphs with exactly one blank line and drops empty ones', () => {
    expect(normalizeBody(['第一段。', '', '  \u3000 ', '第二段。', '\n\n', '第三段。'])).toBe('第一段。\n\n第二段。\n\n第三段。');
  });

  it('collapses newlines inside a paragraph instead of splitting it', () => {
    expect(normalizeBody(['上半句，\n\n下半句。'])).toBe('上半句， 下半句。');
  });

  it('returns the empty string for no content', () => {
    expect(normalizeBody([])).toBe('');
    expect(normalizeBody(['', ' \u00a0'])).toBe('');
  });

  it('is idempotent through splitParagraphs', () => {
    const text = normalizeBody([' 甲\u00a0乙 ', '丙\t丁']);
    expect(normalizeBody(splitParagraphs(text))).toBe(text);
    expect(isNormalizedBody(text)).toBe(true);
    expect(isNormalizedBody('甲\n\n\n乙')).toBe(false);
    expect(isNormalizedBody(' 甲')).toBe(false);
  });
});

describe('splitParagraphs', () => {
  it('splits on the paragraph separator', () => {
    expect(splitParagraphs('甲\n\n乙 丙\n\n丁')).toEqual(['甲', '乙 丙', '丁']);
    expect(splitParagraphs('')).toEqual([]);
  });
});
