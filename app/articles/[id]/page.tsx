import { LocalTime } from '@/components/local-time-client';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import {
  clearOmissionAction,
  createClaimWithEvidenceAction,
  createEvidenceAction,
  deleteArticleAction,
  deleteEvidenceAction,
  markOmissionAction,
  searchClaimsAction,
  updateArticleAction,
  updateEvidenceAction,
} from '@/app/actions';
import { ArticleMetadataEditor, OmissionsPanel } from '@/components/editor-islands-client';
import { findArticleEditorData } from '@/lib/data/reads/find-article-editor-data';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import type { AnnotationActions } from '@/components/action-result-client';
import { ArticleAnnotator } from '@/components/article-annotator-client';
import type { AnnotatedEvidence } from '@/components/evidence-details-client';
import { HighlightedArticle } from '@/components/highlighted-text';
import type { OmissionEntry } from '@/components/omissions-panel-client';
import { ArticleSuggestionsSection } from '@/components/claim-suggestions-section';
import { StanceLegend } from '@/components/stance-legend';
import { textLang } from '@/lib/text/detect-script';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { getPrisma } from '@/lib/db/prisma';
import { getArticle } from '@/lib/data/reads/get-article';
import { parseId } from '@/lib/data/parse-id';
import { languageName, languageOptions } from '@/lib/i18n/language-names';
import { getLocale, getT } from '@/lib/i18n/server';
import { findHits } from '@/lib/text/find-hits';
import { foldForSearch } from '@/lib/text/fold-for-search';
import { safeHttpUrl } from '@/lib/export/urls';
import { readScopeOf } from '@/lib/data/reads/read-scope';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const EDIT_ACTIONS: AnnotationActions = {
  searchClaims: searchClaimsAction,
  createEvidence: createEvidenceAction,
  createClaimWithEvidence: createClaimWithEvidenceAction,
  updateEvidence: updateEvidenceAction,
  deleteEvidence: deleteEvidenceAction,
  markOmission: markOmissionAction,
  clearOmission: clearOmissionAction,
};

/** The article as this reader may see it; loaded once per request for the metadata and the page. */
const loadArticle = cache(async (id: number | null) => (id ? getArticle(getPrisma(), id, readScopeOf(await getActor())) : null));

export async function generateMetadata({ params }: Props) {
  const article = await loadArticle(parseId((await params).id));
  return { title: article?.title ?? (await getT())('article.notFound') };
}

/** What only editors need: evidence versions (for stale-write checks), omission reviews, the outlets to move the article to. */
async function findEditorData(articleId: number) {
  const db = getPrisma();
  const [data, outlets] = await Promise.all([findArticleEditorData(db, articleId), findOutlets(db)]);
  const omissions: OmissionEntry[] = data.omissions;
  return { ...data, omissions, outlets };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  const rawQuery = (await searchParams).q;
  const query = (Array.isArray(rawQuery) ? rawQuery[0] : rawQuery)?.slice(0, 200) ?? '';
  if (!id) notFound();
  const [actor, t] = await Promise.all([getActor(), getT()]);
  const canEdit = can(actor, 'content:write');
  const article = await loadArticle(id);
  if (!article) notFound();
  const editorData = canEdit ? await findEditorData(article.id) : null;
  // Arriving from search (?q=): mark every hit, Traditional and Simplified alike.
  const hits = query ? findHits(article.text, foldForSearch(query)) : [];

  const claims = new Map(article.evidence.map((e) => [e.claimId, { text: e.claimText, draft: e.claimStatus === 'draft' }]));
  const evidence: AnnotatedEvidence[] = article.evidence.map((e) => ({
    id: e.id,
    claimId: e.claimId,
    claimText: e.claimText,
    claimLang: e.claimLang,
    claimStatus: e.claimStatus,
    stance: e.stance,
    exact: e.exact,
    statedValue: e.statedValue,
    note: e.note,
    version: editorData?.versions.get(e.id) ?? null,
  }));

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article className="rounded-lg border border-slate-200 bg-white p-6">
        <header className="mb-6 space-y-2 border-b border-slate-100 pb-4">
          <p className="text-sm text-slate-500" lang={article.language}>{article.outletName}</p>
          <h1 className="text-2xl font-semibold" lang={article.language}>{article.title}</h1>
          <p className="text-sm text-slate-600">
            {article.author && <span lang={article.language}>{article.author} · </span>}
            <LocalTime iso={article.publishedAt} />
            {' · '}
            <span data-article-language={article.language}>{languageName(article.language, await getLocale())}</span>
            {safeHttpUrl(article.url) && (
              <>
                {' · '}
                <a href={safeHttpUrl(article.url)!} className="text-blue-700 underline" rel="noopener noreferrer nofollow">
                  {t('article.original')}
                </a>
              </>
            )}
          </p>
        </header>
        {query && (
          <p className="mb-4 rounded bg-yellow-50 px-3 py-2 text-sm text-slate-700" role="status" data-testid="search-hits">
            {t('article.matches', { count: hits.length, query })}{' '}
            <Link href={`/articles/${article.id}`} className="text-blue-700 underline">{t('article.clearHighlights')}</Link>
          </p>
        )}
        <ArticleAnnotator
          articleId={article.id}
          text={article.text}
          lang={article.language}
          evidence={evidence}
          actions={canEdit ? EDIT_ACTIONS : undefined}
        >
          <HighlightedArticle
            lang={article.language}
            text={article.text}
            interactive
            hits={hits}
            spans={article.evidence.map((e) => ({
              id: e.id,
              start: e.start,
              end: e.end,
              stance: e.stance,
              draft: e.claimStatus === 'draft',
              label: t(e.claimStatus === 'draft' ? 'article.spanLabelDraft' : 'article.spanLabel', { stance: t(`stanceWord.${e.stance}`), claim: e.claimText }),
            }))}
          />
        </ArticleAnnotator>
        {editorData && (
          <ArticleMetadataEditor
            article={{ id: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, author: article.author, url: article.url, language: article.language }}
            outlets={editorData.outlets}
            languages={languageOptions(await getLocale())}
            quotes={editorData.quotes}
            marks={editorData.marks}
            update={updateArticleAction}
            remove={deleteArticleAction}
          />
        )}
      </article>
      <aside className="space-y-6 text-sm">
        <section>
          <h2 className="mb-2 font-semibold">{t('article.claimsHere')}</h2>
          {claims.size === 0 ? (
            <p className="text-slate-500">{t('article.noneYet')}</p>
          ) : (
            <ul className="space-y-2">
              {[...claims].map(([claimId, claim]) => (
                <li key={claimId} data-claim-id={claimId}>
                  <Link href={`/claims/${claimId}`} className="text-blue-700 hover:underline" lang={textLang(claim.text)}>{claim.text}</Link>
                  {claim.draft && <span className="ml-1 rounded bg-slate-200 px-1 text-xs font-medium text-slate-700">{t('common.draftTag')}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {canEdit && <ArticleSuggestionsSection articleId={article.id} />}
        {canEdit && editorData && (
          <OmissionsPanel articleId={article.id} omissions={editorData.omissions} actions={EDIT_ACTIONS} />
        )}
        <section>
          <h2 className="mb-2 font-semibold">{t('legend')}</h2>
          <StanceLegend />
        </section>
      </aside>
    </div>
  );
}
