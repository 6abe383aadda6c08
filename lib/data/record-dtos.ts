// Converts stored claim, evidence and review rows to the DTOs the write functions return,
// and date-only strings to the Date the `as_of` column stores.
import { CLAIM_RECORD_FIELDS, type ClaimRecordField } from '../claims/shapes';
import { Prisma, type Claim, type Evidence, type Review } from '../generated/prisma/client';
import { toDateOnly, toEvidence, toReview } from './map-rows';
import type { ClaimRecordDto, EvidenceRecordDto, ReviewDto } from './types';

export type ClaimFields = Pick<Claim, ClaimRecordField>;

/** Prisma's select of a claim's record fields (the rest of the row stays in the database). */
export const claimRecordSelect = Object.fromEntries(CLAIM_RECORD_FIELDS.map((field) => [field, true])) as { [K in ClaimRecordField]: true };

/** A claim's record fields as SQL columns of `alias` named like the DTO ("asOf" from as_of). */
export function claimRecordColumnsSql(alias: string): Prisma.Sql {
  return Prisma.raw(CLAIM_RECORD_FIELDS.map((field) => `${alias}."${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}" AS "${field}"`).join(', '));
}

export function toClaimRecord(row: ClaimFields): ClaimRecordDto {
  // Field by field into one new object: a page of the claim table maps 50 of these per request,
  // and destructuring with a rest and spreading took five times as long.
  const record = pickFields(row, CLAIM_RECORD_FIELDS) as unknown as Record<ClaimRecordField, unknown>;
  record.asOf = toDateOnly(row.asOf);
  record.createdAt = row.createdAt.toISOString();
  record.updatedAt = row.updatedAt.toISOString();
  return record as ClaimRecordDto;
}

/** The named fields of a row, and no others. */
export function pickFields<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = row[key];
  return picked;
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
