// The shapes the finder answers in (API, pages, evaluation), declared once with zod: the
// TypeScript types and the OpenAPI schemas derive from these. Field names follow issue 12.
import { z } from 'zod';
import { rowIdSchema, SLUG_PATTERN } from '../claims/shapes';

export const SUGGESTION_LIMIT_DEFAULT = 5;
export const SUGGESTION_LIMIT_MAX = 20;

export const suggestionSchema = z.object({
  articleId: z.number().int(),
  start: z.number().int().describe('Code points into the article text, like evidence'),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  score: z.number().min(0).max(1),
  stance: z.enum(['states', 'contradicts', 'mentions']),
  statedValue: z.string().optional().describe('The value the passage gives, for quantity and date claims'),
  reason: z.string(),
  matchedWords: z.array(z.string()).describe("Words of the claim the passage holds, best first (at most six): the reason's words"),
  inheritedWords: z
    .array(z.string())
    .optional()
    .describe("Words of the claim found only in the sentence the passage's opening pronoun (他, 她, they…) refers back to"),
  duplicates: z.number().int().min(1).optional().describe('Near-identical passages (a caption repeating the body) folded into this one'),
  articleTitle: z.string(),
  publishedAt: z.string(),
  predatesClaim: z.boolean().describe("Published before the claim's as-of date"),
});

export const outletSuggestionsSchema = z.object({
  outlet: z.string(),
  outletName: z.string(),
  verdict: z.enum(['likely', 'none']),
  articlesSearched: z.number().int(),
  articlesPredating: z.number().int().describe("Articles searched that were published before the claim's as-of date"),
  settled: z.boolean().describe('The outlet already has evidence or an omission mark for the claim'),
  suggestions: z.array(suggestionSchema),
});

export const claimSuggestionsSchema = z.object({
  claimId: z.number().int(),
  threshold: z.number().describe('Score at or above which the verdict is likely'),
  outlets: z.array(outletSuggestionsSchema),
});

export const articleSuggestionsSchema = z.object({
  articleId: z.number().int(),
  claims: z.array(z.object({ claimId: z.number().int(), text: z.string(), suggestions: z.array(suggestionSchema) })),
});

export const suggestionQuerySchema = z.object({
  outlet: z.string().trim().min(1).max(100).regex(SLUG_PATTERN, 'input.slugFormat').optional(),
  limit: z.coerce.number({ error: 'input.mustBeNumber' }).int().min(1).max(SUGGESTION_LIMIT_MAX).default(SUGGESTION_LIMIT_DEFAULT),
});

export const dismissSuggestionSchema = z
  .object({
    claimId: rowIdSchema,
    articleId: rowIdSchema,
    start: z.coerce.number().int().min(0).max(2_147_483_647),
    end: z.coerce.number().int().min(1).max(2_147_483_647),
  })
  .refine((input) => input.end > input.start, { message: 'input.endAfterStart', path: ['end'] });

export type Suggestion = z.infer<typeof suggestionSchema>;
export type OutletSuggestions = z.infer<typeof outletSuggestionsSchema>;
export type ClaimSuggestions = z.infer<typeof claimSuggestionsSchema>;
export type ArticleSuggestions = z.infer<typeof articleSuggestionsSchema>;
export type SuggestionQuery = z.infer<typeof suggestionQuerySchema>;
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionSchema>;
