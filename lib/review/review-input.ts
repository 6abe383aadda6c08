// The review queue's inputs, declared once: its URL (outlet, topic, verdict, page; the page,
// the data function and the tests share this schema) and the bulk "mark omits" of claim x
// outlet cells. Lenient for the URL (a bad value reads as absent), strict for the write.
import { z } from 'zod';
import { rowIdSchema, SLUG_PATTERN } from '../claims/shapes';

export const REVIEW_VERDICTS = ['likely', 'none'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** Claims per queue page: the finder runs once per claim shown, so this bounds a request's cost. */
export const REVIEW_CLAIMS_PER_PAGE = 8;
/** Cells one bulk "mark omits" may settle. */
export const MARK_CELLS_MAX = 50;
/** Articles one cell's "mark omits" may mark; an outlet with more is marked from its own pages. */
export const MARK_ARTICLES_MAX = 200;

const slug = z.string().trim().regex(SLUG_PATTERN).max(100);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

export const reviewQueueQuerySchema = z.object({
  outlet: lenient(slug),
  topic: lenient(z.string().trim().min(1).max(100)),
  verdict: lenient(z.enum(REVIEW_VERDICTS)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/** The queue's URL for a query (only the parts that differ from the defaults). */
export function serializeReviewQuery(query: Partial<ReviewQueueQuery>): string {
  const params = new URLSearchParams();
  if (query.outlet) params.set('outlet', query.outlet);
  if (query.topic) params.set('topic', query.topic);
  if (query.verdict) params.set('verdict', query.verdict);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  return params.toString();
}

const rowId = rowIdSchema;

export const markCellsOmittedSchema = z.object({
  cells: z
    .array(z.object({ claimId: rowId, outlet: slug }))
    .min(1)
    .max(MARK_CELLS_MAX),
});
export type MarkCellsOmittedInput = z.infer<typeof markCellsOmittedSchema>;
