// Turns whatever a write threw into the error callers see, or null for a genuine bug (which
// the caller rethrows, so it surfaces as a 500 and in the logs). AppErrors pass through;
// database refusals caused by the input (a row that vanished, a duplicate, a missing parent,
// a CHECK or trigger) become 4xx errors with fixed messages: nothing from the driver's
// message, query or stack reaches the client.
import { AppError, errorMessage, statusOf, type AppErrorCode, type ErrorKey } from '../errors';
import { englishText } from '../i18n/error-message';
import type { OperationError } from './operation';

function fromAppError(error: AppError): OperationError {
  const { fieldErrors, ...details } = error.details;
  return {
    code: error.code,
    status: error.status,
    message: error.message,
    ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
    ...(error.text ? { text: error.text } : {}),
    ...(error.fieldMessages && Object.values(error.fieldMessages).flat().some((m) => typeof m !== 'string') ? { fieldMessages: error.fieldMessages } : {}),
  };
}

function make(code: AppErrorCode, key: ErrorKey, field?: string): OperationError {
  const text = errorMessage(key);
  const message = englishText(text);
  return {
    code,
    status: statusOf(code),
    message,
    ...(field ? { fieldErrors: { [field]: [message] } } : {}),
    text,
    ...(field ? { fieldMessages: { [field]: [text] } } : {}),
  };
}

type DriverCause = { code?: string; originalCode?: string; kind?: string; message?: string; originalMessage?: string; constraint?: unknown };

type PrismaKnownError = Error & { code: string; meta?: { driverAdapterError?: { cause?: DriverCause }; modelName?: string } };

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && typeof (error as { code?: unknown }).code === 'string';
}

/** The PostgreSQL error behind a Prisma or driver-adapter error, if there is one. */
function postgresCause(error: unknown): DriverCause | null {
  if (isPrismaKnownError(error)) return error.meta?.driverAdapterError?.cause ?? null;
  if (error instanceof Error && error.name === 'DriverAdapterError') return ((error as { cause?: DriverCause }).cause ?? null);
  return null;
}

function describe(cause: DriverCause): string {
  const constraint = cause.constraint as { index?: string; fields?: string[] } | string | undefined;
  const name = typeof constraint === 'string' ? constraint : (constraint?.index ?? constraint?.fields?.join(',') ?? '');
  return `${name} ${cause.originalMessage ?? cause.message ?? ''}`;
}

// What each of our CHECKs and triggers means to an editor.
const CHECKS: { pattern: RegExp; field: string; key: ErrorKey }[] = [
  { pattern: /outside article|evidence_span_valid/, field: 'end', key: 'database.spanOutside' },
  { pattern: /does not match article|evidence_exact_matches_span/, field: 'exact', key: 'database.quoteNotAtSpan' },
  { pattern: /claims_text_not_blank/, field: 'text', key: 'input.enterClaimText' },
  { pattern: /claims_comparator_needs_value/, field: 'comparator', key: 'input.comparatorNeedsValue' },
  { pattern: /version_positive/, field: 'version', key: 'database.invalidVersion' },
];

function fromCheckViolation(text: string): OperationError {
  const check = CHECKS.find((c) => c.pattern.test(text));
  return check ? make('validation', check.key, check.field) : make('validation', 'database.ruleBroken');
}

function fromForeignKey(text: string): OperationError {
  if (/actor_id|created_by_id|updated_by_id/.test(text)) return make('unauthenticated', 'auth.accountGone');
  if (/claim_id/.test(text)) return make('not_found', 'database.claimGone');
  if (/article_id/.test(text)) return make('not_found', 'database.articleMissing');
  return make('not_found', 'database.referenceMissing');
}

function fromPostgres(code: string, text: string): OperationError | null {
  switch (code) {
    case '23514':
      return fromCheckViolation(text);
    case '23505':
      return make('conflict', 'conflict.alreadyExists');
    case '23503':
      return fromForeignKey(text);
    case '23502':
      return make('validation', 'database.valueMissing');
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
      return make('validation', 'database.valueMalformed');
    case '22021': // character_not_in_repertoire: a NUL in text
    case '22P05': // untranslatable_character
      return make('validation', 'database.controlCharacter');
    case '40001':
    case '40P01':
      return make('conflict', 'conflict.simultaneousSave');
    default:
      return null;
  }
}

export function toOperationError(error: unknown): OperationError | null {
  if (error instanceof AppError) return fromAppError(error);

  const cause = postgresCause(error);
  const pgCode = cause?.originalCode ?? cause?.code;
  if (cause && pgCode && /^[0-9A-Z]{5}$/.test(pgCode)) {
    const mapped = fromPostgres(pgCode, describe(cause));
    if (mapped) return mapped;
  }

  if (!isPrismaKnownError(error)) return null;
  const text = cause ? describe(cause) : '';
  switch (error.code) {
    case 'P2025':
      return make('not_found', 'database.recordGone');
    case 'P2002':
      return make('conflict', 'conflict.alreadyExists');
    case 'P2003':
      return fromForeignKey(text);
    case 'P2000':
    case 'P2006':
    case 'P2007':
    case 'P2011':
      return make('validation', 'database.valueMalformed');
    case 'P2034':
      return make('conflict', 'conflict.simultaneousSave');
    default:
      return null;
  }
}
