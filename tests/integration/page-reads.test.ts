// The reads the article and claim pages used to make with Prisma themselves, now data
// functions: an article's editor data (quote versions, omission marks) and article titles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticleEditorData } from '../../lib/data/reads/find-article-editor-data';
import { findArticleTitles } from '../../lib/data/reads/find-article-titles';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { textLang } from '../../lib/text/detect-script';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
});

afterAll(async () => {
  await db?.drop();
});

describe('page reads', () => {
  it("an article's quote versions and omission marks, oldest mark first", async () => {
    const quoted = await db.prisma.evidence.findFirstOrThrow({ select: { articleId: true } });
    const data = await findArticleEditorData(db.prisma, quoted.articleId);
    const evidence = await db.prisma.evidence.findMany({ where: { articleId: quoted.articleId }, select: { id: true, version: true } });
    expect(data.quotes).toBe(evidence.length);
    expect([...data.versions]).toEqual(expect.arrayContaining(evidence.map((e) => [e.id, e.version])));

    // the seed marks omissions
    const marked = await db.prisma.review.findFirstOrThrow({ select: { articleId: true } });
    const withMarks = await findArticleEditorData(db.prisma, marked.articleId);
    const reviews = await db.prisma.review.findMany({ where: { articleId: marked.articleId }, orderBy: { createdAt: 'asc' }, include: { claim: true } });
    expect(withMarks.marks).toBeGreaterThan(0);
    expect(withMarks.marks).toBe(reviews.length);
    expect(withMarks.omissions).toEqual(reviews.map((r) => ({ claimId: r.claimId, claimText: r.claim.text, claimLang: textLang(r.claim.text), claimStatus: r.claim.status, note: r.note })));
    // the seed's claims are written in Chinese: each carries its script, never the undecided 'zh'
    expect(withMarks.omissions.every((o) => o.claimLang === 'zh-Hans' || o.claimLang === 'zh-Hant')).toBe(true);
  });

  it('titles by id, skipping ids that name no article', async () => {
    const articles = await db.prisma.article.findMany({ take: 2, select: { id: true, title: true } });
    const titles = await findArticleTitles(db.prisma, [...articles.map((a) => a.id), articles[0]!.id, 1_999_999]);
    expect(titles).toEqual(new Map(articles.map((a) => [a.id, a.title])));
    expect(await findArticleTitles(db.prisma, [])).toEqual(new Map());
  });
});
