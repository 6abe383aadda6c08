import { describe, expect, it } from 'vitest';
import { predatesClaim } from './predates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('predatesClaim', () => {
  it('compares strictly', () => {
    expect(predatesClaim(day('2024-07-01'), day('2024-07-02'))).toBe(true);
    expect(predatesClaim(day('2024-07-02'), day('2024-07-02'))).toBe(false);
    expect(predatesClaim(null, day('2024-07-02'))).toBe(false);
    expect(predatesClaim(day('2024-07-01'), undefined)).toBe(false);
  });
});
