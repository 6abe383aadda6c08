// The errors a request can end in, independent of transport: server actions turn them into
// field messages, route handlers into RFC 9457 problem responses with the same status.
//
// An error carries its message as data, not English: a key of the `serverErrors` catalogue
// (lib/i18n/messages/{en,zh-Hans,zh-Hant}.json) and its parameters, e.g.
//   throw new AppError('conflict', { key: 'conflict.duplicateQuote' }, { evidenceId });
//   throw new AppError('validation', message, { fieldErrors: { revisionId: [message] } });
// with `message = errorMessage('restore.noEvidence', { revisionId })`. `error.message` is the
// English rendering (what the JSON API and the CLI show); the UI renders the key in the
// reader's language (lib/i18n/localize-error.ts). A new message is one entry in each of the
// three message files plus the raise site; rewording English never breaks a translation.
// A plain English string is still accepted (it is shown untranslated): convert it to a key.
import { englishText, type ErrorMessage, type MessageLike } from './i18n/error-message';

export type { ErrorKey, ErrorMessage, MessageLike } from './i18n/error-message';
export { englishText, errorMessage } from './i18n/error-message';

export type AppErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'ambiguous'
  | 'too_large'
  | 'rate_limited';

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  ambiguous: 422,
  too_large: 413,
  rate_limited: 429,
};

/** Per-field messages in English, keyed by input path ("text", "evidence.exact"). */
export type FieldErrors = Record<string, string[]>;

/** Per-field messages as raised: keyed where lib/ knows the message, plain text otherwise. */
export type FieldMessages = Record<string, MessageLike[]>;

export class AppError extends Error {
  readonly status: number;
  /** The message as data (null when it was raised as plain English). */
  readonly text: ErrorMessage | null;
  /** The per-field messages as data, for rendering in another language. */
  readonly fieldMessages: FieldMessages | undefined;
  readonly details: { fieldErrors?: FieldErrors; [key: string]: unknown };

  constructor(
    readonly code: AppErrorCode,
    message: MessageLike,
    { fieldErrors, ...details }: { fieldErrors?: FieldMessages; [key: string]: unknown } = {},
  ) {
    super(englishText(message));
    this.name = 'AppError';
    this.status = STATUS[code];
    this.text = typeof message === 'string' ? null : message;
    this.fieldMessages = fieldErrors;
    this.details = fieldErrors
      ? { fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, list]) => [field, list.map(englishText)])), ...details }
      : details;
  }
}

export function statusOf(code: AppErrorCode): number {
  return STATUS[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
