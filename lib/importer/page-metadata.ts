// Owns reading what a web page says about itself, before any heuristic looks at its text:
//   1. JSON-LD (<script type="application/ld+json">): the NewsArticle/Article (also inside
//      @graph and arrays): headline, author (Person, Organization, string, or a list of
//      them), datePublished, dateModified, publisher, url; WebSite/Organization names;
//   2. Open Graph and article:* meta (og:title, og:site_name, og:url,
//      article:published_time, article:author when it is a name, not a profile URL);
//   3. other <meta>: name=author, byl ("By …"), parsely-*, dc.creator, itemprop=datePublished;
//   4. byline markup: rel=author, itemprop=author (its itemprop=name when nested), .byline,
//      .author-name and similar, and <time> marked as the publication time (itemprop,
//      pubdate, a "published" class) anywhere on the page.
// Everything here is bounded: JSON-LD blocks are size-capped and walked with an explicit
// stack, so a hostile page cannot make this slow or deep.
import type { DateCandidate } from './published-at';
import { parseDateText } from './published-at';
import { normalizeParagraph } from '../text/normalize-body';
import { attributes, childrenOf, elements, type Element, type Node } from './html-tree';
import type { FieldSource } from './extraction';

type Sourced<T> = { value: T; source: FieldSource };

export type PageMetadata = {
  titles: Sourced<string>[];
  bylines: Sourced<string[]>[];
  dates: DateCandidate[];
  urls: Sourced<string>[];
  siteNames: Sourced<string>[];
  /** Declared language tags: JSON-LD inLanguage, og:locale, content-language meta, <html lang>. */
  languages: string[];
  /** Byline-markup elements: their text is metadata, not article text. */
  bylineElements: Set<Element>;
};

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'scholarlyarticle',
  'report',
]);
const MAX_JSON_LD_CHARS = 500_000;
const MAX_JSON_LD_NODES = 20_000;
const MAX_NAME = 80;

function typesOf(value: Record<string, unknown>): string[] {
  const t = value['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/#]/, ''));
}

function str(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = normalizeParagraph(value);
    return text === '' ? null : text;
  }
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return str(o['@value'] ?? o.name);
  }
  return null;
}

function looksLikeUrl(text: string): boolean {
  return /^(https?:)?\/\//i.test(text) || /^[\w.-]+\.[a-z]{2,}\//i.test(text);
}

/** Names of people (or organisations, when no person is named) in an author value. */
function authorNames(value: unknown): string[] {
  const people: string[] = [];
  const orgs: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const entry of list.slice(0, 20)) {
    if (typeof entry === 'string') {
      people.push(...splitNames(entry));
      continue;
    }
    if (!entry || typeof entry !== 'object') continue;
    const o = entry as Record<string, unknown>;
    const name = str(o.name);
    if (!name || looksLikeUrl(name)) continue;
    (typesOf(o).includes('organization') || typesOf(o).includes('newsmediaorganization') ? orgs : people).push(name);
  }
  return (people.length > 0 ? people : orgs).filter((n) => [...n].length <= MAX_NAME && !looksLikeUrl(n));
}

/** "By Jane Doe and John Roe" / "文／王小明、李四" → names. */
export function splitNames(raw: string): string[] {
  const text = normalizeParagraph(raw)
    .replace(/^(?:by|von|par|por|written by|作者|记者|記者|撰文|文|编辑|編輯)\s*[:：/／|｜]?\s*/i, '')
    .replace(/\s*[|｜].*$/, '');
  return text
    .split(/\s*(?:,|，|、|;|；|\band\b|&)\s*/i)
    .map((n) => n.trim())
    .filter((n) => n !== '' && [...n].length <= MAX_NAME && !looksLikeUrl(n));
}

function textOf(root: Node): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') text += (node as { value: string }).value;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return normalizeParagraph(text);
}

/** Every object in a JSON-LD value (arrays, @graph, nested values), breadth first, capped. */
function jsonLdObjects(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length && i < MAX_JSON_LD_NODES; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object') {
      found.push(v as Record<string, unknown>);
      for (const [key, child] of Object.entries(v)) if (key !== '@context' && child && typeof child === 'object') queue.push(child);
    }
  }
  return found;
}

function readJsonLd(scripts: string[], meta: PageMetadata): void {
  const objects: Record<string, unknown>[] = [];
  for (const raw of scripts) {
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    try {
      // Some CMSs wrap the JSON in CDATA comments or leave trailing semicolons.
      objects.push(...jsonLdObjects(JSON.parse(raw.trim().replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '').replace(/;\s*$/, ''))));
    } catch {
      // A broken block is ignored: the page's other metadata still counts.
    }
  }
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  if (article) {
    const inLanguage = article.inLanguage;
    const language = typeof inLanguage === 'string' ? inLanguage : inLanguage && typeof inLanguage === 'object' ? str((inLanguage as Record<string, unknown>).alternateName) ?? str((inLanguage as Record<string, unknown>).name) : null;
    if (language) meta.languages.push(language);
    const headline = str(article.headline) ?? str(article.name);
    if (headline) meta.titles.push({ value: headline, source: 'json-ld' });
    const authors = authorNames(article.author ?? article.creator);
    const publisher = article.publisher && typeof article.publisher === 'object' ? str(article.publisher) : str(article.publisher);
    const people = authors.filter((a) => a !== publisher);
    if (people.length > 0) meta.bylines.push({ value: people, source: 'json-ld' });
    for (const key of ['datePublished', 'dateCreated', 'dateModified'] as const) {
      const value = str(article[key]);
      const date = value ? parseDateText(value, `JSON-LD ${key}`) : null;
      if (date) {
        meta.dates.push(date);
        break;
      }
    }
    if (publisher) meta.siteNames.push({ value: publisher, source: 'json-ld' });
    const mainEntity = article.mainEntityOfPage;
    const url = str(article.url) ?? (mainEntity && typeof mainEntity === 'object' ? str((mainEntity as Record<string, unknown>)['@id']) : str(mainEntity));
    if (url && /^https?:\/\//i.test(url)) meta.urls.push({ value: url, source: 'json-ld' });
  }
  const site = objects.find((o) => typesOf(o).includes('website'));
  const siteName = site ? str(site.name) : null;
  if (siteName) meta.siteNames.push({ value: siteName, source: 'json-ld' });
}

const BYLINE_CLASSES = new Set(['byline', 'author', 'author-name', 'authors', 'byline__name', 'byline-name', 'article-author', 'post-author', 'author-info']);
const MAX_BYLINE_MARKUP = 120;

/** Whether an element is byline markup: rel=author, itemprop=author or a byline class. */
export function isBylineElement(el: Element, attrs = attributes(el)): boolean {
  if ((attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('author')) return true;
  if ((attrs.get('itemprop') ?? '').toLowerCase().split(/\s+/).includes('author')) return true;
  const classes = (attrs.get('class') ?? '').toLowerCase().split(/\s+/);
  return classes.some((c) => BYLINE_CLASSES.has(c) || c.startsWith('byline'));
}

function isPublishedTime(attrs: Map<string, string>): boolean {
  if (attrs.has('pubdate')) return true;
  if ((attrs.get('itemprop') ?? '').toLowerCase() === 'datepublished') return true;
  return /(^|[\s_-])(published|publish-date|pubdate|post-date|entry-date|date-published)([\s_-]|$)/i.test(attrs.get('class') ?? '');
}

/** Reads the page's own metadata (see the header). `doc` is the whole parse5 document. */
export function readPageMetadata(doc: Node): PageMetadata {
  const meta: PageMetadata = { titles: [], bylines: [], dates: [], urls: [], siteNames: [], languages: [], bylineElements: new Set() };
  const metaLanguages: string[] = [];
  let htmlLang: string | null = null;
  const scripts: string[] = [];
  const og: { title?: string; siteName?: string; url?: string; twitterTitle?: string } = {};
  const ogDates: DateCandidate[] = [];
  const metaDates: DateCandidate[] = [];
  const ogAuthors: string[][] = [];
  const metaAuthors: string[][] = [];
  const markupBylines: string[][] = [];
  const markupDates: DateCandidate[] = [];

  for (const el of elements(doc, false)) {
    const attrs = attributes(el);
    if (el.tagName === 'html') htmlLang ??= attrs.get('lang') ?? attrs.get('xml:lang') ?? null;
    if (el.tagName === 'meta' && (attrs.get('http-equiv') ?? '').toLowerCase().trim() === 'content-language') {
      const content = (attrs.get('content') ?? '').split(',')[0]!.trim();
      if (content) metaLanguages.push(content);
    }
    if (el.tagName === 'script' && (attrs.get('type') ?? '').toLowerCase().trim() === 'application/ld+json') {
      scripts.push(rawTextOf(el));
      continue;
    }
    if (el.tagName === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase().trim();
      const content = normalizeParagraph(attrs.get('content') ?? '');
      if (content === '') continue;
      if (key === 'og:title') og.title ??= content;
      else if (key === 'twitter:title') og.twitterTitle ??= content;
      else if (key === 'og:site_name') og.siteName ??= content;
      else if (key === 'og:url') og.url ??= content;
      else if (key === 'og:locale' || key === 'language' || key === 'dc.language' || key === 'inlanguage') metaLanguages.push(content);
      else if (key === 'article:published_time') pushDate(ogDates, content, 'article:published_time meta');
      else if (key === 'article:author' && !looksLikeUrl(content)) ogAuthors.push(splitNames(content));
      else if (['author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'cxenseparse:author'].includes(key) && !looksLikeUrl(content))
        metaAuthors.push(splitNames(content));
      else if (['datepublished', 'parsely-pub-date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created', 'sailthru.date'].includes(key))
        pushDate(metaDates, content, `${key} meta`);
    }
  }
  // Markup in the page body, chrome (comments, sidebars, hidden boxes) skipped: a commenter's
  // .author is not the article's.
  for (const el of elements(doc)) {
    const attrs = attributes(el);
    if (el.tagName === 'time' && isPublishedTime(attrs)) {
      const value = attrs.get('datetime') ?? textOf(el);
      pushDate(markupDates, value, `<time datetime="${value}"> marked as published`);
    }
    if (isBylineElement(el, attrs) && !hasBylineAncestor(el, meta.bylineElements)) {
      const text = bylineText(el);
      if (text !== '' && [...text].length <= MAX_BYLINE_MARKUP) {
        meta.bylineElements.add(el);
        const names = splitNames(text);
        if (names.length > 0 && !markupBylines.some((b) => b.join() === names.join())) markupBylines.push(names);
      }
    }
  }

  readJsonLd(scripts, meta);
  if (og.title) meta.titles.push({ value: og.title, source: 'open-graph' });
  if (og.twitterTitle) meta.titles.push({ value: og.twitterTitle, source: 'meta' });
  if (og.siteName) meta.siteNames.unshift({ value: og.siteName, source: 'open-graph' });
  if (og.url) meta.urls.push({ value: og.url, source: 'open-graph' });
  for (const names of ogAuthors) if (names.length > 0) meta.bylines.push({ value: names, source: 'open-graph' });
  for (const names of metaAuthors) if (names.length > 0) meta.bylines.push({ value: names, source: 'meta' });
  // Nested byline markup (an itemprop=author holding an itemprop=name) reads once: the outer one.
  for (const names of markupBylines) meta.bylines.push({ value: names, source: 'byline-markup' });
  meta.dates.push(...ogDates, ...metaDates, ...markupDates);
  meta.languages.push(...metaLanguages);
  if (htmlLang) meta.languages.push(htmlLang);
  return meta;
}

function hasBylineAncestor(el: Element, found: Set<Element>): boolean {
  for (let p = el.parentNode; p; p = (p as Element).parentNode ?? null) if (found.has(p as Element)) return true;
  return false;
}

function pushDate(list: DateCandidate[], value: string, source: string): void {
  const date = parseDateText(value, source);
  if (date) list.push(date.kind === 'day' ? { ...date, zone: 'UTC' } : date);
}

/** A byline element's names: an itemprop=name inside it when there is one, else its text. */
function bylineText(el: Element): string {
  for (const child of elements(el, false)) {
    if ((attributes(child).get('itemprop') ?? '').toLowerCase() === 'name') return textOf(child);
  }
  return textOf(el);
}

function rawTextOf(el: Element): string {
  return childrenOf(el)
    .filter((c) => c.nodeName === '#text')
    .map((c) => (c as { value: string }).value)
    .join('');
}

