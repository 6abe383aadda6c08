// Each claim cell keeps the id of its first quote (oldest article first, then in reading order),
// which the claim table's grid reads instead of sorting every quote of a page's claims. The
// oracle here is the same order computed from scratch, after every kind of change that moves it.
import { describe, expect, it } from 'vitest';
import { seededDatabaseForFile } from '../setup/test-database';

const db = seededDatabaseForFile();

/** Cells whose stored first quote differs from the one computed from every quote. */
async function mismatches(): Promise<{ claim_id: number; outlet_id: number; stored: number | null; expected: number | null }[]> {
  // the quote's id, and the words the grid shows of it
  return db.prisma.$queryRaw`
    SELECT cc.claim_id, cc.outlet_id, cc.first_evidence_id AS stored, f.id AS expected
      FROM claim_cells cc
      LEFT JOIN (SELECT DISTINCT ON (e.claim_id, a.outlet_id) e.claim_id, a.outlet_id, e.id, e.exact, e.stated_value
                   FROM evidence e JOIN articles a ON a.id = e.article_id
                  ORDER BY e.claim_id, a.outlet_id, a.published_at, e.article_id, e.start, e.id) f
        ON f.claim_id = cc.claim_id AND f.outlet_id = cc.outlet_id
     WHERE (cc.first_evidence_id, cc.first_exact, cc.first_stated_value) IS DISTINCT FROM (f.id, f.exact, f.stated_value)`;
}

/** A cell with a quote, and an article of another outlet (the seed corpus has one article per outlet). */
async function cellAndOtherArticle() {
  const cell = await db.prisma.claimCell.findFirstOrThrow({ where: { firstEvidenceId: { not: null } }, orderBy: [{ claimId: 'asc' }, { outletId: 'asc' }] });
  const first = await db.prisma.evidence.findUniqueOrThrow({ where: { id: cell.firstEvidenceId! }, include: { article: true } });
  const other = await db.prisma.article.findFirstOrThrow({ where: { outletId: { not: cell.outletId } }, orderBy: { id: 'asc' } });
  return { claimId: cell.claimId, outletId: cell.outletId, first, other };
}

const stored = async (claimId: number, outletId: number) =>
  (await db.prisma.claimCell.findUniqueOrThrow({ where: { claimId_outletId: { claimId, outletId } } })).firstEvidenceId;

describe('claim_cells.first_evidence_id and the words of that quote', () => {
  it("is every cell's first quote after seeding, and none for a cell of reviews only", async () => {
    expect(await mismatches()).toEqual([]);
    expect(await db.prisma.claimCell.count({ where: { firstEvidenceId: { not: null } } })).toBeGreaterThan(20);
  });

  it('follows an article moved into the outlet and redated, a quote added before the first, its deletion and a later redating', async () => {
    const { claimId, outletId, first, other } = await cellAndOtherArticle();
    // the other article joins this outlet, dated a day before the first quote's article
    await db.prisma.article.update({
      where: { id: other.id },
      data: { outletId, publishedAt: new Date(first.article.publishedAt.getTime() - 86_400_000) },
    });
    expect(await stored(claimId, outletId)).toBe(first.id);
    expect(await mismatches()).toEqual([]);
    const text = [...other.text];
    const added = await db.prisma.evidence.create({
      data: { claimId, articleId: other.id, stance: 'states', exact: text.slice(0, 3).join(''), start: 0, end: 3 },
    });
    expect(await stored(claimId, outletId)).toBe(added.id);
    // its stated value edited: the cell shows the new one
    await db.prisma.evidence.update({ where: { id: added.id }, data: { statedValue: '3' } });
    expect(await db.prisma.claimCell.findUniqueOrThrow({ where: { claimId_outletId: { claimId, outletId } } })).toMatchObject({ firstExact: added.exact, firstStatedValue: '3' });
    expect(await mismatches()).toEqual([]);
    // a second quote later in the same article comes after it, and first once it is deleted
    const second = await db.prisma.evidence.create({
      data: { claimId, articleId: other.id, stance: 'contradicts', exact: text.slice(10, 13).join(''), start: 10, end: 13 },
    });
    expect(await stored(claimId, outletId)).toBe(added.id);
    await db.prisma.evidence.delete({ where: { id: added.id } });
    expect(await stored(claimId, outletId)).toBe(second.id);
    expect(await mismatches()).toEqual([]);

    // redated after the first quote's article: the cell's first quote is that one again
    await db.prisma.article.update({ where: { id: other.id }, data: { publishedAt: new Date('2100-01-01T00:00:00Z') } });
    expect(await stored(claimId, outletId)).toBe(first.id);
    expect(await mismatches()).toEqual([]);
  });

  it('follows an article moved out of the outlet, and rebuild_claim_cells()', async () => {
    const { claimId, outletId, first, other } = await cellAndOtherArticle();
    await db.prisma.article.update({ where: { id: first.articleId }, data: { outletId: other.outletId } });
    expect(await mismatches()).toEqual([]);
    expect(await stored(claimId, other.outletId)).not.toBeNull();
    expect(await db.prisma.claimCell.findUnique({ where: { claimId_outletId: { claimId, outletId } } }).then((c) => c?.firstEvidenceId ?? null)).not.toBe(first.id);

    await db.prisma.$executeRawUnsafe('SELECT rebuild_claim_cells()');
    expect(await mismatches()).toEqual([]);
    await db.prisma.$executeRawUnsafe('UPDATE claim_cells SET first_evidence_id = NULL');
    expect((await mismatches()).length).toBeGreaterThan(0);
    await db.prisma.$executeRawUnsafe('SELECT refresh_all_claim_cell_first_quotes()');
    expect(await mismatches()).toEqual([]);
    await db.prisma.$executeRawUnsafe("UPDATE claim_cells SET first_exact = 'x' WHERE first_exact IS NOT NULL");
    expect((await mismatches()).length).toBeGreaterThan(0);
    await db.prisma.$executeRawUnsafe('SELECT refresh_all_claim_cell_first_quotes()');
    expect(await mismatches()).toEqual([]);
  });
});
