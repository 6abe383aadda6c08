// The synthetic corpus loader (npm run seed:synthetic) against a real PostgreSQL: a small corpus
// loads with triggers off and still ends up exactly as the triggers would have left it: every
// quote anchored, claim_cells and counters equal to a recomputation from evidence and reviews,
// one 'create' revision per claim in the app's snapshot format, and the triggers on again.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimSearchText } from '../../lib/claims/claim-search-text';
import { findClaimHistory } from '../../lib/data/reads/find-claim-history';
import { findClaims } from '../../lib/data/claim-table';
import { claimSnapshotSchema } from '../../lib/data/revision-snapshots';
import { ANCHOR_MISMATCH_SQL, loadSyntheticCorpus, type LoadCorpusResult } from '../../lib/synthetic/load-corpus';
import { planCorpus } from '../../lib/synthetic/plan-corpus';
import { foldAligned } from '../../lib/text/fold-aligned';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

const OPTIONS = { claims: 50, outlets: 5, articles: 60, evidence: 400, seed: 7 };

let db: TestDatabase;
let sql: pg.Client;
let result: LoadCorpusResult;
beforeAll(async () => {
  db = await createTestDatabase();
  result = await loadSyntheticCorpus(db.url, { ...OPTIONS, batchSize: 16 });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await db?.drop();
});

describe('loadSyntheticCorpus', () => {
  it('loads the requested numbers of rows', async () => {
    const plan = planCorpus(OPTIONS);
    expect(result.counts).toMatchObject({
      outlets: 5,
      articles: 60,
      claims: 50,
      evidence: 400,
      reviews: plan.reviewClaim.length,
      revisions: 50,
    });
    expect(result.counts.publishedClaims).toBe(plan.claims.filter((c) => c.status === 'published').length);
    expect(result.counts.claimCells).toBeGreaterThan(0);
  });

  it('anchors every quote in its article text (the check the skipped trigger makes)', async () => {
    const { rows } = await sql.query<{ bad: number }>(ANCHOR_MISMATCH_SQL);
    expect(rows[0]!.bad).toBe(0);
    const { rows: lengths } = await sql.query<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM articles WHERE text_length <> char_length(text) OR char_length(search_text) <> text_length`,
    );
    expect(lengths[0]!.bad).toBe(0);
  });

  it('stores the app’s folded search text for articles and claims', async () => {
    const articles = await db.prisma.article.findMany({ take: 10, orderBy: { id: 'asc' }, select: { text: true, searchText: true } });
    for (const a of articles) expect(a.searchText).toBe(foldAligned(a.text));
    const claims = await db.prisma.claim.findMany({ select: { text: true, gloss: true, searchText: true } });
    for (const c of claims) expect(c.searchText).toBe(claimSearchText(c));
  });

  it('leaves claim_cells and the claim counters equal to a recomputation from evidence and reviews', async () => {
    const { rows } = await sql.query<{ diff: number }>(`
      WITH expected AS (
        SELECT claim_id, outlet_id,
               CASE WHEN s > 0 AND c > 0 THEN 'mixed' WHEN s > 0 THEN 'states' WHEN c > 0 THEN 'contradicts' ELSE 'omits' END AS stance,
               s AS states, c AS contradicts, r AS reviews
          FROM (SELECT x.claim_id, a.outlet_id,
                       count(*) FILTER (WHERE x.k = 'states')::int AS s,
                       count(*) FILTER (WHERE x.k = 'contradicts')::int AS c,
                       count(*) FILTER (WHERE x.k = 'review')::int AS r
                  FROM (SELECT claim_id, article_id, stance::text AS k FROM evidence
                        UNION ALL SELECT claim_id, article_id, 'review' FROM reviews) x
                  JOIN articles a ON a.id = x.article_id
                 GROUP BY 1, 2) t
      ), stored AS (SELECT claim_id, outlet_id, stance, states, contradicts, reviews FROM claim_cells)
      SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM stored) d)::int
           + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM expected) d)::int AS diff`);
    expect(rows[0]!.diff).toBe(0);

    // and the domain's own decision table agrees with the stored cells and counters
    const { claims, outlets } = await findClaims(db.prisma, { includeDrafts: true });
    const slugById = new Map(outlets.map((o) => [o.id, o.slug]));
    const cells = await db.prisma.claimCell.findMany();
    const stored = new Map(cells.map((c) => [`${c.claimId}:${slugById.get(c.outletId)}`, c.stance]));
    const counters = await db.prisma.claim.findMany({
      select: { id: true, statesOutlets: true, contradictsOutlets: true, mixedOutlets: true, omitsOutlets: true },
    });
    const counterById = new Map(counters.map((c) => [c.id, c]));
    for (const claim of claims) {
      const tally = { statesOutlets: 0, contradictsOutlets: 0, mixedOutlets: 0, omitsOutlets: 0 };
      for (const [slug, cell] of Object.entries(claim.cells)) {
        const expected = cell.evidence.length ? cell.stance : cell.reviews.length ? 'omits' : undefined;
        expect(stored.get(`${claim.id}:${slug}`), `${claim.id}:${slug}`).toBe(expected);
        if (expected) tally[`${expected}Outlets` as keyof typeof tally]++;
      }
      expect(counterById.get(claim.id)).toMatchObject(tally);
    }
    expect(claims.some((c) => Object.values(c.cells).some((cell) => cell.stance === 'contradicts' || cell.stance === 'mixed'))).toBe(true);
  });

  it('records one create revision per claim, readable by the history page', async () => {
    const history = await findClaimHistory(db.prisma, 1);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ entityType: 'claim', entityId: 1, claimId: 1, action: 'create', actor: null });
    const snapshot = claimSnapshotSchema.parse(history[0]!.after);
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: 1 } });
    expect(snapshot.text).toBe(claim.text);
    expect(snapshot.asOf).toBe(claim.asOf ? claim.asOf.toISOString().slice(0, 10) : null);
  });

  it('leaves the triggers and sequences working for the app’s own writes', async () => {
    const article = await db.prisma.article.findFirstOrThrow({ where: { outletId: 1 }, orderBy: { id: 'asc' } });
    const claim = await db.prisma.claim.create({ data: { text: '新的测试断言', status: 'published' } });
    expect(claim.id).toBe(51);
    const exact = [...article.text].slice(0, 12).join('');
    await db.prisma.evidence.create({ data: { claimId: claim.id, articleId: article.id, stance: 'states', exact, start: 0, end: 12 } });
    const cell = await db.prisma.claimCell.findUniqueOrThrow({ where: { claimId_outletId: { claimId: claim.id, outletId: 1 } } });
    expect(cell.stance).toBe('states');
    await expect(
      db.prisma.evidence.create({ data: { claimId: claim.id, articleId: article.id, stance: 'states', exact: '不在文中', start: 0, end: 4 } }),
    ).rejects.toThrow();
  });

  it('refuses a database that already holds a corpus', async () => {
    await expect(loadSyntheticCorpus(db.url, OPTIONS)).rejects.toThrow(/empty/);
  });
});
