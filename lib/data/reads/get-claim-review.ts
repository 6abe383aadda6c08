// Public read: the schema.org ClaimReview of one published claim (null for a draft or an
// unknown id), the same object the claimreview export writes for it.
import type { Db } from '../../db/prisma';
import { claimReview } from '../../export/claim-review';
import { normaliseBaseUrl } from '../../export/urls';
import { openClaimExport, toLoadedClaimExportPage } from './export-claims';
import type { ClaimDetailDto } from './get-claim';

type ClaimReviewOptions = { baseUrl: string; maxAppearances?: number };

export async function getClaimReview(db: Db, claimId: number, options: ClaimReviewOptions): Promise<Record<string, unknown> | null> {
  const data = await openClaimExport(db, { scope: 'claim', claimId }, { baseUrl: options.baseUrl });
  if (!data) return null;
  for await (const page of data.pages()) {
    const claim = page.claims[0];
    if (claim) return claimReview(claim, data.outlets, page.articles, data.baseUrl, { maxAppearances: options.maxAppearances });
  }
  return null;
}

/** The same ClaimReview from a claim already loaded with getClaim (a claim's page): one query
 * (when it was first published) instead of loading the claim again. */
export async function getLoadedClaimReview(db: Db, detail: ClaimDetailDto, options: ClaimReviewOptions): Promise<Record<string, unknown> | null> {
  if (detail.claim.status !== 'published') return null;
  const page = await toLoadedClaimExportPage(db, detail.claim, detail.articles);
  const claim = page.claims[0];
  return claim ? claimReview(claim, detail.outlets, page.articles, normaliseBaseUrl(options.baseUrl), { maxAppearances: options.maxAppearances }) : null;
}
