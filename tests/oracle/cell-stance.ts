// The test oracle of the stance rule: the same decision as SQL's cell_stance() (the one
// definition every reader uses), written independently in TypeScript from the raw evidence and
// reviews, so the differential tests (tests/integration/claim-cells.test.ts) can check the
// database against it.

import { predatesClaim } from '../../lib/claims/predates';
import type { CellStance, Stance } from '../../lib/claims/stance';

export type Id = string | number;

/** needsReview: recorded against wording the claim no longer has, not yet confirmed. */
export type CellEvidence = { articleId: Id; stance: Stance; needsReview?: boolean };
export type CellReview = { articleId: Id; needsReview?: boolean };
export type CellArticle = { id: Id; publishedAt: Date | null };

export type ComputeCellInput = {
  evidence: readonly CellEvidence[];
  reviews: readonly CellReview[];
  /** All of the outlet's articles; only needed for 'predates'. */
  articles?: readonly CellArticle[];
  /** The claim's date; only needed for 'predates'. */
  asOf?: Date | null;
};

export type CellResult = {
  stance: CellStance;
  /** Evidence items stating / contradicting the claim. */
  statesCount: number;
  contradictsCount: number;
  /** Distinct articles somebody looked at for this claim (with evidence or a review). */
  checkedArticleCount: number;
};

export type StanceFacts = {
  statesCount: number;
  contradictsCount: number;
  reviewCount: number;
  /** quotes and omission marks flagged for re-review */
  staleCount: number;
  predates: boolean;
};

/**
 * The decision table on its own so the matrix builder, which precomputes
 * the facts in bulk, cannot drift from computeCell. A flagged quote or mark outranks everything
 * (what the cell says is unknown until an editor looks again); then evidence wins;
 * 'predates' replaces only the absence of evidence.
 */
export function decideCellStance({ statesCount, contradictsCount, reviewCount, staleCount, predates }: StanceFacts): CellStance {
  if (staleCount > 0) return 'rereview';
  if (statesCount > 0 && contradictsCount > 0) return 'mixed';
  if (statesCount > 0) return 'states';
  if (contradictsCount > 0) return 'contradicts';
  if (predates) return 'predates';
  if (reviewCount > 0) return 'omits';
  return 'unchecked';
}

/**
 * Latest publication among an outlet's articles, or null when predating
 * cannot be shown: no articles, or one with an unknown date.
 */
export function latestPublication(articles: readonly CellArticle[]): Date | null {
  let latest: Date | null = null;
  for (const article of articles) {
    if (article.publishedAt === null) return null;
    if (latest === null || article.publishedAt.getTime() > latest.getTime()) latest = article.publishedAt;
  }
  return latest;
}

export type CellTally = Omit<CellResult, 'stance'> & { reviewCount: number; staleCount: number };

export function tallyCell(evidence: readonly CellEvidence[], reviews: readonly CellReview[]): CellTally {
  let statesCount = 0;
  let contradictsCount = 0;
  let staleCount = 0;
  const checked = new Set<Id>();
  for (const item of evidence) {
    if (item.needsReview) staleCount++;
    if (item.stance === 'states') statesCount++;
    else if (item.stance === 'contradicts') contradictsCount++;
    // Stances come from the database as strings; counting an unknown one either way would mislabel the cell.
    else throw new TypeError(`unknown evidence stance ${JSON.stringify(item.stance)}`);
    checked.add(item.articleId);
  }
  for (const review of reviews) {
    if (review.needsReview) staleCount++;
    checked.add(review.articleId);
  }
  return { statesCount, contradictsCount, checkedArticleCount: checked.size, reviewCount: reviews.length, staleCount };
}

export function computeCell({ evidence, reviews, articles = [], asOf = null }: ComputeCellInput): CellResult {
  const { reviewCount, staleCount, ...tally } = tallyCell(evidence, reviews);
  const predates = predatesClaim(latestPublication(articles), asOf);
  return { stance: decideCellStance({ ...tally, reviewCount, staleCount, predates }), ...tally };
}
