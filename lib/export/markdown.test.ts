import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  claimSection,
  escapeMarkdownInline,
  escapeMarkdownLine,
  escapeTableCell,
  formatMarkdown,
  markdownBlockquote,
  markdownLink,
  matrixHeader,
  matrixRow,
} from './markdown';
import { ARTICLES, BASE, CLAIMS, OUTLETS, collect, exportData } from '../../tests/support/export-fixtures';

// Rendered the way GitHub and most viewers do: CommonMark + tables, raw HTML allowed.
const md = new MarkdownIt({ html: true });
const render = (text: string) => md.render(text);
const renderInline = (text: string) => md.renderInline(text);
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('escapeMarkdownLine', () => {
  it.each([
    '*bold* and _em_ and **strong**',
    '[link](http://x) and ![img](y)',
    '<b>html</b> <script>alert(1)</script>',
    '`code` ~~strike~~',
    'a | b | c',
    '&copy; &amp; &#169;',
    'back\\slash \\*',
    '# heading',
    '> quote',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '=====',
    '---',
    '习近平说：“*不建立*任何集团”',
  ])('renders %j as that very text', (input) => {
    const html = render(escapeMarkdownLine(input));
    expect(html.trim()).toMatch(/^<p>[\s\S]*<\/p>$/);
    expect(textOf(html).trim()).toBe(input.trim());
  });

  it('leaves ordinary Chinese and digits untouched', () => {
    expect(escapeMarkdownLine('习近平自2013年以来至少9次访问俄罗斯')).toBe('习近平自2013年以来至少9次访问俄罗斯');
    expect(escapeMarkdownLine('2024-07-03')).toBe('2024-07-03');
  });

  it('puts text with line breaks on one line', () => {
    expect(escapeMarkdownInline('a\n\n# b')).toBe('a \\# b');
  });
});

describe('escapeTableCell', () => {
  it('keeps a table cell one cell, whatever the text holds', () => {
    const table = `| a | b |\n| --- | --- |\n| ${escapeTableCell('x | y\n| z')} | ${escapeTableCell('*q*')} |\n`;
    const html = render(table);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('<td>x | y | z</td>');
    expect(html).toContain('<td>*q*</td>');
  });
});

describe('markdownLink and markdownBlockquote', () => {
  it('links with any title and a URL holding spaces or parentheses', () => {
    const html = renderInline(markdownLink('a [b] (c)', 'https://x.test/a b_(c)'));
    expect(html).toBe('<a href="https://x.test/a%20b_(c)">a [b] (c)</a>');
  });

  it('quotes every line, keeping blank lines inside the quote', () => {
    const quote = markdownBlockquote('第一段\n\n# 第二段');
    expect(quote).toBe('> 第一段\n>\n> \\# 第二段');
    const html = render(quote);
    expect(html).not.toContain('<h1>');
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
  });
});

describe('matrix', () => {
  it('has one column per outlet and a glyph and word per cell', () => {
    const text = matrixHeader(OUTLETS) + CLAIMS.map((c) => matrixRow(c, OUTLETS, BASE)).join('');
    const html = render(text);
    expect(html.match(/<th(?: [^>]*)?>/g)).toHaveLength(2 + OUTLETS.length);
    expect(html.match(/<tr>/g)).toHaveLength(1 + CLAIMS.length);
    expect(html).toContain('<th>BBC | 中文</th>');
    expect(text).toContain('| ✓ states | ⧗ predates | ∅ omits |');
    expect(text).toContain('| ? unchecked | ✗ contradicts | ± mixed |');
    // The nasty claim text is a link's text, nothing more.
    expect(html).toContain(`<a href="${BASE}/claims/3">=1+1 | *bold* [link](x) &lt;b&gt;</a>`);
    expect(html).not.toContain('<b>');
  });
});

describe('claimSection', () => {
  it('shows each outlet’s quotes as blockquotes citing the linked article and its date', () => {
    const text = claimSection(CLAIMS[0]!, OUTLETS, ARTICLES, BASE);
    expect(text).toContain('### 7. 习近平自2013年以来至少9次访问俄罗斯');
    expect(text).toContain('#### 美国之音: ✓ states');
    expect(text).toContain('> 至少9次\n>\n> — States: [习普会 \\[快讯\\]](<https://www.voachinese.com/a/1.html>), 2024-07-03 · stated value: 至少9次');
    expect(text).toContain('Note: cites Sputnik');
    expect(text).toContain('#### 自由亚洲电台: ∅ omits');
    expect(text).toContain(`Checked [RFA](<${BASE}/articles/3>), 2024-07-03: no mention. no count`);
    expect(text).toContain("All of this outlet's coverage was published before the claim's date (2024-07-03).");
    expect(text).toContain('Value: ≥ 9 visits');
  });

  it('renders hostile quotes as text', () => {
    const html = render(claimSection(CLAIMS[1]!, OUTLETS, ARTICLES, BASE));
    expect(html).not.toMatch(/<h1>|<b>|javascript:/);
    expect(html).toContain('<h3>3. =1+1 | *bold* [link](x) &lt;b&gt;</h3>');
    expect(html).toContain('# not a heading');
    expect(html).toContain('@SUM(A1)');
  });
});

describe('formatMarkdown', () => {
  it('writes the title, the whole matrix, then every claim’s section', async () => {
    const text = await collect(formatMarkdown(exportData()));
    const matrixAt = text.indexOf('## Matrix');
    const claimsAt = text.indexOf('## Claims');
    expect(text.startsWith('# Claimgrid report\n\nAll published claims; newest first.')).toBe(true);
    expect(matrixAt).toBeGreaterThan(0);
    expect(claimsAt).toBeGreaterThan(matrixAt);
    expect(text.indexOf('| 7 |')).toBeLessThan(text.indexOf('| 3 |'));
    expect(text.indexOf('| 3 |')).toBeLessThan(claimsAt);
    expect(text.indexOf('### 7.')).toBeGreaterThan(claimsAt);
    expect(text.indexOf('### 3.')).toBeGreaterThan(text.indexOf('### 7.'));
    expect(text).toContain('2 claims × 3 outlets.');
  });
});
