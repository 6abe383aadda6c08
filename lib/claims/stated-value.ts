// What an outlet says a quantity is, and whether that agrees with the claim. Outlets write
// "10", "十个", "至少9次", "超过40次", "约一半"; we read the number and its qualifier into an
// interval, and compare it with the claim's interval (value under its comparator): inside it
// agrees, disjoint disagrees, overlapping is "partly" (e.g. "at least 9" against "exactly 10").
import type { Comparator } from './claim-kind';

export type StatedQuantity = { value: number; comparator: Comparator };
export type Agreement = 'agrees' | 'disagrees' | 'partly';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 萬: 10_000 };

/** 四十 -> 40, 十三 -> 13, 一百零五 -> 105; null if not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (!text || ![...text].every((c) => c in DIGITS || c in UNITS)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]!;
      continue;
    }
    const unit = UNITS[char]!;
    if (unit === 10_000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

const QUALIFIERS: [RegExp, Comparator][] = [
  [/(至少|不少于|不少於|起码|起碼|at least|≥)/i, 'gte'],
  [/(超过|超過|逾|多于|多於|more than|over|>)/i, 'gt'],
  [/(不到|少于|少於|fewer than|less than|<)/i, 'lt'],
  [/(最多|至多|不超过|不超過|at most|≤)/i, 'lte'],
  [/(约|約|大约|大約|近|将近|將近|左右|about|around|nearly|~|≈)/i, 'approx'],
];

export function parseStatedValue(text: string | null | undefined): StatedQuantity | null {
  if (!text) return null;
  const normalised = text.normalize('NFKC');
  const arabic = normalised.match(/\d+(?:[.,]\d+)?/);
  let value: number | null = arabic ? Number(arabic[0].replace(',', '.')) : null;
  if (value === null) {
    // "一半" (half) and the like are proportions, not counts.
    const han = normalised.match(/[零〇一二两兩三四五六七八九十百千万萬]+(?!半)/);
    value = han && !/[一二两兩三四五六七八九十]半/.test(normalised) ? parseChineseNumeral(han[0]) : null;
  }
  if (value === null || !Number.isFinite(value)) return null;
  const comparator = QUALIFIERS.find(([pattern]) => pattern.test(normalised))?.[1] ?? (/以上/.test(normalised) ? 'gte' : /以下/.test(normalised) ? 'lte' : 'eq');
  return { value, comparator };
}

type Interval = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

function interval({ value, comparator }: StatedQuantity): Interval {
  switch (comparator) {
    case 'gte':
      return { low: value, high: Infinity, lowOpen: false, highOpen: true };
    case 'gt':
      return { low: value, high: Infinity, lowOpen: true, highOpen: true };
    case 'lte':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: false };
    case 'lt':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: true };
    case 'approx': {
      const slack = Math.max(Math.abs(value) * 0.1, 0.5);
      return { low: value - slack, high: value + slack, lowOpen: false, highOpen: false };
    }
    default:
      return { low: value, high: value, lowOpen: false, highOpen: false };
  }
}

function contains(outer: Interval, inner: Interval): boolean {
  const lowOk = outer.low < inner.low || (outer.low === inner.low && (!outer.lowOpen || inner.lowOpen));
  const highOk = outer.high > inner.high || (outer.high === inner.high && (!outer.highOpen || inner.highOpen));
  return lowOk && highOk;
}

function disjoint(a: Interval, b: Interval): boolean {
  const aBelow = a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
  const bBelow = b.high < a.low || (b.high === a.low && (b.highOpen || a.lowOpen));
  return aBelow || bBelow;
}

export function compareStatedValue(claim: { value: number | null; comparator: Comparator | null }, stated: StatedQuantity): Agreement | null {
  if (claim.value === null) return null;
  const claimed = interval({ value: claim.value, comparator: claim.comparator ?? 'eq' });
  const said = interval(stated);
  if (contains(claimed, said)) return 'agrees';
  if (disjoint(claimed, said)) return 'disagrees';
  return 'partly';
}
