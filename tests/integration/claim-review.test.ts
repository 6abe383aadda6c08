// The ClaimReview of one claim from a real database: datePublished is when the claim was first
// published (its history), not its last edit; drafts have none; it passes Google's checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClaim } from '../../lib/data/reads/get-claim';
import { getClaimReview, getLoadedClaimReview } from '../../lib/data/reads/get-claim-review';
import { validateClaimReview } from '../validators/claim-review';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

const BASE = 'https://claimgrid.example';
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
});

afterAll(async () => {
  await db?.drop();
});

describe('getClaimReview', () => {
  it('dates the review from the first revision that published the claim, and its modification from the last edit', async () => {
    const claim = await db.prisma.claim.create({ data: { text: '某说法首次发布于草稿之后', status: 'published', updatedAt: new Date('2025-03-01T00:00:00Z') } });
    const revision = (action: string, status: string, at: string) => ({
      entityType: 'claim', entityId: claim.id, claimId: claim.id, action, after: { id: claim.id, status }, createdAt: new Date(at),
    });
    await db.prisma.revision.createMany({
      data: [
        revision('create', 'draft', '2025-01-01T00:00:00Z'),
        revision('update', 'published', '2025-02-01T00:00:00Z'),
        revision('update', 'draft', '2025-02-10T00:00:00Z'),
        revision('update', 'published', '2025-02-20T00:00:00Z'),
      ],
    });
    await db.prisma.claim.update({ where: { id: claim.id }, data: { updatedAt: new Date('2025-03-01T00:00:00Z') } });
    const review = await getClaimReview(db.prisma, claim.id, { baseUrl: BASE });
    expect(review).toMatchObject({ url: `${BASE}/claims/${claim.id}`, datePublished: '2025-02-01T00:00:00.000Z', dateModified: '2025-03-01T00:00:00.000Z' });
    // Nobody states it: it first appeared on Claimgrid, and the review is still complete.
    expect(review!.itemReviewed).toMatchObject({ author: { name: 'Claimgrid editors' }, datePublished: '2025-02-01T00:00:00.000Z' });
    expect(validateClaimReview(review)).toEqual([]);
  });

  it('has none for a draft or an unknown claim', async () => {
    const draft = await db.prisma.claim.create({ data: { text: '草稿', status: 'draft' } });
    expect(await getClaimReview(db.prisma, draft.id, { baseUrl: BASE })).toBeNull();
    expect(await getClaimReview(db.prisma, 999_999, { baseUrl: BASE })).toBeNull();
  });

  it('is valid for every seeded published claim', async () => {
    const claims = await db.prisma.claim.findMany({ where: { status: 'published' }, select: { id: true } });
    expect(claims.length).toBeGreaterThan(20);
    for (const { id } of claims) expect(validateClaimReview(await getClaimReview(db.prisma, id, { baseUrl: BASE })), `claim ${id}`).toEqual([]);
  });

  it('is the same whether the claim is loaded for it or was loaded by its page (every seeded claim, a reader and an editor)', async () => {
    const claims = await db.prisma.claim.findMany({ select: { id: true, status: true } });
    expect(claims.some((c) => c.status === 'draft')).toBe(true);
    const options = { baseUrl: BASE, maxAppearances: 2 };
    let compared = 0;
    for (const { id } of claims) {
      const expected = await getClaimReview(db.prisma, id, options);
      for (const scope of [{}, { includeDrafts: true }]) {
        const detail = await getClaim(db.prisma, id, scope);
        if (!detail) continue;
        expect(await getLoadedClaimReview(db.prisma, detail, options), `claim ${id}`).toEqual(expected);
        if (expected) compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});
