// The full rows (API list, exports) carry each quote's and mark's times as PostgreSQL formats them
// (to_char, no Date in between): they must read exactly as the Prisma path's toISOString().
import { describe, expect, it } from 'vitest';
import { loadClaimRows } from '@/lib/data/claim-table';
import { findOutlets } from '@/lib/data/reads/find-outlets';
import { toEvidence, toReview } from '@/lib/data/map-rows';
import { seededDatabaseForFile } from '../setup/test-database';

const db = seededDatabaseForFile();

describe('full claim rows', () => {
  it("give every quote and mark with the same fields and times as Prisma's rows", async () => {
    // a time with milliseconds, and one before 1970 / after 2038 in UTC, to be sure of the format
    const [first, second] = await db.prisma.evidence.findMany({ orderBy: { id: 'asc' }, take: 2 });
    await db.prisma.evidence.update({ where: { id: first!.id }, data: { createdAt: new Date('2024-07-03T23:59:59.987Z') } });
    await db.prisma.evidence.update({ where: { id: second!.id }, data: { updatedAt: new Date('2041-01-02T03:04:05.006Z') } });
    const mark = await db.prisma.review.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await db.prisma.review.update({ where: { id: mark.id }, data: { createdAt: new Date('1969-12-31T12:00:00.100Z') } });

    const claims = await db.prisma.claim.findMany({ select: { id: true } });
    const rows = await loadClaimRows(db.prisma, claims.map((c) => c.id), await findOutlets(db.prisma));
    const quotes = rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.evidence));
    const marks = rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.reviews));

    const stored = (await db.prisma.evidence.findMany()).map(toEvidence);
    const storedMarks = (await db.prisma.review.findMany()).map((r) =>
      toReview({ id: r.id, claimId: r.claimId, articleId: r.articleId, verdict: r.verdict, note: r.note, createdAt: r.createdAt }),
    );
    expect(quotes.length).toBe(stored.length);
    expect(marks.length).toBe(storedMarks.length);
    const byId = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);
    expect(byId(quotes)).toEqual(byId(stored));
    expect(byId(marks)).toEqual(byId(storedMarks));
    expect(quotes.find((q) => q.id === first!.id)!.createdAt).toBe('2024-07-03T23:59:59.987Z');
    expect(quotes.find((q) => q.id === second!.id)!.updatedAt).toBe('2041-01-02T03:04:05.006Z');
    expect(marks.find((m) => m.id === mark.id)!.createdAt).toBe('1969-12-31T12:00:00.100Z');
  });
});
