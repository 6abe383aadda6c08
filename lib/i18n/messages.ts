// The interface strings, one JSON file per locale, all with the same keys as English
// (lib/i18n/messages.test.ts checks that).
import en from './messages/en.json';
import zhHans from './messages/zh-Hans.json';
import zhHant from './messages/zh-Hant.json';
import type { Locale } from './locale';

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/**
 * The namespaces client components translate with (useTranslations); only these are sent to
 * the browser. Everything else (server errors, report, table, pages) is rendered on the
 * server. tests/unit/client-messages.test.ts checks every client component against this list.
 */
export const CLIENT_NAMESPACES = [
  'account',
  'actionError',
  'admin',
  'annotate',
  'claimKind',
  'claimPicker',
  'common',
  'comparator',
  'deleted',
  'editor',
  'evidence',
  'finder',
  'import',
  'nav',
  'omissions',
  'rereview',
  'role',
  'setup',
  'signIn',
  'stance',
  'stanceHelp',
  'topics',
] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

/** The part of a locale's messages that client components need. */
export function pickClientMessages(messages: Messages): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as ClientMessages;
}
