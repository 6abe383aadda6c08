// Public surface of the claim domain: stances, their totals, predating and claim kinds. The
// TypeScript oracle of the stance rule (cell_stance() in SQL is its one definition) lives in
// tests/oracle.

export {
  CLAIM_KINDS,
  COMPARATORS,
  claimKindLabel,
  comparatorLabel,
  comparatorSymbol,
  formatClaimValue,
  type ComparatorWords,
  isClaimKind,
  isComparator,
  type ClaimKind,
  type ClaimValue,
  type Comparator,
} from './claim-kind';
export { emptyTotals, type StanceTotals } from './stance-totals';
export { predatesClaim } from './predates';
export {
  CELL_STANCES,
  STANCES,
  isCellStance,
  isRecordedStance,
  isStance,
  stanceIcon,
  type CellStance,
  type Stance,
} from './stance';
export { claimSearchText } from './claim-search-text';
export { compareStatedValue, parseChineseNumeral, parseStatedValue, type Agreement, type StatedQuantity } from './stated-value';
