import { describe, expect, it } from 'vitest';
import { medianRun, missedLighthouseTargets, readLighthouseFigures, type LighthouseResult } from './lighthouse-figures';

const result = (score: number, totalBytes: number, fonts: { transferSize: number; requestCount: number } | null): LighthouseResult => ({
  categories: { performance: { score } },
  audits: {
    'first-contentful-paint': { numericValue: 900 },
    'largest-contentful-paint': { numericValue: 1200.5 },
    'total-blocking-time': { numericValue: 30 },
    'total-byte-weight': { numericValue: totalBytes },
    'resource-summary': {
      details: {
        items: [
          { resourceType: 'total', transferSize: totalBytes, requestCount: 9 },
          { resourceType: 'script', transferSize: 150_000, requestCount: 6 },
          ...(fonts ? [{ resourceType: 'font', ...fonts }] : []),
        ],
      },
    },
    'largest-contentful-paint-element': { details: { items: [{ items: [{ node: { selector: 'main > h1', nodeLabel: '主张表' } }] }] } },
  },
});

describe('Lighthouse figures', () => {
  it('reads score, paints, bytes, fonts and the LCP element', () => {
    const figures = readLighthouseFigures(result(0.97, 250_000, { transferSize: 12_000, requestCount: 2 }));
    expect(figures).toMatchObject({ score: 97, fcpMs: 900, lcpMs: 1200.5, totalBytes: 250_000, fontBytes: 12_000, fontRequests: 2, scriptBytes: 150_000 });
    expect(figures.lcpElement).toBe('main > h1 "主张表"');
  });

  it('meets the targets with no font, a score of 95 and 300 KB', () => {
    expect(missedLighthouseTargets(readLighthouseFigures(result(0.95, 300_000, null)))).toEqual([]);
  });

  it('names each missed target: score, bytes, any web font', () => {
    const missed = missedLighthouseTargets(readLighthouseFigures(result(0.57, 1_400_000, { transferSize: 1_100_000, requestCount: 19 })));
    expect(missed).toEqual(['performance 57 < 95', '1400 KB > 300 KB', '19 web font requests (1100 KB)']);
  });

  it('reports a result Lighthouse could not score', () => {
    const figures = readLighthouseFigures({ runtimeError: { code: 'NO_FCP', message: 'no paint' } });
    expect(figures.score).toBeNaN();
    expect(missedLighthouseTargets(figures)[0]).toBe('Lighthouse failed: NO_FCP no paint');
  });
});

describe('medianRun', () => {
  const run = (score: number, lcpMs: number) => ({ ...readLighthouseFigures(result(score / 100, 250_000, null)), lcpMs });
  it('takes the run with the median score, all its figures together', () => {
    const chosen = medianRun([run(84, 3100), run(95, 2500), run(92, 2800)]);
    expect(chosen.score).toBe(92);
    expect(chosen.lcpMs).toBe(2800);
  });
  it('takes the lower middle of an even count, and counts a failed run as the worst', () => {
    expect(medianRun([run(90, 1), run(96, 2)]).score).toBe(90);
    const failed = { ...run(0, 0), score: Number.NaN };
    expect(medianRun([failed, run(97, 1), run(93, 2)]).score).toBe(93);
    expect(() => medianRun([])).toThrow();
  });
});
