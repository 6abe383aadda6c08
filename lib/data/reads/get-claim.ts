// Public read: one claim with its cells, and the articles its evidence and reviews point
// into (their metadata: a page shows each quote in its paragraph through findQuoteExcerpts).
// Everything is read at once: the claim's rows, every outlet and those articles (a claim's
// page waits on this before its other reads).
import type { Db } from '../../db/prisma';
import { loadClaimRows } from '../claim-table';
import { toArticleSummary } from '../map-rows';
import type { ArticleSummaryDto, ClaimDto, OutletDto, ReadScope } from '../types';
import { findOutlets } from './find-outlets';
import { inReadScope } from './read-scope';

export type ClaimDetailDto = {
  claim: ClaimDto;
  outlets: OutletDto[];
  articles: ArticleSummaryDto[];
};

type ArticleSummaryRow = Parameters<typeof toArticleSummary>[0] & { slug: string; outletName: string };

export async function getClaim(db: Db, id: number, scope: ReadScope = {}): Promise<ClaimDetailDto | null> {
  const outlets = findOutlets(db);
  const [claims, articleRows, outletList] = await Promise.all([
    loadClaimRows(db, [id], { allOutlets: outlets }),
    db.$queryRaw<ArticleSummaryRow[]>`
      SELECT a.id, a.title, a.url, a.author, a.published_at AS "publishedAt", a.language::text AS language,
             a.text_length AS "textLength", o.slug, o.name AS "outletName"
        FROM articles a JOIN outlets o ON o.id = a.outlet_id
       WHERE a.id IN (SELECT article_id FROM evidence WHERE claim_id = ${id} UNION SELECT article_id FROM reviews WHERE claim_id = ${id})
       ORDER BY a.id`,
    outlets,
  ]);
  const claim = claims[0];
  if (!claim || !inReadScope(claim.status, scope)) return null;
  const articles = articleRows.map(({ slug, outletName, ...row }) => toArticleSummary({ ...row, outlet: { slug, name: outletName } }));
  return { claim, outlets: outletList, articles };
}
