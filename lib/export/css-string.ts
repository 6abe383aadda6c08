// A CSS string literal for any text, for generated stylesheets (the printable report puts
// the view's description into its running page header). Safe inside a <style> element:
// no quote, backslash, line break or "<" survives unescaped.
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}
