// The errors lib/ raises, as data: a key of the `serverErrors` catalogue (lib/i18n/messages/*.json)
// and the parameters that fill it in. Each surface renders the same value from its catalogue:
// the JSON API and the CLI in English, the UI in the reader's language. zod's own messages
// (the checks our schemas leave to zod's defaults) are rendered by zod's locales when the
// issue is turned into an ErrorMessage (see ./zod-issue-message.ts). Nothing here matches
// English text, so rewording an English sentence never breaks a translation. Pure TypeScript.
import { createTranslator } from 'use-intl/core';
import type { Locale } from './locale';
import { MESSAGES, type Messages } from './messages';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A message of the catalogue (`serverErrors.<key>` in every message file), checked against English at compile time. */
export type ErrorKey = Exclude<Leaves<Messages['serverErrors']>, `${'punctuation' | 'field' | 'format'}.${string}`>;

/** Groups of words a parameter can name by value (a role, an input field, an import format). */
export type TermGroup = 'role' | 'serverErrors.field' | 'serverErrors.format';

export type MessageParam =
  | string
  | number
  /** Another message, rendered in the same language (an anchoring reason inside "The quote …: {detail}."). */
  | ErrorMessage
  /** A run of notes, each one a message, rendered as "; a; b" (or "" when empty). */
  | { notes: ErrorMessage[] }
  /** `${group}.${value}` in words when the catalogue has it, else the value as it is. */
  | { term: TermGroup; value: string }
  /** Input paths as toFieldErrors writes them ("evidence.exact"), in words, as a list. */
  | { fields: string[] };

export type ErrorMessage =
  | { key: ErrorKey; params?: Record<string, MessageParam> }
  /** A zod default message, already rendered by zod's locale for each interface language. */
  | { zod: Record<Locale, string> };

/** What may stand where a message is expected: a keyed one, or (not yet converted, or not ours, like a YAML parser's words) plain English. */
export type MessageLike = ErrorMessage | string;

type Translator = (key: string, values?: Record<string, string>) => string;

const translators = new Map<Locale, Translator>();

function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'UTC' }) as unknown as Translator;
    translators.set(locale, t);
  }
  return t;
}

function lookup(locale: Locale, path: string): boolean {
  let node: unknown = MESSAGES[locale];
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** True when `key` names a message of the catalogue (for schemas whose messages are keys). */
export function isErrorKey(key: string): key is ErrorKey {
  return /^[\w.]+$/.test(key) && lookup('en', `serverErrors.${key}`);
}

function term(group: TermGroup, value: string, locale: Locale): string {
  const path = `${group}.${value}`;
  return /^[\w-]+$/.test(value) && lookup(locale, path) ? translatorFor(locale)(path) : value;
}

function field(path: string, locale: Locale): string {
  return path
    .split('.')
    .map((part) => term('serverErrors.field', part, locale))
    .join(translatorFor(locale)('serverErrors.punctuation.fieldPath'));
}

function renderParam(param: MessageParam, locale: Locale): string {
  if (typeof param === 'string') return param;
  // Numbers as they are: ICU would group digits ("2,097,152"), which changes the English.
  if (typeof param === 'number') return String(param);
  if ('notes' in param) {
    const separator = translatorFor(locale)('serverErrors.punctuation.noteSeparator');
    return param.notes.map((note) => separator + renderErrorMessage(note, locale)).join('');
  }
  if ('term' in param) return term(param.term, param.value, locale);
  if ('fields' in param) {
    return param.fields.map((path) => field(path, locale)).join(translatorFor(locale)('serverErrors.punctuation.listSeparator'));
  }
  return renderErrorMessage(param, locale);
}

/** The message in `locale`; plain text comes back as it is. */
export function renderErrorMessage(message: MessageLike, locale: Locale): string {
  if (typeof message === 'string') return message;
  if ('zod' in message) return message.zod[locale];
  const values: Record<string, string> = {};
  for (const [name, param] of Object.entries(message.params ?? {})) values[name] = renderParam(param, locale);
  return translatorFor(locale)(`serverErrors.${message.key}`, values);
}

/** The English the JSON API, the CLI and logs show. */
export function englishText(message: MessageLike): string {
  return renderErrorMessage(message, 'en');
}

/** Shorthand for a keyed message. */
export function errorMessage(key: ErrorKey, params?: Record<string, MessageParam>): ErrorMessage {
  return params ? { key, params } : { key };
}

/** The catalogue keys a message uses, its own first, then those of the messages nested in it (empty for plain text and zod's messages). */
export function messageKeys(message: MessageLike | undefined | null): ErrorKey[] {
  if (!message || typeof message === 'string' || 'zod' in message) return [];
  const keys: ErrorKey[] = [message.key];
  for (const param of Object.values(message.params ?? {})) {
    if (typeof param !== 'object') continue;
    if ('notes' in param) for (const note of param.notes) keys.push(...messageKeys(note));
    else if ('key' in param || 'zod' in param) keys.push(...messageKeys(param));
  }
  return [...new Set(keys)];
}
