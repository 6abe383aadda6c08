// The comparators in words for the interface ("at least", 至少), from the messages under
// `comparator`; formatClaimValue (lib/claims/claim-kind.ts) writes them before the value.
import { COMPARATORS, type ComparatorWords } from '../claims';

/** A translator over the full messages (getT() on the server, createTranslator in tests). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- keys are built from the typed union
type Translate = (key: any) => string;

export function comparatorWords(t: Translate): ComparatorWords {
  return Object.fromEntries(COMPARATORS.map((c) => [c, t(`comparator.${c}`)])) as ComparatorWords;
}
