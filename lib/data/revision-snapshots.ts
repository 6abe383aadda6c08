// Reads claim and evidence rows back out of revision snapshots (JSON copies of the rows, with
// dates as ISO strings), checking their shape rather than trusting old JSON.
import { z } from 'zod';
import { CLAIM_KINDS, COMPARATORS } from '../claims/claim-kind';
import { STANCES } from '../claims/stance';

const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .transform((value) => value.slice(0, 10));

export const claimSnapshotSchema = z.object({
  text: z.string().min(1),
  gloss: z.string().nullable().default(null),
  topics: z.array(z.string()).nullable().default([]).transform((topics) => topics ?? []),
  kind: z.enum(CLAIM_KINDS),
  value: z.number().nullable().default(null),
  comparator: z.enum(COMPARATORS).nullable().default(null),
  unit: z.string().nullable().default(null),
  asOf: dateOnly.nullable().default(null),
});

export const evidenceSnapshotSchema = z.object({
  claimId: z.number().int(),
  articleId: z.number().int(),
  stance: z.enum(STANCES),
  exact: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
  start: z.number().int(),
  end: z.number().int(),
  statedValue: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  needsReview: z.boolean().default(false),
});

/** A deleted claim's whole row, as its 'delete' revision keeps it. */
export const deletedClaimSnapshotSchema = claimSnapshotSchema.extend({
  seedKey: z.string().nullable().default(null),
  status: z.enum(['draft', 'published']),
  version: z.number().int().positive(),
  createdById: z.number().int().nullable().default(null),
  createdAt: z.string().datetime({ offset: true }),
});

export const reviewSnapshotSchema = z.object({
  claimId: z.number().int(),
  articleId: z.number().int(),
  note: z.string().nullable().default(null),
  createdById: z.number().int().nullable().default(null),
  needsReview: z.boolean().default(false),
});

export type ClaimSnapshot = z.output<typeof claimSnapshotSchema>;
export type EvidenceSnapshot = z.output<typeof evidenceSnapshotSchema>;
export type DeletedClaimSnapshot = z.output<typeof deletedClaimSnapshotSchema>;
export type ReviewSnapshot = z.output<typeof reviewSnapshotSchema>;
