// Figures of one timed operation: the runs' durations summed up as median, p95, min and max.
// Pure; used by run-operations.ts.

export type Stats = {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  errors: number;
  truncated: boolean;
  /** CPU time of the bench process per timed run, in ms: PostgreSQL's work is not in it, nor other work on the machine. */
  cpu?: number;
};
export type Verdict = { ok: boolean; text: string };

/** Nearest-rank percentile of ascending `sorted` (p in 0..1); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

export function summarize(durations: readonly number[], errors = 0, truncated = false): Stats {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    errors,
    truncated,
  };
}

/** A target: p95 strictly below `ms`. */
export const p95Below = (ms: number) => (stats: Stats): Verdict => ({ ok: stats.p95 < ms, text: `p95 < ${ms} ms` });
