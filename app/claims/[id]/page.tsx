import { LocalTime } from '@/components/local-time-client';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { appOrigin } from '@/app/app-origin';
import { ClaimEditorClient, ConfirmCellClient, OmissionToggleClient, RestoreDeletedClaimClient } from '@/components/claim-editor-client';
import { ClaimHistory, quoteKey } from '@/components/claim-history';
import { ClaimSuggestionsSection } from '@/components/claim-suggestions-section';
import { ExportLinks } from '@/components/export-links';
import { QuoteInParagraph } from '@/components/highlighted-text';
import { StanceBadge } from '@/components/stance-badge';
import { textLang } from '@/components/text-lang';
import { ValueTable } from '@/components/value-table';
import { excerptAround, findParagraph } from '@/lib/anchoring';
import { outletsInFull, quotesPerOutlet } from '@/lib/claims/quote-budget';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { formatClaimValue } from '@/lib/claims';
import { comparatorWords } from '@/lib/i18n/comparator-words';
import { describeRevision } from '@/lib/claims/describe-revision';
import { getDeletedClaim } from '@/lib/data/reads/find-deleted-claims';
import { findFlaggedRows } from '@/lib/data/reads/find-flagged-rows';
import { getPrisma } from '@/lib/db/prisma';
import { findNewestArticlesPerOutlet } from '@/lib/data/reads/find-newest-articles';
import { findClaimHistory } from '@/lib/data/reads/find-claim-history';
import { findRelatedClaims } from '@/lib/data/reads/find-related-claims';
import { getClaim } from '@/lib/data/reads/get-claim';
import { getClaimReview } from '@/lib/data/reads/get-claim-review';
import { parseId } from '@/lib/data/parse-id';
import { findArticleTitles } from '@/lib/data/reads/find-article-titles';
import { jsonLdScriptText } from '@/lib/export/json-ld-script';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { topicLabel } from '@/lib/claims/topic-names';
import { getLocale, getT } from '@/lib/i18n/server';
import { readScopeOf } from '@/lib/data/reads/read-scope';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** Quotes shown per outlet before "show all" (a much-quoted claim has hundreds). */
/** Code points of a quote's paragraph shown on each side of it (the article link shows all of it). */
const QUOTE_CONTEXT = 80;
/** The page's embedded ClaimReview names the earliest this many articles stating the claim (the ClaimReview export names all). */
const EMBEDDED_APPEARANCES = 20;
/** Newest articles per outlet offered for an omission mark; older ones are marked from their own page. */
const OMISSION_CANDIDATES = 5;

/** The claim as this reader may see it; loaded once per request for the metadata and the page. */
const loadClaim = cache(async (id: number | null) => (id ? getClaim(getPrisma(), id, readScopeOf(await getActor())) : null));

export async function generateMetadata({ params }: Props) {
  const detail = await loadClaim(parseId((await params).id));
  return { title: detail?.claim.text ?? (await getT())('claim.notFound') };
}

/** Titles of the articles the history names, starting from those already loaded. */
async function articleTitles(db: ReturnType<typeof getPrisma>, history: { entityType: string; action: string; before: unknown; after: unknown }[], known: Map<number, string>) {
  const missing = history.map((r) => describeRevision(r).articleId).filter((aid): aid is number => aid !== null && !known.has(aid));
  for (const [aid, title] of await findArticleTitles(db, missing)) known.set(aid, title);
  return known;
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  // ?quotes=<outlet slug> (or all) shows every quote of that outlet
  const expandParam = (await searchParams)?.quotes;
  const expand = Array.isArray(expandParam) ? expandParam[0] : expandParam;
  const [actor, t] = await Promise.all([getActor(), getT()]);
  const editor = can(actor, 'content:write');
  const db = getPrisma();
  const detail = await loadClaim(id);
  if (!detail) {
    // Editors see a deleted claim with its history, and can restore it; readers get a 404.
    const deleted = editor && id ? await getDeletedClaim(db, { actor, id }) : null;
    if (!deleted) notFound();
    const history = await findClaimHistory(db, deleted.id);
    const titles = await articleTitles(db, history, new Map());
    return (
      <article className="space-y-6" data-deleted-claim={deleted.id}>
        <header className="space-y-2">
          <p className="text-sm text-slate-500">
            <Link href="/claims/deleted" className="hover:underline">{t('deleted.title')}</Link> › {t(`claimKind.${deleted.kind}`)}
            <span className="ml-2 rounded bg-red-100 px-1.5 text-red-800">{t('deleted.badge')}</span>
          </p>
          <h1 className="text-2xl font-semibold text-slate-500 line-through decoration-1" lang={textLang(deleted.text)}>{deleted.text}</h1>
        </header>
        <div className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-sm" role="status">
          <p>{t('deleted.banner')}</p>
          <p className="text-slate-600">
            {t('deleted.deletedBy', { name: deleted.deletedBy ?? t('history.seedImport') })}, <LocalTime iso={deleted.deletedAt} /> · {t('deleted.quotes', { count: deleted.quotes, marks: deleted.marks })}
          </p>
          <RestoreDeletedClaimClient id={deleted.id} />
        </div>
        <ClaimHistory history={history} titleById={titles} editor={editor} claimVersion={null} quotesBack={new Set()} />
      </article>
    );
  }
  const { claim, outlets, articles } = detail;
  // the first outlets in full, and any outlet asked for (?quotes=<slug> or all); the rest in brief
  const { full: inFull, brief: inBrief } = outletsInFull(outlets, expand);
  const quotedOutlets = inFull.filter((outlet) => (claim.cells[outlet.slug]?.evidence.length ?? 0) > 0).length;
  const perOutlet = quotesPerOutlet(quotedOutlets);
  const [history, allArticles, related, review, flagged, topicNames, locale] = await Promise.all([
    findClaimHistory(db, claim.id),
    editor ? findNewestArticlesPerOutlet(db, OMISSION_CANDIDATES) : Promise.resolve([]),
    findRelatedClaims(db, claim),
    // The ClaimReview names this page as its url, so the page carries it (published claims only).
    claim.status === 'published' ? appOrigin().then((baseUrl) => getClaimReview(db, claim.id, { baseUrl, maxAppearances: EMBEDDED_APPEARANCES })) : Promise.resolve(null),
    findFlaggedRows(db, claim.id),
    claim.topics.length > 0 ? findTopicNames(db) : Promise.resolve(undefined),
    getLocale(),
  ]);
  const quotesBack = new Set(Object.values(claim.cells).flatMap((cell) => cell.evidence.map((e) => quoteKey(e.articleId, e.exact))));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const titleById = await articleTitles(db, history, new Map([...allArticles, ...articles].map((a) => [a.id, a.title])));
  const value = formatClaimValue(claim, comparatorWords(t));

  return (
    <article className="space-y-6">
      {review && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(review) }} />}
      <header className="space-y-2">
        <p className="text-sm text-slate-500">
          <Link href="/" className="hover:underline">{t('nav.claims')}</Link> › {t(`claimKind.${claim.kind}`)}
          {claim.status === 'draft' && <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-800">{t('common.draft')}</span>}
        </p>
        <h1 className="text-2xl font-semibold" lang={textLang(claim.text)}>{claim.text}</h1>
        {claim.gloss && <p className="text-slate-600">{claim.gloss}</p>}
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          {value && (<><dt className="sr-only">{t('claim.valueTerm')}</dt><dd>{t('claim.value', { value })}</dd></>)}
          {claim.asOf && (<><dt className="sr-only">{t('claim.asOfTerm')}</dt><dd>{t('claim.asOf', { date: claim.asOf })}</dd></>)}
          {claim.topics.length > 0 && (
            <>
              <dt className="sr-only">{t('claim.topicsTerm')}</dt>
              <dd>
                {t('claim.topics')}{' '}
                {claim.topics.map((topic, i) => (
                  <span key={topic}>{i > 0 && ', '}<Link href={`/?topic=${topic}`} className="text-blue-700 hover:underline" data-topic={topic}>{topicLabel(topic, topicNames, locale)}</Link></span>
                ))}
              </dd>
            </>
          )}
          <dt className="sr-only">{t('claim.statusTerm')}</dt><dd>{claim.status === 'draft' ? t('common.draft') : t('common.published')}</dd>
        </dl>
      </header>

      {claim.status === 'published' && <ExportLinks params={`claim=${claim.id}`} />}

      {claim.asOf && (
        <p className="rounded border border-predates/30 bg-predates-bg px-3 py-2 text-sm text-slate-700" data-testid="time-scope">
          {t('claim.timeScope', { date: claim.asOf })}
        </p>
      )}

      {editor && <ClaimEditorClient claim={claim} />}

      <ValueTable claim={claim} outlets={outlets} />

      {editor && <ClaimSuggestionsSection claimId={claim.id} />}

      <section aria-labelledby="by-outlet" className="space-y-4" data-quotes-per-outlet={perOutlet}>
        <h2 id="by-outlet" className="text-lg font-semibold">{t('claim.byOutlet')}</h2>
        {inFull.map((outlet) => {
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
          const shownQuotes = expand === 'all' || expand === outlet.slug ? cell.evidence : cell.evidence.slice(0, perOutlet);
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
                    const paragraph = findParagraph(article.text, evidence.start, evidence.end);
                    const excerpt = excerptAround(paragraph, evidence.start, evidence.end, QUOTE_CONTEXT);
                    return (
                      <li key={evidence.id} className="border-l-4 border-slate-200 pl-3" data-evidence-id={evidence.id}>
                        <blockquote>
                          <QuoteInParagraph lang={article.language} text={article.text} paragraph={excerpt} span={{ id: evidence.id, start: evidence.start, end: evidence.end, stance: evidence.stance, label: t(`stanceWord.${evidence.stance}`) }} />
                        </blockquote>
                        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600">
                          {/* the section's badge already says it when every quote takes the cell's stance */}
                          {evidence.stance !== cell.stance && <StanceBadge stance={evidence.stance} size="sm" />}
                          {flagged.evidence.has(evidence.id) && <StanceBadge stance="rereview" size="sm" />}
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
        })}
        {inBrief.length > 0 && (
          <section aria-labelledby="more-outlets" className="rounded-lg border border-slate-200 bg-white p-4" data-outlets-in-brief={inBrief.length}>
            <h3 id="more-outlets" className="font-semibold">{t('claim.moreOutlets', { count: inBrief.length })}</h3>
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {inBrief.map((outlet) => {
                const cell = claim.cells[outlet.slug]!;
                return (
                  <li key={outlet.slug} id={`outlet-${outlet.slug}`} data-outlet={outlet.slug} data-stance={cell.stance} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                    <Link href={`/claims/${claim.id}?quotes=${encodeURIComponent(outlet.slug)}#outlet-${outlet.slug}`} lang={outlet.language} className="text-blue-700 hover:underline">{outlet.name}</Link>
                    <span className="flex items-center gap-2 text-slate-500">
                      {cell.evidence.length > 0 ? t('claim.outletQuotes', { count: cell.evidence.length }) : t('claim.outletNoQuotes')}
                      <StanceBadge stance={cell.stance} size="sm" />
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="mt-2 text-sm">
              <Link href={`/claims/${claim.id}?quotes=all#by-outlet`} className="text-blue-700 hover:underline" data-show-all-outlets>{t('claim.showAllOutlets', { count: outlets.length })}</Link>
            </p>
          </section>
        )}
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related" className="space-y-2">
          <h2 id="related" className="text-lg font-semibold">{t('claim.related')}</h2>
          <ul className="space-y-1 text-sm">
            {related.map((r) => (
              <li key={r.id}>
                <Link href={`/claims/${r.id}`} lang={textLang(r.text)} className="text-blue-700 hover:underline">{r.text}</Link>
                <span className="ml-2 text-xs text-slate-500">{r.shared.join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ClaimHistory history={history} titleById={titleById} editor={editor} claimVersion={claim.version} quotesBack={quotesBack} />
    </article>
  );
}
