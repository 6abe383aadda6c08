// Search over the seed corpus in PostgreSQL: Traditional and Simplified alike, full-width
// digits, passages with the hit at the right code points, and the trigram index in use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchEverything } from '../../lib/data/search-everything';
import { seedCorpus } from '../../lib/data/seed-corpus';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedCorpus(db.prisma);
});
afterAll(async () => {
  await db?.drop();
});

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

  it('returns nothing for an empty query and treats % and _ literally', async () => {
    expect((await searchEverything(db.prisma, { query: '   ' })).articles).toEqual([]);
    expect((await searchEverything(db.prisma, { query: '_上_' })).articles).toEqual([]);
    expect((await searchEverything(db.prisma, { query: '上' })).articles.length).toBeGreaterThan(0);
  });

  it('uses the trigram index for article search', async () => {
    await db.prisma.$executeRawUnsafe('SET enable_seqscan = off');
    const plan = await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM articles WHERE search_text LIKE '%习近平%'`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/articles_search_text_idx/);
  });
});
