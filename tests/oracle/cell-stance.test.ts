import { describe, expect, it } from 'vitest';
import { computeCell, decideCellStance, latestPublication, tallyCell } from './cell-stance';
import type { Stance } from '../../lib/claims/stance';

const states = (articleId: number) => ({ articleId, stance: 'states' as Stance });
const contradicts = (articleId: number) => ({ articleId, stance: 'contradicts' as Stance });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('computeCell', () => {
  it('is unchecked with neither evidence nor reviews', () => {
    expect(computeCell({ evidence: [], reviews: [] })).toEqual({
      stance: 'unchecked',
      statesCount: 0,
      contradictsCount: 0,
      checkedArticleCount: 0,
    });
  });

  it('omits when articles were reviewed without evidence', () => {
    expect(computeCell({ evidence: [], reviews: [{ articleId: 1 }, { articleId: 2 }] })).toMatchObject({
      stance: 'omits',
      checkedArticleCount: 2,
    });
  });

  it('states when all evidence states, even if other articles omit', () => {
    expect(computeCell({ evidence: [states(1), states(2)], reviews: [{ articleId: 3 }] })).toEqual({
      stance: 'states',
      statesCount: 2,
      contradictsCount: 0,
      checkedArticleCount: 3,
    });
  });

  it('contradicts when all evidence contradicts', () => {
    expect(computeCell({ evidence: [contradicts(1)], reviews: [] }).stance).toBe('contradicts');
  });

  it('is mixed when the outlet’s articles disagree', () => {
    expect(computeCell({ evidence: [states(1), contradicts(2)], reviews: [] })).toMatchObject({
      stance: 'mixed',
      statesCount: 1,
      contradictsCount: 1,
    });
  });

  it('is mixed when one article disagrees with itself', () => {
    expect(computeCell({ evidence: [states(1), contradicts(1)], reviews: [] })).toMatchObject({
      stance: 'mixed',
      checkedArticleCount: 1,
    });
  });

  it('counts an article with evidence and a review once', () => {
    expect(computeCell({ evidence: [states(1)], reviews: [{ articleId: 1 }] }).checkedArticleCount).toBe(1);
  });

  it('throws on an unknown stance instead of counting it', () => {
    const bogus = { articleId: 1, stance: 'agrees' as unknown as Stance };
    expect(() => computeCell({ evidence: [bogus], reviews: [] })).toThrow(/unknown evidence stance "agrees"/);
  });

  describe('predates', () => {
    const articles = [
      { id: 1, publishedAt: day('2024-07-01') },
      { id: 2, publishedAt: day('2024-07-02') },
    ];

    it('replaces omits and unchecked when all articles were published before asOf', () => {
      const asOf = day('2024-07-03');
      expect(computeCell({ evidence: [], reviews: [], articles, asOf }).stance).toBe('predates');
      expect(computeCell({ evidence: [], reviews: [{ articleId: 1 }], articles, asOf }).stance).toBe('predates');
    });

    it('never overrides evidence', () => {
      const asOf = day('2024-07-03');
      expect(computeCell({ evidence: [states(1)], reviews: [], articles, asOf }).stance).toBe('states');
      expect(computeCell({ evidence: [contradicts(1), states(2)], reviews: [], articles, asOf }).stance).toBe('mixed');
    });

    it('does not apply when any article was published on or after asOf', () => {
      expect(computeCell({ evidence: [], reviews: [{ articleId: 1 }], articles, asOf: day('2024-07-02') }).stance).toBe(
        'omits',
      );
      expect(computeCell({ evidence: [], reviews: [], articles, asOf: day('2024-06-30') }).stance).toBe('unchecked');
    });

    it('does not apply without asOf, without articles, or with an undated article', () => {
      expect(computeCell({ evidence: [], reviews: [], articles }).stance).toBe('unchecked');
      expect(computeCell({ evidence: [], reviews: [], articles, asOf: null }).stance).toBe('unchecked');
      expect(computeCell({ evidence: [], reviews: [], articles: [], asOf: day('2030-01-01') }).stance).toBe('unchecked');
      const undated = [...articles, { id: 3, publishedAt: null }];
      expect(computeCell({ evidence: [], reviews: [], articles: undated, asOf: day('2030-01-01') }).stance).toBe(
        'unchecked',
      );
    });
  });
});

describe('building blocks', () => {
  it('latestPublication finds the latest date, or null when it cannot', () => {
    expect(latestPublication([{ id: 1, publishedAt: day('2024-07-02') }, { id: 2, publishedAt: day('2024-07-01') }])).toEqual(
      day('2024-07-02'),
    );
    expect(latestPublication([])).toBeNull();
    expect(latestPublication([{ id: 1, publishedAt: null }, { id: 2, publishedAt: day('2024-07-01') }])).toBeNull();
  });

  it('decideCellStance lets evidence win over predates and reviews', () => {
    expect(decideCellStance({ statesCount: 1, contradictsCount: 0, reviewCount: 5, staleCount: 0, predates: true })).toBe('states');
    expect(decideCellStance({ statesCount: 0, contradictsCount: 0, reviewCount: 5, staleCount: 0, predates: true })).toBe('predates');
    expect(decideCellStance({ statesCount: 0, contradictsCount: 0, reviewCount: 5, staleCount: 0, predates: false })).toBe('omits');
  });

  it('decideCellStance lets a flagged quote or mark outrank every other fact', () => {
    expect(decideCellStance({ statesCount: 1, contradictsCount: 1, reviewCount: 0, staleCount: 1, predates: false })).toBe('rereview');
    expect(decideCellStance({ statesCount: 0, contradictsCount: 0, reviewCount: 1, staleCount: 1, predates: true })).toBe('rereview');
    expect(computeCell({ evidence: [{ articleId: 1, stance: 'states', needsReview: true }], reviews: [] }).stance).toBe('rereview');
    expect(computeCell({ evidence: [{ articleId: 1, stance: 'states', needsReview: false }], reviews: [{ articleId: 2, needsReview: true }] }).stance).toBe('rereview');
  });

  it('tallyCell counts evidence per stance and reviews', () => {
    expect(tallyCell([states(1), states(1), contradicts(2)], [{ articleId: 3 }, { articleId: 3 }])).toEqual({
      statesCount: 2,
      contradictsCount: 1,
      checkedArticleCount: 3,
      reviewCount: 2,
      staleCount: 0,
    });
  });
});
