// Whether an outlet's coverage ended before a claim's as-of date: its articles are searched and
// shown, but cannot be expected to report the claim. The SQL cell_stance() makes the same
// comparison for the grid's cells (the `predates` stance).

/** Strictly before: an article published at the asOf instant could already report the claim. */
export function predatesClaim(latest: Date | null, asOf: Date | null | undefined): boolean {
  if (!latest || !asOf) return false;
  return latest.getTime() < asOf.getTime();
}
