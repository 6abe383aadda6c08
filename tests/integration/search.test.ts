// Search over the seed corpus in PostgreSQL: Traditional and Simplified alike, full-width
// digits, passages with the hit at the right code points, and the trigram index in use.
import { describe, expect, it } from 'vitest';
import { searchEverything } from '../../lib/data/search-everything';
import { seededDatabaseForFile } from '../setup/test-database';

const db = seededDatabaseForFile();

describe('searchEverything', () => {
  it('finds the Traditional 習近平 of Kanzhongguo when searching the Simplified 习近平', async () => {
    const results = await searchEverything(db.prisma, { query: '习近平' });
    const kzg = results.articles.find((a) => a.article.outlet === 'kanzhongguo');
    expect(kzg).toBeDefined();
    const passage = kzg!.passages[0]!;
    expect([...passage.text].slice(passage.hit.start - passage.start, passage.hit.end - passage.start).join('')).toBe('習近平');
    expect(results.articles.map((a) => a.article.outlet).sort()).toEqual(['bbc', 'epochtimes', 'kanzhongguo', 'rfa', 'voa']);
    expect(results.claims.length).toBeGreaterThan(0);
  });

  it('matches full-width digits and gives the same results for both scripts', async () => {
    const full = await searchEverything(db.prisma, { query: '至少９次訪問' });
    const half = await searchEverything(db.prisma, { query: '至少9次访问' });
    expect(full.articles.map((a) => a.article.id)).toEqual(half.articles.map((a) => a.article.id));
    expect(full.articles.map((a) => a.article.outlet).sort()).toEqual(['kanzhongguo', 'voa']);
    expect(full.claims.map((c) => c.id)).toEqual(half.claims.map((c) => c.id));
  });

  it('answers a query with a NUL in it instead of failing in the database', async () => {
    const results = await searchEverything(db.prisma, { query: '习\u0000近平' });
    expect(results.articles.length).toBeGreaterThan(0);
    expect((await searchEverything(db.prisma, { query: '\u0000' })).articles).toEqual([]);
  });

  it('returns nothing for an empty query and treats % and _ literally', async () => {
    expect((await searchEverything(db.prisma, { query: '   ' })).articles).toEqual([]);
    expect((await searchEverything(db.prisma, { query: '_上_' })).articles).toEqual([]);
    expect((await searchEverything(db.prisma, { query: '上' })).articles.length).toBeGreaterThan(0);
  });

  it('gives the same newest-first articles whether or not the newest ones are probed first', async () => {
    // The probe looks at the newest `probe` articles and stops when they fill the page; the
    // answer must be the one a full search gives, for every probe size and page size.
    const articles = await db.prisma.article.findMany({ select: { id: true, publishedAt: true, searchText: true } });
    const newestFirst = [...articles].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
    for (const query of ['习近平', '普京', '上', '白俄罗斯']) {
      const expected = newestFirst.filter((a) => a.searchText.includes(query)).map((a) => a.id);
      expect(expected.length).toBeGreaterThan(0);
      for (const limit of [1, 2, 3, 5]) {
        for (const probe of [0, 1, 2, 3, 10]) {
          const results = await searchEverything(db.prisma, { query, limit, probe });
          expect(results.articles.map((a) => a.article.id), `${query} limit ${limit} probe ${probe}`).toEqual(expected.slice(0, limit));
        }
      }
    }
  });

  it('searches one- and two-character queries among the newest articles and says so', async () => {
    const articles = await db.prisma.article.findMany({ select: { id: true, publishedAt: true, searchText: true } });
    const newestFirst = [...articles].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
    const inWindow = newestFirst.slice(0, 2).filter((a) => a.searchText.includes('普京')).map((a) => a.id);
    const windowed = await searchEverything(db.prisma, { query: '普京', probe: 0, shortWindow: 2 });
    expect(windowed.articles.map((a) => a.article.id)).toEqual(inWindow);
    expect(windowed.articleWindow).toBe(2);
    // Every article looked at: nothing to say.
    const whole = await searchEverything(db.prisma, { query: '普京', probe: 0, shortWindow: 10 });
    expect(whole.articleWindow).toBeNull();
    expect(whole.articles.length).toBeGreaterThan(inWindow.length);
    // A page filled by the newest articles is complete whatever the window.
    const probed = await searchEverything(db.prisma, { query: '普京', limit: 1, shortWindow: 2 });
    expect(probed.articleWindow).toBeNull();
    // Three characters and more use the trigram index over every article.
    expect((await searchEverything(db.prisma, { query: '习近平', probe: 0, shortWindow: 2 })).articleWindow).toBeNull();
  });

  it('uses the trigram index for article search', async () => {
    await db.prisma.$executeRawUnsafe('SET enable_seqscan = off');
    const plan = await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM articles WHERE search_text LIKE '%习近平%'`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/articles_search_text_idx/);
  });
});
