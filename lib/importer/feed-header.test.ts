import { describe, expect, it } from 'vitest';
import { splitFeedHeader } from './feed-header';

describe('splitFeedHeader', () => {
  it('reads the capture stamp and the Markdown title link', () => {
    const h = splitFeedHeader('<!--1720017544000-->\n[习普借上合组织峰会再聚首](https://www.voachinese.com/a/1.html)\n------\n\n<div>正文</div>');
    expect(h.capturedAt?.toISOString()).toBe('2024-07-03T14:39:04.000Z');
    expect(h.title).toBe('习普借上合组织峰会再聚首');
    expect(h.url).toBe('https://www.voachinese.com/a/1.html');
    expect(h.rest.trim()).toBe('<div>正文</div>');
  });

  it('ignores a missing stamp ("NaN") and accepts ATX headings and seconds', () => {
    expect(splitFeedHeader('<!--NaN-->\n# [标题](https://a.example/x)\n\n正文').capturedAt).toBeNull();
    const h = splitFeedHeader('<!--1720017544-->\n# 没有链接的标题\n\n正文');
    expect(h.capturedAt?.toISOString()).toBe('2024-07-03T14:39:04.000Z');
    expect(h).toMatchObject({ title: '没有链接的标题', url: null });
  });

  it('decodes Markdown escapes and entities in the title', () => {
    expect(splitFeedHeader('[A \\[B\\] &amp; C](https://a.example/x)\n---\n').title).toBe('A [B] & C');
  });

  it('leaves sources without such a header alone', () => {
    const plain = '習借「上合」再會普京\n\n作者:鄭凱義';
    expect(splitFeedHeader(plain)).toEqual({ capturedAt: null, title: null, url: null, rest: plain });
    // A comment that shares its line with markup is body, not header.
    const html = ' <!-- 面包屑导航 --> <h2>标题</h2> <p>正文</p><!--END ENTRY--> ';
    expect(splitFeedHeader(html)).toEqual({ capturedAt: null, title: null, url: null, rest: html });
  });
});
