// Owns extracting an article from HTML, for full pages and page excerpts
// (parseHtmlDocument), feed fragments (parseHtmlFragment) and Markdown rendered
// to HTML (extractHtml, called by parse-markdown.ts) alike. parse5 builds a spec-compliant
// tree (so mis-nested markup such as 禁闻网's <p><b>…</p><p>…</b></p> parses the
// way a browser would); we then:
//   1. read page metadata (<title>, og:title/og:url, canonical link, author and
//      published-time meta) when present;
//   2. pick the content root (<article>, <main>, .entry … see boilerplate.ts);
//   3. walk the root in document order, turning block elements and <br> into
//      paragraph breaks, skipping chrome elements, dropping link lists, reading
//      standalone <time> elements as dates and a leading list of short names
//      (BBC's <ul><li>斯影</li><li>BBC中文</li></ul>) as the byline;
//   4. route every paragraph through extraction.ts (chrome, bylines, dates,
//      attributions are separated from article text there).
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { normalizeParagraph } from '../text/normalize-body';
import {
  BLOCK_TAGS,
  CONTENT_ROOTS,
  LINK_LIST_DENSITY,
  LINK_PARAGRAPH_DENSITY,
  MIN_ROOT_TEXT,
  SKIPPED_TAGS,
  isChromeElement,
} from './boilerplate';
import { addParagraph, emptyExtraction, type Extraction } from './extraction';
import { splitFeedHeader } from './feed-header';
import { parseDateText, parseRelativeAge } from './published-at';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

function attributes(el: Element): Map<string, string> {
  return new Map(el.attrs.map((a) => [a.name.toLowerCase(), a.value]));
}

/** Elements whose content never reaches the article text. */
function isExcluded(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName) || isChromeElement(attributes(el));
}

function* elements(node: Node, skipExcluded = true): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (skipExcluded && isExcluded(child)) continue;
    yield child;
    yield* elements(child, skipExcluded);
  }
}

type TextStats = { text: string; linkChars: number; chars: number };

/** Visible text of a subtree (excluded elements skipped) and how much of it sits in links. */
function textStats(node: Node, inLink = false): TextStats {
  if (node.nodeName === '#text') {
    const value = (node as DefaultTreeAdapterTypes.TextNode).value;
    const chars = value.replace(/\s+/g, '').length;
    return { text: value, chars, linkChars: inLink ? chars : 0 };
  }
  if (isElement(node) && isExcluded(node)) return { text: '', chars: 0, linkChars: 0 };
  const link = inLink || (isElement(node) && node.tagName === 'a');
  const sep = isElement(node) && (BLOCK_TAGS.has(node.tagName) || node.tagName === 'br') ? ' ' : '';
  const parts = childrenOf(node).map((c) => textStats(c, link));
  return {
    text: sep + parts.map((p) => p.text).join('') + sep,
    chars: parts.reduce((n, p) => n + p.chars, 0),
    linkChars: parts.reduce((n, p) => n + p.linkChars, 0),
  };
}

/** All text under a node, chrome included (for diagnostics only). */
function rawText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style')) return '';
  return childrenOf(node).map(rawText).join(' ');
}

function describe(el: Element): string {
  const attrs = attributes(el);
  const id = attrs.get('id') ? `#${attrs.get('id')}` : '';
  const cls = (attrs.get('class') ?? '').trim().split(/\s+/).filter(Boolean).map((c) => `.${c}`).join('');
  return `${el.tagName}${id}${cls}`;
}

function textOf(node: Node): string {
  return normalizeParagraph(textStats(node).text);
}

function matchesRoot(el: Element, rule: (typeof CONTENT_ROOTS)[number]): boolean {
  if (rule.tag && el.tagName !== rule.tag) return false;
  const attrs = attributes(el);
  if (rule.className && !(attrs.get('class') ?? '').split(/\s+/).includes(rule.className)) return false;
  if (rule.attr && attrs.get(rule.attr[0]) !== rule.attr[1]) return false;
  return true;
}

function findContentRoot(doc: Node): Element | null {
  for (const rule of CONTENT_ROOTS) {
    for (const el of elements(doc)) {
      if (matchesRoot(el, rule) && textStats(el).chars >= MIN_ROOT_TEXT) return el;
    }
  }
  return null;
}

function contains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = 'parentNode' in n ? n.parentNode : null) if (n === ancestor) return true;
  return false;
}

/** Metadata from <head> and page-level elements, most authoritative first. */
function readMetadata(doc: Node, root: Element | null, ex: Extraction): void {
  const titles: string[] = [];
  let ogTitle: string | null = null;
  let docTitle: string | null = null;
  let firstH1: string | null = null;
  let leadingH2: string | null = null;
  let seenParagraph = false;
  const canonical: string[] = [];
  const ogUrls: string[] = [];

  // Metadata lives in <head>, which the content walk skips, so scan it unfiltered.
  for (const el of elements(doc, false)) {
    const attrs = attributes(el);
    const property = (attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase();
    const content = attrs.get('content')?.trim() ?? '';
    if (el.tagName === 'title' && docTitle === null) docTitle = textOf(el) || null;
    if (el.tagName === 'meta' && content !== '') {
      if (property === 'og:title') ogTitle = content;
      if (property === 'og:url') ogUrls.push(content);
      if (property === 'author') ex.bylines.push([content]);
      if (property === 'article:published_time') {
        const date = parseDateText(content, 'article:published_time meta');
        if (date) ex.dates.push(date);
      }
    }
    if (el.tagName === 'link' && (attrs.get('rel') ?? '').split(/\s+/).includes('canonical') && attrs.get('href')) {
      canonical.push(attrs.get('href') as string);
    }
  }
  // After any URL the caller already found (front matter, feed header): canonical link, then og:url.
  ex.urls.push(...canonical, ...ogUrls);

  for (const el of elements(doc)) {
    if (el.tagName === 'p') seenParagraph = true;
    if (el.tagName === 'h1' && firstH1 === null) firstH1 = textOf(el) || null;
    if (el.tagName === 'h2' && leadingH2 === null) {
      const before = root ? !contains(root, el) && !seenRoot(doc, root, el) : !seenParagraph;
      if (before) leadingH2 = textOf(el) || null;
    }
  }
  for (const t of [firstH1, ogTitle, leadingH2, docTitle]) if (t) titles.push(t);
  ex.titles.push(...titles);
}

/** Whether `root` comes before `el` in document order. */
function seenRoot(doc: Node, root: Element, el: Element): boolean {
  for (const e of elements(doc, false)) {
    if (e === root) return true;
    if (e === el) return false;
  }
  return false;
}

/** Block-level elements inside which a <time> is part of a sentence rather than a dateline. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'figcaption']);

const SENTENCE_PUNCTUATION = /[。！？；!?;，,]/;
const MAX_BYLINE_ITEM = 30;
const MAX_BYLINE_ITEMS = 6;

class BlockWalker {
  private buffer = '';
  private linkChars = 0;
  private chars = 0;
  private textBlockDepth = 0;

  constructor(private readonly ex: Extraction) {}

  walk(node: Node, inLink = false): void {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      const chars = value.replace(/\s+/g, '').length;
      this.buffer += value;
      this.chars += chars;
      if (inLink) this.linkChars += chars;
      return;
    }
    if (!isElement(node)) {
      if (node.nodeName === '#document' || node.nodeName === '#document-fragment') {
        for (const child of childrenOf(node)) this.walk(child, inLink);
      }
      return; // comments, doctype
    }
    const tag = node.tagName;
    const block = BLOCK_TAGS.has(tag);
    if (isExcluded(node)) {
      if (block) this.flush();
      const dropped = normalizeParagraph(rawText(node));
      if (dropped !== '') this.ex.dropped.push({ text: dropped, rule: `element:${describe(node)}` });
      return;
    }
    if (tag === 'br') return this.flush();
    if (tag === 'time' && this.textBlockDepth === 0) return this.readTime(node);
    if (tag === 'ul' || tag === 'ol') return this.readList(node);

    if (block) this.flush();
    const textBlock = TEXT_BLOCKS.has(tag);
    if (textBlock) this.textBlockDepth++;
    for (const child of childrenOf(node)) this.walk(child, inLink || tag === 'a');
    if (textBlock) this.textBlockDepth--;
    if (block) this.flush();
  }

  flush(): void {
    const raw = this.buffer;
    const { chars, linkChars } = this;
    this.buffer = '';
    this.chars = 0;
    this.linkChars = 0;
    if (chars === 0) return;
    if (linkChars / chars >= LINK_PARAGRAPH_DENSITY) {
      this.ex.dropped.push({ text: normalizeParagraph(raw), rule: 'link-line' });
      return;
    }
    addParagraph(this.ex, raw);
  }

  /** A standalone <time>: its datetime attribute (and any relative age it shows) is date evidence. */
  private readTime(el: Element): void {
    this.flush();
    const shown = textOf(el);
    const datetime = attributes(el).get('datetime') ?? shown;
    const candidate = parseDateText(datetime, `<time datetime="${datetime}">`);
    if (candidate?.kind === 'day') {
      // An HTML date-only datetime names a UTC calendar day.
      this.ex.dates.push({ ...candidate, zone: 'UTC', relative: parseRelativeAge(shown) });
    } else if (candidate) {
      this.ex.dates.push(candidate);
    }
    this.ex.dropped.push({ text: shown, rule: 'time' });
  }

  private readList(list: Element): void {
    this.flush();
    const items = childrenOf(list).filter((c): c is Element => isElement(c) && c.tagName === 'li' && !isExcluded(c));
    const stats = textStats(list);
    if (stats.chars === 0) return;
    if (stats.linkChars / stats.chars >= LINK_LIST_DENSITY) {
      this.ex.dropped.push({ text: textOf(list), rule: 'link-list' });
      return;
    }
    const texts = items.map(textOf).filter((t) => t !== '');
    const bylineLike =
      this.ex.paragraphs.length === 0 &&
      texts.length > 0 &&
      texts.length <= MAX_BYLINE_ITEMS &&
      texts.every((t) => [...t].length <= MAX_BYLINE_ITEM && !SENTENCE_PUNCTUATION.test(t));
    if (bylineLike) {
      this.ex.bylines.push(texts);
      this.ex.dropped.push({ text: texts.join(' / '), rule: 'byline-list' });
      return;
    }
    for (const item of items) this.walk(item);
    this.flush();
  }
}

/** Adds what an HTML document or fragment contains to the extraction. */
export function extractHtml(html: string, ex: Extraction): void {
  const doc = parse(html);
  const root = findContentRoot(doc);
  readMetadata(doc, root, ex);
  const walker = new BlockWalker(ex);
  walker.walk(root ?? doc);
  walker.flush();
}

/** A feed item: feed header (capture stamp, Markdown title link) followed by an HTML body. */
export function parseHtmlFragment(source: string): Extraction {
  const ex = emptyExtraction('html-fragment');
  const header = splitFeedHeader(source);
  if (header.title) ex.titles.push(header.title);
  if (header.url) ex.urls.push(header.url);
  if (header.capturedAt) ex.dates.push({ kind: 'captured', at: header.capturedAt, source: 'feed capture stamp' });
  extractHtml(header.rest, ex);
  return ex;
}

/** HTML markup (a page or a page excerpt) carrying its own title. */
export function parseHtmlDocument(source: string): Extraction {
  const ex = emptyExtraction('html');
  extractHtml(source, ex);
  return ex;
}
