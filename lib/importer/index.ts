// Public API of the article importer. Pure TypeScript: no Next.js, React,
// Prisma or DOM globals, so it runs under Vitest, tsx scripts and a Next.js server.
export { extractArticle, parseArticle, requireComplete, MIN_ARTICLE_TEXT, type ArticleCorrections, type ArticleDraft } from './parse-article';
export { detectFormat } from './detect-format';
export { ImportError, type ImportErrorCode } from './import-error';
export type { ArticleFormat, ArticleLanguage, FieldSources, ParsedArticle, PublishedAtEvidence } from './types';
export { KNOWN_OUTLETS, type Outlet, type KnownOutlet } from '../outlets/known-outlets';
export { ACCEPTED_EXTENSIONS, MAX_UPLOAD_BYTES, checkUploadText, decodeUpload, stripScripts } from './check-upload';
