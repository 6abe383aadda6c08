import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle } from './machine';

describe('settle', () => {
  afterEach(() => vi.restoreAllMocks());

  function clock(loads: number[]) {
    let t = 0;
    let i = 0;
    return {
      readLoad: () => loads[Math.min(i++, loads.length - 1)]!,
      sleep: async (ms: number) => void (t += ms),
      now: () => t,
    };
  }

  it('returns at once when the load is already low', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await settle('HTTP', { below: 1.5, ...clock([0.4]) })).toEqual({ waitedMs: 0, settled: true, load: 0.4 });
    expect(log).not.toHaveBeenCalled();
  });

  it('polls until the load falls to the threshold and says how long it waited', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const result = await settle('Lighthouse', { below: 1.5, pollMs: 2_000, ...clock([5.3, 4, 2.2, 1.5, 0.9]) });
    expect(result).toEqual({ waitedMs: 6_000, settled: true, load: 1.5 });
    expect(log.mock.calls[0]![0]).toContain('Lighthouse: waited 6 s for the machine to settle (1-minute load 5.30 -> 1.50, at or below 1.50)');
  });

  it('gives up after maxMs on a machine that stays busy, and says so', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const result = await settle('HTTP', { below: 1.5, maxMs: 10_000, pollMs: 2_000, ...clock([6]) });
    expect(result).toEqual({ waitedMs: 10_000, settled: false, load: 6 });
    expect(log.mock.calls[0]![0]).toContain('still above 1.50: other work is running');
  });
});
