// Edge glue for the interface language on the server: reads the choice (cookie) or the
// browser's Accept-Language, and gives server components a translator over the messages.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { chooseLocale, LOCALE_COOKIE, type Locale } from './locale';
import { MESSAGES, type Messages } from './messages';

export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return chooseLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
}

export async function getMessages(locale?: Locale): Promise<Messages> {
  return MESSAGES[locale ?? (await getLocale())];
}

export async function getT() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'UTC' });
}
