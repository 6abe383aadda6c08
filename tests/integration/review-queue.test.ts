// The review queue's data on the seed corpus: open cells counted and listed (paged by claim,
// newest first, filtered by outlet, topic and verdict), each with the finder's best passage in
// its paragraph or its `none` verdict; "mark omits" for whole cells through the ordinary
// markOmission operation; editors only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { countOpenCells } from '../../lib/data/reads/count-open-cells';
import { createClaim } from '../../lib/data/writes/create-claim';
import { findReviewQueue } from '../../lib/data/reads/find-review-queue';
import { AppError } from '../../lib/errors';
import { markCellsOmitted } from '../../lib/operations/mark-cells-omitted';
import { reviewQueueQuerySchema } from '../../lib/review/review-input';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
let reader: Actor;
let forty: number;

const query = (raw: Record<string, string> = {}) => reviewQueueQuerySchema.parse(raw);

async function openCellsBySql(): Promise<number> {
  // every claim x outlet with articles, minus those with a quote or an omission mark
  const [row] = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "claims" c CROSS JOIN "outlets" o
     WHERE o."article_count" > 0
       AND NOT EXISTS (SELECT 1 FROM "evidence" e JOIN "articles" a ON a."id" = e."article_id" WHERE e."claim_id" = c."id" AND a."outlet_id" = o."id")
       AND NOT EXISTS (SELECT 1 FROM "reviews" r JOIN "articles" a ON a."id" = r."article_id" WHERE r."claim_id" = c."id" AND a."outlet_id" = o."id")`;
  return row!.n;
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  editor = await createActor(db.prisma, { email: 'queue-editor@example.org', name: 'Queue Editor', role: 'editor' });
  reader = await createActor(db.prisma, { email: 'queue-reader@example.org', name: 'Queue Reader', role: 'reader' });
  const claim = await createClaim(db.prisma, {
    actor: editor,
    input: { text: '习近平与普京多年来已经会见了超过40次', gloss: null, topics: ['queue-probe'], kind: 'fact', value: null, comparator: null, unit: null, asOf: null, status: 'draft' },
  });
  forty = claim.id;
}, 180_000);

afterAll(async () => {
  await db?.drop();
});

describe('the review queue', () => {
  it('is for editors: readers and anonymous callers are refused', async () => {
    for (const actor of [reader, null]) {
      await expect(findReviewQueue(db.prisma, { actor, query: query() })).rejects.toBeInstanceOf(AppError);
      await expect(countOpenCells(db.prisma, { actor })).rejects.toBeInstanceOf(AppError);
      const marked = await markCellsOmitted(db.prisma, actor, { cells: [{ claimId: forty, outlet: 'rfa' }] });
      expect(marked.ok ? 200 : marked.error.status).toBe(actor ? 403 : 401);
    }
  });

  it('counts the open cells as the tables say', async () => {
    const open = await countOpenCells(db.prisma, { actor: editor });
    expect(open).toBe(await openCellsBySql());
    // the new claim has no quote and no mark yet: one open cell per outlet
    expect(open).toBeGreaterThanOrEqual(5);
  });

  it('lists the newest claim first, with its best passage in its paragraph or a `none` verdict', async () => {
    const queue = await findReviewQueue(db.prisma, { actor: editor, query: query() });
    expect(queue.cells[0]!.claimId).toBe(forty);
    const cells = queue.cells.filter((c) => c.claimId === forty);
    expect(cells.map((c) => c.outlet).sort()).toEqual(['bbc', 'epochtimes', 'kanzhongguo', 'rfa', 'voa']);
    const kzg = cells.find((c) => c.outlet === 'kanzhongguo')!;
    expect(kzg.verdict).toBe('likely');
    expect(kzg.suggestion!.exact).toContain('習近平與普京多年來已經會見了超過40次');
    expect(kzg.outletLanguage).toBe('zh-Hant');
    // the paragraph around the passage: the sentence before it is in `before`
    expect(kzg.suggestion!.before).toContain('俄羅斯衛星通訊社');
    expect(cells.find((c) => c.outlet === 'rfa')!.verdict).toBe('none');
  });

  it('pages by claim and filters by outlet, topic and verdict', async () => {
    const all = await findReviewQueue(db.prisma, { actor: editor, query: query(), perPage: 3 });
    expect(new Set(all.cells.map((c) => c.claimId)).size).toBeLessThanOrEqual(3);
    expect(all.pageCount).toBe(Math.ceil(all.claimCount / 3));
    const second = await findReviewQueue(db.prisma, { actor: editor, query: query({ page: '2' }), perPage: 3 });
    expect(Math.max(...second.cells.map((c) => c.claimId))).toBeLessThan(Math.min(...all.cells.map((c) => c.claimId)));

    const rfa = await findReviewQueue(db.prisma, { actor: editor, query: query({ outlet: 'rfa' }) });
    expect(new Set(rfa.cells.map((c) => c.outlet))).toEqual(new Set(['rfa']));
    const none = await findReviewQueue(db.prisma, { actor: editor, query: query({ verdict: 'none' }) });
    expect(none.cells.length).toBeGreaterThan(0);
    expect(none.cells.every((c) => c.verdict === 'none')).toBe(true);
    const topic = await findReviewQueue(db.prisma, { actor: editor, query: query({ topic: 'queue-probe' }) });
    expect(new Set(topic.cells.map((c) => c.claimId))).toEqual(new Set([forty]));
  });

  it('marks whole cells as omitting with markOmission, and the cells leave the queue', async () => {
    const before = await countOpenCells(db.prisma, { actor: editor });
    const result = await markCellsOmitted(db.prisma, editor, { cells: [{ claimId: forty, outlet: 'rfa' }, { claimId: forty, outlet: 'bbc' }] });
    expect(result).toEqual({ ok: true, data: { cells: 2, marked: 2 } });
    expect(await countOpenCells(db.prisma, { actor: editor })).toBe(before - 2);
    const reviews = await db.prisma.review.findMany({ where: { claimId: forty }, select: { verdict: true, article: { select: { outlet: { select: { slug: true } } } } } });
    expect(reviews.map((r) => r.article.outlet.slug).sort()).toEqual(['bbc', 'rfa']);
    // recorded in the claim's history like a single mark
    expect(await db.prisma.revision.count({ where: { claimId: forty, entityType: 'review', action: 'create' } })).toBe(2);
    const queue = await findReviewQueue(db.prisma, { actor: editor, query: query({ topic: 'queue-probe' }) });
    expect(queue.cells.map((c) => c.outlet).sort()).toEqual(['epochtimes', 'kanzhongguo', 'voa']);
    // marking again marks nothing new
    expect(await markCellsOmitted(db.prisma, editor, { cells: [{ claimId: forty, outlet: 'rfa' }] })).toEqual({ ok: true, data: { cells: 1, marked: 0 } });
  });

  it('refuses bad input and unknown outlets without writing', async () => {
    const bad = await markCellsOmitted(db.prisma, editor, { cells: [] });
    expect(bad.ok ? 0 : bad.error.status).toBe(422);
    const unknown = await markCellsOmitted(db.prisma, editor, { cells: [{ claimId: forty, outlet: 'no-such-outlet' }] });
    expect(unknown.ok ? 0 : unknown.error.status).toBe(404);
  });
});
