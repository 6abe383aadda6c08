import { describe, expect, it } from 'vitest';
import { CELL_STANCES, STANCES, isCellStance, isRecordedStance, isStance, stanceIcon } from './stance';

describe('stance vocabulary', () => {
  it('lists the evidence stances and every cell stance once', () => {
    expect(STANCES).toEqual(['states', 'contradicts']);
    expect([...CELL_STANCES].sort()).toEqual(['contradicts', 'mixed', 'omits', 'predates', 'rereview', 'states', 'unchecked']);
  });

  it('gives each stance a distinct single glyph', () => {
    expect(stanceIcon('states')).toBe('✓');
    expect(stanceIcon('contradicts')).toBe('✗');
    expect(stanceIcon('omits')).toBe('∅');
    expect(stanceIcon('unchecked')).toBe('?');
    expect(stanceIcon('mixed')).toBe('±');
    expect(stanceIcon('predates')).toBe('⧗');
    const icons = CELL_STANCES.map(stanceIcon);
    expect(new Set(icons).size).toBe(CELL_STANCES.length);
    for (const icon of icons) expect(Array.from(icon)).toHaveLength(1);
  });

  it('guards unknown values', () => {
    expect(isStance('states')).toBe(true);
    expect(isStance('omits')).toBe(false);
    expect(isStance(undefined)).toBe(false);
    expect(isCellStance('predates')).toBe(true);
    expect(isCellStance('agrees')).toBe(false);
    expect(isCellStance(1)).toBe(false);
  });

  it('says which cells hold something an editor recorded: a quote or an omission mark', () => {
    expect(CELL_STANCES.filter(isRecordedStance)).toEqual(['rereview', 'states', 'contradicts', 'mixed', 'omits']);
  });
});
