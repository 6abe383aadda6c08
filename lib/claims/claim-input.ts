// Owns the input schemas of every content write (claims, evidence, omissions, merges,
// restores), shared by server actions and the JSON API, and the conversion of a ZodError
// into per-field messages. Pure: no Prisma, no Next.
//
// Leniency, so one schema serves both JSON bodies and form data: numbers may arrive as
// numeric strings, a blank string means "none" (null) for optional fields, topics may be
// one comma-separated string, and CRLF line breaks (what browsers submit from a textarea)
// become LF. Free-text fields refuse anything tag-like and control characters; quote
// fields (exact/prefix/suffix) are left alone because they must equal the article text.
import { z } from 'zod';
import { codePointLength } from '../anchoring/code-points';
import { AppError, type FieldErrors } from '../errors';
import { CONTROL_PATTERN, HTML_TAG_PATTERN } from '../text/plain-text';
import { CLAIM_KINDS, COMPARATORS } from './claim-kind';
import { STANCES } from './stance';

export const CLAIM_TEXT_MAX = 500;
export const GLOSS_MAX = 500;
export const TOPICS_MAX = 10;
export const TOPIC_MAX = 40;
export const UNIT_MAX = 40;
export const EXACT_MAX = 2000;
export const CONTEXT_MAX = 64;
export const STATED_VALUE_MAX = 100;
export const NOTE_MAX = 2000;
export const CLAIM_STATUSES = ['draft', 'published'] as const;

const TOPIC_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INT_STRING = /^\s*\d+\s*$/;
const NUMBER_STRING = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

export const HTML_NOT_ALLOWED = 'HTML is not allowed here';
export const CONTROL_NOT_ALLOWED = 'Control characters are not allowed here';

/** Key under which issues that belong to no single field are reported. */
export const FORM_ERRORS_KEY = '_form';


export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const intFromString = (value: unknown) => (typeof value === 'string' && INT_STRING.test(value) ? Number(value) : value);
const numberFromString = (value: unknown) => {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return null;
  return NUMBER_STRING.test(value) ? Number(value) : value;
};

/** Trimmed text a person typed: no HTML, no control characters, at most `max` code points. */
function freeText(max: number) {
  return z
    .string({ error: 'Must be text' })
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .trim()
    .refine((value) => !CONTROL_PATTERN.test(value), CONTROL_NOT_ALLOWED)
    .refine((value) => !HTML_TAG_PATTERN.test(value), HTML_NOT_ALLOWED)
    .refine((value) => codePointLength(value) <= max, `At most ${max} characters`);
}

/** For creates: absent or blank becomes null. */
function optionalText(max: number) {
  return z
    .preprocess(blankToNull, freeText(max).nullable())
    .optional()
    .transform((value) => value ?? null);
}

/** For updates: absent leaves the field alone, null or blank clears it. */
function clearableText(max: number) {
  return z.preprocess(blankToNull, freeText(max).nullable()).optional();
}

const rowId = z.preprocess(intFromString, z.number({ error: 'Must be a number' }).int().positive().max(2_147_483_647));
const revisionId = z.preprocess(intFromString, z.number({ error: 'Must be a number' }).int().positive().max(Number.MAX_SAFE_INTEGER));
const version = z.preprocess(intFromString, z.number({ error: 'Must be a number' }).int().min(1).max(2_147_483_647));
const offset = z.preprocess(intFromString, z.number({ error: 'Must be a number' }).int().min(0).max(2_147_483_647));

const claimText = freeText(CLAIM_TEXT_MAX).refine((value) => value.length > 0, 'Enter the claim text');

const topic = z
  .string()
  .trim()
  .max(TOPIC_MAX, `A topic has at most ${TOPIC_MAX} characters`)
  .regex(TOPIC_PATTERN, 'Topics are lowercase kebab-case, like "sco-summit"');
/** One canonical topic name (claims.topics holds a list of them). */
export const topicSchema = topic;

const topics = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
  z
    .array(topic, { error: 'Must be a list of topics' })
    .max(TOPICS_MAX, `At most ${TOPICS_MAX} topics`)
    .transform((list) => [...new Set(list)]),
);

const kind = z.enum(CLAIM_KINDS);
const comparator = z.enum(COMPARATORS);
const status = z.enum(CLAIM_STATUSES);
const stance = z.enum(STANCES);
const claimValue = z.number({ error: 'Must be a finite number' }).refine(Number.isFinite, 'Must be a finite number');
const asOfDate = z.string().regex(DATE_PATTERN, 'Use YYYY-MM-DD').refine(isRealDate, 'Not a real date');

const comparatorNeedsValue = 'A comparator needs a value';

export const createClaimSchema = z
  .object({
    text: claimText,
    gloss: optionalText(GLOSS_MAX),
    topics: topics.optional().transform((list) => list ?? []),
    kind: kind.default('fact'),
    value: z.preprocess(numberFromString, claimValue.nullable()).optional().transform((v) => v ?? null),
    comparator: z.preprocess(blankToNull, comparator.nullable()).optional().transform((v) => v ?? null),
    unit: optionalText(UNIT_MAX),
    asOf: z.preprocess(blankToNull, asOfDate.nullable()).optional().transform((v) => v ?? null),
    status: status.default('draft'),
  })
  .superRefine((claim, ctx) => {
    if (claim.comparator !== null && claim.value === null) {
      ctx.addIssue({ code: 'custom', message: comparatorNeedsValue, path: ['comparator'] });
    }
  });

/** Every field but id and version is optional; gloss, value, comparator, unit and asOf can be cleared with null. */
export const updateClaimSchema = z
  .object({
    id: rowId,
    version,
    text: claimText.optional(),
    gloss: clearableText(GLOSS_MAX),
    topics: topics.optional(),
    kind: kind.optional(),
    value: z.preprocess(numberFromString, claimValue.nullable()).optional(),
    comparator: z.preprocess(blankToNull, comparator.nullable()).optional(),
    unit: clearableText(UNIT_MAX),
    asOf: z.preprocess(blankToNull, asOfDate.nullable()).optional(),
    status: status.optional(),
  })
  .superRefine((claim, ctx) => {
    // Only what the input itself says; the stored value is checked against the merged row when saving.
    if (claim.comparator != null && claim.value === null) {
      ctx.addIssue({ code: 'custom', message: comparatorNeedsValue, path: ['comparator'] });
    }
  });

export const deleteClaimSchema = z.object({ id: rowId, version });

/** Versions are optional: when given they must still be current. */
export const mergeClaimsSchema = z
  .object({ sourceId: rowId, targetId: rowId, sourceVersion: version.optional(), targetVersion: version.optional() })
  .refine((input) => input.sourceId !== input.targetId, { message: 'Choose two different claims', path: ['targetId'] });

export const restoreClaimVersionSchema = z.object({ revisionId, version });

// exact/prefix/suffix must equal the article text, so they are neither trimmed nor screened for HTML.
const exact = z
  .string({ error: 'Must be text' })
  .refine((value) => value.trim() !== '', 'The quote is empty')
  .refine((value) => codePointLength(value) <= EXACT_MAX, `At most ${EXACT_MAX} characters`);
const context = z
  .string({ error: 'Must be text' })
  .refine((value) => codePointLength(value) <= CONTEXT_MAX, `At most ${CONTEXT_MAX} characters`);

const quoteFields = {
  articleId: rowId,
  stance,
  exact: z.preprocess(blankToUndefined, exact.optional()),
  prefix: z.preprocess(blankToUndefined, context.optional()),
  suffix: z.preprocess(blankToUndefined, context.optional()),
  start: z.preprocess(blankToUndefined, offset.optional()),
  end: z.preprocess(blankToUndefined, offset.optional()),
  statedValue: optionalText(STATED_VALUE_MAX),
  note: optionalText(NOTE_MAX),
};

type QuoteShape = { exact?: string; start?: number; end?: number };

function checkQuoteOrSpan(input: QuoteShape, ctx: z.RefinementCtx): void {
  const hasStart = input.start !== undefined;
  const hasEnd = input.end !== undefined;
  if (hasStart !== hasEnd) {
    ctx.addIssue({ code: 'custom', message: 'Give both start and end', path: [hasStart ? 'end' : 'start'] });
  }
  if (hasStart && hasEnd && input.start! >= input.end!) {
    ctx.addIssue({ code: 'custom', message: 'end must be greater than start', path: ['end'] });
  }
  if (input.exact === undefined && !hasStart && !hasEnd) {
    ctx.addIssue({ code: 'custom', message: 'Give the quote, or its start and end', path: ['exact'] });
  }
}

export const evidenceQuoteSchema = z.object(quoteFields).superRefine(checkQuoteOrSpan);

export const createEvidenceSchema = z.object({ claimId: rowId, ...quoteFields }).superRefine(checkQuoteOrSpan);

/** "Create a new claim from the selection": the claim and its first quote, in one write. */
export const createClaimWithEvidenceSchema = z.object({ claim: createClaimSchema, evidence: evidenceQuoteSchema });

export const updateEvidenceSchema = z.object({
  id: rowId,
  version,
  stance: stance.optional(),
  statedValue: clearableText(STATED_VALUE_MAX),
  note: clearableText(NOTE_MAX),
});

export const deleteEvidenceSchema = z.object({ id: rowId, version });

export const restoreEvidenceSchema = z.object({ revisionId });

export const markOmissionSchema = z.object({ claimId: rowId, articleId: rowId, note: optionalText(NOTE_MAX) });

export const clearOmissionSchema = z.object({ claimId: rowId, articleId: rowId });

const outletSlug = z.string({ error: 'Must be text' }).trim().min(1).max(100);

/** "Still holds": the flagged quotes and omission marks of one claim x outlet cell, confirmed
 * against the claim as the editor saw it (its version). */
export const confirmCellSchema = z.object({ claimId: rowId, outlet: outletSlug, version });

/** Brings back a deleted claim with the quotes and omission marks its deletion removed. */
export const restoreDeletedClaimSchema = z.object({ id: rowId });

export type CreateClaimInput = z.output<typeof createClaimSchema>;
export type UpdateClaimInput = z.output<typeof updateClaimSchema>;
export type DeleteClaimInput = z.output<typeof deleteClaimSchema>;
export type MergeClaimsInput = z.output<typeof mergeClaimsSchema>;
export type RestoreClaimVersionInput = z.output<typeof restoreClaimVersionSchema>;
export type EvidenceQuoteInput = z.output<typeof evidenceQuoteSchema>;
export type CreateEvidenceInput = z.output<typeof createEvidenceSchema>;
export type CreateClaimWithEvidenceInput = z.output<typeof createClaimWithEvidenceSchema>;
export type UpdateEvidenceInput = z.output<typeof updateEvidenceSchema>;
export type DeleteEvidenceInput = z.output<typeof deleteEvidenceSchema>;
export type RestoreEvidenceInput = z.output<typeof restoreEvidenceSchema>;
export type MarkOmissionInput = z.output<typeof markOmissionSchema>;
export type ClearOmissionInput = z.output<typeof clearOmissionSchema>;
export type ConfirmCellInput = z.output<typeof confirmCellSchema>;
export type RestoreDeletedClaimInput = z.output<typeof restoreDeletedClaimSchema>;

/**
 * Field messages keyed by dotted path without list indices ("text", "topics",
 * "evidence.exact"); issues about the whole input go under FORM_ERRORS_KEY.
 */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((part) => typeof part === 'string').join('.') || FORM_ERRORS_KEY;
    const messages = (fieldErrors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return fieldErrors;
}

/** The AppError a failed parse becomes: 'validation' with per-field messages. */
export function validationError(error: z.ZodError): AppError {
  const fieldErrors = toFieldErrors(error);
  const fields = Object.keys(fieldErrors).filter((key) => key !== FORM_ERRORS_KEY);
  const message = fields.length > 0 ? `Check ${fields.join(', ')}: ${error.issues[0]!.message}` : error.issues[0]!.message;
  return new AppError('validation', message, { fieldErrors });
}
