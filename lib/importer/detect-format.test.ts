import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each([
    ['000_d7b0c1fde2da5c92.txt', 'text'],
    ['001_3d38882d69d5d0f3.txt', 'markdown'],
    ['002_e365f8a2e595efac.txt', 'html'],
    ['003_e85d02f5553dac90.txt', 'html-fragment'],
    ['004_5d1e6c4fe0d6993d.txt', 'html-fragment'],
  ] as const)('%s is %s', (file, format) => {
    expect(detectFormat(file, seed(file))).toBe(format);
    // Content decides, not the name.
    expect(detectFormat('article.txt', seed(file))).toBe(format);
  });

  it('reads front matter as Markdown', () => {
    expect(detectFormat('a.txt', '---\ntitle: 标题\n---\n正文')).toBe('markdown');
  });

  it('reads a feed header followed by Markdown prose as Markdown', () => {
    expect(detectFormat('a.txt', '<!--1720017544000-->\n[标题](https://example.com/a)\n------\n\n第一段。\n\n第二段。')).toBe('markdown');
  });

  it('reads a feed header followed by HTML as an HTML fragment', () => {
    expect(detectFormat('a.txt', '[标题](https://example.com/a)\n------\n\n<p>第一段。</p><p>第二段。</p><br />')).toBe(
      'html-fragment',
    );
  });

  it('reads documents and tag-heavy excerpts as HTML', () => {
    expect(detectFormat('a.txt', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('a.txt', '<div><p>一</p><p>二</p></div>')).toBe('html');
  });

  it('does not mistake prose that mentions a tag for HTML', () => {
    expect(detectFormat('a.txt', '标题\n\n他说 a<b 而且 c>d，这不是标签。')).toBe('text');
  });

  it('uses the extension only to break ties', () => {
    expect(detectFormat('a.md', '标题\n\n正文')).toBe('markdown');
    expect(detectFormat('a.html', '标题 正文')).toBe('html');
    expect(detectFormat('a.md', '<div><p>一</p><p>二</p></div>')).toBe('markdown');
  });
});
