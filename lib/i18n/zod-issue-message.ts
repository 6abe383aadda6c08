// A zod issue as an ErrorMessage. Our schemas write their own messages as catalogue keys
// (`'input.enterClaimText'`, or `{ message: 'input.atMostCharacters', params: { max } }` on a
// refine); zod's bounds (`maximum`, `minimum`) fill {max} / {min}. Any other issue carries zod's
// default message, which zod's own locales render in each interface language. Pure TypeScript.
import type { core } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import zhTW from 'zod/v4/locales/zh-TW.js';
import { errorMessage, isErrorKey, type MessageLike, type MessageParam } from './error-message';
import type { Locale } from './locale';

type LocaleError = (issue: core.$ZodRawIssue) => string | { message: string } | undefined | null;

const ZOD_LOCALES: Record<Locale, LocaleError> = {
  en: en().localeError as LocaleError,
  'zh-Hans': zhCN().localeError as LocaleError,
  'zh-Hant': zhTW().localeError as LocaleError,
};

function zodText(locale: Locale, issue: core.$ZodIssue): string {
  const text = ZOD_LOCALES[locale](issue as unknown as core.$ZodRawIssue);
  return (typeof text === 'string' ? text : text?.message) ?? issue.message;
}

/**
 * The message of one issue. Parse with `{ reportInput: true }` so that zod's locales can name
 * the type an invalid_type issue received; without it they would say "undefined".
 */
export function issueMessage(issue: core.$ZodIssue): MessageLike {
  if (isErrorKey(issue.message)) {
    const params: Record<string, MessageParam> = { ...((issue as { params?: Record<string, MessageParam> }).params ?? {}) };
    const bounds = issue as { maximum?: unknown; minimum?: unknown };
    if (typeof bounds.maximum === 'number') params.max ??= bounds.maximum;
    if (typeof bounds.minimum === 'number') params.min ??= bounds.minimum;
    return errorMessage(issue.message, Object.keys(params).length > 0 ? params : undefined);
  }
  // zod's default (its English locale gives back exactly this message): every locale renders it.
  if (zodText('en', issue) === issue.message) {
    return { zod: { en: issue.message, 'zh-Hans': zodText('zh-Hans', issue), 'zh-Hant': zodText('zh-Hant', issue) } };
  }
  // Plain English a schema wrote itself: shown as it is in every language.
  return issue.message;
}
