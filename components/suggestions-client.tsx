'use client';
// The evidence finder's suggestions as editors work them: each passage in its paragraph with
// its score, suggested stance and reason, accepted as `states` or `contradicts` (the ordinary
// createEvidence operation, exactly anchored) or dismissed (dismissSuggestion); per outlet the
// verdict, and "mark omits" (markOmission for each of the outlet's articles). Used on the claim
// page, right after a claim is made in the article reader, and on the article page.
import Link from '@/components/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'use-intl/react';
import {
  createEvidenceAction,
  dismissSuggestionAction,
  findArticleSuggestionsAction,
  findClaimSuggestionsAction,
  markCellsOmittedAction,
} from '@/app/actions';
import type { ArticleClaimSuggestionsView } from '@/lib/data/reads/find-article-suggestion-views';
import type { ClaimSuggestionsView, OutletSuggestionsView } from '@/lib/data/reads/find-claim-suggestion-views';
import type { SuggestionView } from '@/lib/data/reads/find-suggestion-contexts';
import { FormAlert, runAction, useActionRunner, type ActionError } from './action-result-client';
import type { OperationResult } from '@/lib/operations';
import type { TextLang } from '@/lib/text/text-lang';

const button = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50';

export type AcceptStance = 'states' | 'contradicts';

/** A suggestion's identity: the claim and the passage's span. */
export function suggestionKey(claimId: number, s: { articleId: number; start: number; end: number }): string {
  return `${claimId}:${s.articleId}:${s.start}-${s.end}`;
}

/** Accept (as evidence with the given stance) or dismiss one suggested passage. */
export function acceptSuggestion(claimId: number, s: SuggestionView, stance: AcceptStance) {
  return createEvidenceAction({
    claimId,
    articleId: s.articleId,
    stance,
    exact: s.exact,
    prefix: s.prefix,
    suffix: s.suffix,
    start: s.start,
    end: s.end,
    ...(s.statedValue ? { statedValue: s.statedValue } : {}),
  });
}

export function dismissSuggestion(claimId: number, s: SuggestionView) {
  return dismissSuggestionAction({ claimId, articleId: s.articleId, start: s.start, end: s.end });
}

export function markOmits(cells: { claimId: number; outlet: string }[]) {
  return markCellsOmittedAction({ cells });
}

/** The claim's words a passage matched (the finder folds them to Simplified characters). */
function wordList(words: readonly string[]): string {
  return words.join('、');
}

/** The passage highlighted inside its paragraph, with the facts an editor judges it by. */
export function SuggestionPassage({ suggestion, showArticle = true }: { suggestion: SuggestionView; showArticle?: boolean }) {
  const t = useTranslations();
  const s = suggestion;
  return (
    <>
      <blockquote className="border-l-4 border-slate-200 pl-3">
        <p lang={s.language} className="leading-relaxed text-slate-700">
          {s.before}
          <mark className="rounded bg-yellow-100 px-0.5 text-slate-900" data-suggested-passage="">{s.exact}</mark>
          {s.after}
        </p>
      </blockquote>
      <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
        <span className="font-medium text-slate-800" data-suggested-stance={s.stance}>{t(`finder.stance.${s.stance}`)}</span>
        <span>{t('finder.score', { score: Math.round(s.score * 100) })}</span>
        {s.statedValue && <span>{t('finder.statedValue')} <span lang={s.language}>{s.statedValue}</span></span>}
        {showArticle && (
          <Link href={`/articles/${s.articleId}`} className="text-blue-700 hover:underline">
            <span lang={s.language}>{s.articleTitle}</span> ({s.publishedAt.slice(0, 10)})
          </Link>
        )}
        {s.predatesClaim && <span className="text-amber-800" data-predates="">{t('finder.predatesClaim')}</span>}
        {s.duplicates ? <span data-duplicates="">{t('finder.duplicates', { count: s.duplicates })}</span> : null}
      </p>
      <p className="mt-0.5 text-xs text-slate-600" data-suggestion-reason="">
        {s.matchedWords.length
          ? t('finder.whyWords', { words: wordList(s.matchedWords) })
          : s.inheritedWords?.length
            ? null
            : t('finder.whyFewWords')}
        {s.inheritedWords?.length ? (
          <span data-inherited-words="">
            {t(s.matchedWords.length ? 'finder.whyInherited' : 'finder.whyOnlyInherited', { words: wordList(s.inheritedWords) })}
          </span>
        ) : null}
      </p>
    </>
  );
}

/** One suggestion with its accept / dismiss buttons. */
function SuggestionItem({
  claimId,
  suggestion,
  context,
  onDone,
}: {
  claimId: number;
  suggestion: SuggestionView;
  /** What the buttons are about, for screen readers (the outlet or the claim). */
  context: string;
  onDone: (outcome: 'accepted' | 'dismissed', message: string) => void;
}) {
  const t = useTranslations();
  const { error, pending, run } = useActionRunner();
  const accept = (stance: AcceptStance) => {
    const message = t('finder.accepted', { stance: t(`finder.stance.${stance}`), where: context });
    run(() => acceptSuggestion(claimId, suggestion, stance), message, () => onDone('accepted', message));
  };
  return (
    <li
      className="space-y-2 rounded border border-slate-200 bg-white p-3"
      data-suggestion=""
      data-article-id={suggestion.articleId}
      data-start={suggestion.start}
      data-end={suggestion.end}
      aria-busy={pending}
    >
      <SuggestionPassage suggestion={suggestion} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} disabled={pending} onClick={() => accept('states')}>
          {t('finder.acceptStates')}<span className="sr-only"> ({context})</span>
        </button>
        <button type="button" className={button} disabled={pending} onClick={() => accept('contradicts')}>
          {t('finder.acceptContradicts')}<span className="sr-only"> ({context})</span>
        </button>
        <button
          type="button"
          className={button}
          disabled={pending}
          onClick={() => {
            const message = t('finder.dismissed', { where: context });
            run(() => dismissSuggestion(claimId, suggestion), message, () => onDone('dismissed', message));
          }}
        >
          {t('finder.dismiss')}<span className="sr-only"> ({context})</span>
        </button>
      </div>
      <FormAlert error={error} />
    </li>
  );
}

/** The verdict line: likely found, or no passage in N articles; and the articles predating the claim. */
export function VerdictLine({ verdict, articlesSearched, articlesPredating }: Pick<OutletSuggestionsView, 'verdict' | 'articlesSearched' | 'articlesPredating'>) {
  const t = useTranslations();
  return (
    <p className="text-sm text-slate-600">
      <span data-verdict={verdict} className={verdict === 'none' ? 'font-medium text-slate-800' : ''}>
        {verdict === 'none' ? t('finder.verdictNone', { count: articlesSearched }) : t('finder.verdictLikely', { count: articlesSearched })}
      </span>
      {articlesPredating > 0 && <span className="ml-2 text-amber-800" data-articles-predating={articlesPredating}>{t('finder.articlesPredating', { count: articlesPredating })}</span>}
    </p>
  );
}

/** Every outlet not yet settled for one claim: its verdict, its suggestions, "mark omits". */
export function ClaimSuggestionsClient({ claimId, outlets, refresh = true }: { claimId: number; outlets: OutletSuggestionsView[]; refresh?: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [gone, setGone] = useState<Set<string>>(new Set());
  const [settled, setSettled] = useState<Map<string, string>>(new Map());
  const [status, setStatus] = useState('');
  const omit = useActionRunner();
  const open = outlets.filter((o) => !settled.has(o.outlet));
  const after = () => {
    if (refresh) router.refresh();
  };
  return (
    <div className="space-y-4" data-claim-suggestions={claimId}>
      <p role="status" className="text-sm text-slate-700">{status}</p>
      {[...settled].map(([slug, message]) => (
        <p key={slug} className="text-sm text-slate-600" data-settled-outlet={slug}>{message}</p>
      ))}
      {open.length === 0 && settled.size === 0 && <p className="text-sm text-slate-600">{t('finder.allSettled')}</p>}
      {open.map((outlet) => {
        const shown = outlet.suggestions.filter((s) => !gone.has(suggestionKey(claimId, s)));
        return (
          <section key={outlet.outlet} aria-label={outlet.outletName} className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3" data-suggestions-outlet={outlet.outlet}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold" lang={outlet.language}>{outlet.outletName}</h3>
              <button
                type="button"
                className={outlet.verdict === 'none' ? 'rounded bg-slate-900 px-2 py-1 text-sm text-white disabled:opacity-50' : button}
                disabled={omit.pending}
                onClick={() => {
                  const message = t('finder.markedOmits', { where: outlet.outletName });
                  omit.run(() => markOmits([{ claimId, outlet: outlet.outlet }]), message, () => {
                    setSettled((m) => new Map(m).set(outlet.outlet, message));
                    setStatus(message);
                    after();
                  });
                }}
              >
                {t('finder.markOmits', { count: outlet.articlesSearched })}<span className="sr-only"> ({outlet.outletName})</span>
              </button>
            </div>
            <VerdictLine {...outlet} />
            {shown.length > 0 && (
              <ul className="space-y-2">
                {shown.map((s) => (
                  <SuggestionItem
                    key={suggestionKey(claimId, s)}
                    claimId={claimId}
                    suggestion={s}
                    context={outlet.outletName}
                    onDone={(outcome, message) => {
                      setStatus(message);
                      setGone((g) => new Set(g).add(suggestionKey(claimId, s)));
                      if (outcome === 'accepted') setSettled((m) => new Map(m).set(outlet.outlet, message));
                      after();
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <FormAlert error={omit.error} />
    </div>
  );
}

/** Loads once per id (not on every refresh of the page): the finder's answer, or its error. */
function useFinderRead<T>(read: (id: number) => Promise<OperationResult<T>>, id: number) {
  const [found, setFound] = useState<T | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  useEffect(() => {
    let live = true;
    runAction(() => read(id)).then((result) => {
      if (!live) return;
      if (result.ok) setFound(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [read, id]);
  return { found, error };
}

/** The claim page's suggested evidence, loaded after the page. */
export function ClaimSuggestionsLoaderClient({ claimId }: { claimId: number }) {
  const t = useTranslations();
  const { found, error } = useFinderRead<ClaimSuggestionsView>(findClaimSuggestionsAction, claimId);
  return (
    <div aria-busy={!found && !error} data-suggestions-loaded={found ? 'true' : 'false'}>
      {!found && !error && <p className="text-sm text-slate-600">{t('finder.searching')}</p>}
      <FormAlert error={error} />
      {found && <ClaimSuggestionsClient claimId={claimId} outlets={found.outlets} />}
    </div>
  );
}

/** The article page's suggested claims, loaded after the page. */
export function ArticleSuggestionsLoaderClient({ articleId }: { articleId: number }) {
  const t = useTranslations();
  const { found, error } = useFinderRead<ArticleClaimSuggestionsView[]>(findArticleSuggestionsAction, articleId);
  return (
    <div aria-busy={!found && !error} data-suggestions-loaded={found ? 'true' : 'false'}>
      {!found && !error && <p className="text-sm text-slate-600">{t('finder.searching')}</p>}
      <FormAlert error={error} />
      {found && <ArticleSuggestionsClient claims={found} />}
    </div>
  );
}

/** Right after a claim is made: what the finder found in the other outlets, on the same page. */
export function NewClaimSuggestionsClient({ claimId, claimText, claimLang, onClose }: { claimId: number; claimText: string; claimLang: TextLang; onClose: () => void }) {
  const t = useTranslations();
  const id = useId();
  const { found, error } = useFinderRead<ClaimSuggestionsView>(findClaimSuggestionsAction, claimId);
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-4 space-y-3 rounded-lg border border-blue-200 bg-blue-50/40 p-4" data-new-claim-suggestions={claimId} aria-busy={!found && !error}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-heading`} className="font-semibold">
          {t('finder.newClaimHeading')}{' '}
          <Link href={`/claims/${claimId}`} className="font-normal text-blue-700 hover:underline" lang={claimLang}>{claimText}</Link>
        </h2>
        <button type="button" className={button} onClick={onClose}>{t('common.close')}</button>
      </div>
      {!found && !error && <p className="text-sm text-slate-600">{t('finder.searching')}</p>}
      <FormAlert error={error} />
      {found && <ClaimSuggestionsClient claimId={claimId} outlets={found.outlets} refresh />}
    </section>
  );
}

/** The article page: claims this article may state or contradict, with the same actions. */
export function ArticleSuggestionsClient({ claims }: { claims: ArticleClaimSuggestionsView[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [done, setDone] = useState<Map<number, string>>(new Map());
  const [gone, setGone] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  if (claims.length === 0) return <p className="text-slate-500">{t('finder.noClaimsHere')}</p>;
  return (
    <div className="space-y-3">
      <p role="status" className="text-sm text-slate-700">{status}</p>
      <ul className="space-y-4">
        {claims.map((claim) => (
          <li key={claim.claimId} data-suggested-claim={claim.claimId} className="space-y-2">
            <h3 className="font-medium">
              <Link href={`/claims/${claim.claimId}`} className="text-blue-700 hover:underline" lang={claim.lang}>{claim.text}</Link>
            </h3>
            {done.has(claim.claimId) ? (
              <p className="text-sm text-slate-600">{done.get(claim.claimId)}</p>
            ) : (
              <ul className="space-y-2">
                {claim.suggestions
                  .filter((s) => !gone.has(suggestionKey(claim.claimId, s)))
                  .map((s) => (
                    <SuggestionItem
                      key={suggestionKey(claim.claimId, s)}
                      claimId={claim.claimId}
                      suggestion={s}
                      context={claim.text}
                      onDone={(outcome, message) => {
                        setStatus(message);
                        setGone((g) => new Set(g).add(suggestionKey(claim.claimId, s)));
                        if (outcome === 'accepted') setDone((m) => new Map(m).set(claim.claimId, message));
                        router.refresh();
                      }}
                    />
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
