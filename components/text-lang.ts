// The BCP 47 tag for a piece of Chinese text, so screen readers pick the right voice and
// the stylesheet picks Simplified or Traditional glyph forms.
import { detectChineseScript } from '@/lib/text/detect-script';

export function textLang(text: string): string {
  return detectChineseScript(text) ?? 'zh';
}
