// The JSON export's document, declared once in zod from the shared shapes (lib/claims/shapes.ts):
// its TypeScript types (lib/export/json.ts, describe-scope.ts) are inferred from it and its
// published JSON Schema (draft 2020-12) is generated from it, so the schema cannot drift from
// what the export writes. The export's quotes carry their article's title, URL and date; its
// claims, quotes and checks leave out the created/updated times the API gives.
import { z } from 'zod';
import { CLAIM_KINDS } from '../claims/claim-kind';
import { exportClaimSchema, exportEvidenceSchema, exportOutletSchema, exportReviewSchema, SLUG_PATTERN } from '../claims/shapes';
import { CELL_STANCES } from '../claims/stance';
import { TABLE_SORTS } from '../claims/table-query';

export const CLAIMS_EXPORT_SCHEMA_ID = 'urn:claimgrid:schema:claims-export:1';

const rowId = z.number().int().min(1);
const dateTime = z.iso.datetime();
const slug = z.string().regex(SLUG_PATTERN);

export const jsonQuerySchema = z
  .discriminatedUnion('scope', [
    z.object({
      scope: z.literal('view'),
      q: z.string(),
      topic: z.string().nullable(),
      kind: z.enum(CLAIM_KINDS).nullable(),
      stance: z.enum(CELL_STANCES).nullable(),
      outlet: z.string().nullable(),
      contested: z.boolean(),
      sort: z.enum(TABLE_SORTS),
      cols: z.array(slug).nullable(),
    }),
    z.object({ scope: z.literal('claim'), claim: rowId }),
    z.object({ scope: z.literal('outlet'), outlet: z.string() }),
  ])
  .describe('Which claims the export holds: a claim-table view (its filters, sort and columns), one claim, or one outlet’s column.');

export const jsonOutletSchema = exportOutletSchema.extend({ slug });

export const jsonEvidenceSchema = exportEvidenceSchema.omit({ createdAt: true, updatedAt: true }).extend({
  id: rowId,
  articleId: rowId,
  articleTitle: z.string().nullable(),
  articleUrl: z.string().nullable().describe('The article’s own URL, or its page in Claimgrid when it has none.'),
  publishedAt: dateTime.nullable(),
  exact: z.string().min(1),
});

export const jsonReviewSchema = exportReviewSchema
  .pick({ note: true })
  .extend({ articleId: rowId })
  .describe('An editor checked this article and found no mention of the claim.');

export const jsonCellSchema = z.object({
  stance: z.enum(CELL_STANCES),
  evidence: z.array(jsonEvidenceSchema),
  reviews: z.array(jsonReviewSchema),
});

export const jsonClaimSchema = exportClaimSchema.omit({ createdAt: true, firstPublishedAt: true }).extend({
  id: rowId,
  cells: z.record(z.string(), jsonCellSchema).describe('One cell per outlet of the export, keyed by outlet slug.'),
});

export const claimsExportDocumentSchema = z
  .object({
    schema: z.literal(CLAIMS_EXPORT_SCHEMA_ID),
    generatedAt: dateTime,
    query: jsonQuerySchema,
    outlets: z.array(jsonOutletSchema),
    claims: z.array(jsonClaimSchema),
  })
  .meta({
    title: 'Claimgrid claims export',
    description:
      'Published claims with, for each outlet of the export, the cell’s stance, the quotes behind it (W3C TextQuoteSelector and TextPositionSelector fields, offsets in Unicode code points into the article’s stored text) and the editors’ omission checks.',
  });

export type JsonQuery = z.infer<typeof jsonQuerySchema>;
export type JsonOutlet = z.infer<typeof jsonOutletSchema>;
export type JsonEvidence = z.infer<typeof jsonEvidenceSchema>;
export type JsonReview = z.infer<typeof jsonReviewSchema>;
export type JsonCell = z.infer<typeof jsonCellSchema>;
export type JsonClaim = z.infer<typeof jsonClaimSchema>;
export type ClaimsExportDocument = z.infer<typeof claimsExportDocumentSchema>;

/** The JSON export's published JSON Schema (draft 2020-12), generated from the zod document above. */
export function claimsExportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(claimsExportDocumentSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: CLAIMS_EXPORT_SCHEMA_ID, ...rest };
}
