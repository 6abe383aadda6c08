// The pages' reads: a claim (random and the most cited: the claim and its quotes' excerpts), the biggest and the smallest outlet, an
// article and a claim's history, each through the data function its page calls.
import { findClaimHistory } from '../data/reads/find-claim-history';
import { getArticle } from '../data/reads/get-article';
import { getClaim } from '../data/reads/get-claim';
import { findQuoteExcerpts } from '../data/reads/find-quote-excerpts';
import { planClaimPage, QUOTE_CONTEXT } from '../claims/quote-budget';
import { getOutletRecord } from '../data/reads/get-outlet-record';
import type { BenchContext } from './context';
import { cycle, type Operation } from './operation';
import { p95Below } from './stats';

export function pageOperations(ctx: BenchContext): Operation[] {
  // what a claim's page reads for its quotes: the claim, then an excerpt of each quote it shows
  const claimPage = async (id: number) => {
    const detail = await getClaim(ctx.db, id);
    if (!detail) throw new Error(`claim ${id} not found`);
    const { shown } = planClaimPage(detail.outlets, (slug) => detail.claim.cells[slug]?.evidence ?? [], undefined);
    return findQuoteExcerpts(ctx.db, shown, QUOTE_CONTEXT);
  };
  const anyPublished = cycle(ctx.publishedIds);
  const anyArticle = cycle(ctx.articleIds);
  return [
    { name: 'claim page (getClaim, random)', run: () => claimPage(anyPublished()), target: p95Below(100) },
    { name: 'claim page (getClaim, most cited)', run: () => claimPage(ctx.mostCitedClaimId), target: p95Below(100) },
    {
      name: `outlet page (${ctx.bigOutlet}, biggest)`,
      run: () => getOutletRecord(ctx.db, ctx.bigOutlet),
      target: p95Below(100),
    },
    {
      name: `outlet page (${ctx.smallOutlet}, smallest)`,
      run: () => getOutletRecord(ctx.db, ctx.smallOutlet),
      target: p95Below(100),
    },
    { name: 'article page (getArticle, random)', run: () => getArticle(ctx.db, anyArticle()), target: p95Below(100) },
    { name: 'claim history (findClaimHistory)', run: () => findClaimHistory(ctx.db, anyPublished()) },
  ];
}
