// Owns the languages an article or outlet can be written in: one closed list of BCP 47 tags
// (the database's `language` enum holds the same values), a zod schema for every boundary,
// and reading a page's declared language (<html lang>, og:locale, JSON-LD inLanguage …) into
// that list. Telling the language from the text itself is detect-language.ts (server side: it
// needs OpenCC's dictionaries).
// Chinese keeps its script as the tag (zh-Hans, zh-Hant): search folds the two, but quotes and
// exports say which one the outlet wrote. Names are not kept here: the interface shows each
// tag with Intl.DisplayNames in the reader's language.
import { z } from 'zod';

export const CONTENT_LANGUAGES = [
  'zh-Hans',
  'zh-Hant',
  'en',
  'ja',
  'ko',
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'ru',
  'uk',
  'pl',
  'tr',
  'ar',
  'fa',
  'hi',
  'th',
  'vi',
  'id',
  'ms',
] as const;

export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const contentLanguageSchema = z.enum(CONTENT_LANGUAGES, { error: 'input.languageListed' });

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * A declared language tag ("en-US", "zh_CN", "zh-Hant-TW", "ja") in the list, or 'zh' for
 * Chinese that names no script or region (the text's characters decide), or null for a tag
 * that is empty, malformed or of a language not in the list.
 */
export function languageFromTag(tag: string): ContentLanguage | 'zh' | null {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const primary = parts[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  if (primary === 'zh' || primary === 'cmn' || primary === 'yue') {
    const rest = parts.slice(1);
    if (rest.includes('hant')) return 'zh-Hant';
    if (rest.includes('hans')) return 'zh-Hans';
    if (rest.some((p) => HANT_REGIONS.has(p))) return 'zh-Hant';
    if (rest.some((p) => p === 'cn' || p === 'sg' || p === 'my')) return 'zh-Hans';
    return 'zh';
  }
  const found = CONTENT_LANGUAGES.find((code) => code === primary);
  return found ?? (primary === 'in' ? 'id' : null); // "in" is the old tag for Indonesian
}
