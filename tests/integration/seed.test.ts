// The seed corpus loaded into a real PostgreSQL: five articles from five outlets, the curated
// claims with every quote anchored, history recorded, and a second run that adds nothing.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePointSlice } from '../../lib/anchoring';
import { seedCorpus } from '../../lib/data/workflows/seed-corpus';
import { findClaims } from '../../lib/data/claim-table';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { testTempDir } from '../support/temp-dir';

const claimsFile = JSON.parse(readFileSync('seeds/claims.json', 'utf8')) as {
  claims: { key: string; evidence: unknown[]; reviews: unknown[] }[];
};

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedCorpus(db.prisma);
});
afterAll(async () => {
  await db?.drop();
});

describe('seedCorpus', () => {
  it('imports the five seed articles under their five real outlets', async () => {
    const outlets = await db.prisma.outlet.findMany({ orderBy: { slug: 'asc' }, include: { _count: { select: { articles: true } } } });
    expect(outlets.map((o) => o.slug)).toEqual(['bbc', 'epochtimes', 'kanzhongguo', 'rfa', 'voa']);
    expect(outlets.every((o) => o._count.articles === 1)).toBe(true);
  });

  it('loads every curated claim with all of its evidence and reviews', async () => {
    expect(claimsFile.claims.length).toBeGreaterThanOrEqual(15);
    expect(await db.prisma.claim.count()).toBe(claimsFile.claims.length);
    const evidence = claimsFile.claims.reduce((n, c) => n + c.evidence.length, 0);
    const reviews = claimsFile.claims.reduce((n, c) => n + c.reviews.length, 0);
    expect(await db.prisma.evidence.count()).toBe(evidence);
    expect(await db.prisma.review.count()).toBe(reviews);
  });

  it('anchors every quote exactly in the stored body text, in code points', async () => {
    const rows = await db.prisma.evidence.findMany({ include: { article: { select: { text: true } } } });
    for (const row of rows) {
      expect(codePointSlice(row.article.text, row.start, row.end)).toBe(row.exact);
      expect(row.article.text.includes(`${row.prefix}${row.exact}${row.suffix}`)).toBe(true);
    }
  });

  it('records a revision for every claim, evidence and review it created', async () => {
    const byType = await db.prisma.revision.groupBy({ by: ['entityType'], _count: true, where: { action: 'create' } });
    const counts = Object.fromEntries(byType.map((r) => [r.entityType, r._count]));
    expect(counts).toEqual({
      claim: await db.prisma.claim.count(),
      evidence: await db.prisma.evidence.count(),
      review: await db.prisma.review.count(),
    });
  });

  it('imports nothing twice when run again', async () => {
    const before = { articles: await db.prisma.article.count(), claims: await db.prisma.claim.count(), revisions: await db.prisma.revision.count() };
    const again = await seedCorpus(db.prisma);
    expect(again.articles.map((a) => a.status)).toEqual(Array(5).fill('duplicate'));
    expect(again.claims).toBe(0);
    expect({ articles: await db.prisma.article.count(), claims: await db.prisma.claim.count(), revisions: await db.prisma.revision.count() }).toEqual(before);
  });

  it('gives the "9 times" claim the curated stance in every outlet', async () => {
    const { claims } = await findClaims(db.prisma);
    const visits = claims.find((c) => c.text.includes('至少9次访问俄罗斯'))!;
    const stances = Object.fromEntries(Object.entries(visits.cells).map(([slug, cell]) => [slug, cell.stance]));
    expect(stances).toEqual({ kanzhongguo: 'states', rfa: 'omits', epochtimes: 'omits', voa: 'states', bbc: 'predates' });
  });
});

describe('seedCorpus with a bad claims file', () => {
  it('fails loudly, naming every quote that does not anchor, and writes nothing at all', async () => {
    const dir = testTempDir('seeds');
    cpSync('seeds', dir, { recursive: true });
    const broken = JSON.parse(readFileSync(path.join(dir, 'claims.json'), 'utf8'));
    broken.claims[0].evidence[0].exact = '这句话不在任何文章里';
    broken.claims[1].evidence[0].article = 'missing.txt';
    writeFileSync(path.join(dir, 'claims.json'), JSON.stringify(broken));

    const fresh = await createTestDatabase();
    try {
      const error = await seedCorpus(fresh.prisma, { dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toContain('这句话不在任何文章里');
      expect(message).toContain('missing.txt');
      expect(await fresh.prisma.claim.count()).toBe(0);
      expect(await fresh.prisma.evidence.count()).toBe(0);
      expect(await fresh.prisma.article.count()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});
