// Plain data shapes (DTOs) the data layer returns to pages, route handlers and scripts.
// Dates are ISO 8601 strings so the same objects serialise to the JSON API unchanged.
import type { z } from 'zod';
import type { ClaimKind, Comparator } from '../claims/claim-kind';
import type { RevisionEntity } from '../claims/describe-revision';
import type {
  articleEvidenceSchema,
  articleSchema,
  articleSummarySchema,
  cellSchema,
  claimRecordSchema,
  claimSchema,
  deleteClaimResultSchema,
  deletedSchema,
  evidenceRecordSchema,
  evidenceSchema,
  outletCountsSchema,
  outletSchema,
  restoreDeletedClaimResultSchema,
  reviewSchema,
} from '../claims/shapes';

export type { ClaimKind, Comparator };
import type { ClaimStatus, LanguageCode } from '../claims/shapes';
import type { TextLang } from '../text/text-lang';
export type { ClaimStatus, LanguageCode };

// The shapes themselves are declared once, as zod schemas in lib/claims/shapes.ts.
export type OutletDto = z.infer<typeof outletSchema>;
export type ArticleSummaryDto = z.infer<typeof articleSummarySchema>;
export type ArticleEvidenceDto = z.infer<typeof articleEvidenceSchema>;
export type ArticleDto = z.infer<typeof articleSchema>;
/** A quote as the read API gives it: the fields every export carries, plus its claim. */
export type EvidenceDto = z.infer<typeof evidenceSchema>;
export type ReviewDto = z.infer<typeof reviewSchema>;
export type CellDto = z.infer<typeof cellSchema>;
export type ClaimDto = z.infer<typeof claimSchema>;
export type OutletCounts = z.infer<typeof outletCountsSchema>;

export type ClaimMatrixDto = {
  outlets: OutletDto[];
  claims: ClaimDto[];
};

/** Which claims a read may return: published ones only (the default), or drafts too; `status` keeps one status (draft needs includeDrafts). */
export type ReadScope = { includeDrafts?: boolean; status?: ClaimStatus };

// --- Write side -------------------------------------------------------------------------

/** A claim as stored, without its cells: what the write functions return. */
export type ClaimRecordDto = z.infer<typeof claimRecordSchema>;

/** Evidence with the version an editor must send back to change it. */
export type EvidenceRecordDto = z.infer<typeof evidenceRecordSchema>;

export type ClaimWithEvidenceDto = { claim: ClaimRecordDto; evidence: EvidenceRecordDto; claimLang: TextLang };

export type DeleteClaimResultDto = z.infer<typeof deleteClaimResultSchema>;

export type DeletedDto = z.infer<typeof deletedSchema>;

export type RestoreDeletedClaimResultDto = z.infer<typeof restoreDeletedClaimResultSchema>;

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

/** `lang` is the tag the claim's text is shown with (its Chinese script), decided on the server. */
export type ClaimSearchHitDto = { id: number; text: string; lang: TextLang; gloss: string | null; status: ClaimStatus };
