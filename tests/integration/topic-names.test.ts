// Topic display names against a real database: editors name a topic per interface language
// (with a revision), readers may not, pages show the name and fall back to the canonical one,
// and filters and exports keep going by the canonical name.
import { describe, expect, it } from 'vitest';
import { findClaimTable } from '@/lib/data/claim-table';
import { findTopicNames } from '@/lib/data/reads/find-topic-names';
import { findTopics } from '@/lib/data/reads/find-topics';
import { openClaimExport } from '@/lib/data/reads/export-claims';
import { parseTableQuery } from '@/lib/claims/table-query';
import { topicLabel } from '@/lib/claims/topic-names';
import { runOperation } from '@/lib/operations';
import { seededDatabaseForFile } from '../setup/test-database';
import { createActor } from './write-fixtures';

const db = seededDatabaseForFile();

describe('topic display names', () => {
  it('an editor names a topic per language with a revision; pages show the name, falling back to the canonical one; filters and exports keep the canonical name', async () => {
    const editor = await createActor(db.prisma, { email: `namer-${Math.random()}@example.org`, name: 'Namer', role: 'editor' });
    const reader = await createActor(db.prisma, { email: `reader-${Math.random()}@example.org`, name: 'Reader', role: 'reader' });
    const { topic, count } = (await findTopics(db.prisma))[0]!;
    expect(count).toBeGreaterThan(0);

    const refused = await runOperation(db.prisma, reader, 'setTopicNames', { topic, names: { en: 'Nope' } });
    expect(refused).toMatchObject({ ok: false, error: { status: 403 } });
    expect(await findTopicNames(db.prisma)).toEqual(new Map());

    const saved = await runOperation(db.prisma, editor, 'setTopicNames', { topic, names: { en: 'The summit', zhHans: '峰会', zhHant: '' } });
    expect(saved).toMatchObject({ ok: true, data: { topic, names: { en: 'The summit', 'zh-Hans': '峰会', 'zh-Hant': null } } });
    const names = await findTopicNames(db.prisma);
    expect(topicLabel(topic, names, 'en')).toBe('The summit');
    expect(topicLabel(topic, names, 'zh-Hans')).toBe('峰会');
    expect(topicLabel(topic, names, 'zh-Hant')).toBe(topic);

    // A name left out stays; a blank one goes; no names left, no row.
    await runOperation(db.prisma, editor, 'setTopicNames', { topic, names: { zhHant: '峰會' } });
    expect((await findTopicNames(db.prisma)).get(topic)).toEqual({ en: 'The summit', 'zh-Hans': '峰会', 'zh-Hant': '峰會' });
    const revisions = await db.prisma.revision.findMany({ where: { entityType: 'topic' }, orderBy: { id: 'asc' } });
    expect(revisions.map((r) => r.action)).toEqual(['create', 'update']);
    expect(revisions[1]!.before).toMatchObject({ topic, names: { 'zh-Hant': null } });
    expect(revisions[1]!.after).toMatchObject({ topic, names: { 'zh-Hant': '峰會' } });
    expect(revisions[1]!.actorId).toBe(editor.userId);

    // The filter goes by the canonical name only; the export keeps it.
    const filtered = await findClaimTable(db.prisma, parseTableQuery({ topic }));
    expect(filtered.total).toBe(count);
    expect((await findClaimTable(db.prisma, parseTableQuery({ topic: 'the-summit' }))).total).toBe(0);
    const exported = await openClaimExport(db.prisma, { scope: 'view', query: parseTableQuery({ topic }) }, { baseUrl: 'http://localhost' });
    const claims = [];
    for await (const page of exported!.pages()) claims.push(...page.claims);
    expect(claims.length).toBe(count);
    for (const claim of claims) expect(claim.topics).toContain(topic);

    await runOperation(db.prisma, editor, 'setTopicNames', { topic, names: { en: ' ', zhHans: null, zhHant: '' } });
    expect((await findTopicNames(db.prisma)).has(topic)).toBe(false);
    expect(await db.prisma.revision.count({ where: { entityType: 'topic', action: 'delete' } })).toBe(1);
  });

  it('refuses a topic that is not a canonical name, and markup in a name', async () => {
    const editor = await createActor(db.prisma, { email: `namer2-${Math.random()}@example.org`, name: 'Namer', role: 'editor' });
    const bad = await runOperation(db.prisma, editor, 'setTopicNames', { topic: 'The Summit', names: { en: 'x' } });
    expect(!bad.ok && bad.error.fieldErrors).toHaveProperty('topic');
    const markup = await runOperation(db.prisma, editor, 'setTopicNames', { topic: 'xi-putin', names: { en: '<b>x</b>' } });
    expect(!markup.ok && markup.error.fieldErrors).toHaveProperty(['names.en']);
  });
});
