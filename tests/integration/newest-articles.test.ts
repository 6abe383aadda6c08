// findNewestArticlesPerOutlet: at most N articles of each outlet, newest first, from every outlet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNewestArticlesPerOutlet } from '../../lib/data/find-newest-articles';
import { seedCorpus } from '../../lib/data/seed-corpus';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createArticle } from './write-fixtures';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedCorpus(db.prisma);
});
afterAll(async () => {
  await db?.drop();
});

describe('findNewestArticlesPerOutlet', () => {
  it('gives each outlet its newest articles, at most N, newest first', async () => {
    const voa = await db.prisma.outlet.findUniqueOrThrow({ where: { slug: 'voa' } });
    const dates = ['2019-01-01', '2030-01-01', '2031-06-01', '2029-12-31'];
    const made = new Map<string, number>();
    for (const [i, date] of dates.entries()) made.set(date, await createArticle(db.prisma, { outletId: voa.id, text: `第${i}篇。`, publishedAt: `${date}T00:00:00Z` }));

    const newest = await findNewestArticlesPerOutlet(db.prisma, 2);
    const byOutlet = new Map<string, typeof newest>();
    for (const article of newest) byOutlet.set(article.outlet, [...(byOutlet.get(article.outlet) ?? []), article]);
    expect(byOutlet.get('voa')!.map((a) => a.id)).toEqual([made.get('2031-06-01'), made.get('2030-01-01')]);
    // every other outlet of the seed has its one article
    for (const slug of ['bbc', 'rfa', 'epochtimes', 'kanzhongguo']) expect(byOutlet.get(slug), slug).toHaveLength(1);
    // newest first across the whole list
    const times = newest.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await findNewestArticlesPerOutlet(db.prisma, 0)).toEqual([]);
  });
});
