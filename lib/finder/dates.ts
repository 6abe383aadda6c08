// Calendar dates written in a passage or claim: 2024年7月3日, 7月3到4日, 7月3日至4日, 5月16日,
// 2024年5月, 5 July 2024 is not read (the corpus is Chinese; English dates can join later).
// A date claim is checked against them: the same day (or span of days) agrees, another day
// of the same granularity disagrees.

export type DateMention = {
  start: number;
  end: number;
  year: number | null;
  month: number;
  /** First and last day; null for a whole month. */
  from: number | null;
  to: number | null;
  text: string;
};

const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})(?:日|号)?(?:\s*(?:到|至|-|–|—|~)\s*(?:\d{1,2}月)?(\d{1,2})(?:日|号))?)?/gu;

/** Dates in a folded text (digits already half-width, Chinese numerals turned to digits by the caller if wanted). */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) continue;
    const from = match[3] ? Number(match[3]) : null;
    const to = match[4] ? Number(match[4]) : from;
    if (from !== null && (from < 1 || from > 31)) continue;
    // "3月" alone right after a number is a duration ("三个月"), not a date; 月 must not start 月内 etc.
    if (from === null && /^(内|来|间|里|中|份以来)/.test(text.slice(match.index! + match[0].length))) continue;
    const start = [...text.slice(0, match.index)].length;
    out.push({ start, end: start + [...match[0]].length, year: match[1] ? Number(match[1]) : null, month, from, to, text: match[0] });
  }
  return out;
}

export type DateAgreement = 'agrees' | 'disagrees' | null;

/** Whether the passage's date covers the claim's days: "3-4 July" covers a claim of 3 July. */
function covers(passage: DateMention, claim: DateMention): boolean {
  if (claim.year !== null && passage.year !== null && claim.year !== passage.year) return false;
  return passage.month === claim.month && passage.from! <= claim.from! && passage.to! >= claim.to!;
}

/**
 * How a passage's dates bear on a claim's: agrees if one covers the claim's day or span,
 * disagrees if it names other days of the same month (a summit of 3-4 July held "on 4 July"),
 * null if it names no comparable date.
 */
export function compareDates(claim: DateMention[], passage: DateMention[]): { agreement: DateAgreement; date: DateMention | null } {
  const claimDays = claim.filter((d) => d.from !== null);
  if (claimDays.length === 0) return { agreement: null, date: null };
  const days = passage.filter((d) => d.from !== null);
  const same = days.find((d) => claimDays.some((c) => covers(d, c)));
  if (same) return { agreement: 'agrees', date: same };
  // a different day in a month the claim speaks of is a different date for the same event
  const other = days.find((d) => claimDays.some((c) => c.month === d.month && (c.year === null || d.year === null || c.year === d.year)));
  if (other) return { agreement: 'disagrees', date: other };
  return { agreement: null, date: null };
}
