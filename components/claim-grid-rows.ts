// The claim grid's rows as compact, already-translated data for the client grid: one tuple
// per cell aligned with the columns, so a page of 50 claims x 12 outlets travels to the
// browser as a few tens of kilobytes of JSON instead of a serialized element tree.
import { formatClaimValue, type CellStance, type ComparatorWords, type StanceTotals } from '@/lib/claims';
import type { ClaimDto, OutletDto } from '@/lib/data/types';

/**
 * [stance, first quote, its stated value, how many more quotes]; unchecked cells are just
 * [stance], and trailing empty parts are left off.
 */
export type GridCell = [stance: CellStance, quote?: string, statedValue?: string, more?: number];

export type GridRow = {
  id: number;
  text: string;
  /** BCP 47 tag of the claim text */
  lang: string;
  gloss: string | null;
  /** the claim's value with comparator and unit, e.g. "at least 9 visits" */
  value: string | null;
  /** "as of …", translated */
  asOf: string | null;
  draft: boolean;
  /** how many outlets, of all of them, state / contradict / omit the claim (null: not known) */
  counts: GridTotals | null;
  cells: GridCell[];
};

export type GridColumn = { slug: string; name: string; language: string };

/** Summary counts per column: states (incl. mixed), contradicts (incl. mixed), omits. */
export type GridTotals = [states: number, contradicts: number, omits: number];

export function toGridCell(cell: ClaimDto['cells'][string]): GridCell {
  if (cell.stance === 'unchecked') return [cell.stance];
  // the grid's cheap rows carry the first quote's words alone; full rows carry every quote
  const first = cell.firstQuote ?? cell.evidence[0];
  if (!first) return [cell.stance];
  const more = (cell.evidenceCount ?? cell.evidence.length) - 1;
  const tuple: GridCell = [cell.stance, first.exact];
  if (first.statedValue || more > 0) tuple.push(first.statedValue ?? '');
  if (more > 0) tuple.push(more);
  return tuple;
}

export function toGridRows(
  claims: ClaimDto[],
  outlets: OutletDto[],
  format: { asOf: (date: string) => string; lang: (text: string) => string; comparators?: ComparatorWords; quotes?: boolean },
): GridRow[] {
  return claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    lang: format.lang(claim.text),
    gloss: claim.gloss,
    value: formatClaimValue(claim, format.comparators),
    asOf: claim.asOf ? format.asOf(claim.asOf) : null,
    draft: claim.status === 'draft',
    counts: claim.outletCounts ? [claim.outletCounts.states, claim.outletCounts.contradicts, claim.outletCounts.omits] : null,
    cells: outlets.map((outlet) => {
      const cell = claim.cells[outlet.slug];
      if (!cell) return ['unchecked'];
      // the phone's cards show stances only: their quotes would travel for nothing
      return format.quotes === false ? [cell.stance] : toGridCell(cell);
    }),
  }));
}

export function toGridTotals(totals: StanceTotals | undefined): GridTotals {
  if (!totals) return [0, 0, 0];
  return [totals.states + totals.mixed, totals.contradicts + totals.mixed, totals.omits];
}
