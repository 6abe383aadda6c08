// A quantity claim's value table: what the outlets say the number is, one row per distinct
// stated quantity and stance (with the outlets that say it) rather than one per quote. A claim
// quoted 400 times by 200 outlets states a handful of numbers; its page lists those.
import type { Comparator } from './claim-kind';
import type { Stance } from './stance';
import { compareStatedValue, parseStatedValue, type Agreement, type StatedQuantity } from './stated-value';

export type ValueGroup<O> = {
  /** the stated value as the first quote of the group words it; null: the quotes state no value */
  statedValue: string | null;
  stated: StatedQuantity | null;
  stance: Stance;
  agreement: Agreement | null;
  /** in the order first met, each with how many of the group's quotes it has */
  outlets: { outlet: O; quotes: number }[];
};

/**
 * Quotes grouped by the quantity they state (as parsed: "10个" and "十个" are one group; a value
 * that does not parse groups by its text) and their stance. Groups with more outlets come first,
 * then in the order first met.
 */
export function groupStatedValues<O extends { slug: string }>(
  claim: { value: number | null; comparator: Comparator | null },
  quotes: readonly { outlet: O; statedValue: string | null; stance: Stance }[],
): ValueGroup<O>[] {
  const groups = new Map<string, ValueGroup<O> & { order: number }>();
  for (const quote of quotes) {
    const stated = parseStatedValue(quote.statedValue);
    const text = quote.statedValue?.trim() || null;
    const key = `${quote.stance}\u0000${stated ? `${stated.comparator}:${stated.value}` : `text:${text ?? ''}`}`;
    let group = groups.get(key);
    if (!group) {
      group = { statedValue: text, stated, stance: quote.stance, agreement: stated ? compareStatedValue(claim, stated) : null, outlets: [], order: groups.size };
      groups.set(key, group);
    }
    const seen = group.outlets.find((entry) => entry.outlet.slug === quote.outlet.slug);
    if (seen) seen.quotes++;
    else group.outlets.push({ outlet: quote.outlet, quotes: 1 });
  }
  return [...groups.values()]
    .sort((a, b) => b.outlets.length - a.outlets.length || a.order - b.order)
    .map(({ order: _order, ...group }) => group);
}
