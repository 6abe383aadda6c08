// The article page's "claims this article may state or contradict": findArticleSuggestions
// with each passage's paragraph. Editors and admins only (findArticleSuggestions checks).
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import { textLang } from '../../text/detect-script';
import type { TextLang } from '../../text/text-lang';
import { findArticleSuggestions } from './find-article-suggestions';
import { findSuggestionContexts, type SuggestionView } from './find-suggestion-contexts';

export type ArticleClaimSuggestionsView = { claimId: number; text: string; lang: TextLang; suggestions: SuggestionView[] };

/** Claims listed on the article page; the API gives them all. */
const ARTICLE_PAGE_CLAIMS = 10;

export async function findArticleSuggestionViews(db: Db, { actor, articleId }: { actor: Actor | null; articleId: number }): Promise<ArticleClaimSuggestionsView[]> {
  const found = (await findArticleSuggestions(db, { actor, articleId })).claims.slice(0, ARTICLE_PAGE_CLAIMS);
  const views = await findSuggestionContexts(db, found.flatMap((c) => c.suggestions));
  let next = 0;
  return found.map((c) => ({ claimId: c.claimId, text: c.text, lang: textLang(c.text), suggestions: views.slice(next, (next += c.suggestions.length)) }));
}
