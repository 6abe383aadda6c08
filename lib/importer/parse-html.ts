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
// Every walk over the tree is iterative (an explicit stack, never the call stack) and visits
// each node a bounded number of times, so import time stays linear in the size of the file
// however deep the markup nests; past MAX_HTML_DEPTH levels the file is refused outright.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { normalizeParagraph } from '../text/normalize-body';
import { BLOCK_TAGS, CONTENT_ROOTS, LINK_LIST_DENSITY, LINK_PARAGRAPH_DENSITY, MIN_ROOT_TEXT } from './boilerplate';
import { addByline, addParagraph, addTitle, addUrl, emptyExtraction, type Extraction } from './extraction';
import { splitFeedHeader } from './feed-header';
import { attributes, childrenOf, elements, isElement, isExcluded, type Element, type Node } from './html-tree';
import { ImportError } from './import-error';
import { readPageMetadata, type PageMetadata } from './page-metadata';
import { parseDateText, parseRelativeAge } from './published-at';
import { findReadabilityRoot } from './readability-root';

/**
 * Browsers stop nesting at 512 levels (Blink and WebKit flatten what lies deeper); no article
 * comes near it, so a deeper file is refused rather than half-read.
 */
export const MAX_HTML_DEPTH = 512;

function nestingDepth(doc: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

type TextStats = { text: string; linkChars: number; chars: number };

type TextStep = { node: Node; inLink: boolean } | { close: string };

/** Visible text of a subtree (excluded elements skipped) and how much of it sits in links. */
function textStats(root: Node): TextStats {
  let text = '';
  let chars = 0;
  let linkChars = 0;
  const stack: TextStep[] = [{ node: root, inLink: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      text += step.close;
      continue;
    }
    const { node, inLink } = step;
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      const count = value.replace(/\s+/g, '').length;
      text += value;
      chars += count;
      if (inLink) linkChars += count;
      continue;
    }
    if (isElement(node) && isExcluded(node)) continue;
    const link = inLink || (isElement(node) && node.tagName === 'a');
    const sep = isElement(node) && (BLOCK_TAGS.has(node.tagName) || node.tagName === 'br') ? ' ' : '';
    text += sep;
    stack.push({ close: sep });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inLink: link });
  }
  return { text, chars, linkChars };
}

type Counts = { chars: number; linkChars: number };
const NO_COUNTS: Counts = { chars: 0, linkChars: 0 };
const countCache = new WeakMap<Element, Counts>();

/**
 * textStats(el) without the text, remembered per element: choosing the content root and
 * judging lists ask this of nested elements, and each subtree is counted once.
 */
function countsOf(root: Element): Counts {
  const cached = countCache.get(root);
  if (cached) return cached;
  // Post-order: an element's counts are its children's, all link text when it is an <a>.
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [el, childrenDone] = stack.pop()!;
    if (countCache.has(el)) continue;
    if (isExcluded(el)) {
      countCache.set(el, NO_COUNTS);
      continue;
    }
    const children = childrenOf(el);
    if (!childrenDone) {
      stack.push([el, true]);
      for (const child of children) if (isElement(child) && !countCache.has(child)) stack.push([child, false]);
      continue;
    }
    const link = el.tagName === 'a';
    let chars = 0;
    let linkChars = 0;
    for (const child of children) {
      if (child.nodeName === '#text') {
        const count = (child as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, '').length;
        chars += count;
        if (link) linkChars += count;
      } else if (isElement(child)) {
        const counts = countCache.get(child)!;
        chars += counts.chars;
        linkChars += link ? counts.chars : counts.linkChars;
      }
    }
    countCache.set(el, { chars, linkChars });
  }
  return countCache.get(root)!;
}

/** All text under a node, chrome included (for diagnostics only). */
function rawText(root: Node): string {
  let text = '';
  const stack: (Node | ' ')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === ' ') {
      text += ' ';
      continue;
    }
    if (node.nodeName === '#text') {
      text += (node as DefaultTreeAdapterTypes.TextNode).value;
      continue;
    }
    if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style')) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!);
      if (i > 0) stack.push(' ');
    }
  }
  return text;
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

/**
 * The own rules' content root: for the most specific rule that matches, the candidate with
 * the most text outside links. Not simply the first match: a sidebar's .entry-content list of
 * recent posts, or a rail of teaser <article>s, can come before the story in the document.
 */
function findContentRoot(doc: Node): Element | null {
  for (const rule of CONTENT_ROOTS) {
    let best: Element | null = null;
    let bestText = 0;
    for (const el of elements(doc)) {
      if (!matchesRoot(el, rule)) continue;
      const { chars, linkChars } = countsOf(el);
      if (chars < MIN_ROOT_TEXT || linkChars / chars >= LINK_LIST_DENSITY) continue;
      if (chars - linkChars > bestText) {
        best = el;
        bestText = chars - linkChars;
      }
    }
    if (best) return best;
  }
  return null;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let p: Element | null = el; p; p = (p.parentNode as Element | null) ?? null) if (p === ancestor) return true;
  return false;
}

/**
 * Where the article is. The own rules name the elements pages mark as content (<article>,
 * <main>, .entry-content …); Readability scores the page's text. When Readability's choice
 * lies inside the own root, the own root stays (it also holds the headline, byline and dateline
 * the clean-up rules read); when it lies elsewhere, the own rules picked chrome or a teaser
 * and Readability's choice is taken. Only whole pages are asked: a feed item or a Markdown
 * file is all article already.
 */
/** Readability has already judged the text; a short Chinese story (100 characters) is still one. */
const MIN_READABILITY_TEXT = MIN_ROOT_TEXT / 2;

function chooseRoot(html: string, doc: Node, wholePage: boolean): Element | null {
  const own = findContentRoot(doc);
  if (!wholePage) return own;
  const theirs = findReadabilityRoot(html, doc);
  if (!theirs || isExcluded(theirs) || countsOf(theirs).chars < MIN_READABILITY_TEXT) return own;
  if (own && (contains(own, theirs) || contains(theirs, own))) return own;
  return theirs;
}

/** The site's name as a heading shows it: "Kinja", "BBC News 中文", "痞客邦 PIXNET". */
function isSiteName(heading: string, siteNames: readonly string[], docTitle: string | null): boolean {
  const h = heading.toLowerCase();
  if (siteNames.some((n) => n.toLowerCase() === h)) return true;
  // "<title>Story headline | Site</title>": a heading equal to the part after the separator.
  const parts = (docTitle ?? '').split(/\s+[|｜\-–—_·]\s+/).map((p) => p.trim().toLowerCase());
  return parts.length > 1 && parts.slice(1).includes(h);
}

/** Metadata the page states about itself (page-metadata.ts), then heading heuristics. */
function readMetadata(doc: Node, root: Element | null, ex: Extraction): PageMetadata {
  const meta = readPageMetadata(doc);
  for (const t of meta.titles) addTitle(ex, t.value, t.source);
  for (const b of meta.bylines) addByline(ex, b.value, b.source);
  ex.dates.push(...meta.dates);
  ex.siteNames.push(...meta.siteNames.map((s) => ({ name: s.value, source: s.source })));
  ex.languages.push(...meta.languages);

  let docTitle: string | null = null;
  const headings: string[] = [];
  let rootH1: string | null = null;
  // A heading that opens the content root, before its first paragraph, is the story's headline.
  let rootLead: string | null = null;
  let rootParagraph = false;
  let leadingH2: string | null = null;
  let seenParagraph = false;
  const canonical: string[] = [];
  const inRoot = new Set<Element>(root ? [root, ...elements(root, false)] : []);
  let passedRoot = false;

  // <title> and <link rel=canonical> live in <head>, which the content walk skips.
  for (const el of elements(doc, false)) {
    const attrs = attributes(el);
    if (el.tagName === 'title' && docTitle === null) docTitle = textOf(el) || null;
    if (el.tagName === 'link' && (attrs.get('rel') ?? '').split(/\s+/).includes('canonical') && attrs.get('href')) {
      canonical.push(attrs.get('href') as string);
    }
  }
  // After any URL the caller already found (front matter, feed header): canonical link, og:url, JSON-LD url.
  for (const url of canonical) addUrl(ex, url, 'canonical-link');
  for (const url of meta.urls) addUrl(ex, url.value, url.source);

  // In document order, so "the root came before this heading" is a flag, not a search.
  for (const el of elements(doc)) {
    if (el === root) passedRoot = true;
    if (el.tagName === 'p') seenParagraph = true;
    if (inRoot.has(el) && el.tagName === 'p') rootParagraph = true;
    if (inRoot.has(el) && !rootParagraph && rootLead === null && (el.tagName === 'h1' || el.tagName === 'h2')) rootLead = textOf(el) || null;
    if (el.tagName === 'h1') {
      const text = textOf(el);
      if (text) headings.push(text);
      if (text && rootH1 === null && inRoot.has(el)) rootH1 = text;
    }
    if (el.tagName === 'h2' && leadingH2 === null) {
      const before = root ? !inRoot.has(el) && !passedRoot : !seenParagraph;
      if (before) leadingH2 = textOf(el) || null;
    }
  }
  // The story's own <h1> (inside the article) first; a page-level <h1> that is only the
  // site's or section's name is not a title.
  const siteNames = meta.siteNames.map((s) => s.value);
  const firstH1 = headings.find((h) => !isSiteName(h, siteNames, docTitle)) ?? null;
  for (const t of [rootH1, rootLead, firstH1, leadingH2]) if (t) addTitle(ex, t, 'heading');
  if (docTitle) addTitle(ex, docTitle, 'document-title');
  return meta;
}

/** Block-level elements inside which a <time> is part of a sentence rather than a dateline. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'figcaption']);

const SENTENCE_PUNCTUATION = /[。！？；!?;，,]/;
const MAX_BYLINE_ITEM = 30;
const MAX_BYLINE_ITEMS = 6;

type WalkStep = { node: Node; inLink: boolean } | { after: () => void };

function pushChildren(stack: WalkStep[], node: Node, inLink: boolean): void {
  const children = childrenOf(node);
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inLink });
}

class BlockWalker {
  private buffer = '';
  private linkChars = 0;
  private chars = 0;
  private textBlockDepth = 0;

  constructor(
    private readonly ex: Extraction,
    private readonly bylineElements: ReadonlySet<Element> = new Set(),
  ) {}

  /** Walks a subtree in document order; an explicit stack of steps stands in for recursion. */
  walk(root: Node, inLink = false): void {
    const stack: WalkStep[] = [{ node: root, inLink }];
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('after' in step) step.after();
      else this.visit(step.node, step.inLink, stack);
    }
  }

  /** Handles one node; its children, and what happens after them, go on `stack`. */
  private visit(node: Node, inLink: boolean, stack: WalkStep[]): void {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      const chars = value.replace(/\s+/g, '').length;
      this.buffer += value;
      this.chars += chars;
      if (inLink) this.linkChars += chars;
      return;
    }
    if (!isElement(node)) {
      if (node.nodeName === '#document' || node.nodeName === '#document-fragment') pushChildren(stack, node, inLink);
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
    if (this.bylineElements.has(node)) {
      // Its names are already metadata (page-metadata.ts); a byline is not article text.
      if (block) this.flush();
      this.ex.dropped.push({ text: normalizeParagraph(rawText(node)), rule: 'byline-markup' });
      return;
    }
    if (tag === 'br') return this.flush();
    if (tag === 'time' && this.textBlockDepth === 0) return this.readTime(node);
    if (tag === 'ul' || tag === 'ol') return this.readList(node, stack);

    if (block) this.flush();
    const textBlock = TEXT_BLOCKS.has(tag);
    if (textBlock) this.textBlockDepth++;
    stack.push({
      after: () => {
        if (textBlock) this.textBlockDepth--;
        if (block) this.flush();
      },
    });
    pushChildren(stack, node, inLink || tag === 'a');
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

  private readList(list: Element, stack: WalkStep[]): void {
    this.flush();
    const items = childrenOf(list).filter((c): c is Element => isElement(c) && c.tagName === 'li' && !isExcluded(c));
    const stats = countsOf(list);
    if (stats.chars === 0) return;
    if (stats.linkChars / stats.chars >= LINK_LIST_DENSITY) {
      this.ex.dropped.push({ text: textOf(list), rule: 'link-list' });
      return;
    }
    // Only a short list can be a byline; reading item texts of long ones would re-read
    // nested lists once per level.
    const mayBeByline =
      this.ex.paragraphs.length === 0 && items.length > 0 && items.length <= MAX_BYLINE_ITEMS && items.every((item) => countsOf(item).chars <= MAX_BYLINE_ITEM * 2);
    const texts = mayBeByline ? items.map(textOf).filter((t) => t !== '') : [];
    const bylineLike = texts.length > 0 && texts.every((t) => [...t].length <= MAX_BYLINE_ITEM && !SENTENCE_PUNCTUATION.test(t));
    if (bylineLike) {
      this.ex.bylines.push(texts);
      this.ex.dropped.push({ text: texts.join(' / '), rule: 'byline-list' });
      return;
    }
    stack.push({ after: () => this.flush() });
    for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i]!, inLink: false });
  }

}

/** Adds what an HTML document or fragment contains to the extraction. */
export function extractHtml(html: string, ex: Extraction, filename = 'the file', wholePage = false): void {
  const doc = parse(html);
  if (nestingDepth(doc) > MAX_HTML_DEPTH) {
    throw new ImportError(filename, 'too-deep', `the markup nests elements more than ${MAX_HTML_DEPTH} levels deep; no article does`);
  }
  const root = chooseRoot(html, doc, wholePage);
  const meta = readMetadata(doc, root, ex);
  const walker = new BlockWalker(ex, meta.bylineElements);
  walker.walk(root ?? doc);
  walker.flush();
}

/** A feed item: feed header (capture stamp, Markdown title link) followed by an HTML body. */
export function parseHtmlFragment(source: string, filename?: string): Extraction {
  const ex = emptyExtraction('html-fragment');
  const header = splitFeedHeader(source);
  if (header.title) addTitle(ex, header.title, 'feed-header');
  if (header.url) addUrl(ex, header.url, 'feed-header');
  if (header.capturedAt) ex.dates.push({ kind: 'captured', at: header.capturedAt, source: 'feed capture stamp' });
  extractHtml(header.rest, ex, filename);
  return ex;
}

/** HTML markup (a page or a page excerpt) carrying its own title. */
export function parseHtmlDocument(source: string, filename?: string): Extraction {
  const ex = emptyExtraction('html');
  extractHtml(source, ex, filename, true);
  return ex;
}
