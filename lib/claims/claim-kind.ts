// Owns the kinds of claim and the comparators a quantity or date claim uses,
// with English labels, symbols and value formatting. Mirrors the database
// enums claim_kind and comparator.

export type ClaimKind = 'fact' | 'quantity' | 'date' | 'opinion';

export type Comparator = 'eq' | 'gte' | 'lte' | 'gt' | 'lt' | 'approx';

export const CLAIM_KINDS = ['fact', 'quantity', 'date', 'opinion'] as const satisfies readonly ClaimKind[];

export const COMPARATORS = ['eq', 'gte', 'lte', 'gt', 'lt', 'approx'] as const satisfies readonly Comparator[];

const KIND_LABELS: Record<ClaimKind, string> = {
  fact: 'Fact',
  quantity: 'Quantity',
  date: 'Date',
  opinion: 'Opinion',
};

const COMPARATOR_LABELS: Record<Comparator, string> = {
  eq: 'exactly',
  gte: 'at least',
  lte: 'at most',
  gt: 'more than',
  lt: 'less than',
  approx: 'about',
};

const COMPARATOR_SYMBOLS: Record<Comparator, string> = {
  eq: '=',
  gte: '≥',
  lte: '≤',
  gt: '>',
  lt: '<',
  approx: '≈',
};

// Units written flush against the number ("3.5%", not "3.5 %").
const UNSPACED_UNITS = new Set(['%', '‰', '°', '°C', '°F']);

export function isClaimKind(value: unknown): value is ClaimKind {
  return (CLAIM_KINDS as readonly unknown[]).includes(value);
}

export function isComparator(value: unknown): value is Comparator {
  return (COMPARATORS as readonly unknown[]).includes(value);
}

export function claimKindLabel(kind: ClaimKind): string {
  return KIND_LABELS[kind];
}

/** Words for prose and screen readers ("at least"). */
export function comparatorLabel(comparator: Comparator): string {
  return COMPARATOR_LABELS[comparator];
}

/** Compact symbol for the grid ("≥"). */
export function comparatorSymbol(comparator: Comparator): string {
  return COMPARATOR_SYMBOLS[comparator];
}

export type ClaimValue = {
  value: number | null | undefined;
  comparator?: Comparator | null;
  unit?: string | null;
};

const groupedFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const plainFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });

// Four-digit numbers stay ungrouped so years read "2001", not "2,001".
function formatNumber(value: number): string {
  return Math.abs(value) >= 10_000 ? groupedFormat.format(value) : plainFormat.format(value);
}

/** The comparators in the reader's language ("at least", 至少), for the interface. */
export type ComparatorWords = Record<Comparator, string>;

/**
 * "≥ 40 meetings", "≈ 28,000 km²", "3.5%". A plain equality shows no symbol
 * because "9 visits" already reads as exact. With `words` (the interface) the
 * comparator is written out instead: "at least 40 meetings", "exactly 9 visits",
 * "至少 9 次"; the exports keep the symbols. Returns null when there is no value
 * to show, so callers render nothing rather than an empty chip.
 */
export function formatClaimValue({ value, comparator, unit }: ClaimValue, words?: ComparatorWords): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) throw new RangeError(`claim value must be a finite number, got ${value}`);
  const trimmedUnit = unit?.trim() ?? '';
  const number = formatNumber(value);
  const quantity =
    trimmedUnit === '' ? number : UNSPACED_UNITS.has(trimmedUnit) ? `${number}${trimmedUnit}` : `${number} ${trimmedUnit}`;
  if (!comparator) return quantity;
  if (words) return `${words[comparator]} ${quantity}`;
  if (comparator === 'eq') return quantity;
  return `${COMPARATOR_SYMBOLS[comparator]} ${quantity}`;
}
