import { describe, expect, it } from 'vitest';
import { describeRange } from './describe-range';
import { anchorQuote } from './match-quote';
import { selectorsToQuery, toSelectors } from './selectors';

const TEXT = '习近平😀与普京会面。普京𠮷称赞。';

describe('toSelectors', () => {
  it('produces W3C quote and position selectors', () => {
    expect(toSelectors(describeRange(TEXT, 7, 9, { context: 2 }))).toEqual([
      { type: 'TextQuoteSelector', exact: '会面', prefix: '普京', suffix: '。普' },
      { type: 'TextPositionSelector', start: 7, end: 9 },
    ]);
  });

  it('omits empty context instead of storing empty strings', () => {
    const [quote] = toSelectors(describeRange('普京', 0, 2));
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: '普京' });
    expect('prefix' in quote).toBe(false);
  });
});

describe('selectorsToQuery', () => {
  it('round-trips through anchorQuote', () => {
    const anchor = describeRange(TEXT, 8, 11);
    const result = anchorQuote(TEXT, selectorsToQuery(toSelectors(anchor)));
    expect(result).toEqual({ ok: true, anchor });
  });

  it('lets anchorQuote catch a stale position', () => {
    const [quote] = toSelectors(describeRange(TEXT, 8, 11));
    const query = selectorsToQuery([quote, { type: 'TextPositionSelector', start: 0, end: 3 }]);
    expect(anchorQuote(TEXT, query)).toMatchObject({ ok: false, error: 'position-mismatch' });
  });

  it('works with a quote selector alone', () => {
    expect(selectorsToQuery([{ type: 'TextQuoteSelector', exact: '普京', prefix: '。' }])).toEqual({
      exact: '普京',
      prefix: '。',
      suffix: null,
    });
  });
});
