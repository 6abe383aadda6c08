import { describe, expect, it } from 'vitest';
import { takeWithinChars } from './take-within-chars';

describe('takeWithinChars', () => {
  it('takes texts from the start while their lengths fit the budget together', () => {
    expect(takeWithinChars([40, 40, 40], 100)).toBe(2);
    expect(takeWithinChars([50, 50, 1], 100)).toBe(2);
    expect(takeWithinChars([10, 20, 30], 100)).toBe(3);
  });

  it('takes one text longer than the budget on its own, and nothing from an empty list', () => {
    expect(takeWithinChars([500, 10], 100)).toBe(1);
    expect(takeWithinChars([], 100)).toBe(0);
  });
});
