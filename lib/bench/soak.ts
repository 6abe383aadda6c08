// The soak after the timed HTTP runs: more untimed laps over the same pages with many concurrent
// readers, the server's resident memory read at the end of each lap and watched for its peak.
// Memory is flat when more laps leave the server where the earlier ones did: growth in the first
// laps is the heap and caches settling, growth that goes on lap after lap would be a leak
// (judgeMemoryTrend, judgeSoak).
import { readRssMb } from '../runtime/process-info';
import { judgeMemoryTrend, judgeSoak } from './memory-trend';
import type { Operation } from './operation';
import { measure, type RunSettings } from './run-operations';

export type SoakResult = {
  /** the server's RSS at the end of each lap, in MB */
  laps: number[];
  /** the highest RSS seen during the laps, in MB (0 when none was read) */
  peak: number;
};

/**
 * `laps` laps of `ops`, each op at least two requests per reader (and no fewer than the timed
 * runs), `concurrency` readers at once; prints a line per lap with its failed requests.
 */
export async function soak(
  ops: readonly Operation[],
  { serverPid, laps: lapCount, concurrency, settings }: { serverPid: number; laps: number; concurrency: number; settings: RunSettings },
): Promise<SoakResult> {
  const laps: number[] = [];
  let peak = 0;
  const peakWatch = setInterval(() => {
    const mb = readRssMb(serverPid);
    if (mb !== undefined) peak = Math.max(peak, mb);
  }, 100);
  try {
    for (let lap = 1; lap <= lapCount; lap++) {
      console.log(`soak lap ${lap} of ${lapCount}: every page, ${concurrency} concurrent readers (untimed), watching server memory …`);
      let failed = 0;
      for (const op of ops) failed += (await measure(op, { ...settings, runs: Math.max(settings.runs, concurrency * 2), warmup: 0 }, concurrency)).errors;
      const mb = readRssMb(serverPid);
      if (mb !== undefined) laps.push(mb);
      console.log(`  ends at ${mb?.toFixed(0) ?? '?'} MB${failed ? `, ${failed} failed requests` : ''}`);
    }
  } finally {
    clearInterval(peakWatch);
  }
  return { laps, peak };
}

/** The verdicts on a soak of at least three laps (too few laps tell nothing: no lines). */
export function soakVerdictLines({ laps, peak }: SoakResult, concurrency: number): string[] {
  if (laps.length < 3) return [];
  const verdict = judgeMemoryTrend(laps);
  const soak = judgeSoak(laps, peak);
  return [
    `server RSS at the end of each soak lap (${concurrency} concurrent readers): ${laps.map((mb) => mb.toFixed(0)).join(', ')} MB, ` +
      `peak ${peak.toFixed(0)} MB; ${verdict.flat ? '✓ flat' : '✗ not flat'}: ${verdict.reason}`,
    `soak targets (peak < 500 MB, every lap ends within 10% of the first): ${soak.ok ? '✓' : `✗ ${soak.reasons.join('; ')}`}`,
  ];
}
