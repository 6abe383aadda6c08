// Owns importing one source file: reject unusable input, dispatch on format,
// then assemble the ParsedArticle (outlet, language, date, author, normalised
// text) from what the format parser extracted.
import { errorMessage, type ErrorMessage } from '../i18n/error-message';
import { findOutletBySlug, isNonPublisherUrl, isOutletName, type Outlet } from '../outlets/known-outlets';
import { chooseLanguage } from '../text/detect-language';
import { normalizeBody, normalizeParagraph } from '../text/normalize-body';
import { LINE_CONTROL_PATTERN } from '../text/plain-text';
import { detectFormat } from './detect-format';
import type { Extraction } from './extraction';
import { identifyOutlet } from './identify-outlet';
import { ImportError } from './import-error';
import { parseMarkdown } from './parse-markdown';
import { parseHtmlDocument, parseHtmlFragment } from './parse-html';
import { parsePlainText } from './parse-plain-text';
import { latestMentionedDate, resolvePublishedAt } from './published-at';
import type { ArticleFormat, ArticleLanguage, FieldSources, ParsedArticle, PublishedAtEvidence } from './types';

/** Bodies shorter than this (code points) are not articles (a nav bar, a stub, a cookie wall). */
export const MIN_ARTICLE_TEXT = 30;
/** Share of control or U+FFFD characters above which a source is treated as binary. */
const MAX_GARBAGE_SHARE = 0.01;

const PARSERS: Record<ArticleFormat, (source: string, filename: string) => Extraction> = {
  text: parsePlainText,
  markdown: parseMarkdown,
  'html-fragment': parseHtmlFragment,
  html: parseHtmlDocument,
};

function binaryReason(source: string): ErrorMessage | null {
  if (source.includes('\u0000')) return errorMessage('import.nulBytes');
  const garbage = source.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/gu)?.length ?? 0;
  if (garbage >= 4 && garbage / source.length > MAX_GARBAGE_SHARE) {
    return errorMessage('import.garbage', { count: garbage, length: source.length });
  }
  return null;
}

/** An absolute http(s) URL without control characters (front matter can smuggle a NUL in). */
function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || LINE_CONTROL_PATTERN.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function codePointLength(text: string): number {
  return [...text].length;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/** The editor's corrections to extracted metadata: applied before any check that could refuse. */
export type ArticleCorrections = {
  title?: string;
  author?: string | null;
  url?: string | null;
  publishedAt?: string | Date;
  language?: ArticleLanguage;
  outlet?: { slug: string; name: string; homepage?: string | null; language?: ArticleLanguage };
};

/**
 * What the review step shows: every field the importer could fill, with where it came from;
 * an outlet or a date it could not find is null and listed in `missing` (the editor supplies
 * it), never a refusal.
 */
export type ArticleDraft = Omit<ParsedArticle, 'outlet' | 'publishedAt' | 'publishedAtEvidence'> & {
  outlet: Outlet | null;
  /** Whether the outlet is one lib/outlets knows (not a proposal from the site name or host). */
  outletKnown: boolean;
  publishedAt: Date | null;
  publishedAtEvidence: PublishedAtEvidence | null;
  /** The site's own name (og:site_name, JSON-LD publisher) when the page states it. */
  siteName: string | null;
  sources: FieldSources;
  missing: ('outlet' | 'publishedAt')[];
};

export function extractArticle(input: { filename: string; source: string; corrections?: ArticleCorrections }): ArticleDraft {
  const { filename, source } = input;
  const fix = input.corrections ?? {};
  if (source.trim() === '') throw new ImportError(filename, 'empty', errorMessage('import.empty'));
  const binary = binaryReason(source);
  if (binary) throw new ImportError(filename, 'binary', binary);

  const format = detectFormat(filename, source);
  const ex = PARSERS[format](source, filename);

  const titleIndex = ex.titles.findIndex((t) => normalizeParagraph(t) !== '');
  const extractedTitle = titleIndex === -1 ? null : normalizeParagraph(ex.titles[titleIndex]!);
  let paragraphs = ex.paragraphs.map(normalizeParagraph).filter((p) => p !== '');
  // The title is not part of the body: drop a copy of it among the first paragraphs.
  const titleCopy = extractedTitle === null ? -1 : paragraphs.slice(0, 3).findIndex((p) => sameText(p, extractedTitle));
  if (titleCopy !== -1) paragraphs = paragraphs.filter((_, i) => i !== titleCopy);
  const text = normalizeBody(paragraphs);

  if (codePointLength(text) < MIN_ARTICLE_TEXT) {
    throw new ImportError(
      filename,
      'no-article-text',
      errorMessage('import.noText', { format: { term: 'serverErrors.format', value: format }, length: codePointLength(text) }),
    );
  }
  const title = fix.title ?? extractedTitle;
  if (title === null) throw new ImportError(filename, 'no-title', errorMessage('import.noTitle', { format: { term: 'serverErrors.format', value: format } }));

  // What the page declares, checked against its letters (lib/text/languages.ts).
  const detected = chooseLanguage(ex.languages, `${title}\n${text}`);
  const siteNames = ex.siteNames.map((s) => normalizeParagraph(s.name)).filter((n) => n !== '');
  const identified = fix.outlet
    ? null
    : identifyOutlet({ source, attributions: ex.attributions, urls: ex.urls, paragraphs, language: detected ?? 'zh-Hans', siteNames });
  const corrected = fix.outlet
    ? {
        slug: fix.outlet.slug,
        name: fix.outlet.name,
        homepage: fix.outlet.homepage ?? findOutletBySlug(fix.outlet.slug)?.homepage ?? null,
        language: fix.outlet.language ?? detected ?? 'zh-Hans',
      }
    : null;
  const outlet = corrected ?? identified?.outlet ?? null;
  const timeZone = (fix.outlet ? findOutletBySlug(fix.outlet.slug)?.timeZone : identified?.timeZone) ?? 'UTC';
  const language = fix.language ?? detected ?? outlet?.language ?? 'zh-Hans';

  const resolved = fix.publishedAt
    ? { at: new Date(fix.publishedAt), evidence: { source: 'editor', precision: 'second' as const, estimated: false } }
    : resolvePublishedAt(ex.dates, timeZone, latestMentionedDate(paragraphs));

  // A republisher's or feed service's URL is not the article's canonical URL.
  const urlIndex = ex.urls.findIndex((u) => isHttpUrl(u.trim()) && !isNonPublisherUrl(u.trim()));
  const url = fix.url !== undefined ? fix.url : urlIndex === -1 ? null : ex.urls[urlIndex]!.trim();

  const outletNames = new Set([outlet?.name.toLowerCase(), ...siteNames.map((n) => n.toLowerCase())]);
  const bylineIndex = ex.bylines.findIndex((names) => personNames(names, outletNames).length > 0);
  const extractedAuthor = bylineIndex === -1 ? null : personNames(ex.bylines[bylineIndex]!, outletNames).join('、');
  const author = fix.author !== undefined ? fix.author : extractedAuthor;

  const missing: ArticleDraft['missing'] = [];
  if (!outlet) missing.push('outlet');
  if (!resolved) missing.push('publishedAt');
  return {
    title,
    outlet,
    outletKnown: !fix.outlet && identified !== null && findOutletBySlug(identified.outlet.slug) !== null,
    url,
    author,
    publishedAt: resolved?.at ?? null,
    publishedAtEvidence: resolved?.evidence ?? null,
    language,
    text,
    format,
    siteName: siteNames[0] ?? null,
    sources: {
      title: fix.title !== undefined ? 'editor' : (ex.titleSources[titleIndex] ?? null),
      author: fix.author !== undefined ? 'editor' : bylineIndex === -1 ? null : (ex.bylineSources[bylineIndex] ?? null),
      url: fix.url !== undefined ? 'editor' : urlIndex === -1 ? null : (ex.urlSources[urlIndex] ?? null),
      outlet: fix.outlet ? 'editor' : (identified?.evidence ?? null),
      publishedAt: resolved?.evidence.source ?? null,
    },
    missing,
  };
}

function personNames(names: readonly string[], outletNames: ReadonlySet<string | undefined>): string[] {
  return names.map(normalizeParagraph).filter((n) => n !== '' && !isOutletName(n) && !outletNames.has(n.toLowerCase()));
}

/**
 * Extracts and checks one file, the editor's corrections applied first: refuses it when
 * the outlet or the date is still unknown (the seed loader and the CLI, which have no
 * review step, import only what is complete).
 */
export function parseArticle(input: { filename: string; source: string; corrections?: ArticleCorrections }): ParsedArticle {
  const draft = extractArticle(input);
  return requireComplete(input.filename, draft);
}

export function requireComplete(filename: string, draft: ArticleDraft): ParsedArticle {
  if (!draft.outlet) {
    throw new ImportError(
      filename,
      'unknown-outlet',
      errorMessage('import.unknownOutlet'),
    );
  }
  if (!draft.publishedAt || !draft.publishedAtEvidence) {
    throw new ImportError(filename, 'no-date', errorMessage('import.noDate'));
  }
  return {
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    author: draft.author,
    publishedAt: draft.publishedAt,
    publishedAtEvidence: draft.publishedAtEvidence,
    language: draft.language,
    text: draft.text,
    format: draft.format,
  };
}
