import { describe, expect, it } from 'vitest';
import { describeRevision } from './describe-revision';

describe('describeRevision', () => {
  it('lists the claim fields an update changed, with both values', () => {
    const summary = describeRevision({
      entityType: 'claim',
      action: 'update',
      before: { text: 'a', status: 'draft', asOf: '2024-07-04T00:00:00.000Z', topics: ['x'] },
      after: { text: 'b', status: 'published', asOf: '2024-07-04', topics: ['x'] },
    });
    expect(summary.changes).toEqual([
      { field: 'text', before: 'a', after: 'b' },
      { field: 'status', before: 'draft', after: 'published' },
    ]);
  });

  it('names the article, quote and stance of evidence, from whichever snapshot exists', () => {
    expect(describeRevision({ entityType: 'evidence', action: 'delete', before: { articleId: 4, exact: '引文', stance: 'states' }, after: null })).toMatchObject({
      entity: 'evidence',
      articleId: 4,
      quote: '引文',
      stance: 'states',
      changes: [],
    });
    expect(describeRevision({ entityType: 'review', action: 'create', before: null, after: { articleId: 5 } }).articleId).toBe(5);
  });
});
