// Edge glue for the interface language on the server: reads the choice (cookie) or the
// browser's Accept-Language, and gives server components a translator over the messages.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { createTranslator } from 'use-intl/core';
import { chooseLocale, LOCALE_COOKIE, type Locale } from './locale';
import { MESSAGES, type Messages } from './messages';

/** Memoised per request, like getT: every server component of a page asks. */
export const getLocale = cache(async function getLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return chooseLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
});

export async function getMessages(locale?: Locale): Promise<Messages> {
  return MESSAGES[locale ?? (await getLocale())];
}

export const getT = cache(async function getT() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'UTC' });
});
