// Owns the tag a piece of Chinese text is shown with: its script, or plain `zh` when the text
// does not say. Deciding it (detect-script.ts) needs OpenCC's dictionaries and runs on the
// server; this light module is the shape the interface receives.
import { z } from 'zod';

export const TEXT_LANGS = ['zh-Hans', 'zh-Hant', 'zh'] as const;

export const textLangSchema = z
  .enum(TEXT_LANGS)
  .describe('The BCP 47 tag the text is shown with: its Chinese script, or zh when it does not show one.');

export type TextLang = z.infer<typeof textLangSchema>;
