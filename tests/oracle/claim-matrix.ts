// The test oracle of the claim × outlet grid: groups raw evidence and reviews by claim and
// outlet in one pass, decides each cell with the oracle's stance rule and counts stances per
// outlet and per claim. The app reads the same grid from PostgreSQL (lib/data/claim-table).

import {
  decideCellStance,
  latestPublication,
  tallyCell,
  type CellArticle,
  type CellResult,
  type Id,
} from './cell-stance';
import { predatesClaim } from '../../lib/claims/predates';
import { emptyTotals, type StanceTotals } from '../../lib/claims/stance-totals';
import type { Stance } from '../../lib/claims/stance';

export type MatrixClaim = { id: Id; asOf?: Date | null };
export type MatrixOutlet = { id: Id; slug: string };
export type MatrixArticle = { id: Id; outletId: Id; publishedAt: Date | null };
export type MatrixEvidence = { claimId: Id; articleId: Id; stance: Stance };
export type MatrixReview = { claimId: Id; articleId: Id };

/** The caller's own evidence and review objects, untouched, plus the decided stance and counts. */
export type MatrixCell<E, R> = CellResult & { evidence: E[]; reviews: R[] };

export type ClaimRow<C, E, R> = {
  claimId: Id;
  claim: C;
  /** Keyed by outlet slug, in the order outlets were given. */
  cells: Record<string, MatrixCell<E, R>>;
  totals: StanceTotals;
};

export type ClaimMatrix<C, E, R> = {
  outletSlugs: string[];
  rows: ClaimRow<C, E, R>[];
  /** Per outlet slug: how many claims fall in each stance. */
  totals: Record<string, StanceTotals>;
  /** Items naming a claim, article or outlet not in the input; surfaced rather than dropped so data bugs stay visible. */
  unplaced: { evidence: E[]; reviews: R[] };
};

export type BuildClaimMatrixInput<C, E, R> = {
  claims: readonly C[];
  outlets: readonly MatrixOutlet[];
  articles: readonly MatrixArticle[];
  evidence: readonly E[];
  reviews: readonly R[];
  /** Each outlet's latest publication, when the caller knows it without listing every article
   * (missing outlets: computed from `articles`). */
  latestPublished?: ReadonlyMap<Id, Date | null>;
};

type Bucket<E, R> = { evidence: E[]; reviews: R[] };

function indexUnique<T>(items: readonly T[], key: (item: T) => Id | string, what: string): Map<Id | string, T> {
  const map = new Map<Id | string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) throw new Error(`duplicate ${what} ${JSON.stringify(k)}`);
    map.set(k, item);
  }
  return map;
}

/**
 * Runs in O(claims × outlets + articles + evidence + reviews): everything is
 * grouped through Maps, and each outlet's latest publication date is
 * computed once so 'predates' costs O(1) per cell.
 */
export function buildClaimMatrix<C extends MatrixClaim, E extends MatrixEvidence, R extends MatrixReview>(
  input: BuildClaimMatrixInput<C, E, R>,
): ClaimMatrix<C, E, R> {
  const { claims, outlets, articles, evidence, reviews } = input;
  const claimById = indexUnique(claims, (c) => c.id, 'claim id');
  indexUnique(outlets, (o) => o.id, 'outlet id');
  // Slugs key the cells, so two outlets sharing one would silently merge.
  indexUnique(outlets, (o) => o.slug, 'outlet slug');
  const articleById = indexUnique(articles, (a) => a.id, 'article id');

  const outletIds = new Set(outlets.map((o) => o.id));
  const articlesByOutlet = new Map<Id, CellArticle[]>();
  for (const article of articles) {
    const list = articlesByOutlet.get(article.outletId);
    if (list) list.push(article);
    else articlesByOutlet.set(article.outletId, [article]);
  }

  const buckets = new Map<Id, Map<Id, Bucket<E, R>>>();
  const unplaced: Bucket<E, R> = { evidence: [], reviews: [] };
  const bucketFor = (claimId: Id, articleId: Id): Bucket<E, R> | null => {
    const outletId = articleById.get(articleId)?.outletId;
    if (!claimById.has(claimId) || outletId === undefined || !outletIds.has(outletId)) return null;
    let byOutlet = buckets.get(claimId);
    if (!byOutlet) buckets.set(claimId, (byOutlet = new Map()));
    let bucket = byOutlet.get(outletId);
    if (!bucket) byOutlet.set(outletId, (bucket = { evidence: [], reviews: [] }));
    return bucket;
  };
  for (const item of evidence) {
    const bucket = bucketFor(item.claimId, item.articleId);
    if (bucket) bucket.evidence.push(item);
    else unplaced.evidence.push(item);
  }
  for (const review of reviews) {
    const bucket = bucketFor(review.claimId, review.articleId);
    if (bucket) bucket.reviews.push(review);
    else unplaced.reviews.push(review);
  }

  const latestByOutlet = new Map(
    outlets.map((o) => [o.id, input.latestPublished?.has(o.id) ? input.latestPublished.get(o.id)! : latestPublication(articlesByOutlet.get(o.id) ?? [])]),
  );
  const outletTotals = new Map(outlets.map((o) => [o.slug, emptyTotals()]));

  const rows = claims.map((claim): ClaimRow<C, E, R> => {
    const totals = emptyTotals();
    const byOutlet = buckets.get(claim.id);
    const entries = outlets.map((outlet): [string, MatrixCell<E, R>] => {
      const bucket = byOutlet?.get(outlet.id) ?? { evidence: [], reviews: [] };
      const { reviewCount, staleCount, ...tally } = tallyCell(bucket.evidence, bucket.reviews);
      const predates = predatesClaim(latestByOutlet.get(outlet.id) ?? null, claim.asOf);
      const stance = decideCellStance({ ...tally, reviewCount, staleCount, predates });
      totals[stance]++;
      outletTotals.get(outlet.slug)![stance]++;
      return [outlet.slug, { stance, ...tally, evidence: bucket.evidence, reviews: bucket.reviews }];
    });
    // fromEntries defines own properties, so a slug like "__proto__" cannot touch the prototype.
    return { claimId: claim.id, claim, cells: Object.fromEntries(entries), totals };
  });

  return {
    outletSlugs: outlets.map((o) => o.slug),
    rows,
    totals: Object.fromEntries(outletTotals),
    unplaced,
  };
}
