// Plain data shapes (DTOs) the data layer returns to pages, route handlers and scripts.
// Dates are ISO 8601 strings so the same objects serialise to the JSON API unchanged.
import type { ClaimKind, Comparator } from '../claims/claim-kind';
import type { RevisionEntity } from '../claims/describe-revision';
import type { CellStance } from '../claims/stance';
import type { ExportEvidence } from '../export/types';
import type { ContentLanguage } from '../text/languages';

export type { ClaimKind, Comparator };
export type LanguageCode = ContentLanguage;
export type ClaimStatus = 'draft' | 'published';

export type OutletDto = {
  id: number;
  slug: string;
  name: string;
  homepage: string | null;
  language: LanguageCode;
  articleCount: number;
};

export type ArticleSummaryDto = {
  id: number;
  outlet: string; // outlet slug
  outletName: string;
  title: string;
  url: string | null;
  author: string | null;
  publishedAt: string;
  language: LanguageCode;
  textLength: number;
};

export type ArticleEvidenceDto = EvidenceDto & { claimText: string; claimStatus: ClaimStatus };

export type ArticleDto = ArticleSummaryDto & {
  text: string;
  evidence: ArticleEvidenceDto[];
};

/** A quote as the read API gives it: the fields every export carries, plus its claim. */
export type EvidenceDto = ExportEvidence & { claimId: number };

export type ReviewDto = {
  id: number;
  claimId: number;
  articleId: number;
  verdict: 'omits';
  note: string | null;
  createdAt: string;
};

export type CellDto = {
  stance: CellStance;
  evidence: EvidenceDto[];
  reviews: ReviewDto[];
  /** set when `evidence` holds only the first quote (the grid's cheap rows): how many there are */
  evidenceCount?: number;
  reviewCount?: number;
};

export type ClaimDto = {
  id: number;
  text: string;
  gloss: string | null;
  topics: string[];
  kind: ClaimKind;
  value: number | null;
  comparator: Comparator | null;
  unit: string | null;
  asOf: string | null; // YYYY-MM-DD
  status: ClaimStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** keyed by outlet slug; every outlet has a cell */
  cells: Record<string, CellDto>;
  /** set by the grid's cheap rows: how many outlets (all of them, not only the visible
   * columns) state, contradict and omit the claim; mixed counts as both, predated omissions not */
  outletCounts?: OutletCounts;
};

export type OutletCounts = { states: number; contradicts: number; omits: number };

export type ClaimMatrixDto = {
  outlets: OutletDto[];
  claims: ClaimDto[];
};

/** Which claims a read may return: published ones only (the default), or drafts too; `status` keeps one status (draft needs includeDrafts). */
export type ReadScope = { includeDrafts?: boolean; status?: ClaimStatus };

// --- Write side -------------------------------------------------------------------------

/** A claim as stored, without its cells: what the write functions return. */
export type ClaimRecordDto = Omit<ClaimDto, 'cells'>;

/** Evidence with the version an editor must send back to change it. */
export type EvidenceRecordDto = EvidenceDto & { version: number };

export type ClaimWithEvidenceDto = { claim: ClaimRecordDto; evidence: EvidenceRecordDto };

export type DeleteClaimResultDto = { id: number; deletedEvidence: number; deletedReviews: number };

export type DeletedDto = { id: number };

export type MergeClaimsResultDto = {
  claim: ClaimRecordDto;
  deletedClaimId: number;
  movedEvidence: number;
  /** source quotes of a passage the target already quoted with the same stance */
  droppedEvidence: number;
  movedReviews: number;
  droppedReviews: number;
};

export type RevisionEntityType = RevisionEntity;

export type RevisionDto = {
  id: number;
  entityType: RevisionEntityType;
  entityId: number;
  claimId: number | null;
  action: string;
  actor: { id: number; name: string; email: string } | null;
  before: unknown;
  after: unknown;
  createdAt: string;
};

export type ClaimSearchHitDto = { id: number; text: string; gloss: string | null; status: ClaimStatus };
