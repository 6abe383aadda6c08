// Public read: one claim with its cells, and the articles its evidence and reviews point
// into (their metadata: a page shows each quote in its paragraph through findQuoteExcerpts).
import type { Db } from '../../db/prisma';
import { findClaims } from '../claim-table';
import { articleSummarySelect, toArticleSummary } from '../map-rows';
import type { ArticleSummaryDto, ClaimDto, OutletDto, ReadScope } from '../types';

export type ClaimDetailDto = {
  claim: ClaimDto;
  outlets: OutletDto[];
  articles: ArticleSummaryDto[];
};

export async function getClaim(db: Db, id: number, scope: ReadScope = {}): Promise<ClaimDetailDto | null> {
  const { outlets, claims } = await findClaims(db, { ...scope, ids: [id] });
  const claim = claims[0];
  if (!claim) return null;
  const articleIds = new Set<number>();
  for (const cell of Object.values(claim.cells)) {
    for (const e of cell.evidence) articleIds.add(e.articleId);
    for (const r of cell.reviews) articleIds.add(r.articleId);
  }
  const rows = await db.article.findMany({
    where: { id: { in: [...articleIds] } },
    select: articleSummarySelect,
  });
  return { claim, outlets, articles: rows.map(toArticleSummary) };
}
