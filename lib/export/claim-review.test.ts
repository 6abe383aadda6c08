import { describe, expect, it } from 'vitest';
import { tallyStances } from './cells';
import { claimReview, coverageSummary, formatClaimReview, shortVerdict, truncateText } from './claim-review';
import { ARTICLES, BASE, CLAIMS, OUTLETS, collect, exportData } from '../../tests/support/export-fixtures';
import { validateClaimReview } from '../../tests/validators/claim-review';

describe('coverageSummary', () => {
  const tally = (over: Partial<Record<string, number>>) => ({ rereview: 0, states: 0, contradicts: 0, mixed: 0, omits: 0, predates: 0, unchecked: 0, outlets: 5, ...over });

  it('starts with the stating outlets and names every other stance that occurs', () => {
    expect(coverageSummary(tally({ states: 3, contradicts: 1, unchecked: 1 }))).toBe('Stated by 3 of 5 outlets; contradicted by 1; 1 not yet checked');
    expect(coverageSummary(tally({ states: 2, omits: 2, predates: 1 }))).toBe('Stated by 2 of 5 outlets; omitted by 2; 1 with coverage older than the claim');
    expect(coverageSummary(tally({ mixed: 1, outlets: 1 }))).toBe('Stated by 0 of 1 outlet; both stated and contradicted by 1');
    expect(coverageSummary(tally({ states: 1, rereview: 2 }))).toBe('Stated by 1 of 5 outlets; 2 needing re-review');
  });

  it('counts the cells of the export’s outlets', () => {
    expect(coverageSummary(tallyStances(CLAIMS[0]!, OUTLETS))).toBe('Stated by 1 of 3 outlets; omitted by 1; 1 with coverage older than the claim');
  });
});

describe('claimReview', () => {
  const voa = { '@type': 'Organization', name: '美国之音', url: 'https://www.voachinese.com' };
  const second = { '@type': 'NewsArticle', url: 'https://www.voachinese.com/a/2.html', headline: '第二篇', datePublished: '2024-07-01T00:00:00.000Z', publisher: voa };
  const first = { '@type': 'NewsArticle', url: 'https://www.voachinese.com/a/1.html', headline: '习普会 [快讯]', datePublished: '2024-07-03T14:22:35.000Z', publisher: voa };

  it('is a schema.org ClaimReview whose Claim appears in every stating article, earliest first, and was first made by the earliest', () => {
    const review = claimReview(CLAIMS[0]!, OUTLETS, ARTICLES, BASE);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${BASE}/claims/7`,
      claimReviewed: '习近平自2013年以来至少9次访问俄罗斯',
      itemReviewed: {
        '@type': 'Claim',
        text: '习近平自2013年以来至少9次访问俄罗斯',
        author: voa,
        datePublished: '2024-07-01T00:00:00.000Z',
        appearance: [second, first],
        firstAppearance: second,
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Stated by 1 of 3 outlets',
        ratingExplanation: 'Stated by 1 of 3 outlets; omitted by 1; 1 with coverage older than the claim.',
      },
      author: { '@type': 'Organization', name: 'Claimgrid', url: BASE },
      datePublished: '2025-01-02T09:00:00.000Z',
      dateModified: '2025-01-05T10:00:00.000Z',
    });
    expect(validateClaimReview(review)).toEqual([]);
  });

  it('dates the review from the claim’s first publication, not its last edit', () => {
    const review = claimReview({ ...CLAIMS[0]!, firstPublishedAt: '2024-12-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' }, OUTLETS, ARTICLES, BASE);
    expect(review).toMatchObject({ datePublished: '2024-12-01T00:00:00.000Z', dateModified: '2025-03-01T00:00:00.000Z' });
  });

  it('cuts claimReviewed to 75 characters with an ellipsis and keeps the whole text in itemReviewed.text', () => {
    const text = `${'长'.repeat(60)}𠮷${'句'.repeat(40)}`;
    const review = claimReview({ ...CLAIMS[0]!, text }, OUTLETS, ARTICLES, BASE);
    const reviewed = review.claimReviewed as string;
    expect(Array.from(reviewed)).toHaveLength(75);
    expect(reviewed.endsWith('…')).toBe(true);
    expect(reviewed).toContain('𠮷'); // a character outside the BMP is kept whole, not split
    expect((review.itemReviewed as { text: string }).text).toBe(text);
    expect(validateClaimReview(review)).toEqual([]);
  });

  it('keeps the verdict short and puts the coverage detail in ratingExplanation', () => {
    expect(shortVerdict({ rereview: 0, states: 3, contradicts: 0, mixed: 0, omits: 1, predates: 0, unchecked: 1, outlets: 5 })).toBe('Stated by 3 of 5 outlets');
    expect(shortVerdict({ rereview: 0, states: 3, contradicts: 2, mixed: 0, omits: 0, predates: 0, unchecked: 0, outlets: 5 })).toBe('Stated by 3 of 5 outlets, contradicted by 2');
    const huge = { rereview: 0, states: 123456789012, contradicts: 123456789012, mixed: 0, omits: 0, predates: 0, unchecked: 0, outlets: 1234567890123456 };
    expect(Array.from(shortVerdict(huge)).length).toBeLessThanOrEqual(75);
    expect(truncateText('short')).toBe('short');
  });

  it('keeps the earliest appearances when a page embeds it with a cap, the first appearance unchanged', () => {
    const capped = claimReview(CLAIMS[0]!, OUTLETS, ARTICLES, BASE, { maxAppearances: 1 });
    expect(capped.itemReviewed).toMatchObject({ appearance: [second], firstAppearance: second, author: voa });
    expect(validateClaimReview(capped)).toEqual([]);
  });

  it('lists only articles that state the claim', () => {
    const mixed = claimReview(CLAIMS[1]!, OUTLETS, ARTICLES, BASE);
    const appearance = (mixed.itemReviewed as { appearance: { url: string; publisher: Record<string, string> }[] }).appearance;
    // rfa states it in article 3 (whose javascript: URL is replaced); bbc only contradicts.
    expect(appearance.map((a) => a.url)).toEqual([`${BASE}/articles/3`]);
    expect(appearance[0]!.publisher).toEqual({ '@type': 'Organization', name: '自由亚洲电台', url: 'https://www.rfa.org' });
    expect(validateClaimReview(mixed)).toEqual([]);
  });

  it('is complete and valid for a claim no outlet states: it first appeared on Claimgrid', () => {
    const silent = claimReview({ ...CLAIMS[0]!, cells: {} }, OUTLETS, ARTICLES, BASE);
    const page = { '@type': 'WebPage', url: `${BASE}/claims/7`, headline: '习近平自2013年以来至少9次访问俄罗斯', datePublished: '2025-01-02T09:00:00.000Z', publisher: { '@type': 'Organization', name: 'Claimgrid', url: BASE } };
    expect(silent.itemReviewed).toEqual({
      '@type': 'Claim',
      text: '习近平自2013年以来至少9次访问俄罗斯',
      author: { '@type': 'Organization', name: 'Claimgrid editors', url: BASE },
      datePublished: '2025-01-02T09:00:00.000Z',
      appearance: [page],
      firstAppearance: page,
    });
    expect(silent.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Stated by 0 of 3 outlets', ratingExplanation: 'Stated by 0 of 3 outlets; 3 not yet checked.' });
    expect(validateClaimReview(silent)).toEqual([]);
  });
});

describe('validateClaimReview', () => {
  it('flags what Google requires or recommends', () => {
    const review = claimReview(CLAIMS[0]!, OUTLETS, ARTICLES, BASE);
    expect(validateClaimReview({ ...review, claimReviewed: 'x'.repeat(76) })).toEqual(['$.claimReviewed: 76 characters, more than 75']);
    expect(validateClaimReview({ ...review, reviewRating: { '@type': 'Rating' } })).toEqual(['$.reviewRating.alternateName: required']);
    expect(validateClaimReview({ ...review, url: undefined })).toEqual(['$.url: required, the page hosting the fact check']);
    expect(validateClaimReview({ ...review, itemReviewed: { '@type': 'Claim' } })).toEqual([
      '$.itemReviewed.author: must be an Organization or Person',
      '$.itemReviewed.datePublished: recommended, an ISO 8601 date',
      '$.itemReviewed.appearance: recommended',
      '$.itemReviewed.firstAppearance: recommended',
    ]);
    expect(validateClaimReview({ ...review, dateModified: '2020-01-01' })).toEqual(['$.dateModified: before datePublished']);
  });
});

describe('formatClaimReview', () => {
  it('writes a JSON array of reviews, one per claim', async () => {
    const reviews = JSON.parse(await collect(formatClaimReview(exportData())));
    expect(reviews.map((r: { url: string }) => r.url)).toEqual([`${BASE}/claims/7`, `${BASE}/claims/3`]);
    expect(reviews.every((r: Record<string, unknown>) => r['@context'] === 'https://schema.org' && r['@type'] === 'ClaimReview')).toBe(true);
    expect(reviews.flatMap(validateClaimReview)).toEqual([]);
    expect(JSON.parse(await collect(formatClaimReview(exportData({ pages: async function* () {} }))))).toEqual([]);
  });
});
