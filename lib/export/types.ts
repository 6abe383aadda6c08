// The shapes every export format reads: a view's visible outlets, and its claims arriving in
// pages with the articles their evidence and reviews point into. lib/data/export-claims.ts
// produces them; the formatters in this folder turn them into text. Dates are ISO 8601.
import type { ClaimKind, Comparator } from '../claims/claim-kind';
import type { CellStance, Stance } from '../claims/stance';
import type { ClaimTableQuery } from '../claims/table-query';

export type ExportOutlet = {
  slug: string;
  name: string;
  homepage: string | null;
  language: string;
};

export type ExportArticle = {
  id: number;
  /** outlet slug */
  outlet: string;
  outletName: string;
  title: string;
  url: string | null;
  publishedAt: string;
  /** BCP 47 tag of the article's text (lib/text/languages.ts: zh-Hans, zh-Hant, en, ja, …) */
  language: string;
  /** the stored body text; only loaded for the printable report */
  text?: string;
};

export type ExportEvidence = {
  id: number;
  articleId: number;
  stance: Stance;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  statedValue: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ExportReview = {
  id: number;
  articleId: number;
  note: string | null;
  createdAt: string;
};

export type ExportCell = {
  stance: CellStance;
  evidence: ExportEvidence[];
  reviews: ExportReview[];
};

export type ExportClaim = {
  id: number;
  text: string;
  gloss: string | null;
  topics: string[];
  kind: ClaimKind;
  value: number | null;
  comparator: Comparator | null;
  unit: string | null;
  /** YYYY-MM-DD */
  asOf: string | null;
  status: 'draft' | 'published';
  createdAt: string;
  updatedAt: string;
  /** when the claim was first published in Claimgrid (its creation time for a draft) */
  firstPublishedAt: string;
  /** keyed by outlet slug; one cell for each outlet of the export */
  cells: Record<string, ExportCell>;
};

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
