// Imports one article file for an editor: checks it (size, binary, encoding), strips scripts
// from the stored source, parses it, applies the editor's corrections, and stores it (or, for
// a dry run, only returns what would be stored). Same path for the UI, the API and the CLI.
import type { Actor } from '../auth/actor';
import type { Db } from '../db/prisma';
import { AppError } from '../errors';
import { checkUploadText, ImportError, parseArticle, stripScripts, type ParsedArticle } from '../importer';
import type { ImportArticleInput } from '../importer/import-input';
import { importArticle } from './import-article';

export type ImportPreview = {
  filename: string;
  title: string;
  outlet: { slug: string; name: string; homepage: string | null; language: string };
  url: string | null;
  author: string | null;
  publishedAt: string;
  language: string;
  format: string;
  text: string;
  removedScripts: number;
};

export type ImportArticleFileResult = ImportPreview & {
  status: 'preview' | 'imported' | 'duplicate';
  articleId: number | null;
};

export function applyOverrides(parsed: ParsedArticle, overrides: ImportArticleInput['overrides']): ParsedArticle {
  if (!overrides) return parsed;
  const outlet = overrides.outlet
    ? {
        slug: overrides.outlet.slug,
        name: overrides.outlet.name,
        homepage: overrides.outlet.homepage ?? null,
        language: overrides.outlet.language ?? parsed.outlet.language,
      }
    : parsed.outlet;
  return {
    ...parsed,
    title: overrides.title ?? parsed.title,
    author: overrides.author === undefined ? parsed.author : overrides.author,
    url: overrides.url === undefined ? parsed.url : overrides.url,
    publishedAt: overrides.publishedAt ? new Date(overrides.publishedAt) : parsed.publishedAt,
    language: overrides.language ?? parsed.language,
    outlet: outlet as ParsedArticle['outlet'],
  };
}

export async function importArticleFile(db: Db, { input }: { actor: Actor; input: ImportArticleInput }): Promise<ImportArticleFileResult> {
  let parsed: ParsedArticle;
  let cleaned: { source: string; removed: number };
  try {
    checkUploadText(input.filename, input.source);
    cleaned = stripScripts(input.source);
    parsed = applyOverrides(parseArticle({ filename: input.filename, source: cleaned.source }), input.overrides);
  } catch (error) {
    if (error instanceof ImportError) {
      // A file over the size limit is too large (413), not invalid (422); the field error stays for forms.
      const code = error.code === 'too-large' ? 'too_large' : 'validation';
      throw new AppError(code, `${error.filename}: ${error.reason}`, { fieldErrors: { source: [error.reason] }, reason: error.code });
    }
    throw error;
  }
  const preview: ImportPreview = {
    filename: input.filename,
    title: parsed.title,
    outlet: { ...parsed.outlet, homepage: parsed.outlet.homepage ?? null },
    url: parsed.url,
    author: parsed.author,
    publishedAt: parsed.publishedAt.toISOString(),
    language: parsed.language,
    format: parsed.format,
    text: parsed.text,
    removedScripts: cleaned.removed,
  };
  if (input.dryRun) return { ...preview, status: 'preview', articleId: null };
  const stored = await importArticle(db, { parsed, source: cleaned.source, filename: input.filename });
  return { ...preview, status: stored.status, articleId: stored.articleId };
}
