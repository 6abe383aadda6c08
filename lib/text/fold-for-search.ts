// Folds text so that searches match across the ways the same words are written: Traditional
// and Simplified characters (opencc-js, Traditional -> mainland Simplified), full-width and
// half-width digits, letters and punctuation (NFKC), and letter case. Both the stored search
// column and every query go through this one function.
import * as OpenCC from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;

export function foldForSearch(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}
