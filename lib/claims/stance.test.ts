import { describe, expect, it } from 'vitest';
import { CELL_STANCES, STANCES, isCellStance, isStance, stanceDescription, stanceIcon, stanceLabel } from './stance';

describe('stance vocabulary', () => {
  it('lists the evidence stances and every cell stance once', () => {
    expect(STANCES).toEqual(['states', 'contradicts']);
    expect([...CELL_STANCES].sort()).toEqual(['contradicts', 'mixed', 'omits', 'predates', 'rereview', 'states', 'unchecked']);
  });

  it('labels stances in English', () => {
    expect(stanceLabel('states')).toBe('States');
    expect(stanceLabel('contradicts')).toBe('Contradicts');
    expect(stanceLabel('omits')).toBe('Omits');
    expect(stanceLabel('unchecked')).toBe('Unchecked');
    expect(stanceLabel('mixed')).toBe('Mixed');
    expect(stanceLabel('predates')).toBe('Predates');
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

  it('describes every stance', () => {
    for (const stance of CELL_STANCES) expect(stanceDescription(stance)).toMatch(/\.$/);
  });

  it('guards unknown values', () => {
    expect(isStance('states')).toBe(true);
    expect(isStance('omits')).toBe(false);
    expect(isStance(undefined)).toBe(false);
    expect(isCellStance('predates')).toBe(true);
    expect(isCellStance('agrees')).toBe(false);
    expect(isCellStance(1)).toBe(false);
  });
});
