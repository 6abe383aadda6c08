// Folds text so that searches match across the ways the same words are written: Traditional
// and Simplified characters (opencc-js, Traditional -> mainland Simplified), full-width and
// half-width digits, letters and punctuation (NFKC), and letter case. Both the stored search
// column and every query go through this one function. NUL, which PostgreSQL text cannot
// hold (so no stored text contains it), is dropped rather than sent to the database.
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/** Traditional to mainland Simplified (opencc-js); its dictionaries are built once, on first use. */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}

export function foldForSearch(text: string): string {
  return toSimplified(text.normalize('NFKC').replace(/\u0000/g, '')).toLowerCase().replace(/\s+/g, ' ').trim();
}
