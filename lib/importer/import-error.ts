// Owns the importer's single error type. Every rejection names the file and
// says why in words an editor can act on; `code` lets callers branch.

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
  readonly reason: string;
  readonly code: ImportErrorCode;

  constructor(filename: string, code: ImportErrorCode, reason: string) {
    super(`${filename}: ${reason}`);
    this.name = 'ImportError';
    this.filename = filename;
    this.code = code;
    this.reason = reason;
  }
}
