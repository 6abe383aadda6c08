// Public surface of the claim domain: stances, cell decisions, the claim ×
// outlet matrix and claim kinds.

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
export {
  buildClaimMatrix,
  emptyTotals,
  type BuildClaimMatrixInput,
  type ClaimMatrix,
  type ClaimRow,
  type MatrixArticle,
  type MatrixCell,
  type MatrixClaim,
  type MatrixEvidence,
  type MatrixOutlet,
  type MatrixReview,
  type StanceTotals,
} from './build-matrix';
export {
  computeCell,
  decideCellStance,
  latestPublication,
  predatesClaim,
  tallyCell,
  type CellArticle,
  type CellEvidence,
  type CellResult,
  type CellReview,
  type CellTally,
  type ComputeCellInput,
  type Id,
  type StanceFacts,
} from './compute-cell';
export {
  CELL_STANCES,
  STANCES,
  isCellStance,
  isStance,
  stanceIcon,
  type CellStance,
  type Stance,
} from './stance';
export { claimSearchText } from './claim-search-text';
export { compareStatedValue, parseChineseNumeral, parseStatedValue, type Agreement, type StatedQuantity } from './stated-value';
