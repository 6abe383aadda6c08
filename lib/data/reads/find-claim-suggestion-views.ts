// The evidence finder's answer for one claim as the claim page (and the panel shown right
// after a claim is made) presents it: only the outlets not yet settled, each passage with its
// paragraph, and the outlet's language. Editors and admins only (findClaimSuggestions checks).
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import type { OutletSuggestions } from '../../finder/suggestion-shapes';
import { findClaimSuggestions } from './find-claim-suggestions';
import { findSuggestionContexts, type SuggestionView } from './find-suggestion-contexts';
import { toLanguageCode } from '../map-rows';
import type { LanguageCode } from '../types';

export type OutletSuggestionsView = Omit<OutletSuggestions, 'suggestions'> & { language: LanguageCode; suggestions: SuggestionView[] };
export type ClaimSuggestionsView = { claimId: number; threshold: number; outlets: OutletSuggestionsView[] };

/** Suggestions per outlet on the claim page. */
export const CLAIM_PAGE_SUGGESTIONS = 3;

export async function findClaimSuggestionViews(
  db: Db,
  { actor, claimId, limit = CLAIM_PAGE_SUGGESTIONS }: { actor: Actor | null; claimId: number; limit?: number },
): Promise<ClaimSuggestionsView> {
  const found = await findClaimSuggestions(db, { actor, claimId, limit });
  const open = found.outlets.filter((o) => !o.settled && o.articlesSearched > 0);
  const [views, outlets] = await Promise.all([
    findSuggestionContexts(db, open.flatMap((o) => o.suggestions)),
    db.outlet.findMany({ where: { slug: { in: open.map((o) => o.outlet) } }, select: { slug: true, language: true } }),
  ]);
  const languageOf = new Map(outlets.map((o) => [o.slug, toLanguageCode(o.language)]));
  let next = 0;
  return {
    claimId: found.claimId,
    threshold: found.threshold,
    outlets: open.map((o) => ({ ...o, language: languageOf.get(o.outlet) ?? 'zh-Hans', suggestions: views.slice(next, (next += o.suggestions.length)) })),
  };
}
