// Editor write: a topic's display names per interface language (lib/claims/topic-names.ts).
// A name left out stays as it is, a blank one is removed; a topic with no names left has no
// row. The canonical name on claims is untouched, so filters, links and exports are too. Each
// change and its revision (entity 'topic', before/after names) commit together.
import { TOPIC_NAME_KEYS, type SetTopicNamesInput, type TopicNames } from '../../claims/topic-names';
import type { Db } from '../../db/prisma';
import { recordRevision } from './record-revision';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';

type Row = { id: number; en: string | null; zhHans: string | null; zhHant: string | null };

const namesOf = (row: Row | null): TopicNames => ({ en: row?.en ?? null, 'zh-Hans': row?.zhHans ?? null, 'zh-Hant': row?.zhHant ?? null });

export async function setTopicNames(db: Db, { actor, input }: WriteContext<SetTopicNamesInput>): Promise<{ topic: string; names: TopicNames }> {
  return db.$transaction(async (tx) => {
    // Serialise two editors naming the same topic: the second reads the first's row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7302, hashtext(${input.topic}))`;
    const stored = await tx.topicName.findUnique({ where: { topic: input.topic }, select: { id: true, en: true, zhHans: true, zhHant: true } });
    const before = namesOf(stored);
    const pick = (locale: keyof TopicNames) => {
      const given = input.names[TOPIC_NAME_KEYS[locale]];
      return given === undefined ? before[locale] : given;
    };
    const names: TopicNames = { en: pick('en'), 'zh-Hans': pick('zh-Hans'), 'zh-Hant': pick('zh-Hant') };
    const revision = { entityType: 'topic' as const, claimId: null, actorId: actor.userId };
    if (names.en === null && names['zh-Hans'] === null && names['zh-Hant'] === null) {
      if (stored) {
        await tx.topicName.delete({ where: { id: stored.id } });
        await recordRevision(tx, { ...revision, entityId: stored.id, action: 'delete', before: { topic: input.topic, names: before } });
      }
      return { topic: input.topic, names };
    }
    const data = { en: names.en, zhHans: names['zh-Hans'], zhHant: names['zh-Hant'], updatedById: actor.userId };
    const saved = await tx.topicName.upsert({ where: { topic: input.topic }, create: { topic: input.topic, ...data }, update: data, select: { id: true } });
    await recordRevision(tx, {
      ...revision,
      entityId: saved.id,
      action: stored ? 'update' : 'create',
      before: stored ? { topic: input.topic, names: before } : undefined,
      after: { topic: input.topic, names },
    });
    return { topic: input.topic, names };
  }, WRITE_TRANSACTION_OPTIONS);
}
