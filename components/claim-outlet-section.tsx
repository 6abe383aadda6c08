// One outlet's part of a claim page: its stance, its quotes (each in an excerpt of its
// paragraph), its omission marks, and for editors the articles that could be marked omitting.
import Link from '@/components/link';
import { ConfirmCellClient, OmissionToggleClient } from './editor-islands-client';
import { QuoteInParagraph } from './highlighted-text';
import { StanceBadge } from './stance-badge';
import type { ClaimDetailDto } from '@/lib/data/reads/get-claim';
import type { QuoteExcerpt } from '@/lib/data/reads/find-quote-excerpts';
import type { ArticleSummaryDto, ClaimDto, OutletDto } from '@/lib/data/types';
import { getT } from '@/lib/i18n/server';

type Props = {
  claim: ClaimDto;
  outlet: OutletDto;
  /** The articles the claim's quotes and marks are in. */
  articleById: ReadonlyMap<number, ClaimDetailDto['articles'][number]>;
  /** Where each quote shown is shown (findQuoteExcerpts with QUOTE_CONTEXT), by quote id. */
  excerpts: ReadonlyMap<number, QuoteExcerpt>;
  /** Each outlet's newest articles, offered to editors for an omission mark. */
  candidates: readonly ArticleSummaryDto[];
  /** Quotes shown before "show all" (every quote when the reader asked for them). */
  quotesShown: number;
  flaggedEvidence: ReadonlySet<number>;
  editor: boolean;
};

export async function ClaimOutletSection({ claim, outlet, articleById, excerpts, candidates: allArticles, quotesShown, flaggedEvidence, editor }: Props) {
  const t = await getT();
    const cell = claim.cells[outlet.slug]!;
    const withEvidence = new Set(cell.evidence.map((e) => e.articleId));
    const reviewed = new Set(cell.reviews.map((r) => r.articleId));
    // Omission marks: the articles already marked, then the outlet's newest without evidence.
    const marked = cell.reviews.map((r) => articleById.get(r.articleId)).filter((a): a is NonNullable<typeof a> => Boolean(a));
    const outletArticles = [
      ...marked,
      ...allArticles.filter((a) => a.outlet === outlet.slug && !withEvidence.has(a.id) && !reviewed.has(a.id)),
    ];
    const olderArticles = Math.max(0, outlet.articleCount - withEvidence.size - outletArticles.length);
    const shownQuotes = cell.evidence.slice(0, quotesShown);
    return (
      <section key={outlet.slug} id={`outlet-${outlet.slug}`} data-outlet={outlet.slug} data-stance={cell.stance} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold"><Link href={`/outlets/${outlet.slug}`} lang={outlet.language} className="hover:underline">{outlet.name}</Link></h3>
          <StanceBadge stance={cell.stance} />
        </div>
        {cell.stance === 'rereview' && (
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2 rounded border border-rereview/40 bg-rereview-bg px-3 py-2 text-sm" data-needs-rereview={outlet.slug}>
            <p>{t('rereview.cellNote')}</p>
            {editor && <ConfirmCellClient claimId={claim.id} outlet={outlet.slug} outletName={outlet.name} version={claim.version} />}
          </div>
        )}
        {cell.evidence.length > 0 && (
          <ul className="mt-3 space-y-3">
            {shownQuotes.map((evidence) => {
              const article = articleById.get(evidence.articleId)!;
              const shown = excerpts.get(evidence.id)!;
              return (
                <li key={evidence.id} className="border-l-4 border-slate-200 pl-3" data-evidence-id={evidence.id}>
                  <blockquote>
                    <QuoteInParagraph lang={article.language} text={shown.text} textStart={shown.textStart} paragraph={shown.excerpt} span={{ id: evidence.id, start: evidence.start, end: evidence.end, stance: evidence.stance, label: t(`stanceWord.${evidence.stance}`) }} />
                  </blockquote>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600">
                    {/* the section's badge already says it when every quote takes the cell's stance */}
                    {evidence.stance !== cell.stance && <StanceBadge stance={evidence.stance} size="sm" />}
                    {flaggedEvidence.has(evidence.id) && <StanceBadge stance="rereview" size="sm" />}
                    {evidence.statedValue && <span>{t('common.statedValueLabel')} <span lang={article.language}>{evidence.statedValue}</span></span>}
                    <Link href={`/articles/${article.id}#e-${evidence.id}`} className="text-blue-700 hover:underline">
                      <span lang={article.language}>{article.title}</span> ({article.publishedAt.slice(0, 10)})
                    </Link>
                  </p>
                  {evidence.note && <p className="mt-1 text-sm text-slate-500">{evidence.note}</p>}
                </li>
              );
            })}
          </ul>
        )}
        {shownQuotes.length < cell.evidence.length && (
          <p className="mt-2 text-sm">
            <Link href={`/claims/${claim.id}?quotes=${encodeURIComponent(outlet.slug)}#outlet-${outlet.slug}`} className="text-blue-700 hover:underline" data-show-all-quotes>
              {t('claim.showAllQuotes', { count: cell.evidence.length })}
            </Link>
          </p>
        )}
        {cell.evidence.length === 0 && cell.reviews.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm text-slate-600">
            {cell.reviews.map((review) => {
              const article = articleById.get(review.articleId)!;
              return (
                <li key={review.id}>
                  {t('claim.checked')}{' '}
                  <Link href={`/articles/${article.id}`} className="text-blue-700 underline underline-offset-2" lang={article.language}>{article.title}</Link>
                  {t('claim.noMention')}{review.note && <span className="text-slate-500"> {review.note}</span>}
                </li>
              );
            })}
          </ul>
        )}
        {cell.stance === 'predates' && <p className="mt-2 text-sm text-slate-600">{t('claim.predatesNote', { date: claim.asOf ?? '' })}</p>}
        {cell.stance === 'unchecked' && <p className="mt-2 text-sm text-slate-500">{t('claim.notChecked')}</p>}
        {editor && outletArticles.length > 0 && (
          <ul className="mt-3 space-y-2 border-t border-slate-100 pt-3 text-sm" aria-label={t('claim.omissionMarksFor', { outlet: outlet.name })}>
            {outletArticles.map((article) => (
              <li key={article.id} className="flex flex-wrap items-center justify-between gap-2" data-omission-article={article.id}>
                <span lang={article.language}>{article.title}</span>
                <OmissionToggleClient claimId={claim.id} articleId={article.id} marked={reviewed.has(article.id)} title={article.title} />
              </li>
            ))}
          </ul>
        )}
        {editor && olderArticles > 0 && (
          <p className="mt-2 text-xs text-slate-500" data-older-articles={olderArticles}>
            {t('claim.olderArticles', { count: olderArticles })}{' '}
            <Link href={`/outlets/${outlet.slug}`} className="text-blue-700 hover:underline" lang={outlet.language}>{outlet.name}</Link>
          </p>
        )}
      </section>
    );
}
