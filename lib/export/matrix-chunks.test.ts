import { describe, expect, it } from 'vitest';
import { splitEvenly } from './matrix-chunks';

describe('splitEvenly', () => {
  it('keeps up to six outlets in one table and splits more into near-equal tables', () => {
    const sizes = (n: number) => splitEvenly(Array.from({ length: n }, (_, i) => i)).map((g) => g.length);
    expect(sizes(1)).toEqual([1]);
    expect(sizes(5)).toEqual([5]);
    expect(sizes(6)).toEqual([6]);
    expect(sizes(7)).toEqual([4, 3]);
    expect(sizes(12)).toEqual([6, 6]);
    expect(sizes(13)).toEqual([5, 5, 3]);
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7]).flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives one empty table for no outlets', () => {
    expect(splitEvenly([])).toEqual([[]]);
  });
});
