// The format of seeds/claims.json: curated starter claims with their evidence quotes and
// omission reviews, referring to seed articles by file name. Validated with zod so a
// mistake in the file is reported precisely instead of half-loading.
import { z } from 'zod';
import { SLUG_PATTERN } from '../claims/shapes';

const kebab = z.string().regex(SLUG_PATTERN, 'use lowercase kebab-case');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

export const seedEvidenceSchema = z.object({
  outlet: kebab,
  article: z.string().min(1),
  stance: z.enum(['states', 'contradicts']),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  statedValue: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const seedReviewSchema = z.object({
  outlet: kebab,
  article: z.string().min(1),
  verdict: z.literal('omits'),
  note: z.string().min(1).optional(),
});

export const seedClaimSchema = z
  .object({
    key: kebab,
    text: z.string().trim().min(1),
    gloss: z.string().trim().min(1).nullable().optional(),
    topics: z.array(kebab).default([]),
    kind: z.enum(['fact', 'quantity', 'date', 'opinion']),
    value: z.number().finite().nullable().optional(),
    comparator: z.enum(['eq', 'gte', 'lte', 'gt', 'lt', 'approx']).nullable().optional(),
    unit: z.string().min(1).nullable().optional(),
    asOf: date.nullable().optional(),
    status: z.enum(['draft', 'published']).default('published'),
    evidence: z.array(seedEvidenceSchema).default([]),
    reviews: z.array(seedReviewSchema).default([]),
  })
  .refine((claim) => claim.comparator == null || claim.value != null, {
    message: 'a comparator needs a value',
    path: ['comparator'],
  });

export const seedClaimsFileSchema = z
  .object({ version: z.literal(1), claims: z.array(seedClaimSchema) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.claims.forEach((claim, index) => {
      if (seen.has(claim.key)) ctx.addIssue({ code: 'custom', message: `duplicate key ${claim.key}`, path: ['claims', index, 'key'] });
      seen.add(claim.key);
    });
  });

export type SeedClaimsFile = z.infer<typeof seedClaimsFileSchema>;
export type SeedClaim = SeedClaimsFile['claims'][number];

export function parseClaimsFile(json: unknown): SeedClaimsFile {
  const result = seedClaimsFileSchema.safeParse(json);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
  throw new Error(`seeds/claims.json is invalid:\n${details}`);
}
