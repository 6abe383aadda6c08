// JSON-LD for an HTML <script type="application/ld+json"> element. The element's text ends at
// the first "</script" whatever the JSON says, and "<!--" changes how it is parsed, so every
// "<" (and ">" and "&", for older parsers) is written as a JSON \u escape, which a JSON-LD
// reader decodes back to the same character. U+2028 and U+2029 are escaped too, for readers
// that evaluate the text as JavaScript.
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
