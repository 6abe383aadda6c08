// Public read: the schema.org ClaimReview of one published claim (null for a draft or an
// unknown id), the same object the claimreview export writes for it.
import type { Db } from '../../db/prisma';
import { claimReview } from '../../export/claim-review';
import { openClaimExport } from './export-claims';

export async function getClaimReview(db: Db, claimId: number, options: { baseUrl: string; maxAppearances?: number }): Promise<Record<string, unknown> | null> {
  const data = await openClaimExport(db, { scope: 'claim', claimId }, { baseUrl: options.baseUrl });
  if (!data) return null;
  for await (const page of data.pages()) {
    const claim = page.claims[0];
    if (claim) return claimReview(claim, data.outlets, page.articles, data.baseUrl, { maxAppearances: options.maxAppearances });
  }
  return null;
}
