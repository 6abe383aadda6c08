// Owns the single definition of "normalised body text": the string that
// articles store and that evidence offsets (Unicode code points, see
// lib/anchoring/code-points.ts) point into.
//
// The definition:
//   - Unicode NFC;
//   - paragraphs separated by exactly "\n\n", no empty paragraphs, no leading
//     or trailing separator;
//   - inside a paragraph every run of whitespace (ASCII whitespace, NBSP,
//     U+3000 ideographic space, other Unicode spaces, line and paragraph
//     separators, stray newlines) becomes one ASCII space, and the paragraph is
//     trimmed;
//   - no control characters (C0/C1 other than the whitespace above are
//     removed; Postgres text cannot hold NUL anyway); BOM (U+FEFF) and zero-width
//     space (U+200B) are removed outright, not turned into a space;
//   - nothing else changes: punctuation, full-width forms and the script
//     (Traditional / Simplified) stay exactly as published.
//
// Inputs are plain text: the importer's parsers have already removed markup
// and decoded HTML entities (an HTML parser decodes them once, the plain-text
// parser calls decodeEntities). normalizeBody deliberately does not decode
// entities itself, so text that legitimately reads "&amp;" after decoding is
// not decoded a second time.

/** Whitespace per the definition above (JS `\s` already covers NBSP, U+3000, U+2028/9). */
const WHITESPACE_RUN = /[\s\u0085\u180e]+/gu;

/** Invisible characters removed outright (not turned into a space): BOM / ZWNBSP, zero-width space. */
const INVISIBLE = /[\ufeff\u200b]/gu;

/** C0 and C1 controls that are not whitespace (those are collapsed instead). */
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu;

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Normalises one paragraph (or a quote taken from one): NFC, controls dropped, whitespace collapsed and trimmed. */
export function normalizeParagraph(text: string): string {
  return text.normalize('NFC').replace(CONTROL_CHARS, '').replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Joins paragraphs into normalised body text. Every input string is one
 * paragraph: newlines inside it are collapsed like any other whitespace, and
 * paragraphs that normalise to nothing are dropped.
 */
export function normalizeBody(paragraphs: readonly string[]): string {
  return paragraphs.map(normalizeParagraph).filter((p) => p !== '').join(PARAGRAPH_SEPARATOR);
}

/** The paragraphs of normalised body text (inverse of normalizeBody for its own output). */
export function splitParagraphs(text: string): string[] {
  if (text === '') return [];
  return text.split(PARAGRAPH_SEPARATOR);
}

/** Whether a string already satisfies the normalised-body definition. */
export function isNormalizedBody(text: string): boolean {
  return normalizeBody(text.split(PARAGRAPH_SEPARATOR)) === text;
}
