// Folds an article body for search the way foldForSearch folds queries (Simplified script,
// NFKC, lower case) but keeps every code point in place: the result has exactly the same
// code-point length, so a hit found in the folded text is at the same offsets in the original
// and can be highlighted there. A character whose fold would change the length stays as is.
import { toSimplified } from './fold-for-search';

// Articles repeat a few thousand distinct characters: each is folded once (NFKC per character
// is most of the cost of folding a whole corpus for the passage index).
const folded = new Map<string, string>();

function foldChar(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    result = foldCharUncached(char);
    if (folded.size < 100_000) folded.set(char, result);
  }
  return result;
}

function foldCharUncached(char: string): string {
  const nfkc = char.normalize('NFKC');
  const base = [...nfkc].length === 1 ? nfkc : char;
  const lower = base.toLowerCase();
  return [...lower].length === 1 ? lower : base;
}

// Claims and quotes are folded again for every request that ranks them; short texts keep their fold.
const SHORT_TEXT = 400;
const foldedTexts = new Map<string, string>();

export function foldAligned(text: string): string {
  if (text.length > SHORT_TEXT) return foldAlignedUncached(text);
  let result = foldedTexts.get(text);
  if (result === undefined) {
    result = foldAlignedUncached(text);
    if (foldedTexts.size >= 50_000) foldedTexts.clear();
    foldedTexts.set(text, result);
  }
  return result;
}

function foldAlignedUncached(text: string): string {
  const chars = [...text];
  let simplified = [...toSimplified(text)];
  // Phrase conversions can change length; then convert character by character instead.
  if (simplified.length !== chars.length) simplified = chars.map((c) => {
    const s = toSimplified(c);
    return [...s].length === 1 ? s : c;
  });
  return simplified.map(foldChar).join('');
}
