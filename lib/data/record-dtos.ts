// Converts stored claim, evidence and review rows to the DTOs the write functions return,
// and date-only strings to the Date the `as_of` column stores.
import type { Claim, Evidence, Review } from '../generated/prisma/client';
import { toDateOnly, toEvidence, toReview } from './map-rows';
import type { ClaimRecordDto, EvidenceRecordDto, ReviewDto } from './types';

export type ClaimFields = Pick<
  Claim,
  'id' | 'text' | 'gloss' | 'topics' | 'kind' | 'value' | 'comparator' | 'unit' | 'asOf' | 'status' | 'version' | 'createdAt' | 'updatedAt'
>;

export function toClaimRecord(row: ClaimFields): ClaimRecordDto {
  return {
    id: row.id,
    text: row.text,
    gloss: row.gloss,
    topics: row.topics,
    kind: row.kind,
    value: row.value,
    comparator: row.comparator,
    unit: row.unit,
    asOf: toDateOnly(row.asOf),
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toEvidenceRecord(row: Evidence): EvidenceRecordDto {
  return { ...toEvidence(row), version: row.version };
}

export function toReviewRecord(row: Review): ReviewDto {
  return toReview({ id: row.id, claimId: row.claimId, articleId: row.articleId, verdict: row.verdict, note: row.note, createdAt: row.createdAt });
}

/** "2024-07-03" -> the UTC midnight Date Prisma writes to a DATE column. */
export function fromDateOnly(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}
