// Public read: every topic's display names (lib/claims/topic-names.ts), by canonical name.
import type { TopicNames } from '../../claims/topic-names';
import type { Db } from '../../db/prisma';

export async function findTopicNames(db: Db): Promise<Map<string, TopicNames>> {
  const rows = await db.topicName.findMany({ select: { topic: true, en: true, zhHans: true, zhHant: true } });
  return new Map(rows.map((r) => [r.topic, { en: r.en, 'zh-Hans': r.zhHans, 'zh-Hant': r.zhHant }]));
}
