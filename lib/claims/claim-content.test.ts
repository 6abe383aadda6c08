import { describe, expect, it } from 'vitest';
import { changedContentFields, changesClaimContent, type ClaimContent } from './claim-content';

const base: ClaimContent = { text: 'At least 9 dead', value: 9, comparator: 'gte', unit: 'people', asOf: new Date('2024-07-01T00:00:00Z') };

describe('changesClaimContent', () => {
  it('is true when the wording, value, comparator, unit or date changes', () => {
    expect(changedContentFields(base, { ...base, value: 10 })).toEqual(['value']);
    expect(changedContentFields(base, { ...base, text: 'At least 10 dead', comparator: 'eq' })).toEqual(['text', 'comparator']);
    expect(changedContentFields(base, { ...base, unit: null, asOf: '2024-07-02' })).toEqual(['unit', 'asOf']);
  });

  it('compares dates by day, whichever form they come in', () => {
    expect(changesClaimContent(base, { ...base, asOf: '2024-07-01' })).toBe(false);
    expect(changesClaimContent({ ...base, asOf: null }, { ...base, asOf: null })).toBe(false);
    expect(changesClaimContent({ ...base, asOf: null }, base)).toBe(true);
  });

  it('is false for an unchanged claim', () => {
    expect(changesClaimContent(base, { ...base })).toBe(false);
  });
});
