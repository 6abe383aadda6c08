// The claim page's "suggested evidence" and the article page's suggested claims (editors only).
// The finder's answer loads from the browser after the page (components/suggestions-client.tsx),
// so neither the page nor a refresh after each write waits for it.
import { getT } from '@/lib/i18n/server';
import { ArticleSuggestionsLoaderClient, ClaimSuggestionsLoaderClient } from './editor-islands-client';

export async function ClaimSuggestionsSection({ claimId }: { claimId: number }) {
  const t = await getT();
  return (
    <section aria-labelledby="suggested-evidence" className="space-y-3 rounded-lg border border-blue-200 bg-blue-50/40 p-4" data-testid="suggested-evidence">
      <h2 id="suggested-evidence" className="text-lg font-semibold">{t('finder.claimHeading')}</h2>
      <p className="text-sm text-slate-600">{t('finder.claimIntro')}</p>
      <ClaimSuggestionsLoaderClient claimId={claimId} />
    </section>
  );
}

export async function ArticleSuggestionsSection({ articleId }: { articleId: number }) {
  const t = await getT();
  return (
    <section aria-labelledby="article-suggestions" className="space-y-2" data-testid="article-suggestions">
      <h2 id="article-suggestions" className="font-semibold">{t('finder.articleHeading')}</h2>
      <ArticleSuggestionsLoaderClient articleId={articleId} />
    </section>
  );
}
