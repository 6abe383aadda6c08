// The evidence finder end to end on the seed corpus: the passage index kept current by import,
// restore, seeding and the start-up backfill; the suggestion routes' permissions, parameters
// and shapes; numeric contradictions; dismissals remembered and recorded; existing quotes left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchoring';
import type { Actor } from '../../lib/auth/actor';
import { createApiToken } from '../../lib/data/writes/api-tokens';
import { backfillPassageIndex } from '../../lib/data/workflows/backfill-passage-index';
import { createClaim } from '../../lib/data/writes/create-claim';
import { createEvidence } from '../../lib/data/writes/create-evidence';
import { dumpDatabase } from '../../lib/data/workflows/dump-database';
import { importArticle, prepareArticleImport } from '../../lib/data/workflows/import-article';
import { restoreDump } from '../../lib/data/workflows/restore-dump';
import { seedIfEmpty } from '../../lib/data/workflows/seed-corpus';
import { REFERS_BACK, refersBack } from '../../lib/finder/anaphora';
import { PASSAGE_INDEX_VERSION } from '../../lib/finder/index-article';
import { claimSuggestionsSchema, articleSuggestionsSchema } from '../../lib/finder/suggestion-shapes';
import { parseArticle } from '../../lib/importer';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

let db: TestDatabase;
let editor: Actor;
const tokens: Record<string, string> = {};
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let routes: Record<string, Record<string, Handler>>;

function call(route: string, method: string, options: { token?: string; body?: unknown; params: Record<string, string>; query?: string }) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(`http://localhost:3000${route}${options.query ?? ''}`, {
    method,
    headers,
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  return routes[route]![method]!(request, { params: Promise.resolve(options.params) });
}

async function newClaim(input: { text: string; kind?: 'fact' | 'quantity' | 'date'; value?: number | null; comparator?: 'eq' | 'gte' | null; unit?: string | null }) {
  return createClaim(db.prisma, {
    actor: editor,
    input: { gloss: null, topics: [], kind: 'fact', value: null, comparator: null, unit: null, asOf: null, status: 'draft', ...input },
  });
}

async function suggestions(claimId: number, query = '') {
  const response = await call('/api/v1/claims/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: String(claimId) }, query });
  expect(response.status).toBe(200);
  return claimSuggestionsSchema.parse(await response.json());
}

async function articleOf(slug: string) {
  return db.prisma.article.findFirstOrThrow({ where: { outlet: { slug } }, select: { id: true, text: true } });
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  editor = await createActor(db.prisma, { email: 'finder-editor@example.org', name: 'Finder Editor', role: 'editor' });
  const reader = await createActor(db.prisma, { email: 'finder-reader@example.org', name: 'Finder Reader', role: 'reader' });
  for (const [name, actor] of Object.entries({ editor, reader }) as [string, Actor][]) {
    tokens[name] = (await createApiToken(db.prisma, { actor: { ...actor, role: 'admin' }, input: { name: 'test', userId: actor.userId } })).token;
  }
  routes = {
    '/api/v1/claims/[id]/suggestions': await import('../../app/api/v1/claims/[id]/suggestions/route'),
    '/api/v1/claims/[id]/suggestions/dismiss': await import('../../app/api/v1/claims/[id]/suggestions/dismiss/route'),
    '/api/v1/articles/[id]/suggestions': await import('../../app/api/v1/articles/[id]/suggestions/route'),
  } as unknown as typeof routes;
});

afterAll(async () => {
  await db?.drop();
});

describe('the passage index', () => {
  it('covers every seeded article, with spans that are code points of the stored text', async () => {
    const articles = await db.prisma.article.findMany({ select: { id: true, text: true, indexed: true } });
    for (const article of articles) {
      expect(article.indexed?.version).toBe(PASSAGE_INDEX_VERSION);
      const passages = await db.prisma.passage.findMany({ where: { articleId: article.id }, orderBy: { ordinal: 'asc' } });
      expect(passages.length).toBeGreaterThan(10);
      const chars = [...article.text];
      for (const p of passages.slice(0, 20)) expect([...p.folded]).toHaveLength([...chars.slice(p.start, p.end)].length);
    }
    expect(await db.prisma.passageWord.findUniqueOrThrow({ where: { word: '普京' } })).toMatchObject({ articles: 5 });
  });

  it('indexes an imported article in the import transaction', async () => {
    const source =
      '---\ntitle: 测试\ndate: 2024-07-05T10:00:00Z\nfrom: https://www.rfa.org/mandarin/finder-test.html\n---\n\n上合组织峰会在阿斯塔纳闭幕，白俄罗斯成为第十个成员国。\n\n' +
      '峰会期间，各国领导人举行了多场双边会谈，讨论经济、能源和安全合作等议题，并发表了联合声明。';
    const parsed = parseArticle({ filename: 'finder-test.md', source });
    const result = await importArticle(db.prisma, { parsed, source, filename: 'finder-test.md' });
    expect(result.status).toBe('imported');
    const passages = await db.prisma.passage.findMany({ where: { articleId: result.articleId }, orderBy: { ordinal: 'asc' } });
    expect(passages.map((p) => p.folded).slice(0, 2)).toEqual(['上合组织峰会在阿斯塔纳闭幕,', '白俄罗斯成为第十个成员国。']);
    expect(passages[1]!.words).toContain('白俄罗斯');
    expect((await db.prisma.passageWord.findUniqueOrThrow({ where: { word: '白俄罗斯' } })).articles).toBe(4);
  });

  it('segments an article before the import transaction opens, and stores those rows', async () => {
    const source = '---\ntitle: 测试二\ndate: 2024-07-06T10:00:00Z\nfrom: https://www.rfa.org/mandarin/finder-test-2.html\n---\n\n峰会通过了阿斯塔纳宣言。\n\n' + '与会各方在会后举行记者会，介绍了这次会议讨论的经济、能源、交通和人文交流等方面的合作安排。';
    const prepared = prepareArticleImport({ parsed: parseArticle({ filename: 'finder-test-2.md', source }), source, filename: 'finder-test-2.md' });
    expect(prepared.passages?.[0]?.words).toContain('阿斯塔纳');
    // the transaction stores the rows it is given rather than segmenting again
    const marked = { ...prepared, passages: prepared.passages!.map((row) => ({ ...row, words: [...row.words, '预先切分'] })) };
    const result = await importArticle(db.prisma, marked);
    const passages = await db.prisma.passage.findMany({ where: { articleId: result.articleId } });
    expect(passages.every((p) => p.words.includes('预先切分'))).toBe(true);
  });

  it('is rebuilt by a restore, inside its transaction', async () => {
    const target = await createTestDatabase();
    try {
      let dump = '';
      for await (const chunk of dumpDatabase(db.prisma)) dump += chunk;
      await restoreDump(target.prisma, dump.split('\n'));
      const [source, restored] = await Promise.all([db.prisma.passage.count(), target.prisma.passage.count()]);
      expect(restored).toBe(source);
      expect(await target.prisma.indexedArticle.count()).toBe(await target.prisma.article.count());
    } finally {
      await target.drop();
    }
  });

  it('is filled batch by batch within a text budget, each article whole, whatever the budget', async () => {
    const articles = await db.prisma.article.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 3 });
    const ids = articles.map((a) => a.id);
    const rowsOf = async () =>
      (await db.prisma.passage.findMany({ where: { articleId: { in: ids } }, orderBy: [{ articleId: 'asc' }, { ordinal: 'asc' }] }));
    const before = await rowsOf();
    const words = await db.prisma.passageWord.findMany({ orderBy: { word: 'asc' } });
    // marked as not indexed: the backfill takes their words out of the statistics and writes them again
    await db.prisma.indexedArticle.deleteMany({ where: { articleId: { in: ids } } });
    // a budget of one character: every article is a batch of its own
    expect(await backfillPassageIndex(db.prisma, { batchChars: 1 })).toEqual({ articles: 3, bulk: false });
    expect(await rowsOf()).toEqual(before);
    expect(await db.prisma.passageWord.findMany({ orderBy: { word: 'asc' } })).toEqual(words);
    expect(await db.prisma.indexedArticle.count({ where: { articleId: { in: ids }, version: PASSAGE_INDEX_VERSION } })).toBe(3);
  });

  it('is filled at start-up for articles written without it', async () => {
    const article = await articleOf('rfa');
    await db.prisma.indexedArticle.delete({ where: { articleId: article.id } });
    await db.prisma.passage.deleteMany({ where: { articleId: article.id } });
    const before = (await db.prisma.passageWord.findUniqueOrThrow({ where: { word: '普京' } })).articles;
    await seedIfEmpty(db.url);
    expect(await db.prisma.passage.count({ where: { articleId: article.id } })).toBeGreaterThan(10);
    expect((await db.prisma.indexedArticle.findUniqueOrThrow({ where: { articleId: article.id } })).version).toBe(PASSAGE_INDEX_VERSION);
    expect((await db.prisma.passageWord.findUniqueOrThrow({ where: { word: '普京' } })).articles).toBe(before + 1);
  });
});

describe('the passage index\'s GIN indexes', () => {
  const options = async () =>
    (
      await db.prisma.$queryRaw<{ name: string; options: string[] | null }[]>`
        SELECT c.relname AS name, c.reloptions AS options FROM pg_class c
         WHERE c.relname IN ('passages_words_idx', 'passages_numbers_idx') ORDER BY 1`
    ).map((r) => [r.name, r.options]);

  it('write straight into the index (no pending list for queries to read), and are made again by a backfill if a bulk build stopped', async () => {
    const expected = [
      ['passages_numbers_idx', ['fastupdate=off']],
      ['passages_words_idx', ['fastupdate=off']],
    ];
    expect(await options()).toEqual(expected);
    await db.prisma.$executeRawUnsafe('DROP INDEX "passages_words_idx"');
    await backfillPassageIndex(db.prisma);
    expect(await options()).toEqual(expected);
  });
});

describe('GET /api/v1/claims/{id}/suggestions', () => {
  it('is for editors and admins: anonymous 401, readers 403', async () => {
    const claim = await newClaim({ text: '习近平自2013年以来已经至少9次访问俄罗斯' });
    const anonymous = await call('/api/v1/claims/[id]/suggestions', 'GET', { params: { id: String(claim.id) } });
    expect(anonymous.status).toBe(401);
    const reader = await call('/api/v1/claims/[id]/suggestions', 'GET', { token: tokens.reader, params: { id: String(claim.id) } });
    expect(reader.status).toBe(403);
    const readerArticle = await call('/api/v1/articles/[id]/suggestions', 'GET', { token: tokens.reader, params: { id: '1' } });
    expect(readerArticle.status).toBe(403);
    const anonymousDismiss = await call('/api/v1/claims/[id]/suggestions/dismiss', 'POST', { params: { id: String(claim.id) }, body: { articleId: 1, start: 0, end: 5 } });
    expect(anonymousDismiss.status).toBe(401);
    const readerDismiss = await call('/api/v1/claims/[id]/suggestions/dismiss', 'POST', { token: tokens.reader, params: { id: String(claim.id) }, body: { articleId: 1, start: 0, end: 5 } });
    expect(readerDismiss.status).toBe(403);
  });

  it('refuses bad parameters with 400 and unknown claims or outlets with 404', async () => {
    const claim = await newClaim({ text: '上合组织有10个成员国' });
    for (const query of ['?limit=0', '?limit=21', '?limit=abc', '?outlet=Not%20A%20Slug']) {
      const response = await call('/api/v1/claims/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: String(claim.id) }, query });
      expect(response.status, query).toBe(400);
    }
    const unknownOutlet = await call('/api/v1/claims/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: String(claim.id) }, query: '?outlet=nowhere' });
    expect(unknownOutlet.status).toBe(404);
    const unknownClaim = await call('/api/v1/claims/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: '999999' } });
    expect(unknownClaim.status).toBe(404);
  });

  it('finds the same fact in Traditional characters, with the shape of the issue', async () => {
    const claim = await newClaim({ text: '习近平自2013年以来已经至少9次访问俄罗斯' });
    const body = await suggestions(claim.id);
    expect(body.claimId).toBe(claim.id);
    expect(body.outlets.map((o) => o.outlet).sort()).toEqual((await db.prisma.outlet.findMany({ select: { slug: true } })).map((o) => o.slug).sort());
    const kanzhongguo = body.outlets.find((o) => o.outlet === 'kanzhongguo')!;
    expect(kanzhongguo.verdict).toBe('likely');
    expect(kanzhongguo.articlesSearched).toBe(1);
    expect(kanzhongguo.suggestions.length).toBeLessThanOrEqual(5);
    const [top] = kanzhongguo.suggestions;
    const article = await articleOf('kanzhongguo');
    expect([...article.text].slice(top!.start, top!.end).join('')).toBe(top!.exact);
    expect(top!.exact).toContain('習近平自2013年以來已經至少9次訪問俄羅斯');
    expect(top).toMatchObject({ stance: 'states', articleId: article.id });
    const rfa = body.outlets.find((o) => o.outlet === 'rfa')!;
    expect(rfa.verdict).toBe('none');

    // every selector is the stored text's, context clipped at the article's ends like any anchor
    const texts = new Map((await db.prisma.article.findMany({ select: { id: true, text: true } })).map((a) => [a.id, a.text]));
    const all = (await suggestions(claim.id, '?limit=20')).outlets.flatMap((o) => o.suggestions);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) {
      expect({ exact: s.exact, prefix: s.prefix, suffix: s.suffix }).toEqual(
        (({ exact, prefix, suffix }) => ({ exact, prefix, suffix }))(describeRange(texts.get(s.articleId)!, s.start, s.end)),
      );
    }

    const one = await suggestions(claim.id, '?outlet=voa&limit=1');
    expect(one.outlets.map((o) => o.outlet)).toEqual(['voa']);
    expect(one.outlets[0]!.suggestions).toHaveLength(1);
  });

  it('shows a caption that repeats a body sentence once, saying how many it stands for', async () => {
    // RFA prints 习近平和普京率团……举行双边会谈 in the body and again, dated, under a photo
    const claim = await newClaim({ text: '习近平和普京率团在上海合作组织峰会期间再次举行双边会谈' });
    const rfa = (await suggestions(claim.id, '?outlet=rfa&limit=5')).outlets[0]!;
    const talks = rfa.suggestions.filter((s) => s.exact.includes('率团在参加上海合作组织峰会期间再次举行双边会谈'));
    expect(talks).toHaveLength(1);
    expect(talks[0]!.duplicates).toBe(1);
  });

  it('suggests a passage giving another count as contradicts, with the value it states', async () => {
    const claim = await newClaim({ text: '上海合作组织有9个成员国', kind: 'quantity', value: 9, comparator: 'eq', unit: 'member states' });
    const epochtimes = (await suggestions(claim.id, '?outlet=epochtimes')).outlets[0]!;
    const contradiction = epochtimes.suggestions.find((s) => s.exact.includes('10个成员国'));
    expect(contradiction).toMatchObject({ stance: 'contradicts', statedValue: '10个' });
  });

  it('leaves out existing quotes and dismissed passages; a dismissal is recorded and idempotent', async () => {
    const claim = await newClaim({ text: '习近平与普京多年来已会面超过40次' });
    const voa = await articleOf('voa');
    const first = (await suggestions(claim.id, '?outlet=voa')).outlets[0]!.suggestions[0]!;
    await createEvidence(db.prisma, { actor: editor, input: { claimId: claim.id, articleId: voa.id, stance: 'states', start: first.start, end: first.end, statedValue: null, note: null } });
    const afterQuote = (await suggestions(claim.id, '?outlet=voa')).outlets[0]!;
    expect(afterQuote.settled).toBe(true);
    expect(afterQuote.suggestions.some((s) => s.start < first.end && first.start < s.end)).toBe(false);

    const kanzhongguo = (await suggestions(claim.id, '?outlet=kanzhongguo')).outlets[0]!.suggestions[0]!;
    const body = { articleId: kanzhongguo.articleId, start: kanzhongguo.start, end: kanzhongguo.end };
    for (let i = 0; i < 2; i++) {
      const response = await call('/api/v1/claims/[id]/suggestions/dismiss', 'POST', { token: tokens.editor, params: { id: String(claim.id) }, body });
      expect(response.status, await response.clone().text()).toBe(204);
    }
    expect(await db.prisma.suggestionDismissal.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.prisma.revision.count({ where: { claimId: claim.id, entityType: 'dismissal', action: 'create', actorId: editor.userId } })).toBe(1);
    const after = (await suggestions(claim.id, '?outlet=kanzhongguo')).outlets[0]!.suggestions;
    expect(after.some((s) => s.start === body.start && s.end === body.end)).toBe(false);

    const outside = await call('/api/v1/claims/[id]/suggestions/dismiss', 'POST', { token: tokens.editor, params: { id: String(claim.id) }, body: { ...body, end: 10_000_000 } });
    expect(outside.status).toBe(422);
  });
});

describe('a sentence that opens with a pronoun', () => {
  it('is matched as PostgreSQL and the ranker both read REFERS_BACK', async () => {
    const samples = ['他却将于7月8日访问俄罗斯,', '“她们表示,', '它们的成员国', 'he said,', '其他国家', '习近平说,', '他国'];
    const rows = await db.prisma.$queryRaw<{ s: string; m: boolean }[]>`
      SELECT s, s ~ ${REFERS_BACK.source} AS m FROM unnest(${samples}::text[]) AS s`;
    expect(rows.map((r) => r.m)).toEqual(samples.map((s) => refersBack(s)));
    expect(rows.filter((r) => r.m).map((r) => r.s)).toEqual(['他却将于7月8日访问俄罗斯,', '“她们表示,', '它们的成员国', 'he said,', '他国']);
  });

  it('is found with the words of the sentence before it, the same in both directions', async () => {
    // the second sentence shares no word with the claim: its subject is the first one's 呼日勒苏赫
    const source =
      '---\ntitle: 代词测试\ndate: 2024-07-06T10:00:00Z\nfrom: https://news.example.org/anaphora-test.html\n---\n\n' +
      '蒙古国总统呼日勒苏赫决定缺席本届上合组织峰会。他随后将首访俄罗斯，面见普京。与会各方讨论了能源合作。';
    const parsed = parseArticle({ filename: 'anaphora-test.md', source });
    const { articleId } = await importArticle(db.prisma, { parsed, source, filename: 'anaphora-test.md' });
    const claim = await newClaim({ text: '呼日勒苏赫缺席上合峰会后不久访问莫斯科' });
    const outlet = (await db.prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { outlet: { select: { slug: true } } } })).outlet.slug;
    const found = (await suggestions(claim.id, `?outlet=${outlet}&limit=5`)).outlets[0]!.suggestions;
    const pronoun = found.find((s) => s.exact.startsWith('他随后将首访俄罗斯'));
    expect(pronoun, JSON.stringify(found)).toBeDefined();
    // the name is credited from the sentence before, and said to be
    expect(pronoun!.inheritedWords).toContain('苏赫');
    expect(pronoun!.matchedWords).not.toContain('苏赫');
    expect(pronoun!.reason).toMatch(/from the sentence its pronoun refers back to: .*苏赫/);
    expect(pronoun!.stance).toBe('states');

    const response = await call('/api/v1/articles/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: String(articleId) } });
    const fromArticle = articleSuggestionsSchema.parse(await response.json()).claims.find((c) => c.claimId === claim.id)!;
    // (the claim direction weighs the claim's words over every outlet's coverage: scores differ)
    const same = fromArticle.suggestions.find((s) => s.start === pronoun!.start && s.end === pronoun!.end);
    expect(same).toMatchObject({ stance: pronoun!.stance, reason: pronoun!.reason, inheritedWords: pronoun!.inheritedWords });
  });
});

describe('GET /api/v1/articles/{id}/suggestions', () => {
  it('lists the claims an article may state, with their passages', async () => {
    const claim = await newClaim({ text: '中国向俄罗斯提供大量可用于制造武器的军民两用商品' });
    const kanzhongguo = await articleOf('kanzhongguo');
    const response = await call('/api/v1/articles/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: String(kanzhongguo.id) } });
    expect(response.status).toBe(200);
    const body = articleSuggestionsSchema.parse(await response.json());
    expect(body.articleId).toBe(kanzhongguo.id);
    const entry = body.claims.find((c) => c.claimId === claim.id);
    expect(entry?.text).toBe(claim.text);
    expect(entry!.suggestions[0]!.exact).toContain('軍民兩用商品');
    // the seeded claims already have evidence or an omission mark in this article
    const seeded = await db.prisma.claim.findMany({ where: { seedKey: { not: null } }, select: { id: true } });
    expect(body.claims.some((c) => seeded.some((s) => s.id === c.claimId))).toBe(false);
  });

  it('matches the claims holding most of the article\'s rarer words, not the oldest ones', async () => {
    const kanzhongguo = await articleOf('kanzhongguo');
    // 军民 is one of the article's rarer words (in two of the indexed articles)
    expect((await db.prisma.passageWord.findUniqueOrThrow({ where: { word: '军民' } })).articles).toBeLessThanOrEqual(2);
    // more claims than are matched share that one word, and are older than the claim that shares many
    for (let i = 0; i < 210; i++) await newClaim({ text: `第${i}份备忘录提到军民` });
    const claim = await newClaim({ text: '中国向俄罗斯大量提供可用于制造武器的军民两用商品' });
    const response = await call('/api/v1/articles/[id]/suggestions', 'GET', { token: tokens.editor, params: { id: String(kanzhongguo.id) } });
    const body = articleSuggestionsSchema.parse(await response.json());
    const entry = body.claims.find((c) => c.claimId === claim.id);
    expect(entry?.suggestions[0]?.exact).toContain('軍民兩用商品');
  });
});
