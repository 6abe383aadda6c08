// Owns importing one source file: reject unusable input, dispatch on format,
// then assemble the ParsedArticle (outlet, language, date, author, normalised
// text) from what the format parser extracted.
import { isNonPublisherUrl, isOutletName } from '../outlets/known-outlets';
import { detectChineseScript } from '../text/detect-script';
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
import type { ArticleFormat, ParsedArticle } from './types';

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

function binaryReason(source: string): string | null {
  if (source.includes('\u0000')) return 'it contains NUL bytes: this is a binary file, not article text';
  const garbage = source.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/gu)?.length ?? 0;
  if (garbage >= 4 && garbage / source.length > MAX_GARBAGE_SHARE) {
    return `${garbage} of its ${source.length} characters are control characters or invalid UTF-8: this is not article text`;
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

export function parseArticle(input: { filename: string; source: string }): ParsedArticle {
  const { filename, source } = input;
  if (source.trim() === '') throw new ImportError(filename, 'empty', 'the file is empty');
  const binary = binaryReason(source);
  if (binary) throw new ImportError(filename, 'binary', binary);

  const format = detectFormat(filename, source);
  const ex = PARSERS[format](source, filename);

  const title = ex.titles.map(normalizeParagraph).find((t) => t !== '') ?? null;
  let paragraphs = ex.paragraphs.map(normalizeParagraph).filter((p) => p !== '');
  // The title is not part of the body: drop a copy of it among the first paragraphs.
  const titleCopy = title === null ? -1 : paragraphs.slice(0, 3).findIndex((p) => sameText(p, title));
  if (titleCopy !== -1) paragraphs = paragraphs.filter((_, i) => i !== titleCopy);
  const text = normalizeBody(paragraphs);

  if (codePointLength(text) < MIN_ARTICLE_TEXT) {
    throw new ImportError(
      filename,
      'no-article-text',
      `no article text found in this ${format} file (${codePointLength(text)} characters after removing markup and site chrome)`,
    );
  }
  if (title === null) throw new ImportError(filename, 'no-title', `no title found in this ${format} file`);

  const detected = detectChineseScript(`${title}\n${text}`);
  const identified = identifyOutlet({
    source,
    attributions: ex.attributions,
    urls: ex.urls,
    paragraphs,
    language: detected ?? 'zh-Hans',
  });
  if (!identified) {
    const named = ex.attributions.length > 0 ? ` (attribution names "${ex.attributions[0]}", not a known outlet)` : '';
    throw new ImportError(
      filename,
      'unknown-outlet',
      `cannot tell which outlet published this article: no known outlet's URL, attribution or dateline, and no article URL${named}`,
    );
  }
  const language = detected ?? identified.outlet.language;

  const resolved = resolvePublishedAt(ex.dates, identified.timeZone, latestMentionedDate(paragraphs));
  if (!resolved) throw new ImportError(filename, 'no-date', 'no publication date found (no date field, date line or dated text)');

  // A republisher's or feed service's URL is not the article's canonical URL.
  const url = ex.urls.map((u) => u.trim()).find((u) => isHttpUrl(u) && !isNonPublisherUrl(u)) ?? null;

  const outletNames = new Set([identified.outlet.name.toLowerCase()]);
  const author =
    ex.bylines
      .map((names) => names.map(normalizeParagraph).filter((n) => n !== '' && !isOutletName(n) && !outletNames.has(n.toLowerCase())))
      .find((names) => names.length > 0)
      ?.join('、') ?? null;

  return {
    title,
    outlet: identified.outlet,
    url,
    author,
    publishedAt: resolved.at,
    publishedAtEvidence: resolved.evidence,
    language,
    text,
    format,
  };
}
