import { describe, expect, it } from 'vitest';
import { tallyStances } from './cells';
import { claimReview, coverageSummary, formatClaimReview } from './claim-review';
import { ARTICLES, BASE, CLAIMS, OUTLETS, collect, exportData } from './test-fixtures';

describe('coverageSummary', () => {
  const tally = (over: Partial<Record<string, number>>) => ({ states: 0, contradicts: 0, mixed: 0, omits: 0, predates: 0, unchecked: 0, outlets: 5, ...over });

  it('starts with the stating outlets and names every other stance that occurs', () => {
    expect(coverageSummary(tally({ states: 3, contradicts: 1, unchecked: 1 }))).toBe('Stated by 3 of 5 outlets; contradicted by 1; 1 not yet checked');
    expect(coverageSummary(tally({ states: 2, omits: 2, predates: 1 }))).toBe('Stated by 2 of 5 outlets; omitted by 2; 1 with coverage older than the claim');
    expect(coverageSummary(tally({ mixed: 1, outlets: 1 }))).toBe('Stated by 0 of 1 outlet; both stated and contradicted by 1');
  });

  it('counts the cells of the export’s outlets', () => {
    expect(coverageSummary(tallyStances(CLAIMS[0]!, OUTLETS))).toBe('Stated by 1 of 3 outlets; omitted by 1; 1 with coverage older than the claim');
  });
});

describe('claimReview', () => {
  it('is a schema.org ClaimReview whose Claim appears in every stating article, earliest first', () => {
    const review = claimReview(CLAIMS[0]!, OUTLETS, ARTICLES, BASE);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${BASE}/claims/7`,
      claimReviewed: '习近平自2013年以来至少9次访问俄罗斯',
      itemReviewed: {
        '@type': 'Claim',
        appearance: [
          {
            '@type': 'NewsArticle',
            url: 'https://www.voachinese.com/a/2.html',
            headline: '第二篇',
            datePublished: '2024-07-01T00:00:00.000Z',
            publisher: { '@type': 'Organization', name: '美国之音', url: 'https://www.voachinese.com' },
          },
          {
            '@type': 'NewsArticle',
            url: 'https://www.voachinese.com/a/1.html',
            headline: '习普会 [快讯]',
            datePublished: '2024-07-03T14:22:35.000Z',
            publisher: { '@type': 'Organization', name: '美国之音', url: 'https://www.voachinese.com' },
          },
        ],
        firstAppearance: {
          '@type': 'NewsArticle',
          url: 'https://www.voachinese.com/a/2.html',
          headline: '第二篇',
          datePublished: '2024-07-01T00:00:00.000Z',
          publisher: { '@type': 'Organization', name: '美国之音', url: 'https://www.voachinese.com' },
        },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Stated by 1 of 3 outlets; omitted by 1; 1 with coverage older than the claim' },
      author: { '@type': 'Organization', name: 'Claimgrid', url: BASE },
      datePublished: '2025-01-05',
    });
  });

  it('lists only articles that state the claim, and none when nobody does', () => {
    const mixed = claimReview(CLAIMS[1]!, OUTLETS, ARTICLES, BASE);
    const appearance = (mixed.itemReviewed as { appearance: { url: string; publisher: Record<string, string> }[] }).appearance;
    // rfa states it in article 3 (whose javascript: URL is replaced); bbc only contradicts.
    expect(appearance.map((a) => a.url)).toEqual([`${BASE}/articles/3`]);
    expect(appearance[0]!.publisher).toEqual({ '@type': 'Organization', name: '自由亚洲电台', url: 'https://www.rfa.org' });
    const silent = claimReview({ ...CLAIMS[0]!, cells: {} }, OUTLETS, ARTICLES, BASE);
    expect(silent.itemReviewed).toEqual({ '@type': 'Claim' });
    expect((silent.reviewRating as { alternateName: string }).alternateName).toBe('Stated by 0 of 3 outlets; 3 not yet checked');
  });
});

describe('formatClaimReview', () => {
  it('writes a JSON array of reviews, one per claim', async () => {
    const reviews = JSON.parse(await collect(formatClaimReview(exportData())));
    expect(reviews.map((r: { url: string }) => r.url)).toEqual([`${BASE}/claims/7`, `${BASE}/claims/3`]);
    expect(reviews.every((r: Record<string, unknown>) => r['@context'] === 'https://schema.org' && r['@type'] === 'ClaimReview')).toBe(true);
    expect(JSON.parse(await collect(formatClaimReview(exportData({ pages: async function* () {} }))))).toEqual([]);
  });
});
