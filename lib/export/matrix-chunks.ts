// How the printed report splits its claims × outlets matrix: an A4 page holds a claim column
// and at most MAX_MATRIX_OUTLETS outlet columns wide enough for the longest stance label
// ("contradicts", 未提及); more outlets go into further tables of near-equal width. Pure.
export const MAX_MATRIX_OUTLETS = 6;

/** `items` in consecutive groups of at most `max`, as equal in size as possible (7 → 4 + 3, 12 → 6 + 6). */
export function splitEvenly<T>(items: readonly T[], max: number = MAX_MATRIX_OUTLETS): T[][] {
  if (items.length === 0) return [[]];
  const groups = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / groups);
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}
