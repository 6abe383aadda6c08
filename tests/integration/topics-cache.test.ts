// The topic list is kept per data version: asked twice it is read once, and any write to claims
// (a new claim, a changed topic, an unpublished claim) shows in the next list at once.
import { describe, expect, it, vi } from 'vitest';
import { findTopics } from '@/lib/data/reads/find-topics';
import { runOperation } from '@/lib/operations';
import { seededDatabaseForFile } from '../setup/test-database';
import { createActor } from './write-fixtures';

const db = seededDatabaseForFile();

describe('findTopics', () => {
  it('reads the topics once per data version and sees every write to claims at once', async () => {
    const editor = await createActor(db.prisma, { email: `topics-${Math.random()}@example.org`, name: 'Topics', role: 'editor' });
    const first = await findTopics(db.prisma);
    expect(first.length).toBeGreaterThan(0);
    expect(first.some((t) => t.topic === 'brand-new-topic')).toBe(false);

    const queries = vi.spyOn(db.prisma, '$queryRaw');
    try {
      expect(await findTopics(db.prisma)).toEqual(first);
      // one query: the data version; the counts came from the cache
      expect(queries).toHaveBeenCalledTimes(1);
    } finally {
      queries.mockRestore();
    }

    const created = await runOperation(db.prisma, editor, 'createClaim', { text: '一个新的话题', topics: ['brand-new-topic'], status: 'published' });
    expect(created.ok).toBe(true);
    expect((await findTopics(db.prisma)).find((t) => t.topic === 'brand-new-topic')).toEqual({ topic: 'brand-new-topic', count: 1 });

    const claim = created.ok ? (created.data as { id: number; version: number }) : null;
    const unpublished = await runOperation(db.prisma, editor, 'updateClaim', { id: claim!.id, version: claim!.version, status: 'draft' });
    expect(unpublished.ok).toBe(true);
    expect((await findTopics(db.prisma)).some((t) => t.topic === 'brand-new-topic')).toBe(false);
  });
});
