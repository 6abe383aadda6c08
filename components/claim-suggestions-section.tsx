// The claim page's "suggested evidence" (editors only): the finder runs for this claim across
// every outlet; streamed in a Suspense boundary so the rest of the page does not wait for it.
import { Suspense } from 'react';
import type { Actor } from '@/lib/auth/actor';
import { getPrisma } from '@/lib/db/prisma';
import { findClaimSuggestionViews } from '@/lib/data/find-claim-suggestion-views';
import { getT } from '@/lib/i18n/server';
import { ClaimSuggestionsClient } from './suggestions-client';

async function Suggestions({ actor, claimId }: { actor: Actor; claimId: number }) {
  const found = await findClaimSuggestionViews(getPrisma(), { actor, claimId });
  return <ClaimSuggestionsClient claimId={claimId} outlets={found.outlets} />;
}

export async function ClaimSuggestionsSection({ actor, claimId }: { actor: Actor; claimId: number }) {
  const t = await getT();
  return (
    <section aria-labelledby="suggested-evidence" className="space-y-3 rounded-lg border border-blue-200 bg-blue-50/40 p-4" data-testid="suggested-evidence">
      <h2 id="suggested-evidence" className="text-lg font-semibold">{t('finder.claimHeading')}</h2>
      <p className="text-sm text-slate-600">{t('finder.claimIntro')}</p>
      <Suspense fallback={<p className="text-sm text-slate-600">{t('finder.searching')}</p>}>
        <Suggestions actor={actor} claimId={claimId} />
      </Suspense>
    </section>
  );
}

export async function ArticleSuggestionsSection({ children }: { children: React.ReactNode }) {
  const t = await getT();
  return (
    <section aria-labelledby="article-suggestions" className="space-y-2" data-testid="article-suggestions">
      <h2 id="article-suggestions" className="font-semibold">{t('finder.articleHeading')}</h2>
      {children}
    </section>
  );
}
