// Related claims (a claim page's "Related claims"): the claims sharing the most topics first,
// then the newest, exactly as ranking every published claim would, for claims with one to
// several topics, where the newest claims share one topic and older ones share more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRelatedClaims, MAX_LEVEL_TOPICS } from '../../lib/data/reads/find-related-claims';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: false });
});
afterAll(async () => {
  await db?.drop();
});

const TOPICS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A small deterministic generator (the corpus must be the same on every run). */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('findRelatedClaims', () => {
  it('ranks by shared topics, then newest, like a ranking of every claim', async () => {
    const random = lcg(7);
    const rows = Array.from({ length: 400 }, (_, i) => {
      const count = 1 + Math.floor(random() * 3);
      const topics = [...new Set(Array.from({ length: count }, () => TOPICS[Math.floor(random() * TOPICS.length)]!))];
      // the older a claim, the more topics it tends to share: older ones must still rank first
      const manyShared = i < 40 ? ['a', 'b', 'c'] : topics;
      return {
        text: `相关说法${i}`,
        searchText: `相关说法${i}`,
        status: random() < 0.9 ? ('published' as const) : ('draft' as const),
        topics: manyShared,
        // several claims at the same instant: the id breaks the tie
        createdAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 3) * 3_600_000),
      };
    });
    rows.push({ text: '五个话题', searchText: '五个话题', status: 'published', topics: TOPICS.slice(0, MAX_LEVEL_TOPICS + 1), createdAt: new Date(Date.UTC(2023, 0, 1)) });
    await db.prisma.claim.createMany({ data: rows });
    const all = await db.prisma.claim.findMany({ select: { id: true, topics: true, status: true, createdAt: true } });

    const expected = (claim: { id: number; topics: string[] }, limit: number) =>
      all
        .filter((c) => c.status === 'published' && c.id !== claim.id)
        .map((c) => ({ c, shared: c.topics.filter((t) => claim.topics.includes(t)) }))
        .filter(({ shared }) => shared.length > 0)
        .sort((x, y) => y.shared.length - x.shared.length || y.c.createdAt.getTime() - x.c.createdAt.getTime() || y.c.id - x.c.id)
        .slice(0, limit)
        .map(({ c, shared }) => ({ id: c.id, shared }));

    let checked = 0;
    const sizes = new Set<number>();
    for (const claim of all) {
      for (const limit of [1, 8]) {
        const related = await findRelatedClaims(db.prisma, claim, limit);
        expect(related.map(({ id, shared }) => ({ id, shared })), `claim ${claim.id} (${claim.topics.join(',')}), ${limit}`).toEqual(expected(claim, limit));
      }
      sizes.add(claim.topics.length);
      checked++;
    }
    expect(checked).toBe(401);
    // one, two and three topics take the lists by level; five takes the one pass
    expect([...sizes].sort()).toEqual([1, 2, 3, MAX_LEVEL_TOPICS + 1]);
    expect(await findRelatedClaims(db.prisma, { id: 0, topics: [] })).toEqual([]);
  });
});
