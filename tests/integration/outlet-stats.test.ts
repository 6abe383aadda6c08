// Each outlet's article count and latest publication, kept on the outlet row by triggers on
// articles: after every kind of change they equal what aggregating the articles gives.
import { describe, expect, it } from 'vitest';
import { seededDatabaseForFile } from '../setup/test-database';
import { createArticle } from './write-fixtures';

const db = seededDatabaseForFile();

type Figures = Record<number, { count: number; latest: string | null }>;

async function stored(): Promise<Figures> {
  const rows = await db.prisma.outlet.findMany({ select: { id: true, articleCount: true, latestPublishedAt: true } });
  return Object.fromEntries(rows.map((o) => [o.id, { count: o.articleCount, latest: o.latestPublishedAt?.toISOString() ?? null }]));
}

async function aggregated(): Promise<Figures> {
  const rows = await db.prisma.$queryRaw<{ id: number; n: number; latest: Date | null }[]>`
    SELECT o.id, count(a.id)::int AS n, max(a.published_at) AS latest FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id`;
  return Object.fromEntries(rows.map((o) => [o.id, { count: o.n, latest: o.latest?.toISOString() ?? null }]));
}

let serial = 0;
async function addArticle(outletId: number, publishedAt: string): Promise<number> {
  serial += 1;
  return createArticle(db.prisma, { outletId, publishedAt, text: `第${serial}篇测试文章。`, title: `测试 ${serial}` });
}

describe('outlet article count and latest publication', () => {
  it('match the articles after the seed import', async () => {
    const figures = await stored();
    expect(Object.values(figures).every((f) => f.count > 0 && f.latest !== null)).toBe(true);
    expect(figures).toEqual(await aggregated());
  });

  it('follow inserts, deletes, date changes and moves between outlets', async () => {
    const outlet = await db.prisma.outlet.create({ data: { slug: 'stats-a', name: 'Stats A', language: 'zh_Hans' } });
    const other = await db.prisma.outlet.create({ data: { slug: 'stats-b', name: 'Stats B', language: 'zh_Hans' } });
    expect((await stored())[outlet.id]).toEqual({ count: 0, latest: null });

    const older = await addArticle(outlet.id, '2024-01-01T00:00:00Z');
    const newer = await addArticle(outlet.id, '2024-06-01T00:00:00Z');
    await addArticle(outlet.id, '2023-01-01T00:00:00Z');
    expect((await stored())[outlet.id]).toEqual({ count: 3, latest: '2024-06-01T00:00:00.000Z' });

    // removing an older article keeps the latest; removing the latest finds the next one
    await db.prisma.article.delete({ where: { id: older } });
    expect((await stored())[outlet.id]).toEqual({ count: 2, latest: '2024-06-01T00:00:00.000Z' });
    await db.prisma.article.delete({ where: { id: newer } });
    expect((await stored())[outlet.id]).toEqual({ count: 1, latest: '2023-01-01T00:00:00.000Z' });
    expect(await stored()).toEqual(await aggregated());

    // a date change, both later and earlier
    const moving = await addArticle(outlet.id, '2025-03-01T00:00:00Z');
    await db.prisma.article.update({ where: { id: moving }, data: { publishedAt: new Date('2022-01-01T00:00:00Z') } });
    expect((await stored())[outlet.id]).toEqual({ count: 2, latest: '2023-01-01T00:00:00.000Z' });

    // a move to another outlet updates both
    await db.prisma.article.update({ where: { id: moving }, data: { outletId: other.id } });
    expect((await stored())[outlet.id]).toEqual({ count: 1, latest: '2023-01-01T00:00:00.000Z' });
    expect((await stored())[other.id]).toEqual({ count: 1, latest: '2022-01-01T00:00:00.000Z' });
    expect(await stored()).toEqual(await aggregated());
  });

  it('rebuild_outlet_stats() reproduces what the triggers keep', async () => {
    const before = await stored();
    await db.prisma.$executeRawUnsafe('UPDATE outlets SET article_count = 0, latest_published_at = NULL');
    await db.prisma.$executeRawUnsafe('SELECT rebuild_outlet_stats()');
    expect(await stored()).toEqual(before);
  });
});
