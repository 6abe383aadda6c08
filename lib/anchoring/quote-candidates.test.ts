import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from './code-points';
import { anchorQuote } from './match-quote';
import { findQuoteCandidates } from './quote-candidates';

const TEXT = '😀习近平与普京会面。习近平与普京再次会面，习近平表示欢迎。';

describe('findQuoteCandidates', () => {
  const index = createCodePointIndex(TEXT);

  it('lists every occurrence in code points, with context to choose one by', () => {
    const { total, candidates } = findQuoteCandidates(index, { exact: '习近平' });
    expect(total).toBe(3);
    expect(candidates.map((c) => [c.start, c.end])).toEqual([
      [1, 4],
      [10, 13],
      [21, 24],
    ]);
    expect(candidates[1]).toMatchObject({ prefix: '😀习近平与普京会面。', suffix: '与普京再次会面，习近平表示欢迎。' });
  });

  it('narrows to the occurrences that fit the prefix/suffix when any does, the places anchorQuote found ambiguous', () => {
    const query = { exact: '习近平', suffix: '与' };
    expect(anchorQuote(index, query)).toMatchObject({ ok: false, error: 'ambiguous', candidates: 2 });
    const { total, candidates } = findQuoteCandidates(index, query);
    expect(total).toBe(3);
    expect(candidates.map((c) => c.start)).toEqual([1, 10]);
    // none fits: every occurrence stays a candidate
    expect(findQuoteCandidates(index, { exact: '习近平', prefix: 'XX' }).candidates).toHaveLength(3);
  });

  it('has nothing to list for an empty quote', () => {
    expect(findQuoteCandidates(index, { exact: '' })).toEqual({ total: 0, candidates: [] });
  });
});
