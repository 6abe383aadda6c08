// Search over the seed corpus in PostgreSQL: Traditional and Simplified alike, full-width
// digits, passages with the hit at the right code points, and the trigram index in use.
import { describe, expect, it } from 'vitest';
import { searchEverything } from '../../lib/data/reads/search-everything';
import { createTestDatabase, seededDatabaseForFile } from '../setup/test-database';

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

  it('finds every article for queries of one and two characters, on a corpus larger than any window', async () => {
    // 6,000 articles, more than the newest-first probe (500) and the window short queries were once
    // limited to (5,000) look at: a common word in every one, a two-character word in one of 97
    // (too few to fill a page among the newest), and a rare character in the two oldest thousand.
    const big = await createTestDatabase();
    try {
      await big.prisma.$executeRawUnsafe(`INSERT INTO outlets (slug, name, language) VALUES ('big', 'Big', 'zh-Hans')`);
      await big.prisma.$executeRawUnsafe(`
        INSERT INTO articles (outlet_id, title, published_at, language, text, text_length, content_hash, search_text, source, source_format)
        SELECT o.id, 'a' || n, TIMESTAMPTZ '2020-01-01' + n * INTERVAL '1 hour', 'zh-Hans', t, char_length(t), encode(sha256(convert_to(t, 'UTF8')), 'hex'), t, t, 'text'
          FROM outlets o,
               LATERAL (SELECT n, '第' || n || '篇。普京出席峰会' || CASE WHEN n % 97 = 0 THEN '，莫迪也来了' ELSE '' END
                                 || CASE WHEN n IN (3, 700) THEN '，只有这里有鑫字' ELSE '' END AS t
                          FROM generate_series(1, 6000) n) g`);
      await big.prisma.$executeRawUnsafe('ANALYZE articles');
      const all = await big.prisma.article.findMany({ select: { id: true, publishedAt: true, searchText: true } });
      const newestFirst = [...all].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
      expect(newestFirst.length).toBeGreaterThan(5000);
      for (const query of ['莫迪', '鑫', '普京', '峰']) {
        const expected = newestFirst.filter((a) => a.searchText.includes(query)).map((a) => a.id);
        expect(expected.length, query).toBeGreaterThan(0);
        const results = await searchEverything(big.prisma, { query, limit: 50 });
        expect(results.articles.map((a) => a.article.id), query).toEqual(expected.slice(0, 50));
      }
      // the rare character was found where the newest-first probe never looks
      expect(newestFirst.slice(0, 5000).some((a) => a.searchText.includes('鑫'))).toBe(false);
      // and the short query is answered from the gram index
      await big.prisma.$executeRawUnsafe('SET enable_seqscan = off');
      const plan = await big.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM articles WHERE search_grams(search_text) @> ARRAY['莫迪']`,
      );
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/articles_search_grams_idx/);
    } finally {
      await big.drop();
    }
  });

  it('uses the trigram index for article search', async () => {
    await db.prisma.$executeRawUnsafe('SET enable_seqscan = off');
    const plan = await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM articles WHERE search_text LIKE '%习近平%'`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/articles_search_text_idx/);
  });
});
