// The maintained per-outlet totals (outlet_cell_totals, migration 20261210000000_outlet_cell_totals)
// agree with the cells they count after every kind of change, and the unfiltered claim table's
// totals read from them agree with the pass over every cell that a filtered view makes.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../lib/generated/prisma/client';
import { DEFAULT_TABLE_QUERY } from '../../lib/claims/table-query';
import { findViewTotals } from '../../lib/data/claim-table/find-view-totals';
import { clearViewCache } from '../../lib/data/claim-table/view-cache';
import { unfilteredViewStatuses, viewWhere } from '../../lib/data/claim-table/view-sql';
import type { ReadScope } from '../../lib/data/types';
import { seededDatabaseForFile } from '../setup/test-database';
import { createArticle } from './write-fixtures';

const db = seededDatabaseForFile();

const SCOPES: ReadScope[] = [{}, { includeDrafts: true }, { includeDrafts: true, status: 'draft' }, { includeDrafts: true, status: 'published' }];

type Count = { status: string; outlet_id: number; states: boolean; contradicts: boolean; reviews: boolean; stale: boolean; n: number };

async function expectTotalsAgree() {
  const kept = await db.prisma.$queryRaw<Count[]>`
    SELECT status::text, outlet_id, states, contradicts, reviews, stale, n FROM outlet_cell_totals WHERE n <> 0
     ORDER BY 1, 2, 3, 4, 5, 6`;
  const counted = await db.prisma.$queryRaw<Count[]>`
    SELECT c.status::text, cc.outlet_id, cc.states > 0 AS states, cc.contradicts > 0 AS contradicts, cc.reviews > 0 AS reviews,
           cc.stale > 0 AS stale, count(*)::int AS n
      FROM claim_cells cc JOIN claims c ON c.id = cc.claim_id
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`;
  expect(kept).toEqual(counted);

  const outletIds = (await db.prisma.outlet.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((o) => o.id);
  for (const scope of SCOPES) {
    const where = viewWhere(DEFAULT_TABLE_QUERY, scope, null);
    // the same claims as a filtered view, so through the pass over their cells
    const asFiltered = Prisma.sql`${where} AND TRUE`;
    expect(unfilteredViewStatuses(where, scope)).not.toBeNull();
    expect(unfilteredViewStatuses(asFiltered, scope)).toBeNull();
    clearViewCache(db.prisma);
    const fromCounts = await findViewTotals(db.prisma, where, outletIds, 0n, scope);
    const byPass = await findViewTotals(db.prisma, asFiltered, outletIds, 0n, scope);
    expect(fromCounts, JSON.stringify(scope)).toEqual(byPass);
  }
}

/** A day after every outlet's latest article: the claim predates nobody's coverage yet. */
async function afterEveryArticle(days = 1): Promise<Date> {
  const latest = await db.prisma.article.aggregate({ _max: { publishedAt: true } });
  return new Date(latest._max.publishedAt!.getTime() + days * 86_400_000);
}

describe('outlet_cell_totals', () => {
  it('counts the seeded cells, and the table opens on the same totals as the pass', async () => {
    expect(await db.prisma.outletCellTotal.count()).toBeGreaterThan(5);
    await expectTotalsAgree();
  });

  it('follows quotes, marks, flags, dates, statuses, moved articles and deletions', async () => {
    const outlets = await db.prisma.outlet.findMany({ orderBy: { id: 'asc' }, take: 3 });
    const [a, b, c] = outlets as [(typeof outlets)[0], (typeof outlets)[0], (typeof outlets)[0]];
    // A claim dated after every outlet's latest article: it predates every outlet's coverage.
    const claim = await db.prisma.claim.create({
      data: { text: '维持总数的测试', searchText: '维持总数的测试', status: 'published', asOf: await afterEveryArticle() },
    });
    await expectTotalsAgree();

    // A quote in outlet a (a stated cell reads 'states' whatever the date), a mark in outlet b
    // (omits, read 'predates' while the claim is newer than b's articles).
    const inA = await createArticle(db.prisma, { outletId: a.id, text: '维持总数的测试报道。', publishedAt: '2020-01-01T00:00:00Z' });
    const inB = await createArticle(db.prisma, { outletId: b.id, text: '另一篇无关的报道。', publishedAt: '2020-01-02T00:00:00Z' });
    const quote = await db.prisma.evidence.create({ data: { claimId: claim.id, articleId: inA, stance: 'states', exact: '维持总数', start: 0, end: 4 } });
    await db.prisma.review.create({ data: { claimId: claim.id, articleId: inB, verdict: 'omits' } });
    await expectTotalsAgree();

    // A contradicting quote makes the cell mixed; a flag makes it rereview.
    await db.prisma.evidence.create({ data: { claimId: claim.id, articleId: inA, stance: 'contradicts', exact: '测试报道', start: 5, end: 9 } });
    await expectTotalsAgree();
    await db.prisma.evidence.update({ where: { id: quote.id }, data: { needsReview: true } });
    await expectTotalsAgree();

    // Outlet c publishes after the claim's date: its cell no longer predates.
    await createArticle(db.prisma, { outletId: c.id, text: '较新的报道。', publishedAt: (await afterEveryArticle(3)).toISOString() });
    await expectTotalsAgree();
    // The claim's date moves past c's new article, and then away.
    await db.prisma.claim.update({ where: { id: claim.id }, data: { asOf: await afterEveryArticle(2) } });
    await expectTotalsAgree();
    await db.prisma.claim.update({ where: { id: claim.id }, data: { asOf: null } });
    await expectTotalsAgree();

    // Its cells move with its status, both ways.
    await db.prisma.claim.update({ where: { id: claim.id }, data: { status: 'draft' } });
    await expectTotalsAgree();
    await db.prisma.claim.update({ where: { id: claim.id }, data: { status: 'published' } });
    await expectTotalsAgree();

    // An article moved to another outlet takes its quotes' cells along.
    await db.prisma.article.update({ where: { id: inA }, data: { outletId: c.id } });
    await expectTotalsAgree();

    // Deleting a quote, then the claim (its cells cascade).
    await db.prisma.evidence.delete({ where: { id: quote.id } });
    await expectTotalsAgree();
    await db.prisma.claim.delete({ where: { id: claim.id } });
    await expectTotalsAgree();
  });

  it('follows many claims changed in one statement, and rebuild_claim_cells() keeps it', async () => {
    await db.prisma.claim.updateMany({ where: { status: 'published', evidence: { some: {} } }, data: { status: 'draft' } });
    await expectTotalsAgree();
    await db.prisma.claim.updateMany({ where: { status: 'draft' }, data: { status: 'published' } });
    await expectTotalsAgree();
    await db.prisma.review.deleteMany({ where: { claim: { status: 'published' } } });
    await expectTotalsAgree();
    const kept = () =>
      db.prisma.outletCellTotal.findMany({
        where: { n: { not: 0 } },
        orderBy: [{ status: 'asc' }, { outletId: 'asc' }, { states: 'asc' }, { contradicts: 'asc' }, { reviews: 'asc' }, { stale: 'asc' }],
      });
    const before = await kept();
    await db.prisma.$executeRawUnsafe('SELECT rebuild_claim_cells()');
    const after = await kept();
    expect(after).toEqual(before);
    await expectTotalsAgree();
  });
});
