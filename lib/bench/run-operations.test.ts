import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from './operation';
import { measure, runOperations } from './run-operations';

const settings = { runs: 5, warmup: 2, maxSeconds: 60 };
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('measure', () => {
  it('runs the warm-up, then times the runs', async () => {
    let calls = 0;
    const stats = await measure({ name: 'op', run: async () => void calls++ }, settings);
    expect(calls).toBe(7);
    expect(stats).toMatchObject({ runs: 5, errors: 0, truncated: false });
    expect(stats.median).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(stats.cpu)).toBe(true);
  });

  it('counts the failed timed runs, not the failed warm-up runs, and keeps the first message', async () => {
    let calls = 0;
    const flaky: Operation = {
      name: 'flaky',
      run: async () => {
        calls++;
        if (calls === 1 || calls >= 5) throw new Error(`failed on call ${calls}`);
      },
    };
    const stats = await measure(flaky, settings);
    expect(stats).toMatchObject({ runs: 2, errors: 3, firstError: 'failed on call 1' });
  });

  it('reports an operation that always fails as no runs and every error', async () => {
    const stats = await measure({ name: 'down', run: () => Promise.reject(new Error('HTTP 503 for /')) }, { ...settings, warmup: 0 });
    expect(stats).toMatchObject({ runs: 0, errors: 5, firstError: 'HTTP 503 for /' });
    expect(stats.median).toBeNaN();
  });

  it('stops at the time budget and says so', async () => {
    let calls = 0;
    const stats = await measure({ name: 'op', run: async () => void calls++ }, { ...settings, maxSeconds: -1 });
    expect(calls).toBe(0);
    expect(stats).toMatchObject({ runs: 0, truncated: true });
    expect(stats.cpu).toBeNaN();
  });

  it('keeps `concurrency` runs in flight, and no more runs than asked', async () => {
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const op: Operation = {
      name: 'op',
      run: async () => {
        calls++;
        most = Math.max(most, ++inFlight);
        await tick();
        inFlight--;
      },
    };
    const stats = await measure(op, { runs: 6, warmup: 0, maxSeconds: 60 }, 2);
    expect(most).toBe(2);
    expect(calls).toBe(6);
    expect(stats.runs).toBe(6);
  });
});

describe('runOperations', () => {
  afterEach(() => vi.restoreAllMocks());

  const printed = () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    return lines;
  };
  const floor: Operation = { name: 'floor', run: async () => undefined };
  const relative: Operation = {
    name: 'relative to the floor',
    run: async () => undefined,
    target: (_stats, all) => ({ ok: all.has('floor'), text: all.has('floor') ? 'floor measured' : 'no floor' }),
  };

  it('prints a line per operation, then the table with each verdict, judged against the others', async () => {
    const lines = printed();
    let each = 0;
    await runOperations('in-process', [floor, relative], { runs: 2, warmup: 0, maxSeconds: 60 }, 1, () => void each++);
    expect(each).toBe(2);
    expect(lines[0]).toMatch(/^ {2}floor: median [\d.]+ ms, p95 [\d.]+ ms, cpu [\d.]+ ms\/run$/);
    expect(lines[1]).toMatch(/^ {2}relative to the floor: median/);
    expect(lines[2]).toBe('\nin-process');
    expect(lines[3]).toMatch(/^operation +runs +median ms +p95 ms +min ms +max ms +cpu ms +target$/);
    expect(lines.at(-1)).toMatch(/^relative to the floor +2 .*✓ floor measured$/);
  });

  it('runs only the operations --only names, and marks a spent budget under the table', async () => {
    const lines = printed();
    await runOperations('in-process', [floor, relative], { runs: 2, warmup: 0, maxSeconds: -1, only: 'relative' }, 1);
    expect(lines.some((line) => line.startsWith('  floor'))).toBe(false);
    // no runs, no verdict: the target is not judged on nothing
    expect(lines.find((line) => line.startsWith('relative to the floor  '))).toMatch(/0\* +— +— +— +— +—$/);
    expect(lines.at(-1)).toBe('* stopped early: the operation used up its -1 s budget (--max-seconds)');
  });

  it('says what failed beside the figures', async () => {
    const lines = printed();
    await runOperations('HTTP', [{ name: 'GET /', run: () => Promise.reject(new Error('HTTP 500 for /')) }], { runs: 1, warmup: 0, maxSeconds: 60 }, 2);
    // a failed run is still a run the process spent CPU on
    expect(lines[0]).toMatch(/^ {2}GET \/: median — ms, p95 — ms, cpu [\d.]+ ms\/run — error: HTTP 500 for \/$/);
  });
});
