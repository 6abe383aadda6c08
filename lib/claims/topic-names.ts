// Owns topic display names: a claim's topics are canonical kebab-case names ("sco-summit"),
// which filters, links, search and exports go by; editors may give each a display name per
// interface language ("SCO summit", "上合峰会", "上合峰會"). Pages show the name in the reader's
// language and fall back to the canonical name. Pure: the names are stored by lib/data.
import { z } from 'zod';
import { HTML_TAG_PATTERN, LINE_CONTROL_PATTERN } from '../text/plain-text';
import { CONTROL_NOT_ALLOWED, HTML_NOT_ALLOWED, topicSchema } from './claim-input';

/** The interface languages a topic can be named in (lib/i18n/locale.ts LOCALES). */
export const TOPIC_NAME_LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type TopicNameLocale = (typeof TOPIC_NAME_LOCALES)[number];
export type TopicNames = Record<TopicNameLocale, string | null>;

export const TOPIC_NAME_MAX = 80;

/** A display name as typed: one trimmed line of plain text; blank means "no name" (null). */
const displayName = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .string({ error: 'Must be text' })
    .trim()
    .max(TOPIC_NAME_MAX)
    .refine((value) => !LINE_CONTROL_PATTERN.test(value), CONTROL_NOT_ALLOWED)
    .refine((value) => !HTML_TAG_PATTERN.test(value), HTML_NOT_ALLOWED)
    .nullable(),
);

/** Input keys per locale: plain words, so a field message names them ("names.zhHans"). */
export const TOPIC_NAME_KEYS = { en: 'en', 'zh-Hans': 'zhHans', 'zh-Hant': 'zhHant' } as const satisfies Record<TopicNameLocale, string>;

export const setTopicNamesSchema = z.object({
  topic: topicSchema,
  names: z.object({ en: displayName.optional(), zhHans: displayName.optional(), zhHant: displayName.optional() }).default({}),
});
export type SetTopicNamesInput = z.infer<typeof setTopicNamesSchema>;

/** How a page shows the topic: its name in the interface language, else its canonical name. */
export function topicLabel(topic: string, names: ReadonlyMap<string, TopicNames> | undefined, locale: string): string {
  const named = names?.get(topic);
  return (named && (named as Record<string, string | null>)[locale]) || topic;
}
