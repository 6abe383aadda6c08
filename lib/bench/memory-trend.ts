// Whether a server's memory stays flat over repeated laps of the same requests. Node's resident
// memory moves up and down by a tenth or more as the garbage collector runs, so one lap ending
// higher than the others says little; a leak shows as memory that rises lap after lap, or that
// ends far above where the laps began.

export type MemoryVerdict = { flat: boolean; reason: string };

/** Lap-end RSS readings (MB), the first taken after the timed run. */
export function judgeMemoryTrend(laps: readonly number[], { step = 0.02, growth = 0.5 } = {}): MemoryVerdict {
  if (laps.length < 3) return { flat: true, reason: 'too few laps to tell' };
  const first = laps[0]!;
  const last = laps.at(-1)!;
  // every lap ends more than `step` above the highest reading before it
  const risesEveryLap = laps.slice(1).every((mb, i) => mb > Math.max(...laps.slice(0, i + 1)) * (1 + step));
  if (risesEveryLap) return { flat: false, reason: `it rose on every lap (${(((last - first) / first) * 100).toFixed(0)}% in all)` };
  if (last > first * (1 + growth)) return { flat: false, reason: `the last lap ends ${(((last - first) / first) * 100).toFixed(0)}% above the first` };
  return { flat: true, reason: 'it goes up and down rather than rising lap after lap' };
}

/** Issue 15's soak targets: under many concurrent readers the server stays below `limitMb`
 * resident, and the soak laps end within `spread` of the first lap's end. */
export type SoakVerdict = { ok: boolean; reasons: string[] };

export function judgeSoak(lapEndsMb: readonly number[], peakMb: number, { limitMb = 500, spread = 0.1 } = {}): SoakVerdict {
  const reasons: string[] = [];
  if (!(peakMb < limitMb)) reasons.push(`peak ${peakMb.toFixed(0)} MB ≥ ${limitMb} MB`);
  const first = lapEndsMb[0];
  if (first !== undefined) {
    const worst = lapEndsMb.reduce((max, mb) => Math.max(max, Math.abs(mb - first) / first), 0);
    if (worst > spread) reasons.push(`a lap ends ${(worst * 100).toFixed(0)}% from the first (> ${(spread * 100).toFixed(0)}%)`);
  }
  return { ok: reasons.length === 0, reasons };
}
