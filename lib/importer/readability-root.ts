// Owns asking Mozilla's Readability (the extractor Firefox Reader View uses) which element of
// a page holds the article, and mapping its answer back onto our parse5 tree. We use only
// its choice of container: its cleaned output would leak what our own clean-up rules remove
// (republisher notices, photo credits, bylines, related links), so parse-html.ts walks the
// chosen element with those rules.
//
// Bounds: the caller has already refused markup deeper than MAX_HTML_DEPTH; pages with more
// than MAX_READABILITY_ELEMENTS elements are not handed to jsdom at all (the own rules decide
// alone), and Readability's own maxElemsToParse guard is set to the same number.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { elements, type Element, type Node } from './html-tree';

export const MAX_READABILITY_ELEMENTS = 20_000;
const INDEX_ATTR = 'data-claimgrid-index';

/**
 * The element Readability takes for the article, as a node of `doc` (the parse5 tree of the
 * same `html`), or null when it finds none or the two parsers' trees differ.
 */
export function findReadabilityRoot(html: string, doc: Node): Element | null {
  const ours = [...elements(doc, false)];
  if (ours.length > MAX_READABILITY_ELEMENTS) return null;
  let dom: JSDOM;
  try {
    dom = new JSDOM(html);
  } catch {
    return null;
  }
  try {
    const document = dom.window.document;
    const theirs = Array.from(document.querySelectorAll('*'));
    // Same HTML, same spec: the trees match element for element; if not (a parser difference
    // around <noscript>, say), do not guess.
    if (theirs.length !== ours.length || theirs.some((el, i) => el.localName !== ours[i]!.tagName)) return null;
    theirs.forEach((el, i) => el.setAttribute(INDEX_ATTR, String(i)));
    const article = new Readability(document, { keepClasses: true, maxElemsToParse: MAX_READABILITY_ELEMENTS, charThreshold: 200 }).parse();
    if (!article?.content) return null;
    const container = document.createElement('div');
    container.innerHTML = article.content;
    // Readability wraps what it kept in div#readability-page-1; its children (or their
    // descendants, when it re-wrapped them) carry our indices.
    const page = container.querySelector('#readability-page-1') ?? container;
    const picked = Array.from(page.children)
      .map((el) => (el.hasAttribute(INDEX_ATTR) ? el : el.querySelector(`[${INDEX_ATTR}]`)))
      .filter((el): el is globalThis.Element => el !== null)
      .map((el) => ours[Number(el.getAttribute(INDEX_ATTR))])
      .filter((el): el is Element => el !== undefined);
    if (picked.length === 0) return null;
    return picked.length === 1 ? picked[0]! : commonAncestor(picked);
  } catch {
    // Readability refuses pages over maxElemsToParse by throwing; the own rules decide then.
    return null;
  } finally {
    dom.window.close();
  }
}

function ancestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let p: Node | null = el; p && 'tagName' in p; p = (p as Element).parentNode as Node | null) chain.push(p as Element);
  return chain;
}

function commonAncestor(list: Element[]): Element | null {
  let shared = ancestors(list[0]!);
  for (const el of list.slice(1)) {
    const set = new Set(ancestors(el));
    shared = shared.filter((a) => set.has(a));
  }
  return shared[0] ?? null;
}
