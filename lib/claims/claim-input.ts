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
import { AppError, englishText, errorMessage, type FieldErrors, type FieldMessages, type MessageLike } from '../errors';
import { issueMessage } from '../i18n/zod-issue-message';
import { CONTROL_PATTERN, HTML_TAG_PATTERN } from '../text/plain-text';
import { CLAIM_KINDS, COMPARATORS } from './claim-kind';
import { CLAIM_STATUSES, SLUG_PATTERN } from './shapes';
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

const TOPIC_PATTERN = SLUG_PATTERN;
export { CLAIM_STATUSES };
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INT_STRING = /^\s*\d+\s*$/;
const NUMBER_STRING = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

// Messages are keys of the serverErrors catalogue (lib/i18n/messages); validationError turns
// each issue into an ErrorMessage (lib/i18n/zod-issue-message.ts).
const HTML_KEY = 'input.htmlNotAllowed';
const CONTROL_KEY = 'input.controlCharacters';
/** The English field messages of those two checks. */
export const HTML_NOT_ALLOWED = englishText(errorMessage(HTML_KEY));
export const CONTROL_NOT_ALLOWED = englishText(errorMessage(CONTROL_KEY));

/** Key under which issues that belong to no single field are reported. */
export const FORM_ERRORS_KEY = '_form';


const isoDate = z.iso.date();

/** A YYYY-MM-DD that names a day of the calendar (zod's ISO date knows month lengths and leap years). */
export function isRealDate(value: string): boolean {
  return isoDate.safeParse(value).success;
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
    .string({ error: 'input.mustBeText' })
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .trim()
    .refine((value) => !CONTROL_PATTERN.test(value), CONTROL_KEY)
    .refine((value) => !HTML_TAG_PATTERN.test(value), HTML_KEY)
    .refine((value) => codePointLength(value) <= max, { message: 'input.atMostCharacters', params: { max } })
    .meta({ maxLength: max }); // JSON Schema counts code points too: the OpenAPI document's limit
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

const rowId = z.preprocess(intFromString, z.number({ error: 'input.mustBeNumber' }).int().positive().max(2_147_483_647));
const revisionId = z.preprocess(intFromString, z.number({ error: 'input.mustBeNumber' }).int().positive().max(Number.MAX_SAFE_INTEGER));
const version = z.preprocess(intFromString, z.number({ error: 'input.mustBeNumber' }).int().min(1).max(2_147_483_647));
const offset = z.preprocess(intFromString, z.number({ error: 'input.mustBeNumber' }).int().min(0).max(2_147_483_647));

const claimText = freeText(CLAIM_TEXT_MAX)
  .refine((value) => value.length > 0, 'input.enterClaimText')
  .meta({ minLength: 1, maxLength: CLAIM_TEXT_MAX });

const topic = z
  .string()
  .trim()
  .max(TOPIC_MAX, 'input.topicTooLong')
  .regex(TOPIC_PATTERN, 'input.topicFormat');
/** One canonical topic name (claims.topics holds a list of them). */
export const topicSchema = topic;

const topics = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
  z
    .array(topic, { error: 'input.topicList' })
    .max(TOPICS_MAX, 'input.tooManyTopics')
    .transform((list) => [...new Set(list)]),
);

const kind = z.enum(CLAIM_KINDS);
const comparator = z.enum(COMPARATORS);
const status = z.enum(CLAIM_STATUSES);
const stance = z.enum(STANCES);
const claimValue = z.number({ error: 'input.finiteNumber' }).refine(Number.isFinite, 'input.finiteNumber');
const asOfDate = z.string().regex(DATE_PATTERN, 'input.dateFormat').refine(isRealDate, 'input.notRealDate');

const comparatorNeedsValue = 'input.comparatorNeedsValue';

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
  .refine((input) => input.sourceId !== input.targetId, { message: 'input.differentClaims', path: ['targetId'] });

export const restoreClaimVersionSchema = z.object({ revisionId, version });

// exact/prefix/suffix must equal the article text, so they are neither trimmed nor screened for HTML.
const exact = z
  .string({ error: 'input.mustBeText' })
  .refine((value) => value.trim() !== '', 'input.quoteEmpty')
  .refine((value) => codePointLength(value) <= EXACT_MAX, { message: 'input.atMostCharacters', params: { max: EXACT_MAX } })
  .meta({ minLength: 1, maxLength: EXACT_MAX });
const context = z
  .string({ error: 'input.mustBeText' })
  .refine((value) => codePointLength(value) <= CONTEXT_MAX, { message: 'input.atMostCharacters', params: { max: CONTEXT_MAX } })
  .meta({ maxLength: CONTEXT_MAX });

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
    ctx.addIssue({ code: 'custom', message: 'input.startAndEnd', path: [hasStart ? 'end' : 'start'] });
  }
  if (hasStart && hasEnd && input.start! >= input.end!) {
    ctx.addIssue({ code: 'custom', message: 'input.endAfterStart', path: ['end'] });
  }
  if (input.exact === undefined && !hasStart && !hasEnd) {
    ctx.addIssue({ code: 'custom', message: 'input.quoteOrSpan', path: ['exact'] });
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

const outletSlug = z.string({ error: 'input.mustBeText' }).trim().min(1).max(100);

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
export function toFieldMessages(error: z.ZodError): FieldMessages {
  const fieldMessages: FieldMessages = {};
  const seen = new Map<string, Set<string>>();
  for (const issue of error.issues) {
    const key = issue.path.filter((part) => typeof part === 'string').join('.') || FORM_ERRORS_KEY;
    const message = issueMessage(issue);
    const texts = seen.get(key) ?? new Set<string>();
    seen.set(key, texts);
    const english = englishText(message);
    if (texts.has(english)) continue;
    texts.add(english);
    (fieldMessages[key] ??= []).push(message);
  }
  return fieldMessages;
}

/** toFieldMessages in English. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  return Object.fromEntries(Object.entries(toFieldMessages(error)).map(([key, list]) => [key, list.map(englishText)]));
}

/**
 * The AppError a failed parse becomes: 'validation' with per-field messages. Parse with
 * `{ reportInput: true }` so that zod's own messages can be rendered in every language.
 */
export function validationError(error: z.ZodError): AppError {
  const fieldErrors = toFieldMessages(error);
  const fields = Object.keys(fieldErrors).filter((key) => key !== FORM_ERRORS_KEY);
  const first: MessageLike = issueMessage(error.issues[0]!);
  const message = fields.length > 0 ? errorMessage('validation.check', { fields: { fields }, message: first }) : first;
  return new AppError('validation', message, { fieldErrors });
}
