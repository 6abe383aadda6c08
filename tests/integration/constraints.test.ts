// Constraints the database enforces on its own, whatever code writes to it: evidence spans
// anchor in their article, anchored text is frozen, reviews are unique per claim x article,
// slugs are unique, and the revision log is append-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

let db: TestDatabase;
let articleId: number;
let claimId: number;
const TEXT = '第一段：習近平訪問俄羅斯。\n\n第二段𠮷：上合組織有十個成員國。';

beforeAll(async () => {
  db = await createTestDatabase();
  const outlet = await db.prisma.outlet.create({ data: { slug: 'test-outlet', name: '測試', language: 'zh_Hant' } });
  const article = await db.prisma.article.create({
    data: {
      outletId: outlet.id,
      title: '標題',
      publishedAt: new Date('2024-07-04T00:00:00Z'),
      language: 'zh_Hant',
      text: TEXT,
      textLength: [...TEXT].length,
      contentHash: 'a'.repeat(64),
      source: TEXT,
      sourceFormat: 'text',
    },
  });
  articleId = article.id;
  claimId = (await db.prisma.claim.create({ data: { text: '上合組織有十個成員國' } })).id;
});

afterAll(async () => {
  await db?.drop();
});

const cp = (s: string) => [...s].length;

describe('database constraints', () => {
  it('accepts evidence whose quote is exactly the text at its code-point span (astral characters included)', async () => {
    const exact = '上合組織有十個成員國';
    const start = cp(TEXT.slice(0, TEXT.indexOf(exact)));
    const evidence = await db.prisma.evidence.create({
      data: { claimId, articleId, stance: 'states', exact, start, end: start + cp(exact) },
    });
    expect(evidence.start).toBe(start);
    // UTF-16 offsets would be one higher here because of 𠮷
    expect(TEXT.indexOf(exact)).toBe(start + 1);
  });

  it('rejects a span past the end of the article', async () => {
    await expect(
      db.prisma.evidence.create({ data: { claimId, articleId, stance: 'states', exact: '國。x', start: cp(TEXT) - 2, end: cp(TEXT) + 1 } }),
    ).rejects.toThrow(/outside article/);
  });

  it('rejects a quote that is not the text at its span', async () => {
    await expect(
      db.prisma.evidence.create({ data: { claimId, articleId, stance: 'states', exact: '普京', start: 0, end: 2 } }),
    ).rejects.toThrow(/does not match/);
  });

  it('rejects empty or inverted spans', async () => {
    await expect(
      db.prisma.evidence.create({ data: { claimId, articleId, stance: 'states', exact: '', start: 3, end: 3 } }),
    ).rejects.toThrow(/evidence_span_valid/);
  });

  it('freezes the text of an article that has evidence', async () => {
    await expect(
      db.prisma.article.update({ where: { id: articleId }, data: { text: `${TEXT}!`, textLength: cp(TEXT) + 1 } }),
    ).rejects.toThrow(/cannot change/);
  });

  it('keeps text_length equal to the code-point length of the text', async () => {
    await expect(db.prisma.article.update({ where: { id: articleId }, data: { textLength: TEXT.length } })).rejects.toThrow(
      /articles_text_length_matches/,
    );
  });

  it('allows one review per claim and article', async () => {
    await db.prisma.review.create({ data: { claimId, articleId } });
    await expect(db.prisma.review.create({ data: { claimId, articleId } })).rejects.toThrow(/Unique constraint/i);
  });

  it('refuses a second outlet with the same slug', async () => {
    await expect(db.prisma.outlet.create({ data: { slug: 'test-outlet', name: 'x', language: 'zh_Hans' } })).rejects.toThrow(
      /Unique constraint/i,
    );
  });

  it('keeps the revision log append-only', async () => {
    const revision = await db.prisma.revision.create({
      data: { entityType: 'claim', entityId: claimId, claimId, action: 'create', after: { text: 'x' } },
    });
    await expect(db.prisma.revision.update({ where: { id: revision.id }, data: { action: 'update' } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.revision.delete({ where: { id: revision.id } })).rejects.toThrow(/append-only/);
    expect(await db.prisma.revision.count()).toBe(1);
  });

  it('refuses to delete an article that evidence points into', async () => {
    await expect(db.prisma.article.delete({ where: { id: articleId } })).rejects.toThrow(/Foreign key|foreign key/);
  });
});
