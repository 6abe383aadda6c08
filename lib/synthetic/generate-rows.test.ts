import { describe, expect, it } from 'vitest';
import { claimSearchText } from '../claims/claim-search-text';
import { foldAligned } from '../text/fold-aligned';
import { generateArticle, generateArticleBatches, generateArticleRange, generateClaimRows, generateReviewRows } from './generate-rows';
import { planCorpus } from './plan-corpus';

const plan = planCorpus({ claims: 60, outlets: 6, articles: 80, evidence: 600, seed: 3 });

describe('generateArticleBatches', () => {
  const batches = [...generateArticleBatches(plan, 25)];
  const articles = batches.flatMap((b) => b.articles);
  const evidence = batches.flatMap((b) => b.evidence);

  it('yields every article and every evidence once, in id order', () => {
    expect(batches).toHaveLength(4);
    expect(articles.map((a) => a.id)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(evidence.map((e) => e.id)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
  });

  it('anchors every quote: exact is the article text at [start, end) in code points, with 32 code points of context', () => {
    const byId = new Map(articles.map((a) => [a.id, Array.from(a.text)]));
    for (const e of evidence) {
      const chars = byId.get(e.articleId)!;
      expect(chars.slice(e.start, e.end).join('')).toBe(e.exact);
      expect(chars.slice(Math.max(0, e.start - 32), e.start).join('')).toBe(e.prefix);
      expect(chars.slice(e.end, e.end + 32).join('')).toBe(e.suffix);
      expect(e.end - e.start).toBeGreaterThanOrEqual(10);
      expect(e.end - e.start).toBeLessThanOrEqual(40);
    }
  });

  it('never quotes the same span twice for one claim in one article (a unique index forbids it)', () => {
    // A dense corpus makes repeats likely: a handful of claims, many quotes per article.
    const dense = planCorpus({ claims: 2, outlets: 1, articles: 3, evidence: 300, seed: 5 });
    const quotes = [...generateArticleBatches(dense, 10)].flatMap((b) => b.evidence);
    expect(quotes).toHaveLength(300);
    const spans = quotes.map((e) => `${e.claimId}:${e.articleId}:${e.start}:${e.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('fills text_length in code points and search_text with foldAligned(text)', () => {
    for (const a of articles) {
      expect(a.textLength).toBe(Array.from(a.text).length);
      expect(a.textLength).toBeGreaterThanOrEqual(1500);
      expect(a.searchText).toBe(foldAligned(a.text));
      expect(Array.from(a.searchText)).toHaveLength(a.textLength);
    }
    const traditional = articles.find((a) => a.language === 'zh-Hant')!;
    expect(traditional.searchText).not.toBe(traditional.text); // folded to Simplified
  });

  it('gives the same rows whatever the batch size', () => {
    const other = generateArticleRange(plan, 20, 30);
    expect(other.articles).toEqual(articles.slice(20, 30));
    expect(generateArticle(plan, 79).evidence).toEqual(evidence.filter((e) => e.articleId === 80));
  });
});

describe('generateClaimRows / generateReviewRows', () => {
  it('folds claim search text like the app', () => {
    for (const row of generateClaimRows(plan)) expect(row.searchText).toBe(claimSearchText(row));
  });

  it('numbers reviews and points them at real articles', () => {
    const reviews = generateReviewRows(plan);
    expect(reviews.length).toBe(plan.reviewClaim.length);
    for (const r of reviews) {
      expect(r.articleId).toBeGreaterThanOrEqual(1);
      expect(r.articleId).toBeLessThanOrEqual(80);
    }
  });
});
