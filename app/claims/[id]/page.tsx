import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { appOrigin } from '@/app/app-origin';
import { ClaimEditorClient } from '@/components/editor-islands-client';
import { ClaimHistory, quoteKey } from '@/components/claim-history';
import { ClaimOutletSection } from '@/components/claim-outlet-section';
import { DeletedClaimView } from '@/components/deleted-claim-view';
import { ClaimOutletsInBrief } from '@/components/claim-outlets-in-brief';
import { ClaimSuggestionsSection } from '@/components/claim-suggestions-section';
import { ExportLinks } from '@/components/export-links';
import { textLang } from '@/lib/text/detect-script';
import { ValueTable } from '@/components/value-table';
import { DEFAULT_BUDGET, PHONE_BUDGET, planClaimPage, QUOTE_CONTEXT } from '@/lib/claims/quote-budget';
import { isPhoneRequest } from '@/lib/http/phone-request';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { formatClaimValue, isRecordedStance } from '@/lib/claims';
import { comparatorWords } from '@/lib/i18n/comparator-words';
import { describeRevision } from '@/lib/claims/describe-revision';
import { getDeletedClaim } from '@/lib/data/reads/find-deleted-claims';
import { findFlaggedRows } from '@/lib/data/reads/find-flagged-rows';
import { getPrisma } from '@/lib/db/prisma';
import { findNewestArticlesPerOutlet } from '@/lib/data/reads/find-newest-articles';
import { findClaimHistory } from '@/lib/data/reads/find-claim-history';
import { findRelatedClaims } from '@/lib/data/reads/find-related-claims';
import { getClaim } from '@/lib/data/reads/get-claim';
import { getLoadedClaimReview } from '@/lib/data/reads/get-claim-review';
import { parseId } from '@/lib/data/parse-id';
import { findArticleTitles } from '@/lib/data/reads/find-article-titles';
import { findQuoteExcerpts } from '@/lib/data/reads/find-quote-excerpts';
import { jsonLdScriptText } from '@/lib/export/json-ld-script';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { topicLabel } from '@/lib/claims/topic-names';
import { getLocale, getT } from '@/lib/i18n/server';
import { readScopeOf } from '@/lib/data/reads/read-scope';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

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
    return <DeletedClaimView deleted={deleted} history={history} titleById={await articleTitles(db, history, new Map())} />;
  }
  const { claim, outlets, articles } = detail;
  // the first outlets with a quote or an omission mark in full, and any outlet asked for
  // (?quotes=<slug> or all); the rest in brief. A phone's request gets a smaller budget (the
  // page is sent no-store, so no cache mixes them).
  const budget = isPhoneRequest(await headers()) ? PHONE_BUDGET : DEFAULT_BUDGET;
  const recorded = (slug: string) => isRecordedStance(claim.cells[slug]?.stance ?? 'unchecked');
  const { full: inFull, brief: inBrief, perOutlet, quotesShown, shown } = planClaimPage(outlets, (slug) => claim.cells[slug]?.evidence ?? [], expand, budget, recorded);
  const [history, allArticles, related, review, flagged, topicNames, locale, excerpts] = await Promise.all([
    findClaimHistory(db, claim.id),
    editor ? findNewestArticlesPerOutlet(db, OMISSION_CANDIDATES) : Promise.resolve([]),
    findRelatedClaims(db, claim),
    // The ClaimReview names this page as its url, so the page carries it (published claims only).
    claim.status === 'published' ? appOrigin().then((baseUrl) => getLoadedClaimReview(db, detail, { baseUrl, maxAppearances: EMBEDDED_APPEARANCES })) : Promise.resolve(null),
    findFlaggedRows(db, claim.id),
    claim.topics.length > 0 ? findTopicNames(db) : Promise.resolve(undefined),
    getLocale(),
    findQuoteExcerpts(db, shown, QUOTE_CONTEXT),
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
        {inFull.map((outlet) => (
          <ClaimOutletSection
            key={outlet.slug}
            claim={claim}
            outlet={outlet}
            articleById={articleById}
            excerpts={excerpts}
            candidates={allArticles}
            quotesShown={quotesShown(outlet.slug)}
            flaggedEvidence={flagged.evidence}
            editor={editor}
          />
        ))}
        <ClaimOutletsInBrief claim={claim} inBrief={inBrief} outletCount={outlets.length} />
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
