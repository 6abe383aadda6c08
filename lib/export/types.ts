// The shapes every export format reads: a view's visible outlets, and its claims arriving in
// pages with the articles their evidence and reviews point into. lib/data/reads/export-claims.ts
// produces them; the formatters in this folder turn them into text. Dates are ISO 8601.
import type { z } from 'zod';
import type { exportArticleSchema, exportCellSchema, exportClaimSchema, exportEvidenceSchema, exportOutletSchema, exportReviewSchema } from '../claims/shapes';
import type { ClaimTableQuery } from '../claims/table-query';

// The shapes themselves are declared once, in lib/claims/shapes.ts.
export type ExportOutlet = z.infer<typeof exportOutletSchema>;
export type ExportArticle = z.infer<typeof exportArticleSchema>;
export type ExportEvidence = z.infer<typeof exportEvidenceSchema>;
export type ExportReview = z.infer<typeof exportReviewSchema>;
export type ExportCell = z.infer<typeof exportCellSchema>;
export type ExportClaim = z.infer<typeof exportClaimSchema>;

export type ExportPage = {
  claims: ExportClaim[];
  /** every article the page's evidence and reviews point into, by id */
  articles: ReadonlyMap<number, ExportArticle>;
};

/** Which claims an export holds: a claim-table view, one claim, or one outlet's column. */
export type ExportScope =
  | { scope: 'view'; query: ClaimTableQuery }
  | { scope: 'claim'; claimId: number }
  | { scope: 'outlet'; outlet: string };

export type ExportData = {
  generatedAt: string;
  /** absolute URL of the app, without a trailing slash: links are built on it */
  baseUrl: string;
  scope: ExportScope;
  /** the columns, in order */
  outlets: ExportOutlet[];
  /** the claims, a page at a time; each call starts a fresh pass over the database */
  pages: () => AsyncIterable<ExportPage>;
};
