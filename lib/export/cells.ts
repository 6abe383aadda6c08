// Small readings of a claim × outlet cell shared by the formats: the articles behind it, its
// stance as glyph and word, and a claim's tally of stances across the export's outlets.
import { CELL_STANCES, stanceIcon, type CellStance } from '../claims/stance';
import type { ExportCell, ExportClaim, ExportOutlet } from './types';

/** The articles a cell rests on, each once: those quoted first (in quote order), then those checked and found silent. */
export function cellArticleIds(cell: ExportCell): number[] {
  return [...new Set([...cell.evidence.map((e) => e.articleId), ...cell.reviews.map((r) => r.articleId)])];
}

/** "✓ states", "∅ omits", … */
export function stanceText(stance: CellStance): string {
  return `${stanceIcon(stance)} ${stance}`;
}

export type StanceTally = Record<CellStance, number> & { outlets: number };

export function tallyStances(claim: ExportClaim, outlets: readonly ExportOutlet[]): StanceTally {
  const tally = Object.fromEntries(CELL_STANCES.map((s) => [s, 0])) as Record<CellStance, number>;
  for (const outlet of outlets) tally[claim.cells[outlet.slug]?.stance ?? 'unchecked'] += 1;
  return { ...tally, outlets: outlets.length };
}

/** A claim's cell for an outlet (unchecked and empty when the claim has none for it). */
export function cellOf(claim: ExportClaim, slug: string): ExportCell {
  return claim.cells[slug] ?? { stance: 'unchecked', evidence: [], reviews: [] };
}
