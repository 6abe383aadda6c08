import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { anchorEvidence } from './anchor-evidence';

const TEXT = '𠮷习近平与普京会晤。随后习近平离开。习近平表示……';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('anchorEvidence', () => {
  it('anchors a unique quote in code points with stored context', () => {
    expect(anchorEvidence(TEXT, { exact: '普京' })).toEqual({ start: 5, end: 7, exact: '普京', prefix: '𠮷习近平与', suffix: '会晤。随后习近平离开。习近平表示……' });
  });

  it('lists every candidate of an ambiguous quote, in code points', () => {
    const error = thrown(() => anchorEvidence(TEXT, { exact: '习近平' }));
    expect(error.code).toBe('ambiguous');
    expect(error.message).toBe('The quote occurs 3 times in the article; add prefix/suffix or positions to choose one.');
    expect((error.details.candidates as { start: number }[]).map((c) => c.start)).toEqual([1, 12, 18]);
  });

  it('narrows candidates by context and says so', () => {
    const said = '习近平说。习近平说。习近平走。';
    const error = thrown(() => anchorEvidence(said, { exact: '习近平', suffix: '说' }));
    expect(error.code).toBe('ambiguous');
    expect(error.message).toContain('occurs 3 times in the article (2 of them fit the prefix/suffix)');
    expect((error.details.candidates as { start: number }[]).map((c) => c.start)).toEqual([0, 5]);
    expect(anchorEvidence(said, { exact: '习近平', suffix: '走' }).start).toBe(10);
    expect(anchorEvidence(TEXT, { exact: '习近平', prefix: '随后' }).start).toBe(12);
  });

  it('names the nested field for a quote that is not there', () => {
    const error = thrown(() => anchorEvidence(TEXT, { exact: '普京总统' }, 'evidence'));
    expect(error.code).toBe('validation');
    expect(Object.keys(error.details.fieldErrors!)).toEqual(['evidence.exact']);
  });

  it('refuses spans outside the text and spans that do not hold the quote', () => {
    expect(thrown(() => anchorEvidence(TEXT, { start: 20, end: 40 })).details.fieldErrors).toHaveProperty('end');
    expect(thrown(() => anchorEvidence(TEXT, { start: 40, end: 41 })).details.fieldErrors).toHaveProperty('start');
    expect(thrown(() => anchorEvidence(TEXT, { exact: '普京', start: 4, end: 6 })).details.fieldErrors).toHaveProperty('exact');
  });
});
