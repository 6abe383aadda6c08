// Batching texts by size: how many of a list of texts, from its start, fit a character budget.
// A batch of one over-long text still goes (it has to be processed some time).

/** How many of `lengths`, from the start, hold at most `budget` characters together; at least 1 when any. */
export function takeWithinChars(lengths: readonly number[], budget: number): number {
  let total = 0;
  for (let i = 0; i < lengths.length; i++) {
    total += lengths[i]!;
    if (total > budget) return Math.max(1, i);
  }
  return lengths.length;
}
