import { describe, expect, it } from 'vitest';
import { AnchorError } from './anchor-error';
import { createCodePointIndex } from './code-points';
import { excerptAround, excerptInWindow, findParagraph, segmentParagraphs, splitIntoSegments, splitParagraphs, windowMargin, type Segment, type Span } from './paragraph';
import { codePointSlice } from './code-points';

// Paragraphs: [0,5) "普京😀访华", [7,12) "𠮷野家开业", [14,18) "第三\n段落".
const TEXT = '普京😀访华\n\n𠮷野家开业\n\n第三\n段落';

describe('splitParagraphs', () => {
  it('splits on blank lines with code-point offsets', () => {
    expect(splitParagraphs(TEXT)).toEqual([
      { start: 0, end: 5, text: '普京😀访华' },
      { start: 7, end: 12, text: '𠮷野家开业' },
      { start: 14, end: 19, text: '第三\n段落' },
    ]);
  });

  it('treats longer newline runs and leading/trailing breaks as separators only', () => {
    expect(splitParagraphs('\n\n甲\n\n\n乙\n\n')).toEqual([
      { start: 2, end: 3, text: '甲' },
      { start: 6, end: 7, text: '乙' },
    ]);
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n\n')).toEqual([]);
  });
});

describe('findParagraph', () => {
  it('returns the paragraph holding the span', () => {
    expect(findParagraph(TEXT, 8, 10)).toEqual({ start: 7, end: 12, text: '𠮷野家开业' });
    expect(findParagraph(TEXT, 2, 3)).toEqual({ start: 0, end: 5, text: '普京😀访华' });
  });

  it('keeps single newlines inside a paragraph', () => {
    expect(findParagraph(TEXT, 17, 19).text).toBe('第三\n段落');
  });

  it('returns the whole block when the span crosses a paragraph break', () => {
    expect(findParagraph(TEXT, 3, 9)).toEqual({ start: 0, end: 12, text: '普京😀访华\n\n𠮷野家开业' });
  });

  it('places a span touching a paragraph edge in that paragraph only', () => {
    expect(findParagraph(TEXT, 7, 12).start).toBe(7);
    expect(findParagraph(TEXT, 0, 5).end).toBe(5);
  });

  it('handles an empty span at a position', () => {
    expect(findParagraph(TEXT, 9, 9).start).toBe(7);
  });

  it('returns a span inside a separator as-is', () => {
    expect(findParagraph(TEXT, 5, 7)).toEqual({ start: 5, end: 7, text: '\n\n' });
  });

  it('throws AnchorError for invalid spans', () => {
    expect(() => findParagraph(TEXT, 4, 3)).toThrow(AnchorError);
    expect(() => findParagraph(TEXT, 0, 20)).toThrow(AnchorError);
  });
});

/** Reference: per-code-point membership, merged into runs. */
function naiveSegments(text: string, spans: Span[], start: number, end: number): Segment[] {
  const chars = Array.from(text);
  const segments: Segment[] = [];
  for (let cp = start; cp < end; cp++) {
    const ids = [...new Set(spans.filter((s) => s.start <= cp && cp < s.end).map((s) => s.id))];
    const last = segments[segments.length - 1];
    if (last && last.spanIds.join('|') === ids.join('|')) {
      last.end = cp + 1;
      last.text += chars[cp];
    } else {
      segments.push({ text: chars[cp]!, start: cp, end: cp + 1, spanIds: ids });
    }
  }
  return segments;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('splitIntoSegments', () => {
  const text = '甲乙丙丁😀戊己庚';

  it('returns one plain segment when there are no spans', () => {
    expect(splitIntoSegments(text, [])).toEqual([{ text, start: 0, end: 8, spanIds: [] }]);
  });

  it('splits around overlapping spans', () => {
    expect(
      splitIntoSegments(text, [
        { start: 1, end: 4, id: 'a' },
        { start: 3, end: 6, id: 'b' },
      ]),
    ).toEqual([
      { text: '甲', start: 0, end: 1, spanIds: [] },
      { text: '乙丙', start: 1, end: 3, spanIds: ['a'] },
      { text: '丁', start: 3, end: 4, spanIds: ['a', 'b'] },
      { text: '😀戊', start: 4, end: 6, spanIds: ['b'] },
      { text: '己庚', start: 6, end: 8, spanIds: [] },
    ]);
  });

  it('splits around nested spans and keeps ids in input order', () => {
    expect(
      splitIntoSegments(text, [
        { start: 2, end: 4, id: 'inner' },
        { start: 0, end: 8, id: 'outer' },
      ]),
    ).toEqual([
      { text: '甲乙', start: 0, end: 2, spanIds: ['outer'] },
      { text: '丙丁', start: 2, end: 4, spanIds: ['inner', 'outer'] },
      { text: '😀戊己庚', start: 4, end: 8, spanIds: ['outer'] },
    ]);
  });

  it('keeps touching spans in separate segments', () => {
    expect(
      splitIntoSegments(text, [
        { start: 0, end: 2, id: 'a' },
        { start: 2, end: 5, id: 'b' },
      ]).map((s) => [s.text, s.spanIds]),
    ).toEqual([
      ['甲乙', ['a']],
      ['丙丁😀', ['b']],
      ['戊己庚', []],
    ]);
  });

  it('merges identical spans into one segment listing both ids', () => {
    expect(
      splitIntoSegments(text, [
        { start: 1, end: 3, id: 'a' },
        { start: 1, end: 3, id: 'b' },
      ])[1],
    ).toEqual({ text: '乙丙', start: 1, end: 3, spanIds: ['a', 'b'] });
  });

  it('ignores empty spans', () => {
    expect(splitIntoSegments(text, [{ start: 2, end: 2, id: 'x' }])).toHaveLength(1);
  });

  it('restricts to a range and clips spans to it', () => {
    expect(splitIntoSegments(text, [{ start: 0, end: 5, id: 'a' }], { start: 3, end: 7 })).toEqual([
      { text: '丁😀', start: 3, end: 5, spanIds: ['a'] },
      { text: '戊己', start: 5, end: 7, spanIds: [] },
    ]);
    expect(splitIntoSegments(text, [], { start: 4, end: 4 })).toEqual([]);
  });

  it('throws AnchorError for spans outside the text', () => {
    expect(() => splitIntoSegments(text, [{ start: 3, end: 9, id: 'bad' }])).toThrow(AnchorError);
    expect(() => splitIntoSegments(text, [{ start: 3, end: 2, id: 'bad' }])).toThrow(/"bad"/);
    expect(() => splitIntoSegments(text, [], { start: 0, end: 9 })).toThrow(AnchorError);
  });

  it('matches a per-character model on random spans over astral text', () => {
    const random = seededRandom(7);
    const sample = '上合😀组织𠮷峰会\n\n普京与习近平🇨🇳会面';
    const length = Array.from(sample).length;
    for (let round = 0; round < 300; round++) {
      const spans: Span[] = [];
      const count = Math.floor(random() * 6);
      for (let i = 0; i < count; i++) {
        const a = Math.floor(random() * (length + 1));
        const b = Math.floor(random() * (length + 1));
        spans.push({ start: Math.min(a, b), end: Math.max(a, b), id: `s${Math.floor(random() * 4)}` });
      }
      const a = Math.floor(random() * (length + 1));
      const b = Math.floor(random() * (length + 1));
      const range = { start: Math.min(a, b), end: Math.max(a, b) };
      const segments = splitIntoSegments(sample, spans, range);
      expect(segments).toEqual(naiveSegments(sample, spans, range.start, range.end));
      expect(segments.map((s) => s.text).join('')).toBe(Array.from(sample).slice(range.start, range.end).join(''));
    }
  });
});

describe('segmentParagraphs', () => {
  it('returns one segment list per paragraph, excluding separators', () => {
    const paragraphs = segmentParagraphs(TEXT, []);
    expect(paragraphs.map((segments) => segments.map((s) => s.text).join(''))).toEqual([
      '普京😀访华',
      '𠮷野家开业',
      '第三\n段落',
    ]);
  });

  it('splits a span crossing a paragraph break into each paragraph it touches', () => {
    const paragraphs = segmentParagraphs(TEXT, [
      { start: 3, end: 9, id: 'cross' },
      { start: 8, end: 10, id: 'inner' },
      { start: 15, end: 16, id: 'late' },
    ]);
    expect(paragraphs).toEqual([
      [
        { text: '普京😀', start: 0, end: 3, spanIds: [] },
        { text: '访华', start: 3, end: 5, spanIds: ['cross'] },
      ],
      [
        { text: '𠮷', start: 7, end: 8, spanIds: ['cross'] },
        { text: '野', start: 8, end: 9, spanIds: ['cross', 'inner'] },
        { text: '家', start: 9, end: 10, spanIds: ['inner'] },
        { text: '开业', start: 10, end: 12, spanIds: [] },
      ],
      [
        { text: '第', start: 14, end: 15, spanIds: [] },
        { text: '三', start: 15, end: 16, spanIds: ['late'] },
        { text: '\n段落', start: 16, end: 19, spanIds: [] },
      ],
    ]);
  });

  it('matches splitIntoSegments over each paragraph on random spans', () => {
    const random = seededRandom(99);
    const sample = '甲😀乙\n\n丙丁𠮷戊\n\n\n己\n庚\n\n辛';
    const length = Array.from(sample).length;
    const paragraphs = splitParagraphs(sample);
    for (let round = 0; round < 200; round++) {
      const spans: Span[] = Array.from({ length: Math.floor(random() * 5) }, (_, i) => {
        const a = Math.floor(random() * (length + 1));
        const b = Math.floor(random() * (length + 1));
        return { start: Math.min(a, b), end: Math.max(a, b), id: `e${i}` };
      });
      expect(segmentParagraphs(sample, spans)).toEqual(paragraphs.map((p) => splitIntoSegments(sample, spans, p)));
    }
  });

  it('accepts a prebuilt index', () => {
    const spans = [{ start: 1, end: 8, id: 'x' }];
    expect(segmentParagraphs(createCodePointIndex(TEXT), spans)).toEqual(segmentParagraphs(TEXT, spans));
  });
});

describe('excerptAround', () => {
  const paragraph = { start: 100, end: 400 };
  it('keeps the whole paragraph when it is within the context of the span', () => {
    expect(excerptAround(paragraph, 150, 160, 300)).toEqual({ start: 100, end: 400, before: false, after: false });
  });
  it('cuts each side to the context and says where text was left out', () => {
    expect(excerptAround(paragraph, 200, 210, 50)).toEqual({ start: 150, end: 260, before: true, after: true });
    expect(excerptAround(paragraph, 120, 210, 50)).toEqual({ start: 100, end: 260, before: false, after: true });
    expect(excerptAround(paragraph, 300, 390, 50)).toEqual({ start: 250, end: 400, before: true, after: false });
  });
  it('keeps a span that fills the paragraph whole, and refuses a negative context', () => {
    expect(excerptAround(paragraph, 100, 400, 0)).toEqual({ start: 100, end: 400, before: false, after: false });
    expect(() => excerptAround(paragraph, 100, 400, -1)).toThrow(AnchorError);
  });
});


describe('excerptInWindow', () => {
  /** The window around start..end that a reader asks the database for, with `extra` more code points each side. */
  const windowOf = (text: string, start: number, end: number, context: number, extra = 0) => {
    const length = Array.from(text).length;
    const from = Math.max(0, start - windowMargin(context) - extra);
    const to = Math.min(length, end + windowMargin(context) + extra);
    return { start: from, text: codePointSlice(text, from, to), articleLength: length };
  };
  const whole = (text: string, start: number, end: number, context: number) => excerptAround(findParagraph(text, start, end), start, end, context);

  it('gives what the whole text gives, newline runs cut by the window included', () => {
    // a seeded generator: the same cases on every run; newlines are frequent so that runs of
    // two, three and more straddle the window's edges
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['普', '京', '😀', '𠮷', 'a', ' ', '。', '\n', '\n', '\n'];
    let cutInNewlines = 0;
    for (let round = 0; round < 5000; round++) {
      const length = 1 + Math.floor(random() * 60);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const start = Math.floor(random() * (length + 1));
      const end = start + Math.floor(random() * (length - start + 1));
      const context = Math.floor(random() * 8);
      const window = windowOf(text, start, end, context, round % 3 === 0 ? Math.floor(random() * 4) : 0);
      const windowEnd = window.start + Array.from(window.text).length;
      if ((window.start > 0 && window.text.startsWith('\n')) || (windowEnd < length && window.text.endsWith('\n'))) cutInNewlines++;
      expect(excerptInWindow(window, start, end, context), JSON.stringify({ text, start, end, context, window })).toEqual(whole(text, start, end, context));
    }
    expect(cutInNewlines).toBeGreaterThan(500);
  });

  it('sees a paragraph break right at the edge of the excerpt', () => {
    // 本 starts a paragraph at 5 after "\n\n\n"; with context 2 the excerpt of 段 (6..7) starts there
    const text = '前文\n\n\n本段很短的内容';
    const window = windowOf(text, 6, 7, 2);
    expect(window.start).toBe(2);
    expect(excerptInWindow(window, 6, 7, 2)).toEqual({ start: 5, end: 9, before: false, after: true });
    expect(whole(text, 6, 7, 2)).toEqual({ start: 5, end: 9, before: false, after: true });
  });

  it('agrees with the whole text on every quote of the seed corpus', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(process.cwd(), 'seeds');
    const { parseArticle } = await import('../importer');
    let compared = 0;
    for (const file of readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f))) {
      const { text } = parseArticle({ filename: file, source: readFileSync(path.join(dir, file), 'utf8') });
      const length = Array.from(text).length;
      for (let start = 0; start < length; start += 37) {
        const end = Math.min(length, start + 23);
        expect(excerptInWindow(windowOf(text, start, end, 80), start, end, 80)).toEqual(whole(text, start, end, 80));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('refuses a window that does not reach far enough past the span', () => {
    expect(() => excerptInWindow({ start: 2, text: '甲乙丙丁戊己', articleLength: 20 }, 3, 4, 4)).toThrow(AnchorError);
    expect(() => excerptInWindow({ start: 0, text: '甲乙', articleLength: 2 }, 1, 3, 4)).toThrow(AnchorError);
  });
});
