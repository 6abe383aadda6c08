// The trigger-maintained claim_cells table and claim counters agree with the domain's own
// decision table (lib/claims, see domain-claims.ts) after seeding and after every kind of change.
import { describe, expect, it } from 'vitest';
import { decideCellStance } from '../oracle/cell-stance';
import { findClaimsByDomainRules } from './domain-claims';
import { READ_WITHOUT_FACTS } from '../../lib/data/claim-table/view-sql';
import { seededDatabaseForFile } from '../setup/test-database';

const db = seededDatabaseForFile();

async function expectCellsMatchDomain() {
  const { claims, outlets } = await findClaimsByDomainRules(db.prisma, { includeDrafts: true });
  const slugById = new Map(outlets.map((o) => [o.id, o.slug]));
  const cells = await db.prisma.claimCell.findMany();
  const stored = new Map(cells.map((c) => [`${c.claimId}:${slugById.get(c.outletId)}`, c.stance]));
  for (const claim of claims) {
    const counters = { states: 0, contradicts: 0, mixed: 0, omits: 0 };
    for (const [slug, cell] of Object.entries(claim.cells)) {
      // predates and unchecked are decided at read time; stored cells are evidence and reviews
      // (flagged ones read 'rereview' whatever the date)
      const hasRow = cell.evidence.length > 0 || cell.reviews.length > 0;
      const expected = !hasRow ? undefined : cell.evidence.length || cell.stance === 'rereview' ? cell.stance : 'omits';
      expect(stored.get(`${claim.id}:${slug}`), `${claim.id}:${slug}`).toBe(expected);
      if (expected) counters[expected as keyof typeof counters]++;
    }
    const row = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect({ states: row.statesOutlets, contradicts: row.contradictsOutlets, mixed: row.mixedOutlets, omits: row.omitsOutlets }).toEqual(counters);
  }
  return { claims, cells };
}

describe('claim_cells', () => {
  it('matches the domain decision for every seeded claim x outlet', async () => {
    const { cells } = await expectCellsMatchDomain();
    expect(cells.length).toBeGreaterThan(50);
  });

  it('follows evidence changes: a contradicting quote turns a stating cell mixed, deleting it turns it back', async () => {
    const stating = await db.prisma.evidence.findFirstOrThrow({ where: { stance: 'states' }, include: { article: true } });
    // another passage of the same article (one quote per claim, article and span)
    const chars = [...stating.article.text];
    const start = stating.end < chars.length - 4 ? stating.end : stating.start - 4;
    const contra = await db.prisma.evidence.create({
      data: { claimId: stating.claimId, articleId: stating.articleId, stance: 'contradicts', exact: chars.slice(start, start + 4).join(''), start, end: start + 4 },
    });
    const cell = () => db.prisma.claimCell.findUniqueOrThrow({ where: { claimId_outletId: { claimId: stating.claimId, outletId: stating.article.outletId } } });
    expect((await cell()).stance).toBe('mixed');
    await expectCellsMatchDomain();
    await db.prisma.evidence.delete({ where: { id: contra.id } });
    expect((await cell()).stance).toBe('states');
    await expectCellsMatchDomain();
  });

  it('follows reviews and cascades: clearing the only review removes the cell; deleting a claim removes its cells', async () => {
    const review = await db.prisma.review.findFirstOrThrow({ include: { article: true } });
    await db.prisma.review.delete({ where: { id: review.id } });
    expect(await db.prisma.claimCell.findUnique({ where: { claimId_outletId: { claimId: review.claimId, outletId: review.article.outletId } } })).toBeNull();
    await expectCellsMatchDomain();

    const claim = await db.prisma.claim.findFirstOrThrow({ where: { evidence: { some: {} } } });
    await db.prisma.claim.delete({ where: { id: claim.id } });
    expect(await db.prisma.claimCell.count({ where: { claimId: claim.id } })).toBe(0);
    await expectCellsMatchDomain();
  });

  it('rebuild_claim_cells() reproduces exactly what the triggers maintain', async () => {
    const before = await db.prisma.claimCell.findMany({ orderBy: [{ claimId: 'asc' }, { outletId: 'asc' }] });
    await db.prisma.$executeRawUnsafe('SELECT rebuild_claim_cells()');
    const after = await db.prisma.claimCell.findMany({ orderBy: [{ claimId: 'asc' }, { outletId: 'asc' }] });
    expect(after).toEqual(before);
    await expectCellsMatchDomain();
  });
});

describe('cell_stance(), the SQL definition of a stance', () => {
  it('decides every combination of facts as the domain oracle decideCellStance does', async () => {
    const facts = [];
    for (const statesCount of [0, 1, 2]) {
      for (const contradictsCount of [0, 1, 3]) {
        for (const reviewCount of [0, 1, 2]) {
          for (const staleCount of [0, 1, 2]) {
            for (const predates of [false, true]) facts.push({ statesCount, contradictsCount, reviewCount, staleCount, predates });
          }
        }
      }
    }
    const rows = await db.prisma.$queryRaw<{ stance: string }[]>`
      SELECT cell_stance(f.s, f.c, f.r, f.x, f.p) AS stance
        FROM unnest(${facts.map((f) => f.statesCount)}::int[], ${facts.map((f) => f.contradictsCount)}::int[],
                    ${facts.map((f) => f.reviewCount)}::int[], ${facts.map((f) => f.staleCount)}::int[],
                    ${facts.map((f) => f.predates)}::boolean[]) WITH ORDINALITY AS f(s, c, r, x, p, i)
       ORDER BY f.i`;
    expect(rows.map((r) => r.stance)).toEqual(facts.map(decideCellStance));
  });

  it('lets a date turn a stance into predates and into nothing else, and gives a cell without facts only the stances the table filters read from the view', async () => {
    const facts = [];
    for (const s of [0, 1, 2]) for (const c of [0, 1]) for (const r of [0, 1, 2]) for (const x of [0, 1]) facts.push([s, c, r, x]);
    const rows = await db.prisma.$queryRaw<{ undated: string; dated: string }[]>`
      SELECT cell_stance(f.s, f.c, f.r, f.x, FALSE) AS undated, cell_stance(f.s, f.c, f.r, f.x, TRUE) AS dated
        FROM unnest(${facts.map((f) => f[0])}::int[], ${facts.map((f) => f[1])}::int[],
                    ${facts.map((f) => f[2])}::int[], ${facts.map((f) => f[3])}::int[]) AS f(s, c, r, x)`;
    expect(rows).toHaveLength(facts.length);
    for (const { undated, dated } of rows) expect([undated, 'predates']).toContain(dated);
    expect(rows.some((r) => r.dated !== r.undated)).toBe(true);
    const [noFacts] = await db.prisma.$queryRaw<{ undated: string; dated: string }[]>`
      SELECT cell_stance(0, 0, 0, 0, FALSE) AS undated, cell_stance(0, 0, 0, 0, TRUE) AS dated`;
    expect(READ_WITHOUT_FACTS).toEqual(expect.arrayContaining([noFacts!.undated, noFacts!.dated]));
  });

  it('gives every claim x outlet in the view claim_outlet_stances the stance the domain decides, predates and unchecked included', async () => {
    const { claims, outlets } = await findClaimsByDomainRules(db.prisma, { includeDrafts: true });
    const slugById = new Map(outlets.map((o) => [o.id, o.slug]));
    const rows = await db.prisma.$queryRaw<{ claim_id: number; outlet_id: number; stance: string }[]>`SELECT claim_id, outlet_id, stance FROM claim_outlet_stances`;
    const viewed = new Map(rows.map((r) => [`${r.claim_id}:${slugById.get(r.outlet_id)}`, r.stance]));
    expect(rows).toHaveLength(claims.length * outlets.length);
    const seen = new Set<string>();
    for (const claim of claims) {
      for (const [slug, cell] of Object.entries(claim.cells)) {
        expect(viewed.get(`${claim.id}:${slug}`), `${claim.id}:${slug}`).toBe(cell.stance);
        seen.add(cell.stance);
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['states', 'contradicts', 'omits', 'predates', 'unchecked']));
  });
});
