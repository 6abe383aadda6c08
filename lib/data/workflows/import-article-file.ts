// Imports one article for an editor: fetches it when given an address (lib/http/fetch-page.ts),
// checks it (size, binary, encoding), strips scripts from the stored source, extracts it with
// the editor's corrections applied first, matches the outlet to one already stored (by
// homepage, then by site name), and stores it, or, for a dry run, returns the review: each
// field with where it came from, and what is missing (an unknown outlet or date is proposed
// or asked for, never a refusal). Same path for the UI, the API and the CLI.
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { fetchPage } from '../../http/fetch-page';
import {
  checkUploadText,
  extractArticle,
  ImportError,
  requireComplete,
  stripScripts,
  type ArticleCorrections,
  type ArticleDraft,
  type ParsedArticle,
} from '../../importer';
import type { ImportArticleInput } from '../../importer/import-input';
import type { ImportPreview, ImportResult } from '../../importer/import-result';
import { matchOutlet } from '../../outlets/match-outlet';
import { importArticle } from './import-article';
import { toLanguageCode } from '../map-rows';

/** What an import answers (lib/importer/import-result.ts declares it once). */
export type { ImportPreview } from '../../importer/import-result';
export type ImportArticleFileResult = ImportResult;

function corrections(overrides: ImportArticleInput['overrides']): ArticleCorrections | undefined {
  if (!overrides) return undefined;
  return { ...overrides, outlet: overrides.outlet && { ...overrides.outlet, homepage: overrides.outlet.homepage ?? null } };
}

const FIELD_OF: Partial<Record<ImportError['code'], string>> = { 'no-date': 'publishedAt', 'unknown-outlet': 'outlet', 'no-title': 'title' };

function toAppError(error: ImportError): AppError {
  // A file over the size limit is too large (413), not invalid (422); the field error stays for forms.
  const code = error.code === 'too-large' ? 'too_large' : 'validation';
  const field = FIELD_OF[error.code] ?? 'source';
  return new AppError(code, errorMessage('import.failed', { filename: error.filename, reason: error.reasonMessage }), {
    fieldErrors: { [field]: [error.reasonMessage] },
    reason: error.code,
  });
}

/** The outlet already stored that this page belongs to, unless the editor chose one. */
async function withStoredOutlet(db: Db, draft: ArticleDraft, corrected: boolean): Promise<{ draft: ArticleDraft; exists: boolean }> {
  const stored = await db.outlet.findMany({ select: { slug: true, name: true, homepage: true, language: true }, orderBy: { id: 'asc' } });
  if (draft.outlet && stored.some((o) => o.slug === draft.outlet!.slug)) return { draft, exists: true };
  if (corrected) return { draft, exists: false };
  const match = matchOutlet(stored, { urls: [draft.url], names: [draft.siteName, draft.outlet?.name] });
  if (!match) return { draft, exists: false };
  const { slug, name, homepage, language } = match.outlet;
  return {
    exists: true,
    draft: {
      ...draft,
      outlet: { slug, name, homepage, language: toLanguageCode(language) },
      sources: { ...draft.sources, outlet: `stored outlet with the same ${match.by === 'homepage' ? 'homepage' : 'site name'}` },
      missing: draft.missing.filter((m) => m !== 'outlet'),
    },
  };
}

export async function importArticleFile(db: Db, { input }: { actor: Actor; input: ImportArticleInput }): Promise<ImportArticleFileResult> {
  let filename = input.filename;
  let raw = input.source;
  let fetched = false;
  if (raw === '' && input.sourceUrl) {
    const page = await fetchPage(input.sourceUrl);
    raw = page.html;
    filename = page.filename;
    fetched = true;
  }
  let draft: ArticleDraft;
  let cleaned: { source: string; removed: number };
  try {
    checkUploadText(filename, raw);
    cleaned = stripScripts(raw);
    draft = extractArticle({ filename, source: cleaned.source, corrections: corrections(input.overrides) });
  } catch (error) {
    if (error instanceof ImportError) throw toAppError(error);
    throw error;
  }
  // A fetched page without a canonical URL of its own is known by the address it came from.
  if (fetched && draft.url === null && input.overrides?.url === undefined) {
    draft = { ...draft, url: input.sourceUrl ?? null, sources: { ...draft.sources, url: 'fetched address' } };
  }
  const matched = await withStoredOutlet(db, draft, input.overrides?.outlet !== undefined);
  draft = matched.draft;
  const preview: ImportPreview = {
    filename,
    title: draft.title,
    outlet: draft.outlet,
    outletExists: matched.exists,
    siteName: draft.siteName,
    url: draft.url,
    author: draft.author,
    publishedAt: draft.publishedAt?.toISOString() ?? null,
    language: draft.language,
    format: draft.format,
    text: draft.text,
    removedScripts: cleaned.removed,
    sources: draft.sources,
    missing: draft.missing,
    source: fetched ? raw : null,
  };
  if (input.dryRun) return { ...preview, status: 'preview', articleId: null };
  let parsed: ParsedArticle;
  try {
    parsed = requireComplete(filename, draft);
  } catch (error) {
    if (error instanceof ImportError) throw toAppError(error);
    throw error;
  }
  const stored = await importArticle(db, { parsed, source: cleaned.source, filename });
  return { ...preview, status: stored.status, articleId: stored.articleId };
}
