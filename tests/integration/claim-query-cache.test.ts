// The finder keeps claims' queries between requests (lib/data/reads/load-claim-queries.ts): a kept
// query must never outlive what it was built from. After a claim edit, a new quote or an import
// that changes the word statistics, the finder answers exactly as it does with nothing kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createClaim } from '../../lib/data/writes/create-claim';
import { createEvidence } from '../../lib/data/writes/create-evidence';
import { findArticleSuggestions } from '../../lib/data/reads/find-article-suggestions';
import { findClaimSuggestions, findManyClaimSuggestions } from '../../lib/data/reads/find-claim-suggestions';
import { importArticle } from '../../lib/data/workflows/import-article';
import { CLAIM_QUERY_CACHE_BYTES, claimQueryCacheCounts, clearClaimQueryCache, loadClaimQueries } from '../../lib/data/reads/load-claim-queries';
import { updateClaim } from '../../lib/data/writes/update-claim';
import { parseArticle } from '../../lib/importer';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  editor = await createActor(db.prisma, { email: 'cache-editor@example.org', name: 'Cache Editor', role: 'editor' });
});

afterAll(async () => {
  await db?.drop();
});

const suggest = (claimId: number) => findClaimSuggestions(db.prisma, { actor: editor, claimId, limit: 5 });

/** The finder's answer with nothing kept: what a kept query must reproduce. */
async function fresh<T>(find: () => Promise<T>): Promise<T> {
  clearClaimQueryCache();
  return find();
}

async function newClaim(text: string) {
  return createClaim(db.prisma, {
    actor: editor,
    input: { text, gloss: null, topics: [], kind: 'fact', value: null, comparator: null, unit: null, asOf: null, status: 'draft' },
  });
}

describe('kept claim queries', () => {
  it('are used again for an unchanged claim and corpus', async () => {
    const claim = await newClaim('习近平与普京多年来已会面超过40次');
    const first = await fresh(() => suggest(claim.id));
    const before = claimQueryCacheCounts();
    const again = await suggest(claim.id);
    expect(claimQueryCacheCounts().hits).toBe(before.hits + 1);
    expect(claimQueryCacheCounts().misses).toBe(before.misses);
    expect(again).toEqual(first);
  });

  it('are built again after the claim is edited', async () => {
    const claim = await newClaim('习近平与普京多年来已会面超过40次');
    const before = await suggest(claim.id);
    await suggest(claim.id);
    await updateClaim(db.prisma, { actor: editor, input: { id: claim.id, version: claim.version, text: '中国向俄罗斯提供大量可用于制造武器的军民两用商品' } });
    const misses = claimQueryCacheCounts().misses;
    const after = await suggest(claim.id);
    expect(claimQueryCacheCounts().misses).toBe(misses + 1);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await fresh(() => suggest(claim.id)));
  });

  it('are built again when the claim gains a quote', async () => {
    const claim = await newClaim('上海合作组织峰会在阿斯塔纳举行');
    const found = await suggest(claim.id);
    const best = found.outlets.find((o) => o.suggestions.length > 0)!.suggestions[0]!;
    await createEvidence(db.prisma, {
      actor: editor,
      input: { claimId: claim.id, articleId: best.articleId, stance: 'states', start: best.start, end: best.end, statedValue: null, note: null },
    });
    const misses = claimQueryCacheCounts().misses;
    const after = await suggest(claim.id);
    expect(claimQueryCacheCounts().misses).toBe(misses + 1);
    expect(after).toEqual(await fresh(() => suggest(claim.id)));
  });

  it('are built again when an import changes the article counts of their words, in both directions', async () => {
    const claim = await newClaim('白俄罗斯成为上海合作组织第十个成员国');
    const article = await db.prisma.article.findFirstOrThrow({ where: { outlet: { slug: 'voa' } }, select: { id: true } });
    await suggest(claim.id);
    await findArticleSuggestions(db.prisma, { actor: editor, articleId: article.id });
    const source =
      '---\ntitle: 缓存测试\ndate: 2024-07-07T10:00:00Z\nfrom: https://www.rfa.org/mandarin/cache-test.html\n---\n\n白俄罗斯正式成为上海合作组织第十个成员国。\n\n' +
      '各成员国领导人在会上欢迎白俄罗斯加入，并讨论了地区安全与经济合作。';
    const imported = await importArticle(db.prisma, { parsed: parseArticle({ filename: 'cache-test.md', source }), source, filename: 'cache-test.md' });
    expect(imported.status).toBe('imported');

    const misses = claimQueryCacheCounts().misses;
    const after = await suggest(claim.id);
    expect(claimQueryCacheCounts().misses).toBeGreaterThan(misses);
    expect(after).toEqual(await fresh(() => suggest(claim.id)));

    await suggest(claim.id);
    const matches = await findArticleSuggestions(db.prisma, { actor: editor, articleId: imported.articleId });
    expect(matches.claims.length).toBeGreaterThan(0);
    expect(matches).toEqual(await fresh(() => findArticleSuggestions(db.prisma, { actor: editor, articleId: imported.articleId })));
  });
});

describe('suggestions for many claims in one call (the review queue)', () => {
  it('answer each claim as it is answered alone, in the order asked', async () => {
    const claims = (await db.prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 8 })).map((c) => c.id);
    const together = await fresh(() => findManyClaimSuggestions(db.prisma, { actor: editor, claimIds: claims, limit: 1 }));
    expect(together.map((s) => s.claimId)).toEqual(claims);
    for (const [i, claimId] of claims.entries()) {
      expect(together[i]).toEqual(await fresh(() => findClaimSuggestions(db.prisma, { actor: editor, claimId, limit: 1 })));
    }
  });
});

describe('the kept claim queries', () => {
  it('hold no more than their byte budget, however many quotes the claims carry', async () => {
    clearClaimQueryCache();
    // 120 claims of about 400 KB each (their quotes are in the key): 48 MB against a 32 MB budget;
    // a count of 2,000 claims bounded nothing here
    const quote = 'x'.repeat(200_000);
    for (let i = 0; i < 120; i++) {
      await loadClaimQueries(db.prisma, [{ text: `第${i}号声明`, kind: 'fact', quotes: [quote, String(i)] }]);
    }
    const counts = claimQueryCacheCounts();
    expect(counts.bytes).toBeLessThanOrEqual(CLAIM_QUERY_CACHE_BYTES);
    expect(counts.kept).toBeLessThan(120);
    expect(counts.kept).toBeGreaterThan(0);
  }, 180_000);
});
