// How many cells fall in each stance (per outlet, per claim, per view). One counter per entry of
// CELL_STANCES, so a new stance is counted everywhere without another edit here.
import { CELL_STANCES, type CellStance } from './stance';

export type StanceTotals = Record<CellStance, number>;

export function emptyTotals(): StanceTotals {
  return Object.fromEntries(CELL_STANCES.map((stance) => [stance, 0])) as StanceTotals;
}
