// Owns the importer's single error type. Every rejection names the file and
// says why in words an editor can act on; `code` lets callers branch. The reason is a message
// of the serverErrors catalogue (import.*, lib/i18n), so each surface renders it in its language.
import { englishText, type MessageLike } from '../i18n/error-message';

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'invalid-front-matter'
  | 'no-title'
  | 'no-article-text'
  | 'no-date'
  | 'unknown-outlet'
  | 'too-large'
  | 'encoding'
  | 'too-deep';

export class ImportError extends Error {
  readonly filename: string;
  /** The reason in English. */
  readonly reason: string;
  /** The reason as data. */
  readonly reasonMessage: MessageLike;
  readonly code: ImportErrorCode;

  constructor(filename: string, code: ImportErrorCode, reason: MessageLike) {
    const english = englishText(reason);
    super(`${filename}: ${english}`);
    this.name = 'ImportError';
    this.filename = filename;
    this.code = code;
    this.reason = english;
    this.reasonMessage = reason;
  }
}
