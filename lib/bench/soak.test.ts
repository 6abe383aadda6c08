import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from './operation';
import { soak, soakVerdictLines } from './soak';

describe('soak', () => {
  afterEach(() => vi.restoreAllMocks());

  // the "server" is this process: its memory is readable on Linux
  it.runIf(process.platform === 'linux')('runs every page on every lap, at least two requests per reader, and counts the failures', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const calls = new Map<string, number>();
    const op = (name: string, fail = false): Operation => ({
      name,
      run: async () => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        if (fail) throw new Error('HTTP 503');
      },
    });
    const result = await soak([op('GET /'), op('GET /api/v1/outlets', true)], {
      serverPid: process.pid,
      laps: 2,
      concurrency: 3,
      settings: { runs: 4, warmup: 5, maxSeconds: 60 },
    });
    // max(4 runs, 3 readers × 2) = 6 a lap, no warm-up
    expect(calls.get('GET /')).toBe(12);
    expect(calls.get('GET /api/v1/outlets')).toBe(12);
    expect(result.laps).toHaveLength(2);
    expect(result.laps.every((mb) => mb > 0)).toBe(true);
    expect(lines[0]).toBe('soak lap 1 of 2: every page, 3 concurrent readers (untimed), watching server memory …');
    expect(lines[1]).toMatch(/^ {2}ends at \d+ MB, 6 failed requests$/);
    expect(lines[2]).toBe('soak lap 2 of 2: every page, 3 concurrent readers (untimed), watching server memory …');
  });
});

describe('soakVerdictLines', () => {
  it('says nothing about fewer than three laps', () => {
    expect(soakVerdictLines({ laps: [400, 900], peak: 950 }, 100)).toEqual([]);
  });

  it('gives the lap ends, the peak and both verdicts', () => {
    expect(soakVerdictLines({ laps: [427.4, 432, 435, 435], peak: 468 }, 100)).toEqual([
      'server RSS at the end of each soak lap (100 concurrent readers): 427, 432, 435, 435 MB, peak 468 MB; ✓ flat: it goes up and down rather than rising lap after lap',
      'soak targets (peak < 500 MB, every lap ends within 10% of the first): ✓',
    ]);
  });

  it('names what failed', () => {
    const [trend, targets] = soakVerdictLines({ laps: [400, 440, 480, 520], peak: 530 }, 50);
    expect(trend).toMatch(/; ✗ not flat: it rose on every lap \(30% in all\)$/);
    expect(targets).toBe('soak targets (peak < 500 MB, every lap ends within 10% of the first): ✗ peak 530 MB ≥ 500 MB; a lap ends 30% from the first (> 10%)');
  });
});
