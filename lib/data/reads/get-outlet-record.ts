// Public read: an outlet's page: its articles, its record across all published claims
// (states / contradicts / omits / … counts, the claim table's totals for its column) and the
// claims where it stands alone: the only outlet stating, or the only one contradicting, a claim
// others have also been checked for.
import { DEFAULT_TABLE_QUERY } from '../../claims/table-query';
import type { StanceTotals } from '../../claims';
import type { Db } from '../../db/prisma';
import { findArticles } from './find-articles';
import { findClaimTableTotals, loadClaimGridRows } from '../claim-table';
import { findOutletsWithLatest } from './find-outlets';
import type { ArticleSummaryDto, ClaimDto, OutletDto } from '../types';

export type OutletRecordDto = {
  outlet: OutletDto;
  outlets: OutletDto[];
  /** the newest articles (up to 50) and how many there are */
  articles: ArticleSummaryDto[];
  articleCount: number;
  totals: StanceTotals;
  claimCount: number;
  alone: ClaimDto[];
};

export async function getOutletRecord(db: Db, slug: string): Promise<OutletRecordDto | null> {
  const withLatest = await findOutletsWithLatest(db);
  const outlets: OutletDto[] = withLatest.map(({ latestPublishedAt: _latest, ...o }) => o);
  const index = withLatest.findIndex((o) => o.slug === slug);
  if (index < 0) return null;
  const outlet = outlets[index]!;
  const [articles, record, aloneRows] = await Promise.all([
    findArticles(db, { outlet: slug, limit: 50 }),
    findClaimTableTotals(db, DEFAULT_TABLE_QUERY, {}, [withLatest[index]!]),
    // Stands alone: no other outlet's cell reads the same stance or 'mixed', which the claim's
    // per-stance outlet counts (kept by the claim_cells triggers) say without reading its
    // cells; and at least one other outlet was checked. Starts from this outlet's stored cells
    // (index claim_cells (outlet_id, stance, claim_id)); stating and contradicting do not
    // depend on a date, so the stored stance is the stance.
    db.$queryRaw<{ id: number }[]>`
      SELECT c.id
        FROM claim_cells mine
        JOIN claims c ON c.id = mine.claim_id
       WHERE mine.outlet_id = ${outlet.id} AND mine.stance IN ('states', 'contradicts')
         AND c.status = 'published' AND c.mixed_outlets = 0
         AND (CASE mine.stance WHEN 'states' THEN c.states_outlets ELSE c.contradicts_outlets END) = 1
         AND EXISTS (SELECT 1 FROM claim_cells o WHERE o.claim_id = c.id AND o.outlet_id <> ${outlet.id})
       ORDER BY c.created_at DESC, c.id DESC
       LIMIT 50`,
  ]);
  return {
    outlet,
    outlets,
    articles,
    articleCount: outlet.articleCount,
    totals: record.totals[slug]!,
    claimCount: record.total,
    alone: (await loadClaimGridRows(db, aloneRows.map((r) => r.id), { outlets: [outlet] })).claims,
  };
}
