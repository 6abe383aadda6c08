// The review queue (editors): every unsettled claim x outlet cell (no quote and no omission mark
// yet, in an outlet that has articles) with the finder's best passage or its `none` verdict.
// Paged by claim, newest first: the finder runs for the claims on the page (one call for all of
// them, sharing its reads), never for the whole table. The verdict
// filter is applied to the page's cells after the finder ran (a verdict exists only then), so
// a page may hold fewer cells than its claims have open.
import { Prisma } from '../../generated/prisma/client';
import { authorize, type Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import type { Suggestion } from '../../finder/suggestion-shapes';
import { REVIEW_CLAIMS_PER_PAGE, type ReviewQueueQuery, type ReviewVerdict } from '../../review/review-input';
import { findManyClaimSuggestions } from './find-claim-suggestions';
import { findSuggestionContexts, type SuggestionView } from './find-suggestion-contexts';
import { toLanguageCode } from '../map-rows';
import { textLang } from '../../text/detect-script';
import type { TextLang } from '../../text/text-lang';
import type { LanguageCode } from '../types';

export type ReviewCell = {
  claimId: number;
  claimText: string;
  claimLang: TextLang;
  claimStatus: 'draft' | 'published';
  asOf: string | null;
  outlet: string;
  outletName: string;
  outletLanguage: LanguageCode;
  verdict: ReviewVerdict;
  articlesSearched: number;
  articlesPredating: number;
  /** The best passage the finder found in the outlet (for a `none` verdict, below the threshold), if any. */
  suggestion: SuggestionView | null;
};

export type ReviewQueue = {
  cells: ReviewCell[];
  page: number;
  pageCount: number;
  /** Claims with an open cell in the view (outlet and topic filters; the verdict is not known for all). */
  claimCount: number;
};

export type FindReviewQueueInput = { actor: Actor | null; query: ReviewQueueQuery; perPage?: number };

/** Claims that have at least one open cell among the chosen outlets, as a SQL condition. */
function openClaimsWhere(query: ReviewQueueQuery): Prisma.Sql {
  const outlet = query.outlet ? Prisma.sql`AND o."slug" = ${query.outlet}` : Prisma.empty;
  const topic = query.topic ? Prisma.sql`AND ${query.topic} = ANY(c."topics")` : Prisma.empty;
  return Prisma.sql`
    WHERE EXISTS (
      SELECT 1 FROM "outlets" o
       WHERE o."article_count" > 0 ${outlet}
         AND NOT EXISTS (SELECT 1 FROM "claim_cells" cc WHERE cc."claim_id" = c."id" AND cc."outlet_id" = o."id")
    ) ${topic}`;
}

export async function findReviewQueue(db: Db, { actor, query, perPage = REVIEW_CLAIMS_PER_PAGE }: FindReviewQueueInput): Promise<ReviewQueue> {
  authorize(actor, 'content:write');
  const where = openClaimsWhere(query);
  const [{ count } = { count: 0 }] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "claims" c ${where}`;
  const pageCount = Math.max(1, Math.ceil(count / perPage));
  const page = Math.min(query.page, pageCount);
  const ids = (
    await db.$queryRaw<{ id: number }[]>`
      SELECT c."id" FROM "claims" c ${where} ORDER BY c."id" DESC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`
  ).map((r) => r.id);
  const [claims, outlets] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, status: true, asOf: true } }),
    db.outlet.findMany({ select: { slug: true, language: true } }),
  ]);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const languageOf = new Map(outlets.map((o) => [o.slug, toLanguageCode(o.language)]));

  const cells: Omit<ReviewCell, 'suggestion'>[] = [];
  const best: (Suggestion | null)[] = [];
  // The page's claims in one call: outlets, word statistics and passages' articles read once.
  const foundAll = await findManyClaimSuggestions(db, { actor, claimIds: ids, outlet: query.outlet, limit: 1 });
  for (const found of foundAll) {
    const claimId = found.claimId;
    const claim = claimById.get(claimId);
    if (!claim) continue;
    for (const outlet of found.outlets) {
      if (outlet.settled || outlet.articlesSearched === 0) continue;
      if (query.verdict && outlet.verdict !== query.verdict) continue;
      cells.push({
        claimId,
        claimText: claim.text,
        claimLang: textLang(claim.text),
        claimStatus: claim.status,
        asOf: claim.asOf ? claim.asOf.toISOString().slice(0, 10) : null,
        outlet: outlet.outlet,
        outletName: outlet.outletName,
        outletLanguage: languageOf.get(outlet.outlet) ?? 'zh-Hans',
        verdict: outlet.verdict,
        articlesSearched: outlet.articlesSearched,
        articlesPredating: outlet.articlesPredating,
      });
      best.push(outlet.suggestions[0] ?? null);
    }
  }
  const views = await findSuggestionContexts(db, best.filter((s) => s !== null));
  let next = 0;
  return {
    cells: cells.map((cell, i) => ({ ...cell, suggestion: best[i] ? views[next++]! : null })),
    page,
    pageCount,
    claimCount: count,
  };
}
