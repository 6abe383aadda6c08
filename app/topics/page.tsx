import Link from '@/components/link';
import { setTopicNamesAction } from '@/app/topics/actions';
import { TopicNamesFormClient } from '@/components/topic-names-client';
import { can } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { topicLabel } from '@/lib/claims/topic-names';
import { getPrisma } from '@/lib/db/prisma';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { findTopics } from '@/lib/data/reads/find-topics';
import { getLocale, getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getT())('topics.metaTitle') };
}

/** The topics of published claims, shown in the interface language; editors name them here. */
export default async function TopicsPage() {
  const db = getPrisma();
  const [actor, t, locale, topics, names] = await Promise.all([getActor(), getT(), getLocale(), findTopics(db), findTopicNames(db)]);
  const editor = can(actor, 'content:write');
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-500"><Link href="/" className="hover:underline">{t('nav.claims')}</Link> ›</p>
        <h1 className="text-2xl font-semibold tracking-tight">{t('topics.title')}</h1>
        <p className="text-sm text-slate-600">{editor ? t('topics.introEditor') : t('topics.intro')}</p>
      </div>
      {topics.length === 0 ? (
        <p className="text-slate-600">{t('topics.none')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {topics.map(({ topic, count }) => (
            <li key={topic} className="space-y-2 px-3 py-2" data-topic={topic}>
              <p>
                <Link href={`/?topic=${topic}`} className="font-medium text-blue-700 hover:underline">{topicLabel(topic, names, locale)}</Link>{' '}
                <span className="text-sm text-slate-500">
                  <code>{topic}</code> · {t('topics.claims', { count })}
                </span>
              </p>
              {editor && <TopicNamesFormClient topic={topic} names={names.get(topic) ?? { en: null, 'zh-Hans': null, 'zh-Hant': null }} save={setTopicNamesAction} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
