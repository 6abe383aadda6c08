// The evaluation's arithmetic on made-up cells: what counts as found at 1 and 3, stance of
// found quotes, numeric contradictions, verdict rates, and the threshold-free separation.
import { describe, expect, it } from 'vitest';
import { computeFigures, missedTargets, verdictSeparation, type EvaluatedCell } from './eval-metrics';

const quote = (start: number, end: number, stance: 'states' | 'contradicts' = 'states', numeric = false) => ({ articleId: 1, start, end, stance, numeric });
const suggestion = (start: number, end: number, stance: 'states' | 'contradicts' | 'mentions' = 'states') => ({ articleId: 1, start, end, stance });

describe('computeFigures', () => {
  it('counts a quote found when a suggestion overlaps it, at 1 and within 3', () => {
    const cells: EvaluatedCell[] = [
      { claim: 'a', outlet: 'x', curated: { kind: 'evidence', quotes: [quote(10, 20)] }, verdict: 'likely', suggestions: [suggestion(15, 30)] },
      { claim: 'b', outlet: 'x', curated: { kind: 'evidence', quotes: [quote(10, 20)] }, verdict: 'likely', suggestions: [suggestion(0, 5), suggestion(40, 50), suggestion(19, 25)] },
      { claim: 'c', outlet: 'x', curated: { kind: 'evidence', quotes: [quote(10, 20)] }, verdict: 'none', suggestions: [suggestion(20, 30)] },
    ];
    const f = computeFigures(cells);
    expect(f.recallAt1).toBeCloseTo(1 / 3);
    expect(f.recallAt3).toBeCloseTo(2 / 3);
    expect(f.likelyRate).toBeCloseTo(2 / 3);
    expect(f.foundQuotes).toBe(2);
  });

  it('judges stance on found quotes only, and needs every numeric contradiction as contradicts', () => {
    const cells: EvaluatedCell[] = [
      { claim: 'a', outlet: 'x', curated: { kind: 'evidence', quotes: [quote(0, 10, 'contradicts', true)] }, verdict: 'likely', suggestions: [suggestion(0, 10, 'states')] },
      { claim: 'b', outlet: 'x', curated: { kind: 'evidence', quotes: [quote(0, 10, 'contradicts', true)] }, verdict: 'likely', suggestions: [suggestion(0, 10, 'contradicts')] },
      { claim: 'c', outlet: 'x', curated: { kind: 'evidence', quotes: [quote(0, 10)] }, verdict: 'likely', suggestions: [suggestion(50, 60, 'contradicts')] },
    ];
    const f = computeFigures(cells);
    expect(f.stanceAccuracy).toBeCloseTo(1 / 2);
    expect(f.numericContradictions).toBe(2);
    expect(f.numericContradictionsFound).toBe(1);
    expect(missedTargets(f)).toContain('numericContradictions');
  });

  it('rates omitting outlets by a none verdict', () => {
    const cells: EvaluatedCell[] = [
      { claim: 'a', outlet: 'x', curated: { kind: 'omits' }, verdict: 'none', suggestions: [] },
      { claim: 'a', outlet: 'y', curated: { kind: 'omits' }, verdict: 'likely', suggestions: [suggestion(0, 3)] },
    ];
    expect(computeFigures(cells).noneRate).toBe(0.5);
  });
});

describe('verdictSeparation', () => {
  const evidence = { kind: 'evidence' as const, quotes: [] };
  const omits = { kind: 'omits' as const };

  it('is 1 with the threshold between the kinds when every stating outlet scores above every omitting one', () => {
    const s = verdictSeparation([{ curated: evidence, best: 0.8 }, { curated: evidence, best: 0.6 }, { curated: omits, best: 0.3 }, { curated: omits, best: 0.1 }]);
    expect(s.auc).toBe(1);
    expect(s.threshold).toBe(0.6);
    expect([s.likelyRate, s.noneRate]).toEqual([1, 1]);
  });

  it('counts ties as half and finds the threshold that best balances the two rates', () => {
    const s = verdictSeparation([{ curated: evidence, best: 0.5 }, { curated: evidence, best: 0.2 }, { curated: omits, best: 0.5 }, { curated: omits, best: 0.1 }]);
    expect(s.auc).toBeCloseTo((0.5 + 1 + 0 + 1) / 4);
    expect(Math.min(s.likelyRate, s.noneRate)).toBe(0.5);
  });
});
