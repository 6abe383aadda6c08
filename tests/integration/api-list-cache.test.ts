// The API's claim list is made once per data version and URL (lib/http/versioned-json.ts): a
// kept answer must never outlive what it was made from. After a quote's note, an omission mark,
// an article's date or a claim changes, the list answers exactly as it does with nothing kept,
// and a client's old ETag no longer gets a 304.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { updateEvidence } from '../../lib/data/writes/update-evidence';
import { updateArticle } from '../../lib/data/writes/update-article';
import { clearOmission } from '../../lib/data/writes/clear-omission';
import { markOmission } from '../../lib/data/writes/mark-omission';
import { updateClaim } from '../../lib/data/writes/update-claim';
import { getPrisma } from '../../lib/db/prisma';
import { clearVersionedBodies, ifNoneMatchHits } from '../../lib/http/versioned-json';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
let GET: (request: Request) => Promise<Response>;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  editor = await createActor(db.prisma, { email: 'list-cache@example.org', name: 'List Cache', role: 'editor' });
  ({ GET } = await import('../../app/api/v1/claims/route'));
});

afterAll(async () => {
  await db?.drop();
});

const URL_ALL = 'http://localhost:3000/api/v1/claims?pageSize=500';
const list = (headers: Record<string, string> = {}, url = URL_ALL) => GET(new Request(url, { headers }));

/** The list as the route makes it with nothing kept. */
async function fresh(url = URL_ALL): Promise<string> {
  clearVersionedBodies(getPrisma());
  return (await list({}, url)).text();
}

describe('the claim list kept per data version', () => {
  it('answers a repeated request with the same bytes and an ETag, and a matching If-None-Match with 304', async () => {
    const first = await list();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const body = await first.text();
    const again = await list();
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(body);
    expect(body).toBe(await fresh());

    const notModified = await list({ 'if-none-match': `"other", W/${etag}` });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    // another URL is another entity
    const page = await list({ 'if-none-match': etag! }, 'http://localhost:3000/api/v1/claims?pageSize=5');
    expect(page.status).toBe(200);
    expect(page.headers.get('etag')).not.toBe(etag);
  });

  it('follows every write the rows read: a quote note, an omission mark, an article date, a claim', async () => {
    const quote = await db.prisma.evidence.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const review = await db.prisma.review.findFirstOrThrow({ orderBy: { articleId: 'asc' } });
    const otherReview = await db.prisma.review.findFirstOrThrow({ where: { id: { not: review.id } }, orderBy: { id: 'desc' } });
    const article = await db.prisma.article.findFirstOrThrow({ orderBy: { id: 'asc' }, include: { outlet: true } });
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { status: 'published' }, orderBy: { id: 'asc' } });
    // `shows`: what the new answer holds (null: the write need not change the answer, only its tag)
    const writes: [string, () => Promise<unknown>, ((body: string) => boolean) | null][] = [
      ['quote note', () => updateEvidence(db.prisma, { actor: editor, input: { id: quote.id, version: quote.version, note: '缓存测试的备注' } }), (b) => b.includes('缓存测试的备注')],
      [
        'omission mark',
        async () => {
          await clearOmission(db.prisma, { actor: editor, input: { claimId: review.claimId, articleId: review.articleId } });
          await markOmission(db.prisma, { actor: editor, input: { claimId: review.claimId, articleId: review.articleId, note: '缓存测试的标记' } });
        },
        (b) => b.includes('缓存测试的标记'),
      ],
      [
        'article date',
        () => updateArticle(db.prisma, { actor: editor, input: { id: article.id, title: article.title, url: article.url, author: article.author, publishedAt: '2024-07-01T00:00:00.000Z', outletSlug: article.outlet.slug } }),
        null,
      ],
      // no cell changes here: only the statement triggers of migration 20261209000000_table_version_rows see it
      ['a mark note changed in SQL', () => db.prisma.$executeRaw`UPDATE reviews SET note = '数据库里改的备注' WHERE id = ${otherReview.id}`, (b) => b.includes('数据库里改的备注')],
      ['claim gloss', () => updateClaim(db.prisma, { actor: editor, input: { id: claim.id, version: claim.version, gloss: 'cache test gloss' } }), (b) => b.includes('cache test gloss')],
    ];
    for (const [what, write, shows] of writes) {
      const before = await list();
      const etag = before.headers.get('etag')!;
      const old = await before.text();
      await write();
      const after = await list({ 'if-none-match': etag });
      expect(after.status, what).toBe(200);
      expect(after.headers.get('etag'), what).not.toBe(etag);
      const body = await after.text();
      if (shows) {
        expect(body, what).not.toBe(old);
        expect(shows(body), what).toBe(true);
      }
      expect(body, what).toBe(await fresh());
    }
  });
});

describe('ifNoneMatchHits', () => {
  it('compares entity tags weakly and knows *', () => {
    expect(ifNoneMatchHits('"1-a"', '"1-a"')).toBe(true);
    expect(ifNoneMatchHits('W/"1-a"', '"1-a"')).toBe(true);
    expect(ifNoneMatchHits('"0-a", "1-a"', '"1-a"')).toBe(true);
    expect(ifNoneMatchHits('*', '"1-a"')).toBe(true);
    expect(ifNoneMatchHits('"1-b"', '"1-a"')).toBe(false);
    expect(ifNoneMatchHits(null, '"1-a"')).toBe(false);
    expect(ifNoneMatchHits('', '"1-a"')).toBe(false);
  });
});
