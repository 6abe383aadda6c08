// Article lists: findNewestArticlesPerOutlet (at most N of each outlet, newest first) and
// findArticlePage (all articles in pages, newest first, with the total).
import { describe, expect, it } from 'vitest';
import { findArticlePage } from '../../lib/data/reads/find-articles';
import { findNewestArticlesPerOutlet } from '../../lib/data/reads/find-newest-articles';
import { seededDatabaseForFile } from '../setup/test-database';
import { createArticle } from './write-fixtures';

const db = seededDatabaseForFile();

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

describe('findArticlePage', () => {
  it('pages through every article newest first, with the total and page count', async () => {
    const all = await db.prisma.article.findMany({ orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    const first = await findArticlePage(db.prisma, { page: 1, pageSize: 3 });
    expect(first).toMatchObject({ total: all.length, page: 1, pageCount: Math.ceil(all.length / 3) });
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page++) pages.push(await findArticlePage(db.prisma, { page, pageSize: 3 }));
    expect(pages.flatMap((p) => p.articles.map((a) => a.id))).toEqual(all.map((a) => a.id));
    // past the end: an empty page, the same total
    expect(await findArticlePage(db.prisma, { page: first.pageCount + 1, pageSize: 3 })).toMatchObject({ articles: [], total: all.length });
  });
});
