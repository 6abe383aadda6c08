// What an editor needs to judge a suggested passage: the paragraph around it (the text before
// and after the passage inside that paragraph) and the article's language. The finder's
// answer carries only the passage and 32 code points of context; pages show the paragraph.
import { codePointSlice, findParagraph } from '../../anchoring';
import type { Db } from '../../db/prisma';
import type { Suggestion } from '../../finder/suggestion-shapes';
import { toLanguageCode } from '../map-rows';

export type SuggestionView = Suggestion & {
  /** The paragraph's text before the passage, and after it. */
  before: string;
  after: string;
  language: string;
};

/** At most this much paragraph on each side (a very long paragraph is cut, with an ellipsis). */
const CONTEXT_MAX = 240;

function clip(text: string, keepEnd: boolean): string {
  const points = [...text];
  if (points.length <= CONTEXT_MAX) return text;
  return keepEnd ? `…${points.slice(-CONTEXT_MAX).join('')}` : `${points.slice(0, CONTEXT_MAX).join('')}…`;
}

export async function findSuggestionContexts(db: Db, suggestions: readonly Suggestion[]): Promise<SuggestionView[]> {
  const ids = [...new Set(suggestions.map((s) => s.articleId))];
  if (ids.length === 0) return [];
  const articles = new Map(
    (await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, language: true } })).map((a) => [a.id, a]),
  );
  return suggestions.map((suggestion) => {
    const article = articles.get(suggestion.articleId);
    if (!article) return { ...suggestion, before: '', after: '', language: 'zh' };
    const paragraph = findParagraph(article.text, suggestion.start, suggestion.end);
    return {
      ...suggestion,
      before: clip(codePointSlice(article.text, paragraph.start, suggestion.start), true),
      after: clip(codePointSlice(article.text, suggestion.end, paragraph.end), false),
      language: toLanguageCode(article.language),
    };
  });
}
