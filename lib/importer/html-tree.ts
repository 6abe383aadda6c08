// Owns walking a parse5 tree: element tests, attributes, and the iterative pre-order walk
// every HTML reader uses (never the call stack, so depth cannot overflow it).
import type { DefaultTreeAdapterTypes } from 'parse5';
import { SKIPPED_TAGS, isChromeElement } from './boilerplate';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

export function attributes(el: Element): Map<string, string> {
  return new Map(el.attrs.map((a) => [a.name.toLowerCase(), a.value]));
}

/** Elements whose content never reaches the article text. */
export function isExcluded(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName) || isChromeElement(attributes(el), el.tagName);
}

/** Element descendants in document order (pre-order), optionally skipping excluded subtrees. */
export function* elements(node: Node, skipExcluded = true): Generator<Element> {
  const stack: Node[] = [...childrenOf(node)].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (!isElement(child)) continue;
    if (skipExcluded && isExcluded(child)) continue;
    yield child;
    const children = childrenOf(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

