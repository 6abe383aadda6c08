import { describe, expect, it } from 'vitest';
import { planCorpus, type CorpusOptions } from './plan-corpus';

const MEDIUM: CorpusOptions = { claims: 2000, outlets: 40, articles: 4000, evidence: 40_000, seed: 42 };

describe('planCorpus', () => {
  const plan = planCorpus(MEDIUM);

  it('is deterministic for a seed', () => {
    const again = planCorpus(MEDIUM);
    expect(again.claims).toEqual(plan.claims);
    expect(again.outlets).toEqual(plan.outlets);
    expect(again.evidenceArticle).toEqual(plan.evidenceArticle);
    expect(again.reviewArticle).toEqual(plan.reviewArticle);
    const other = planCorpus({ ...MEDIUM, seed: 43 });
    expect(other.claims.map((c) => c.text)).not.toEqual(plan.claims.map((c) => c.text));
  });

  it('makes exactly the requested numbers of outlets, articles, claims and evidence', () => {
    expect(plan.outlets).toHaveLength(40);
    expect(plan.outlets.reduce((n, o) => n + o.articleCount, 0)).toBe(4000);
    expect(plan.articleOutlet).toHaveLength(4000);
    expect(plan.claims).toHaveLength(2000);
    expect(plan.evidenceClaim).toHaveLength(40_000);
    expect(plan.articleEvidenceStart[4000]).toBe(40_000);
    expect(plan.outlets[0]!.slug).toBe('outlet-001');
    expect(new Set(plan.outlets.map((o) => o.name)).size).toBe(40);
  });

  it('skews outlet sizes (Zipf) and writes a fifth of outlets in Traditional', () => {
    const sizes = plan.outlets.map((o) => o.articleCount);
    expect(sizes[0]! / sizes[9]!).toBeGreaterThan(8);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(plan.outlets.filter((o) => o.language === 'zh-Hant')).toHaveLength(8);
  });

  it('keeps articles in publication order within 2022–2025 and 1500–4000 code points long', () => {
    for (let i = 1; i < plan.articlePublishedAt.length; i++) {
      expect(plan.articlePublishedAt[i]).toBeGreaterThanOrEqual(plan.articlePublishedAt[i - 1]!);
    }
    expect(new Date(plan.articlePublishedAt[0]!).getUTCFullYear()).toBe(2022);
    expect(new Date(plan.articlePublishedAt.at(-1)!).getUTCFullYear()).toBe(2025);
    expect(Math.min(...plan.articleLength)).toBeGreaterThanOrEqual(1500);
    expect(Math.max(...plan.articleLength)).toBeLessThanOrEqual(4000);
  });

  it('gives claims their mix of kinds, statuses and as-of dates', () => {
    const share = (pred: (c: (typeof plan.claims)[number]) => boolean) => plan.claims.filter(pred).length / plan.claims.length;
    expect(share((c) => c.status === 'published')).toBeCloseTo(0.95, 1);
    expect(share((c) => c.asOf !== null)).toBeCloseTo(0.3, 1);
    expect(share((c) => c.kind === 'quantity')).toBeCloseTo(0.25, 1);
    for (const c of plan.claims) {
      if (c.kind === 'quantity') expect(c.value).not.toBeNull();
      if (c.asOf) expect(c.asOf <= new Date(c.createdAt).toISOString().slice(0, 10)).toBe(true);
    }
    for (let i = 1; i < plan.claims.length; i++) expect(plan.claims[i]!.createdAt).toBeGreaterThan(plan.claims[i - 1]!.createdAt);
  });

  it('skews coverage: a few claims cited by many outlets, most by few; ~15% contradicts', () => {
    const perClaim = new Map<number, Set<number>>();
    for (let e = 0; e < plan.evidenceClaim.length; e++) {
      const c = plan.evidenceClaim[e]!;
      if (!perClaim.has(c)) perClaim.set(c, new Set());
      perClaim.get(c)!.add(plan.articleOutlet[plan.evidenceArticle[e]!]!);
    }
    const outletsPerClaim = plan.claims.map((_, c) => perClaim.get(c)?.size ?? 0).sort((a, b) => a - b);
    expect(outletsPerClaim[0]).toBeGreaterThanOrEqual(1);
    expect(outletsPerClaim[1000]).toBeLessThanOrEqual(10); // the median claim: a handful of outlets
    expect(outletsPerClaim.at(-1)).toBeGreaterThanOrEqual(35); // the most popular: nearly all 40
    const contradicts = plan.evidenceContradicts.reduce((n, x) => n + x, 0) / plan.evidenceContradicts.length;
    expect(contradicts).toBeGreaterThan(0.1);
    expect(contradicts).toBeLessThan(0.2);
  });

  it('groups evidence by article', () => {
    for (let a = 0; a < 4000; a++) {
      for (let e = plan.articleEvidenceStart[a]!; e < plan.articleEvidenceStart[a + 1]!; e++) expect(plan.evidenceArticle[e]).toBe(a);
    }
  });

  it('reviews ~10% of the claim × outlet pairs without evidence, one article each', () => {
    const cited = new Set<string>();
    for (let e = 0; e < plan.evidenceClaim.length; e++) cited.add(`${plan.evidenceClaim[e]}:${plan.articleOutlet[plan.evidenceArticle[e]!]}`);
    const reviewed = new Set<string>();
    for (let r = 0; r < plan.reviewClaim.length; r++) {
      const key = `${plan.reviewClaim[r]}:${plan.articleOutlet[plan.reviewArticle[r]!]}`;
      expect(cited.has(key)).toBe(false);
      expect(reviewed.has(key)).toBe(false);
      reviewed.add(key);
    }
    const uncovered = 2000 * 40 - cited.size;
    expect(reviewed.size / uncovered).toBeCloseTo(0.1, 1);
  });

  it('refuses impossible options', () => {
    expect(() => planCorpus({ ...MEDIUM, outlets: 0 })).toThrow(RangeError);
    expect(() => planCorpus({ ...MEDIUM, claims: 1.5 })).toThrow(RangeError);
  });
});
