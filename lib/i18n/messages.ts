// The interface strings, one JSON file per locale, all with the same keys as English
// (lib/i18n/messages.test.ts checks that).
import en from './messages/en.json';
import zhHans from './messages/zh-Hans.json';
import zhHant from './messages/zh-Hant.json';
import type { Locale } from './locale';

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
