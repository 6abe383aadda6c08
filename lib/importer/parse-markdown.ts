// Owns extracting an article from Markdown: YAML front matter (read with the
// `yaml` package), an optional feed header (feed-header.ts), then the body
// rendered to HTML with markdown-it (raw HTML passes through, as Markdown
// allows) and extracted by the shared HTML extractor.
//
// Front-matter keys used: title; from / url / link / canonical_url (article
// URL); author / authors; date / published / published_at; lang / language.
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { decodeEntities } from '../text/decode-entities';
import { normalizeParagraph } from '../text/normalize-body';
import { addByline, addTitle, addUrl, emptyExtraction, type Extraction } from './extraction';
import { splitFeedHeader } from './feed-header';
import { ImportError } from './import-error';
import { extractHtml } from './parse-html';
import { parseDateText } from './published-at';

const markdown = new MarkdownIt({ html: true, linkify: false });

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export type FrontMatter = { data: Record<string, unknown>; body: string } | null;

/** Splits leading YAML front matter off a document; null when there is none. */
export function splitFrontMatter(source: string, filename: string): FrontMatter {
  const m = FRONT_MATTER.exec(source);
  if (!m) return null;
  let data: unknown;
  try {
    data = parseYaml(m[1] as string);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(filename, 'invalid-front-matter', `the YAML front matter cannot be parsed (${detail})`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportError(filename, 'invalid-front-matter', 'the YAML front matter is not a key/value mapping');
  }
  return { data: data as Record<string, unknown>, body: source.slice(m[0].length) };
}

function firstString(data: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter((v) => v !== '');
  if (Array.isArray(value)) return value.flatMap(names);
  return [];
}

export function parseMarkdown(source: string, filename: string): Extraction {
  const ex = emptyExtraction('markdown');
  const front = splitFrontMatter(source, filename);
  const data = front?.data ?? {};

  const title = firstString(data, ['title']);
  if (title) addTitle(ex, normalizeParagraph(decodeEntities(title)), 'front-matter');
  const language = firstString(data, ['lang', 'language']);
  if (language) ex.languages.push(language);
  const url = firstString(data, ['from', 'url', 'link', 'canonical_url', 'canonical']);
  if (url) addUrl(ex, url, 'front-matter');
  const authors = [...names(data.author), ...names(data.authors)];
  if (authors.length > 0) addByline(ex, authors, 'front-matter');
  for (const key of ['date', 'published', 'published_at']) {
    const value = data[key];
    const date =
      value instanceof Date
        ? { kind: 'instant' as const, at: value, precision: 'second' as const, source: `front matter "${key}"` }
        : typeof value === 'string'
          ? parseDateText(value, `front matter "${key}"`)
          : null;
    if (date) {
      ex.dates.push(date);
      break;
    }
  }

  const header = splitFeedHeader(front?.body ?? source);
  if (header.title) addTitle(ex, header.title, 'feed-header');
  if (header.url) addUrl(ex, header.url, 'feed-header');
  if (header.capturedAt) ex.dates.push({ kind: 'captured', at: header.capturedAt, source: 'feed capture stamp' });

  extractHtml(markdown.render(header.rest), ex, filename);
  return ex;
}
