// The claim table's SQL filters, sorts, paging and totals agree with the domain's own cell
// decisions (lib/claims, see domain-claims.ts) on the seed corpus, for every stance x outlet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL_STANCES } from '../../lib/claims';
import { parseTableQuery, TABLE_SORTS } from '../../lib/claims/table-query';
import { findClaimTable } from '../../lib/data/claim-table';
import type { ClaimDto } from '../../lib/data/types';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { findClaimsByDomainRules, type DomainClaim } from './domain-claims';
import { createArticle } from './write-fixtures';

let db: TestDatabase;
let all: DomainClaim[];
let slugs: string[];

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  const matrix = await findClaimsByDomainRules(db.prisma);
  all = matrix.claims;
  slugs = matrix.outlets.map((o) => o.slug);
});
afterAll(async () => {
  await db?.drop();
});

const table = (params: Record<string, string>) => findClaimTable(db.prisma, parseTableQuery(params, { maxPageSize: 500 }));
const ids = (claims: { id: number }[]) => claims.map((c) => c.id).sort((a, b) => a - b);
const stances = (c: DomainClaim | ClaimDto) => Object.values(c.cells).map((cell) => cell.stance);

describe('findClaimTable', () => {
  it('lists every published claim, newest first, with every outlet as a column', async () => {
    const result = await table({});
    expect(result.total).toBe(all.length);
    expect(result.outlets.map((o) => o.slug)).toEqual(slugs);
    const created = result.claims.map((c) => c.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('filters by a stance in one outlet exactly as the cells read, for every stance and outlet', async () => {
    for (const outlet of slugs) {
      for (const stance of CELL_STANCES) {
        const result = await table({ outlet, stance, pageSize: '500' });
        const expected = all.filter((c) => c.cells[outlet]!.stance === stance);
        expect(ids(result.claims), `${stance} in ${outlet}`).toEqual(ids(expected));
        expect(result.total).toBe(expected.length);
      }
    }
  });

  it('filters by a stance in any outlet as the cells read, for every stance (mixed counting as stating and as contradicting)', async () => {
    for (const stance of CELL_STANCES) {
      const result = await table({ stance, pageSize: '500' });
      const reads = (s: string) => s === stance || (s === 'mixed' && (stance === 'states' || stance === 'contradicts'));
      const expected = all.filter((c) => stances(c).some(reads));
      expect(ids(result.claims), stance).toEqual(ids(expected));
      expect(result.total, stance).toBe(expected.length);
    }
  });

  it('finds claims contradicted by anyone, and contested claims', async () => {
    const contradicted = await table({ stance: 'contradicts', pageSize: '500' });
    expect(ids(contradicted.claims)).toEqual(ids(all.filter((c) => stances(c).some((s) => s === 'contradicts' || s === 'mixed'))));
    const contested = await table({ contested: '1', pageSize: '500' });
    const expected = all.filter((c) => {
      const s = stances(c);
      return s.some((x) => x === 'states' || x === 'mixed') && s.some((x) => x === 'contradicts' || x === 'mixed');
    });
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(ids(contested.claims)).toEqual(ids(expected));
  });

  it('sorts by most contested, widest coverage and most omitted', async () => {
    const score = (c: DomainClaim | ClaimDto) => {
      const s = stances(c);
      const states = s.filter((x) => x === 'states' || x === 'mixed').length;
      const contra = s.filter((x) => x === 'contradicts' || x === 'mixed').length;
      return { contested: Math.min(states, contra), coverage: s.filter((x) => ['states', 'contradicts', 'mixed'].includes(x)).length, omitted: s.filter((x) => x === 'omits').length };
    };
    for (const sort of ['contested', 'coverage', 'omitted'] as const) {
      const result = await table({ sort, pageSize: '500' });
      const values = result.claims.map((c) => score(c)[sort]);
      expect([...values].sort((a, b) => b - a), sort).toEqual(values);
    }
  });

  it('searches claim text insensitive to Traditional vs Simplified and full-width digits', async () => {
    const simplified = await table({ q: '至少9次' });
    const traditional = await table({ q: '至少９次訪問' });
    expect(simplified.total).toBeGreaterThan(0);
    expect(ids(traditional.claims)).toEqual(ids(simplified.claims));
    expect(simplified.claims.every((c) => c.text.includes('9次'))).toBe(true);
  });

  it('pages, chooses and orders columns, and counts totals over the whole view', async () => {
    const first = await table({ pageSize: '10' });
    const second = await table({ pageSize: '10', page: '2' });
    expect(first.claims).toHaveLength(10);
    expect(first.pageCount).toBe(Math.ceil(all.length / 10));
    expect(ids([...first.claims, ...second.claims]).length).toBe(20);
    expect(new Set([...ids(first.claims), ...ids(second.claims)]).size).toBe(20);

    const cols = await table({ cols: 'voa,bbc' });
    expect(cols.outlets.map((o) => o.slug)).toEqual(['voa', 'bbc']);
    expect(Object.keys(cols.claims[0]!.cells)).toEqual(['voa', 'bbc']);

    const result = await table({});
    for (const slug of slugs) {
      for (const stance of CELL_STANCES) {
        expect(result.totals[slug]![stance], `${slug} ${stance}`).toBe(all.filter((c) => c.cells[slug]!.stance === stance).length);
      }
    }
  });
});

describe('cached counts and totals, and pages that follow each other', () => {
  it('follow every write: a new quote changes the totals and the filtered count at once', async () => {
    const before = await table({});
    const voa = await db.prisma.outlet.findUniqueOrThrow({ where: { slug: 'voa' } });
    const claim = await db.prisma.claim.create({ data: { text: '缓存失效的测试', searchText: '缓存失效的测试', status: 'published' } });
    const afterClaim = await table({});
    expect(afterClaim.total).toBe(before.total + 1);
    expect(afterClaim.totals.voa!.unchecked).toBe(before.totals.voa!.unchecked + 1);
    const stating = await table({ stance: 'states', outlet: 'voa' });
    const articleId = await createArticle(db.prisma, { outletId: voa.id, text: '缓存失效的测试报道。', publishedAt: '2020-01-01T00:00:00Z' });
    await db.prisma.evidence.create({ data: { claimId: claim.id, articleId, stance: 'states', exact: '缓存失效', start: 0, end: 4 } });
    const after = await table({});
    expect(after.totals.voa!.states).toBe(afterClaim.totals.voa!.states + 1);
    expect(after.totals.voa!.unchecked).toBe(afterClaim.totals.voa!.unchecked - 1);
    expect((await table({ stance: 'states', outlet: 'voa' })).total).toBe(stating.total + 1);
    await db.prisma.claim.delete({ where: { id: claim.id } });
    expect((await table({})).totals).toEqual(before.totals);
  });

  it('follow every write to the outlets: a new outlet is a column at once, a new article counts at once in the grid and in full', async () => {
    const grid = (params: Record<string, string>, maxDefaultColumns?: number) =>
      findClaimTable(db.prisma, parseTableQuery(params), {}, { detail: 'table', maxDefaultColumns });
    // read (and keep) the outlets of this version first, in every path that reads them
    const before = await grid({});
    await grid({ sort: 'contested' });
    await table({});
    const outlet = await db.prisma.outlet.create({ data: { slug: 'cache-test', name: 'Cache test', language: 'zh_Hans' } });
    try {
      for (const read of [await grid({}), await grid({ sort: 'contested' }), await table({})]) {
        expect(read.allOutlets.map((o) => o.slug)).toContain('cache-test');
        expect(read.outlets.map((o) => o.slug)).toContain('cache-test');
        expect(read.claims[0]!.cells['cache-test']!.stance).toBe('unchecked');
      }
      // the outlet that publishes most leads the capped columns: one article makes the new outlet one of two
      const capped = await grid({}, before.outlets.length);
      expect(capped.outlets.map((o) => o.slug)).not.toContain('cache-test');
      const most = Math.max(...before.allOutlets.map((o) => o.articleCount));
      for (let i = 0; i <= most; i++) {
        await createArticle(db.prisma, { outletId: outlet.id, text: `缓存的列第${i}篇。`, publishedAt: '2020-01-01T00:00:00Z' });
      }
      const leading = await grid({}, 1);
      expect(leading.outlets.map((o) => o.slug)).toEqual(['cache-test']);
      expect(leading.allOutlets.find((o) => o.slug === 'cache-test')!.articleCount).toBe(most + 1);
    } finally {
      await db.prisma.article.deleteMany({ where: { outletId: outlet.id } });
      await db.prisma.outlet.delete({ where: { id: outlet.id } });
    }
    expect((await grid({})).allOutlets.map((o) => o.slug)).toEqual(before.allOutlets.map((o) => o.slug));
  });

  it('give the page after a page shown (started after its last sort key) exactly the page counted off by offset', async () => {
    for (const sort of TABLE_SORTS) {
      for (const view of [{ sort }, { sort, stance: 'omits', outlet: 'voa' }, { sort, contested: '1' }] as Record<string, string>[]) {
        const params = { ...view, pageSize: '3' };
        // page 3 first: nothing shown before it, so by offset
        const byOffset = await table({ ...params, page: '3' });
        await table({ ...params, page: '1' });
        await table({ ...params, page: '2' });
        const afterKey = await table({ ...params, page: '3' });
        expect(ids(afterKey.claims), JSON.stringify(view)).toEqual(ids(byOffset.claims));
        expect(afterKey.claims.map((c) => c.id), JSON.stringify(view)).toEqual(byOffset.claims.map((c) => c.id));
      }
    }
  });
});

describe('getOutletRecord', () => {
  it('counts the outlet’s stances like the table and lists the claims where it stands alone', async () => {
    const { getOutletRecord } = await import('../../lib/data/reads/get-outlet-record');
    let aloneSeen = 0;
    for (const slug of slugs) {
      const record = (await getOutletRecord(db.prisma, slug))!;
      expect(record.articles.every((a) => a.outlet === slug)).toBe(true);
      for (const stance of CELL_STANCES) {
        expect(record.totals[stance], `${slug} ${stance}`).toBe(all.filter((c) => c.cells[slug]!.stance === stance).length);
      }
      const expected = all.filter((c) => {
        const mine = c.cells[slug]!;
        if (mine.stance !== 'states' && mine.stance !== 'contradicts') return false;
        const others = Object.entries(c.cells).filter(([s, cell]) => s !== slug && (cell.evidence.length || cell.reviews.length));
        return others.length > 0 && others.every(([, cell]) => cell.stance !== mine.stance && cell.stance !== 'mixed');
      });
      expect(ids(record.alone), slug).toEqual(ids(expected));
      aloneSeen += expected.length;
    }
    expect(aloneSeen).toBeGreaterThan(0);
  });

  it('returns null for an unknown outlet', async () => {
    const { getOutletRecord } = await import('../../lib/data/reads/get-outlet-record');
    expect(await getOutletRecord(db.prisma, 'no-such-outlet')).toBeNull();
  });
});

describe('the grid’s cheap rows (detail: table)', () => {
  type Table = Awaited<ReturnType<typeof findClaimTable>>;
  function expectSameCells(cheap: Table, full: Table, label: string) {
    expect(cheap.outlets.map((o) => o.slug), label).toEqual(full.outlets.map((o) => o.slug));
    expect(cheap.claims.map((c) => c.id), label).toEqual(full.claims.map((c) => c.id));
    for (const [index, claim] of cheap.claims.entries()) {
      const reference = full.claims[index]!;
      expect(Object.keys(claim.cells), label).toEqual(cheap.outlets.map((o) => o.slug));
      for (const outlet of cheap.outlets) {
        const cell = claim.cells[outlet.slug]!;
        const expected = reference.cells[outlet.slug]!;
        expect(cell.stance, `${label}: ${claim.id} ${outlet.slug}`).toBe(expected.stance);
        expect(cell.evidenceCount).toBe(expected.evidence.length);
        expect(cell.evidence).toEqual([]);
        // the words of the same first quote
        const first = expected.evidence[0];
        expect(cell.firstQuote, `${label}: ${claim.id} ${outlet.slug}`).toEqual(first ? { exact: first.exact, statedValue: first.statedValue } : undefined);
      }
    }
  }

  it('give every cell the same stance as the full rows, with the first quote and the counts', async () => {
    const query = parseTableQuery({ pageSize: '500' }, { maxPageSize: 500 });
    const full = await findClaimTable(db.prisma, query);
    const cheap = await findClaimTable(db.prisma, query, {}, { detail: 'table', totals: false });
    expect(cheap.outlets.map((o) => o.slug)).toEqual(slugs);
    expectSameCells(cheap, full, 'all outlets');
    expect(cheap.totals).toEqual(Object.fromEntries(cheap.outlets.map((o) => [o.slug, expect.any(Object)])));
  });

  it('count, per claim, the outlets that state, contradict and omit it across every outlet, whichever columns show', async () => {
    const query = parseTableQuery({ pageSize: '500' }, { maxPageSize: 500 });
    const full = await findClaimTable(db.prisma, query);
    const capped = await findClaimTable(db.prisma, query, {}, { detail: 'table', totals: false, maxDefaultColumns: 1 });
    expect(capped.outlets).toHaveLength(1);
    const counted = (claim: ClaimDto) => {
      const stances = Object.values(claim.cells).map((cell) => cell.stance);
      const n = (...of: string[]) => stances.filter((s) => of.includes(s)).length;
      return { states: n('states', 'mixed'), contradicts: n('contradicts', 'mixed'), omits: n('omits') };
    };
    expect(capped.claims.map((c) => [c.id, c.outletCounts])).toEqual(full.claims.map((c) => [c.id, counted(c)]));
    // the seed has claims each kind of count applies to, predated omissions included
    expect(full.claims.some((c) => Object.values(c.cells).some((cell) => cell.stance === 'predates'))).toBe(true);
    expect(capped.claims.some((c) => c.outletCounts!.contradicts > 0 && c.outletCounts!.omits > 0)).toBe(true);
  });

  it('load the visible columns only, and exactly as full detail shows them: chosen, capped, unknown, filtered', async () => {
    const cases: [string, Record<string, string>, number | undefined][] = [
      ['chosen', { cols: 'rfa,voa' }, undefined],
      ['capped', {}, 2],
      ['unknown columns fall back to all', { cols: 'no-such-outlet' }, undefined],
      ['stance filter with columns', { stance: 'states', cols: 'bbc,voa' }, undefined],
    ];
    for (const [label, params, cap] of cases) {
      const query = parseTableQuery({ ...params, pageSize: '500' }, { maxPageSize: 500 });
      const full = await findClaimTable(db.prisma, query, {}, { maxDefaultColumns: cap });
      const cheap = await findClaimTable(db.prisma, query, {}, { detail: 'table', maxDefaultColumns: cap });
      expect(cheap.claims.length, label).toBeGreaterThan(0);
      expectSameCells(cheap, full, label);
    }
  });

  it('select the same page, in the same order, with the same claim fields and total, for every sort and filter', async () => {
    const views = [
      ...TABLE_SORTS.map((sort) => ({ sort, pageSize: '3', page: '2' })),
      { stance: 'omits', outlet: 'voa', sort: 'omitted', pageSize: '4' },
      { contested: '1', sort: 'contested' },
      { q: '习近平', sort: 'coverage', pageSize: '2', page: '2' },
      { pageSize: '5', page: '999' },
    ];
    for (const view of views) {
      const query = parseTableQuery(view);
      const full = await findClaimTable(db.prisma, query);
      const cheap = await findClaimTable(db.prisma, query, {}, { detail: 'table' });
      const fields = (claims: typeof full.claims) => claims.map(({ cells: _cells, outletCounts: _counts, ...claim }) => claim);
      expect(fields(cheap.claims), JSON.stringify(view)).toEqual(fields(full.claims));
      expect({ total: cheap.total, pageCount: cheap.pageCount, totals: cheap.totals }).toEqual({ total: full.total, pageCount: full.pageCount, totals: full.totals });
    }
    expect((await findClaimTable(db.prisma, parseTableQuery({ sort: 'coverage', pageSize: '3', page: '2' }), {}, { detail: 'table' })).claims).toHaveLength(3);
  });
});

describe('default columns on wide corpora', () => {
  it('shows only the outlets with the most articles when none were chosen, and all chosen ones otherwise', async () => {
    const capped = await findClaimTable(db.prisma, parseTableQuery({}), {}, { detail: 'table', maxDefaultColumns: 2 });
    expect(capped.columnsCapped).toBe(true);
    expect(capped.outlets).toHaveLength(2);
    expect(Object.keys(capped.claims[0]!.cells)).toHaveLength(2);
    const chosen = await findClaimTable(db.prisma, parseTableQuery({ cols: 'voa,bbc,rfa' }), {}, { detail: 'table', maxDefaultColumns: 2 });
    expect(chosen.columnsCapped).toBe(false);
    expect(chosen.outlets.map((o) => o.slug)).toEqual(['voa', 'bbc', 'rfa']);
    const narrow = await findClaimTable(db.prisma, parseTableQuery({}), {}, { detail: 'table', maxDefaultColumns: 20 });
    expect(narrow.columnsCapped).toBe(false);
    expect(narrow.outlets).toHaveLength(slugs.length);
  });
});

describe('the first quote of a cell', () => {
  it('is the quote in the outlet\'s oldest article, in the grid and in full detail alike', async () => {
    const voa = await db.prisma.outlet.findUniqueOrThrow({ where: { slug: 'voa' } });
    // made second, published first: id order and date order disagree
    const newer = await createArticle(db.prisma, { outletId: voa.id, text: '较新的报道提到峰会。', publishedAt: '2025-03-01T00:00:00Z' });
    const older = await createArticle(db.prisma, { outletId: voa.id, text: '较早的报道提到峰会。', publishedAt: '2020-03-01T00:00:00Z' });
    const claim = await db.prisma.claim.create({ data: { text: '峰会的报道顺序', searchText: '峰会的报道顺序', status: 'published' } });
    for (const articleId of [newer, older]) {
      await db.prisma.evidence.create({ data: { claimId: claim.id, articleId, stance: 'states', exact: '报道提到峰会', start: 3, end: 9 } });
    }
    const full = await findClaimTable(db.prisma, parseTableQuery({ q: '峰会的报道顺序' }));
    const grid = await findClaimTable(db.prisma, parseTableQuery({ q: '峰会的报道顺序' }), {}, { detail: 'table' });
    expect(full.claims[0]!.cells.voa!.evidence.map((e) => e.articleId)).toEqual([older, newer]);
    expect(grid.claims[0]!.cells.voa!.firstQuote).toEqual({ exact: '报道提到峰会', statedValue: null });
    expect(grid.claims[0]!.cells.voa!.evidenceCount).toBe(2);
    // the grid shows what the first quote says now
    const first = full.claims[0]!.cells.voa!.evidence[0]!;
    await db.prisma.evidence.update({ where: { id: first.id }, data: { statedValue: '2' } });
    const edited = await findClaimTable(db.prisma, parseTableQuery({ q: '峰会的报道顺序' }), {}, { detail: 'table' });
    expect(edited.claims[0]!.cells.voa!.firstQuote).toEqual({ exact: '报道提到峰会', statedValue: '2' });
  });
});

describe('getClaim', () => {
  it('reads one claim as the reader may see it, with every outlet and each article its quotes and marks point into', async () => {
    const { getClaim } = await import('../../lib/data/reads/get-claim');
    const draft = await db.prisma.claim.create({ data: { text: '只给编辑看的草稿', searchText: '只给编辑看的草稿', status: 'draft' } });
    try {
      expect(await getClaim(db.prisma, draft.id)).toBeNull();
      expect(await getClaim(db.prisma, draft.id, { includeDrafts: true, status: 'published' })).toBeNull();
      expect((await getClaim(db.prisma, draft.id, { includeDrafts: true }))?.claim.id).toBe(draft.id);
    } finally {
      await db.prisma.claim.delete({ where: { id: draft.id } });
    }
    expect(await getClaim(db.prisma, 999_999)).toBeNull();
    // (earlier tests added articles: the domain's cells as they read now)
    for (const expected of (await findClaimsByDomainRules(db.prisma)).claims) {
      const detail = (await getClaim(db.prisma, expected.id))!;
      expect(detail.outlets.map((o) => o.slug)).toEqual(slugs);
      expect(Object.fromEntries(Object.entries(detail.claim.cells).map(([slug, cell]) => [slug, cell.stance]))).toEqual(
        Object.fromEntries(Object.entries(expected.cells).map(([slug, cell]) => [slug, cell.stance])),
      );
      const pointed = new Set(Object.values(detail.claim.cells).flatMap((cell) => [...cell.evidence, ...cell.reviews].map((row) => row.articleId)));
      expect(detail.articles.map((a) => a.id)).toEqual([...pointed].sort((a, b) => a - b));
      for (const article of detail.articles) expect(slugs).toContain(article.outlet);
    }
  });
});
