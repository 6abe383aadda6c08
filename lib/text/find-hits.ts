// Where a folded query occurs in a text, in code points of the ORIGINAL text: the text is
// folded with foldAligned (same length), so positions carry over. Also cuts a short passage
// around a hit for search results, kept within the hit's paragraph.
import { foldAligned } from './fold-aligned';

export type Hit = { start: number; end: number };
export type Passage = { text: string; start: number; end: number; hit: Hit };

export function findHits(text: string, foldedQuery: string, options: { folded?: string; max?: number } = {}): Hit[] {
  if (!foldedQuery) return [];
  const folded = [...(options.folded ?? foldAligned(text))];
  const query = [...foldedQuery];
  const max = options.max ?? 100;
  const hits: Hit[] = [];
  outer: for (let i = 0; i + query.length <= folded.length && hits.length < max; i++) {
    for (let j = 0; j < query.length; j++) if (folded[i + j] !== query[j]) continue outer;
    hits.push({ start: i, end: i + query.length });
    i += query.length - 1;
  }
  return hits;
}

export function passageAround(text: string, hit: Hit, radius = 40): Passage {
  const chars = [...text];
  let start = Math.max(0, hit.start - radius);
  let end = Math.min(chars.length, hit.end + radius);
  // stay inside the paragraph of the hit
  for (let i = hit.start - 1; i >= start; i--) if (chars[i] === '\n') { start = i + 1; break; }
  for (let i = hit.end; i < end; i++) if (chars[i] === '\n') { end = i; break; }
  return { text: chars.slice(start, end).join(''), start, end, hit };
}
