// Owns decoding HTML character references in text that did not pass through
// an HTML parser (plain-text and Markdown sources). Strict mode: only
// references terminated by ";" are decoded, so "AT&T" or "?a=1&copy=2" stay as
// they are.
import { decodeHTMLStrict } from 'entities';

export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
