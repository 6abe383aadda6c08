import { describe, expect, it } from 'vitest';
import { groupStatedValues } from './value-groups';

const voa = { slug: 'voa' };
const bbc = { slug: 'bbc' };
const rfa = { slug: 'rfa' };

describe('groupStatedValues', () => {
  it('puts quotes stating the same quantity and stance in one row, with each outlet once and its quote count', () => {
    const groups = groupStatedValues({ value: 9, comparator: 'eq' }, [
      { outlet: voa, statedValue: '10个', stance: 'contradicts' },
      { outlet: bbc, statedValue: '9个', stance: 'states' },
      { outlet: voa, statedValue: '十个', stance: 'contradicts' },
      { outlet: rfa, statedValue: '10', stance: 'contradicts' },
      { outlet: rfa, statedValue: null, stance: 'states' },
      { outlet: bbc, statedValue: ' ', stance: 'states' },
    ]);
    expect(groups).toEqual([
      { statedValue: '10个', stated: { value: 10, comparator: 'eq' }, stance: 'contradicts', agreement: 'disagrees', outlets: [{ outlet: voa, quotes: 2 }, { outlet: rfa, quotes: 1 }] },
      // quotes with no value: one group (blank text counts as none)
      { statedValue: null, stated: null, stance: 'states', agreement: null, outlets: [{ outlet: rfa, quotes: 1 }, { outlet: bbc, quotes: 1 }] },
      { statedValue: '9个', stated: { value: 9, comparator: 'eq' }, stance: 'states', agreement: 'agrees', outlets: [{ outlet: bbc, quotes: 1 }] },
    ]);
  });

  it('keeps the same number with another stance or qualifier apart, and unparsed words by their text', () => {
    const groups = groupStatedValues({ value: 9, comparator: 'gte' }, [
      { outlet: voa, statedValue: '至少9次', stance: 'states' },
      { outlet: bbc, statedValue: '9次', stance: 'states' },
      { outlet: rfa, statedValue: '9次', stance: 'contradicts' },
      { outlet: voa, statedValue: '很多', stance: 'states' },
      { outlet: bbc, statedValue: '很多', stance: 'states' },
    ]);
    expect(groups.map((g) => [g.statedValue, g.stance, g.outlets.map((o) => o.outlet.slug)])).toEqual([
      ['很多', 'states', ['voa', 'bbc']],
      ['至少9次', 'states', ['voa']],
      ['9次', 'states', ['bbc']],
      ['9次', 'contradicts', ['rfa']],
    ]);
  });

  it('has no rows for no quotes', () => {
    expect(groupStatedValues({ value: 1, comparator: null }, [])).toEqual([]);
  });
});
