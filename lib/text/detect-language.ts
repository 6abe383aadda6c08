// Owns telling an article's language from its text and what its page declares: the writing
// system with most letters, English function words for Latin text, and OpenCC's dictionaries
// (detect-script.ts) for Chinese script. Runs on the server (the importer).
import { detectChineseScript } from './detect-script';
import { languageFromTag, type ContentLanguage } from './languages';

// Function words frequent in any English prose and rare as words in the other Latin-script
// languages of the list; a share of the text's words, not a count, so a French page quoting
// "the" once stays undecided.
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'on', 'as', 'by', 'it', 'are', 'were', 'said', 'has', 'have', 'from', 'at', 'this', 'which', 'be', 'he', 'she', 'they', 'his', 'her', 'their', 'its', 'not', 'but', 'had', 'who', 'will', 'an']);
const ENGLISH_SHARE = 0.15;

type ScriptCounts = { han: number; kana: number; hangul: number; latin: number; cyrillic: number; arabic: number; thai: number; devanagari: number };

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, cyrillic: 0, arabic: 0, thai: 0, devanagari: 0 };
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) c.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) c.kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) c.hangul++;
    else if (/\p{Script=Latin}/u.test(ch)) c.latin++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) c.cyrillic++;
    else if (/\p{Script=Arabic}/u.test(ch)) c.arabic++;
    else if (/\p{Script=Thai}/u.test(ch)) c.thai++;
    else if (/\p{Script=Devanagari}/u.test(ch)) c.devanagari++;
  }
  return c;
}

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length < 5) return false;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length >= ENGLISH_SHARE;
}

/**
 * The language the text is written in, from its letters: the writing system with most
 * letters decides (a Chinese page quoting an English name stays Chinese, an English page
 * quoting 习近平 stays English); Han with kana is Japanese; Latin letters are English only when
 * English function words make up a good share of the words. Null when undecided (then the
 * caller falls back to what it knows, such as the outlet's language).
 */
export function detectLanguage(text: string): ContentLanguage | null {
  const c = countScripts(text);
  const cjk = c.han + c.kana + c.hangul;
  const ranked = (
    [
      ['cjk', cjk],
      ['latin', c.latin],
      ['cyrillic', c.cyrillic],
      ['arabic', c.arabic],
      ['thai', c.thai],
      ['devanagari', c.devanagari],
    ] as const
  ).slice().sort((a, b) => b[1] - a[1]);
  const [script, letters] = ranked[0]!;
  if (letters === 0) return null;
  switch (script) {
    case 'cjk':
      if (c.hangul > c.han + c.kana) return 'ko';
      // Japanese writes kana between its kanji; Chinese text has none (a stray ノ aside).
      if (c.kana >= Math.max(3, cjk * 0.05)) return 'ja';
      return detectChineseScript(text) ?? null;
    case 'latin':
      return looksEnglish(text) ? 'en' : null;
    case 'thai':
      return 'th';
    case 'devanagari':
      return 'hi';
    default:
      return null; // Cyrillic and Arabic script each serve several listed languages
  }
}

/**
 * The article's language from what the page declares (most authoritative first) and its text:
 * a declared Chinese tag takes its script from the characters when they tell (pages declare
 * zh-CN over Traditional text often enough), a declaration that contradicts the text's writing
 * system is ignored (a template's lang="en" over a Chinese article), otherwise the first
 * declared language in the list wins, and without one the text decides.
 */
export function chooseLanguage(declared: readonly string[], text: string): ContentLanguage | null {
  const detected = detectLanguage(text);
  const c = countScripts(text);
  const cjkText = c.han + c.kana + c.hangul > c.latin;
  for (const tag of declared) {
    const lang = languageFromTag(tag);
    if (lang === null) continue;
    if (lang === 'zh' || lang === 'zh-Hans' || lang === 'zh-Hant') {
      if (!cjkText) continue;
      const script = detectChineseScript(text);
      return script ?? (lang === 'zh' ? null : lang);
    }
    const cjkLanguage = lang === 'ja' || lang === 'ko';
    if (cjkLanguage !== cjkText) continue;
    return lang;
  }
  return detected;
}
