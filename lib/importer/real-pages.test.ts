// Pages written in the shapes real news sites and blogs use (fixtures/*.html, expected values in
// fixtures/expected.json): JSON-LD NewsArticle in @graph, Open Graph only, WordPress with a
// sidebar .entry-content and a "commented" article, a front page's teaser rail, bylines in
// rel=author / .byline / itemprop=author, hidden elements, pages without a date; English and
// Chinese. `npm run eval:import` prints the same comparison as figures.
import { describe, expect, it } from 'vitest';
import { extractArticle, parseArticle } from './index';
import { readExpectations, readHtmlFixture } from './fixtures/fixture-pages';

const EXPECTED = readExpectations();

describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
  const draft = extractArticle({ filename: file, source: readHtmlFixture(file) });

  it('reads the title, byline, date, outlet and URL, and says where each came from', () => {
    expect(draft.title).toBe(expected.title);
    expect(draft.sources.title).toBe(expected.titleSource);
    expect(draft.author).toBe(expected.author);
    expect(draft.sources.author).toBe(expected.authorSource);
    expect(draft.publishedAt?.toISOString() ?? null).toBe(expected.publishedAt);
    expect(draft.outlet?.name ?? draft.siteName).toBe(expected.outlet);
    expect(draft.url).toBe(expected.url);
  });

  it('tells the language from what the page declares and the letters it is written in', () => {
    expect(draft.language).toBe(expected.language);
  });

  it('keeps exactly the article paragraphs', () => {
    expect(draft.text.split('\n\n')).toEqual(expected.body);
    for (const chrome of expected.excludes) expect(draft.text).not.toContain(chrome);
  });

  it('asks for what is missing instead of refusing', () => {
    expect(draft.missing.includes('publishedAt')).toBe(expected.publishedAt === null);
  });
});

describe('review corrections', () => {
  const source = readHtmlFixture('no-date-zh.html');

  it('a page without a date or outlet is refused only once the editor has not supplied them', () => {
    expect(() => parseArticle({ filename: 'no-date-zh.html', source })).toThrow(/outlet|date/);
    const parsed = parseArticle({
      filename: 'no-date-zh.html',
      source,
      corrections: { publishedAt: '2024-07-08T00:00:00Z', outlet: { slug: 'yuanshan', name: '远山评论' } },
    });
    expect(parsed.publishedAt.toISOString()).toBe('2024-07-08T00:00:00.000Z');
    expect(parsed.outlet).toMatchObject({ slug: 'yuanshan', name: '远山评论', homepage: null });
  });

  it('proposes an unknown outlet by its site name, keyed by the article host, not named after the domain', () => {
    const draft = extractArticle({ filename: 'og-only-zh.html', source: readHtmlFixture('og-only-zh.html') });
    expect(draft.outlet).toMatchObject({ slug: 'dw-com', name: '德国之声', homepage: 'https://www.dw.com' });
    expect(draft.outletKnown).toBe(false);
  });
});
