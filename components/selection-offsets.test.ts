// @vitest-environment jsdom
// Maps DOM ranges over the real article markup (HighlightedArticle rendered to HTML) back
// to code-point offsets. Needs a DOM: run with the jsdom environment (dev dependency jsdom).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { codePointSlice } from '@/lib/anchoring';
import { HighlightedArticle, type HighlightSpan } from './highlighted-text';
import { articleTextFromDom, rangeToOffsets } from '@/lib/anchoring/dom/selection-offsets';

// Paragraph 1 has an astral character (𠮷, 2 UTF-16 units) and an emoji; evidence 1 covers
// "习近平自2013年以来" and evidence 2 crosses into paragraph 2.
const TEXT = '𠮷野家说😀习近平自2013年以来已经至少9次访问俄罗斯。\n\n普京表示欢迎。两国关系密切。\n\n第三段。';
const SPANS: HighlightSpan[] = [
  { id: 1, start: 5, end: 16, stance: 'states' },
  { id: 2, start: 24, end: 31, stance: 'contradicts' },
];

let root: Element;

function render(text = TEXT, spans = SPANS): Element {
  document.body.innerHTML = `<p id="outside">Outside the article</p>${renderToStaticMarkup(
    createElement(HighlightedArticle, { text, spans, lang: 'zh-Hans' }),
  )}`;
  return document.querySelector('[data-article-root]')!;
}

function textNodeOf(selector: string): Text {
  const node = root.querySelector(selector)?.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error(`no text node in ${selector}`);
  return node as Text;
}

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

function expectSpan(result: ReturnType<typeof rangeToOffsets>, start: number, end: number, exact: string) {
  expect(result).toEqual({ start, end });
  expect(codePointSlice(TEXT, start, end)).toBe(exact);
}

describe('rangeToOffsets', () => {
  beforeEach(() => {
    root = render();
  });

  it('maps a selection inside one plain segment, counting code points not UTF-16 units', () => {
    // First segment "𠮷野家说😀" (code points 0–5) holds two astral characters.
    const text = textNodeOf('span[data-start="0"]');
    expect(text.data).toBe('𠮷野家说😀');
    expectSpan(rangeToOffsets(range(text, 2, text, 5), root, TEXT), 1, 4, '野家说');
  });

  it('maps a selection inside a highlight', () => {
    const mark = textNodeOf('mark[data-evidence-ids="1"]');
    expectSpan(rangeToOffsets(range(mark, 0, mark, 3), root, TEXT), 5, 8, '习近平');
  });

  it('maps a selection across a highlight boundary', () => {
    const before = textNodeOf('span[data-start="0"]');
    const mark = textNodeOf('mark[data-evidence-ids="1"]');
    expectSpan(rangeToOffsets(range(before, 3, mark, 3), root, TEXT), 2, 8, '家说😀习近平');
  });

  it('maps a selection that starts in one highlight and ends in another paragraph', () => {
    const mark = textNodeOf('mark[data-evidence-ids="1"]');
    // Paragraph 2 opens with the rest of evidence 2 ("普", 30–31), then plain text from 31.
    const secondParagraphText = textNodeOf('span[data-start="31"]');
    const result = rangeToOffsets(range(mark, 3, secondParagraphText, 1), root, TEXT);
    expectSpan(result, 8, 32, '自2013年以来已经至少9次访问俄罗斯。\n\n普京');
  });

  it('maps boundaries that land on paragraph and root elements', () => {
    const [first, second, third] = root.querySelectorAll('p[data-paragraph]');
    // (p1, 0) … (p2, childCount): all of paragraphs 1 and 2, without the separator after them.
    expectSpan(rangeToOffsets(range(first!, 0, second!, second!.childNodes.length), root, TEXT), 0, 44, TEXT.slice(0, TEXT.indexOf('\n\n第三段')));
    // (root, 1) … (root, 3): paragraphs 2 and 3.
    expectSpan(rangeToOffsets(range(root, 1, root, 3), root, TEXT), 30, 50, '普京表示欢迎。两国关系密切。\n\n第三段。');
    // Ending at (p3, 0), as triple-click does, stops at the end of paragraph 2.
    expectSpan(rangeToOffsets(range(second!, 0, third!, 0), root, TEXT), 30, 44, '普京表示欢迎。两国关系密切。');
  });

  it('maps boundaries between two segments (element boundaries inside a paragraph)', () => {
    const first = root.querySelector('p[data-paragraph]')!;
    // (p1, 1) is between the plain segment and the first mark.
    expectSpan(rangeToOffsets(range(first, 1, first, 2), root, TEXT), 5, 16, '习近平自2013年以来');
  });

  it('leaves paragraph breaks at either end out of the span', () => {
    const firstParagraphEnd = root.querySelector('p[data-paragraph]')!.lastChild!.firstChild as Text;
    const third = textNodeOf('p[data-paragraph]:last-child [data-start]');
    const result = rangeToOffsets(range(firstParagraphEnd, firstParagraphEnd.data.length, third, 2), root, TEXT);
    expectSpan(result, 30, 48, '普京表示欢迎。两国关系密切。\n\n第三');
  });

  it('snaps a boundary inside a surrogate pair outward', () => {
    const text = textNodeOf('span[data-start="0"]');
    // UTF-16 index 1 is inside 𠮷, index 6 inside 😀: the span grows to include both.
    expectSpan(rangeToOffsets(range(text, 1, text, 6), root, TEXT), 0, 5, '𠮷野家说😀');
  });

  it('refuses a collapsed selection', () => {
    const text = textNodeOf('span[data-start="0"]');
    expect(rangeToOffsets(range(text, 2, text, 2), root, TEXT)).toEqual({ error: 'Nothing is selected.' });
  });

  it('refuses a selection that leaves the article', () => {
    const outside = document.getElementById('outside')!.firstChild!;
    const mark = textNodeOf('mark[data-evidence-ids="1"]');
    const result = rangeToOffsets(range(outside, 2, mark, 2), root, TEXT);
    expect('error' in result && result.error).toMatch(/inside the article/);
  });

  it('refuses when the page shows different text from the stored article', () => {
    textNodeOf('mark[data-evidence-ids="1"]').data = '习近平自2014年以来';
    const mark = textNodeOf('mark[data-evidence-ids="1"]');
    const result = rangeToOffsets(range(mark, 0, mark, 8), root, TEXT);
    expect('error' in result && result.error).toMatch(/does not match/);
  });

  it('without the stored text, uses the text as rendered', () => {
    expect(articleTextFromDom(root)).toBe(TEXT);
    const mark = textNodeOf('mark[data-evidence-ids="2"]');
    expectSpan(rangeToOffsets(range(mark, 0, mark, 1), root), 24, 25, codePointSlice(TEXT, 24, 25));
  });
});
