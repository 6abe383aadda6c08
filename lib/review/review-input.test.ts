import { describe, expect, it } from 'vitest';
import { MARK_CELLS_MAX, markCellsOmittedSchema, reviewQueueQuerySchema, serializeReviewQuery } from './review-input';

describe('reviewQueueQuerySchema', () => {
  it('reads the URL leniently: bad values are absent, the page defaults to 1', () => {
    expect(reviewQueueQuerySchema.parse({})).toEqual({ page: 1 });
    expect(reviewQueueQuerySchema.parse({ outlet: 'Not A Slug', verdict: 'maybe', page: '-3', topic: '' })).toEqual({ page: 1 });
    expect(reviewQueueQuerySchema.parse({ outlet: ['voa', 'rfa'], verdict: 'none', page: '2', topic: 'sco' })).toEqual({
      outlet: 'voa',
      verdict: 'none',
      page: 2,
      topic: 'sco',
    });
  });

  it('round-trips through the URL', () => {
    const query = reviewQueueQuerySchema.parse({ outlet: 'voa', verdict: 'likely', page: '3', topic: 'sco' });
    expect(reviewQueueQuerySchema.parse(Object.fromEntries(new URLSearchParams(serializeReviewQuery(query))))).toEqual(query);
    expect(serializeReviewQuery({ page: 1 })).toBe('');
  });
});

describe('markCellsOmittedSchema', () => {
  it('takes one to MARK_CELLS_MAX cells of a claim id and an outlet slug', () => {
    expect(markCellsOmittedSchema.safeParse({ cells: [] }).success).toBe(false);
    expect(markCellsOmittedSchema.safeParse({ cells: [{ claimId: '4', outlet: 'voa' }] }).data).toEqual({ cells: [{ claimId: 4, outlet: 'voa' }] });
    expect(markCellsOmittedSchema.safeParse({ cells: [{ claimId: 0, outlet: 'voa' }] }).success).toBe(false);
    const many = Array.from({ length: MARK_CELLS_MAX + 1 }, (_, i) => ({ claimId: i + 1, outlet: 'voa' }));
    expect(markCellsOmittedSchema.safeParse({ cells: many }).success).toBe(false);
  });
});
