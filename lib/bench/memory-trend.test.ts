import { describe, expect, it } from 'vitest';
import { judgeMemoryTrend, judgeSoak } from './memory-trend';

describe('judgeMemoryTrend', () => {
  it('calls memory that goes up and down flat, even when the last lap is the highest', () => {
    expect(judgeMemoryTrend([388, 437, 431, 485]).flat).toBe(true);
    expect(judgeMemoryTrend([434, 416, 495, 431]).flat).toBe(true);
    expect(judgeMemoryTrend([420, 420, 420]).flat).toBe(true);
  });

  it('calls memory that rises on every lap a leak', () => {
    const verdict = judgeMemoryTrend([400, 440, 480, 520]);
    expect(verdict.flat).toBe(false);
    expect(verdict.reason).toMatch(/every lap \(30%/);
  });

  it('calls memory that ends far above where it began a leak, however it got there', () => {
    expect(judgeMemoryTrend([400, 700, 650, 620]).flat).toBe(false);
  });

  it('needs at least three readings to tell', () => {
    expect(judgeMemoryTrend([400, 900])).toEqual({ flat: true, reason: 'too few laps to tell' });
  });
});

describe('judgeSoak', () => {
  it('passes a server under 500 MB whose laps end within 10% of the first', () => {
    expect(judgeSoak([300, 320, 290, 310], 450)).toEqual({ ok: true, reasons: [] });
  });

  it('fails a peak at or over the limit and a lap that ends too far from the first', () => {
    expect(judgeSoak([300, 340, 300, 300], 500).reasons).toEqual(['peak 500 MB ≥ 500 MB', 'a lap ends 13% from the first (> 10%)']);
    expect(judgeSoak([300, 300, 260, 300], 400).ok).toBe(false);
  });
});
