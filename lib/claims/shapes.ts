// The shapes Claimgrid hands out, declared once as zod schemas: claims, their cells, the quotes
// (evidence) and omission checks behind a cell, outlets and articles. The TypeScript types of
// the data layer (lib/data/types.ts) and of the exports (lib/export/types.ts) are inferred from
// them, and the OpenAPI document (lib/http/openapi.ts) generates its JSON Schemas from them, so
// a new field is one edit here. Also the small shared pieces: language codes, the slug pattern.
// Pure: no Prisma, no Next.
import { z } from 'zod';
import { CLAIM_KINDS, COMPARATORS } from './claim-kind';
import { CELL_STANCES, STANCES } from './stance';
import { CONTENT_LANGUAGES, contentLanguageSchema } from '../text/languages';
import { textLangSchema } from '../text/text-lang';

/** The languages (BCP 47 tags) of outlets and articles: the one list in lib/text/languages.ts. */
export const LANGUAGE_CODES = CONTENT_LANGUAGES;
export const languageCodeSchema = contentLanguageSchema;
export type LanguageCode = z.infer<typeof languageCodeSchema>;

/** Lowercase kebab-case: outlet slugs and topics. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A row id in a URL or a query: a positive PostgreSQL integer, from a string or a number. */
export const rowIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const CLAIM_STATUSES = ['draft', 'published'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

const id = z.number().int();
const dateTime = z.iso.datetime();
const nullableText = z.string().nullable();

export const outletSchema = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  homepage: nullableText,
  language: languageCodeSchema,
  articleCount: z.number().int().min(0),
});

export const articleSummarySchema = z.object({
  id,
  outlet: z.string().describe('outlet slug'),
  outletName: z.string(),
  title: z.string(),
  url: nullableText,
  author: nullableText,
  publishedAt: dateTime,
  language: languageCodeSchema,
  textLength: z.number().int().min(0).describe('code points'),
});

/** A quote as every export carries it. */
export const exportEvidenceSchema = z.object({
  id,
  articleId: id,
  stance: z.enum(STANCES),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().min(0).describe('Unicode code points into the article text'),
  end: z.number().int().min(1),
  statedValue: nullableText,
  note: nullableText,
  createdAt: dateTime,
  updatedAt: dateTime,
});

/** A quote as the read API gives it: the fields every export carries, plus its claim. */
export const evidenceSchema = exportEvidenceSchema.extend({ claimId: id });

/** Evidence with the version an editor must send back to change it. */
export const evidenceRecordSchema = evidenceSchema.extend({ version: z.number().int().min(1) });

export const articleEvidenceSchema = evidenceSchema.extend({ claimText: z.string(), claimLang: textLangSchema, claimStatus: claimStatusSchema });

export const articleSchema = articleSummarySchema.extend({
  text: z.string().describe('The stored, normalised text the offsets count in.'),
  evidence: z.array(articleEvidenceSchema),
});

/** An editor's check that an article does not mention a claim, as exports carry it. */
export const exportReviewSchema = z.object({ id, articleId: id, note: nullableText, createdAt: dateTime });

export const reviewSchema = exportReviewSchema.extend({ claimId: id, verdict: z.literal('omits') });

export const cellSchema = z.object({
  stance: z.enum(CELL_STANCES),
  evidence: z.array(evidenceSchema),
  reviews: z.array(reviewSchema),
  /** set by the grid's cheap rows, whose `evidence` is empty: how many quotes there are */
  evidenceCount: z.number().int().min(0).optional(),
  reviewCount: z.number().int().min(0).optional(),
  /** set by the grid's cheap rows: what the grid shows of the cell's first quote (oldest article
   * first, then in reading order, as `evidence` lists them) */
  firstQuote: z.object({ exact: z.string(), statedValue: z.string().nullable() }).optional(),
});

export const exportCellSchema = z.object({
  stance: z.enum(CELL_STANCES),
  evidence: z.array(exportEvidenceSchema),
  reviews: z.array(exportReviewSchema),
});

/** A claim's own fields, without its version or cells. */
const claimFieldsSchema = z.object({
  id,
  text: z.string(),
  gloss: nullableText,
  topics: z.array(z.string()),
  kind: z.enum(CLAIM_KINDS),
  value: z.number().nullable(),
  comparator: z.enum(COMPARATORS).nullable(),
  unit: nullableText,
  asOf: z.iso.date().nullable().describe('YYYY-MM-DD'),
  status: claimStatusSchema,
  createdAt: dateTime,
  updatedAt: dateTime,
});

/** A claim as stored, without its cells: what the write functions return. */
export const claimRecordSchema = claimFieldsSchema.extend({ version: z.number().int().min(1) });

/** The stored claim's fields every reader loads (the data layer's select, the grid's columns and
 * the record mapping are derived from this list): a new claim field is added to the shape above. */
export const CLAIM_RECORD_FIELDS = claimRecordSchema.keyof().options;
export type ClaimRecordField = (typeof CLAIM_RECORD_FIELDS)[number];

/** The fields an editor sets: what a create writes, an update merges and compares, and a history
 * entry shows (the record's fields less its id, version and timestamps). */
export const CLAIM_EDITABLE_FIELDS = claimFieldsSchema.omit({ id: true, createdAt: true, updatedAt: true }).keyof().options;
export type ClaimEditableField = (typeof CLAIM_EDITABLE_FIELDS)[number];

const count = z.number().int().min(0);

/** What a delete answers: the id of what is gone. */
export const deletedSchema = z.strictObject({ id: z.number().int() });

/** A deleted claim, with how many quotes and omission marks went with it (its history keeps them). */
export const deleteClaimResultSchema = z.strictObject({ id: z.number().int(), deletedEvidence: count, deletedReviews: count });

/** A deleted claim brought back under its id, with the quotes and marks that came back. */
export const restoreDeletedClaimResultSchema = z.strictObject({
  claim: claimRecordSchema,
  restoredEvidence: count,
  restoredReviews: count,
  skippedEvidence: count.describe('quotes whose article is gone or no longer holds them; still in the history'),
  skippedReviews: count,
});

/** How many outlets (all of them, not only the visible columns) state, contradict and omit a claim; mixed counts as both, predated omissions not. */
export const outletCountsSchema = z.object({ states: z.number().int(), contradicts: z.number().int(), omits: z.number().int() });

export const claimSchema = claimRecordSchema.extend({
  cells: z.record(z.string(), cellSchema).describe('keyed by outlet slug'),
  /** set by the grid's cheap rows */
  outletCounts: outletCountsSchema.optional(),
});

export const exportClaimSchema = claimFieldsSchema.extend({
  firstPublishedAt: dateTime.describe('when the claim was first published in Claimgrid (its creation time for a draft)'),
  cells: z.record(z.string(), exportCellSchema).describe('keyed by outlet slug; one cell for each outlet of the export'),
});

export const exportOutletSchema = outletSchema.pick({ slug: true, name: true, homepage: true, language: true });

export const exportArticleSchema = articleSummarySchema
  .pick({ id: true, outlet: true, outletName: true, title: true, url: true, publishedAt: true, language: true })
  .extend({ text: z.string().optional().describe('the stored body text; only loaded for the printable report') });
