// The content languages (lib/text/languages.ts) named in the interface language, for the
// import review and the article metadata form: Intl.DisplayNames, computed on the server and
// handed to the client forms (so the browser's own names cannot differ from the rendered HTML).
// Each name carries its tag, as the catalogues' Chinese options did ("Simplified Chinese (zh-Hans)").
import { CONTENT_LANGUAGES, type ContentLanguage } from '../text/languages';

export type LanguageOption = { code: ContentLanguage; name: string };

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every content language, Chinese first (the corpus's own), then by name in the locale. */
export function languageOptions(locale: string): LanguageOption[] {
  const collator = new Intl.Collator(locale);
  const named = CONTENT_LANGUAGES.map((code) => ({ code, name: `${languageName(code, locale)} (${code})` }));
  const chinese = named.filter((o) => o.code.startsWith('zh-'));
  return [...chinese, ...named.filter((o) => !o.code.startsWith('zh-')).sort((a, b) => collator.compare(a.name, b.name))];
}
