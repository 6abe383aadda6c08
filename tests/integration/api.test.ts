// The JSON API's write side through the real route handlers on a real PostgreSQL: bearer
// tokens and roles, validation and problem+json, ambiguous quotes refused, history recorded,
// article import, and an OpenAPI document that describes every route handler.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createApiToken } from '../../lib/data/writes/api-tokens';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

let db: TestDatabase;
const tokens: Record<string, string> = {};
let voa: { id: number; text: string };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let routes: Record<string, Record<string, Handler>>;

const BASE = 'http://localhost:3000';

function call(route: string, method: string, options: { token?: string; body?: unknown; params?: Record<string, string>; query?: string; raw?: string; type?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = options.type ?? 'application/json';
  const request = new Request(`${BASE}${route}${options.query ?? ''}`, {
    method,
    headers,
    body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const handler = routes[route.replace(/\/\d+/g, '/[id]').replace('/reviews/[id]', '/reviews/[articleId]')]?.[method];
  if (!handler) throw new Error(`no handler for ${method} ${route}`);
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  const editor = await createActor(db.prisma, { email: 'api-editor@example.org', name: 'API Editor', role: 'editor' });
  const reader = await createActor(db.prisma, { email: 'api-reader@example.org', name: 'API Reader', role: 'reader' });
  const disabled = await createActor(db.prisma, { email: 'api-gone@example.org', name: 'Gone', role: 'editor' });
  for (const [name, actor] of Object.entries({ editor, reader, disabled }) as [string, Actor][]) {
    tokens[name] = (await createApiToken(db.prisma, { actor: { ...actor, role: 'admin' }, input: { name: 'test', userId: actor.userId } })).token;
  }
  await db.prisma.user.update({ where: { id: disabled.userId }, data: { disabled: true } });
  const revoked = await createApiToken(db.prisma, { actor: editor, input: { name: 'old' } });
  await db.prisma.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  tokens.revoked = revoked.token;
  voa = await db.prisma.article.findFirstOrThrow({ where: { outlet: { slug: 'voa' } }, select: { id: true, text: true } });
  routes = {
    '/api/v1/claims': await import('../../app/api/v1/claims/route'),
    '/api/v1/claims/[id]': await import('../../app/api/v1/claims/[id]/route'),
    '/api/v1/claims/[id]/evidence': await import('../../app/api/v1/claims/[id]/evidence/route'),
    '/api/v1/evidence/[id]': await import('../../app/api/v1/evidence/[id]/route'),
    '/api/v1/claims/[id]/reviews/[articleId]': await import('../../app/api/v1/claims/[id]/reviews/[articleId]/route'),
    '/api/v1/articles': await import('../../app/api/v1/articles/route'),
  } as unknown as typeof routes;
});

afterAll(async () => {
  await db?.drop();
});

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as { status: number; detail: string; errors?: Record<string, string[]>; candidates?: unknown[] };
}

describe('authentication and roles', () => {
  it('refuses writes without a token (401), with an unknown or revoked token (401), as a reader or disabled editor (403)', async () => {
    const body = { text: '测试说法' };
    expect((await call('/api/v1/claims', 'POST', { body })).status).toBe(401);
    expect((await call('/api/v1/claims', 'POST', { body, token: 'cg_not-a-real-token' })).status).toBe(401);
    expect((await call('/api/v1/claims', 'POST', { body, token: tokens.revoked })).status).toBe(401);
    expect((await call('/api/v1/claims', 'POST', { body, token: tokens.reader })).status).toBe(403);
    const disabled = await call('/api/v1/claims', 'POST', { body, token: tokens.disabled });
    expect(disabled.status).toBe(403);
    expect((await problemOf(disabled)).detail).toMatch(/disabled/);
    expect(await db.prisma.claim.count({ where: { text: '测试说法' } })).toBe(0);
  });

  it('lets an editor create a claim: 201, Location, and a revision naming the editor', async () => {
    const response = await call('/api/v1/claims', 'POST', { token: tokens.editor, body: { text: 'API 新说法', kind: 'fact', status: 'published' } });
    expect(response.status).toBe(201);
    const claim = await response.json();
    expect(response.headers.get('location')).toBe(`/api/v1/claims/${claim.id}`);
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: 'claim', entityId: claim.id }, include: { actor: true } });
    expect(revision.actor?.email).toBe('api-editor@example.org');
  });
});

describe('validation and errors', () => {
  it('answers bad input with problem+json and per-field errors, and changes nothing', async () => {
    const before = await db.prisma.claim.count();
    const empty = await problemOf(await call('/api/v1/claims', 'POST', { token: tokens.editor, body: { text: '' } }));
    expect(empty.status).toBe(422);
    expect(Object.keys(empty.errors ?? {})).toContain('text');
    const html = await problemOf(await call('/api/v1/claims', 'POST', { token: tokens.editor, body: { text: '<img src=x onerror=alert(1)>' } }));
    expect(html.errors?.text?.join(' ')).toMatch(/HTML/);
    const badJson = await call('/api/v1/claims', 'POST', { token: tokens.editor, raw: '{"text": ' });
    expect(badJson.status).toBe(400);
    const notJson = await call('/api/v1/claims', 'POST', { token: tokens.editor, raw: 'text=x', type: 'application/x-www-form-urlencoded' });
    expect(notJson.status).toBe(415);
    expect(await db.prisma.claim.count()).toBe(before);
  });

  it('gives 404 for unknown ids and 409 for a stale version', async () => {
    expect((await call('/api/v1/claims/999999', 'PATCH', { token: tokens.editor, params: { id: '999999' }, body: { version: 1, text: 'x' } })).status).toBe(404);
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { text: 'API 新说法' } });
    const ok = await call(`/api/v1/claims/${claim.id}`, 'PATCH', { token: tokens.editor, params: { id: String(claim.id) }, body: { version: claim.version, gloss: 'A new claim' } });
    expect(ok.status).toBe(200);
    const stale = await call(`/api/v1/claims/${claim.id}`, 'PATCH', { token: tokens.editor, params: { id: String(claim.id) }, body: { version: claim.version, gloss: 'stale' } });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).detail).toMatch(/Changed by API Editor at/);
  });
});

describe('evidence', () => {
  it('anchors a unique quote, refuses an ambiguous one with 422 and candidates, accepts it with context or positions', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { text: 'API 新说法' } });
    const route = `/api/v1/claims/${claim.id}/evidence`;
    const params = { id: String(claim.id) };
    const unique = '访俄次数超过任何一个国家的领导人';
    const created = await call(route, 'POST', { token: tokens.editor, params, body: { articleId: voa.id, stance: 'states', exact: unique } });
    expect(created.status).toBe(201);
    const evidence = await created.json();
    expect([...voa.text].slice(evidence.start, evidence.end).join('')).toBe(unique);
    expect(created.headers.get('location')).toBe(`/api/v1/evidence/${evidence.id}`);

    const ambiguous = await call(route, 'POST', { token: tokens.editor, params, body: { articleId: voa.id, stance: 'states', exact: '习近平' } });
    expect(ambiguous.status).toBe(422);
    const problem = await problemOf(ambiguous);
    expect(problem.detail).toMatch(/occurs \d+ times|times/);
    expect((problem.candidates ?? []).length).toBeGreaterThan(1);

    const at = voa.text.indexOf('习近平自2013年');
    const start = [...voa.text.slice(0, at)].length;
    const byPosition = await call(route, 'POST', { token: tokens.editor, params, body: { articleId: voa.id, stance: 'contradicts', start, end: start + 3 } });
    expect(byPosition.status).toBe(201);
    expect((await byPosition.json()).exact).toBe('习近平');

    const gone = await call(`/api/v1/evidence/${evidence.id}`, 'DELETE', { token: tokens.editor, params: { id: String(evidence.id) }, query: `?version=${evidence.version}` });
    expect(gone.status).toBe(200);
    expect(await db.prisma.evidence.count({ where: { id: evidence.id } })).toBe(0);
    expect(await db.prisma.revision.count({ where: { entityType: 'evidence', entityId: evidence.id, action: 'delete' } })).toBe(1);
  });

  it('marks and clears an omission with PUT and DELETE', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { text: 'API 新说法' } });
    const bbc = await db.prisma.article.findFirstOrThrow({ where: { outlet: { slug: 'bbc' } } });
    const route = `/api/v1/claims/${claim.id}/reviews/${bbc.id}`;
    const params = { id: String(claim.id), articleId: String(bbc.id) };
    expect((await call(route, 'PUT', { token: tokens.editor, params, body: { verdict: 'maybe' } })).status).toBe(422);
    expect((await call(route, 'PUT', { token: tokens.editor, params, body: { verdict: 'omits', note: 'checked' } })).status).toBe(200);
    expect(await db.prisma.review.count({ where: { claimId: claim.id, articleId: bbc.id } })).toBe(1);
    expect((await call(route, 'DELETE', { params })).status).toBe(401);
    expect((await call(route, 'DELETE', { token: tokens.editor, params })).status).toBe(200);
    expect(await db.prisma.review.count({ where: { claimId: claim.id, articleId: bbc.id } })).toBe(0);
  });
});

describe('article import', () => {
  const source = `---\ntitle: "API 导入的文章"\ndate: 2024-07-06T10:00:00Z\nfrom: https://www.voachinese.com/a/api-import.html\n---\n<script>alert(1)</script>\n习近平与普京再次在上合组织峰会期间会面，这是通过接口导入的测试文章正文。\n\n第二段：峰会在阿斯塔纳举行。`;

  it('imports (201), reports a duplicate (200), strips scripts from the stored source', async () => {
    const first = await call('/api/v1/articles', 'POST', { token: tokens.editor, body: { filename: 'api.md', source } });
    expect(first.status).toBe(201);
    const result = await first.json();
    expect(result).toMatchObject({ status: 'imported', title: 'API 导入的文章', outlet: { slug: 'voa' }, removedScripts: 1 });
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(stored.source).not.toContain('<script');
    expect(stored.text).not.toContain('alert');
    const again = await call('/api/v1/articles', 'POST', { token: tokens.editor, body: { filename: 'api.md', source } });
    expect(again.status).toBe(200);
    expect((await again.json()).status).toBe('duplicate');
  });

  it('refuses empty and binary files with a clear reason and stores nothing', async () => {
    const before = await db.prisma.article.count();
    const empty = await problemOf(await call('/api/v1/articles', 'POST', { token: tokens.editor, body: { filename: 'empty.txt', source: '   ' } }));
    expect(empty.detail).toMatch(/empty.txt: the file is empty/);
    const binary = await problemOf(await call('/api/v1/articles', 'POST', { token: tokens.editor, body: { filename: 'x.txt', source: 'PNG\u0000\u0001' } }));
    expect(binary.detail).toMatch(/binary/);
    const wrongType = await problemOf(await call('/api/v1/articles', 'POST', { token: tokens.editor, body: { filename: 'x.pdf', source: 'abc' } }));
    expect(wrongType.errors?.filename).toBeDefined();
    expect(await db.prisma.article.count()).toBe(before);
  });

  it('answers a file over the 2 MiB limit with 413, not 422, and stores nothing', async () => {
    const before = await db.prisma.article.count();
    // Within the 5 MiB JSON body limit, so it is the file that is too large, not the request.
    const response = await call('/api/v1/articles', 'POST', { token: tokens.editor, body: { filename: 'big.txt', source: `${'长文'.repeat(350_000)}` } });
    expect(response.status).toBe(413);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ title: 'Content Too Large', status: 413, code: 'too_large' });
    expect(problem.detail).toMatch(/big.txt: the file is \d+ bytes; the limit is 2097152 bytes/);
    expect(problem.errors?.source).toHaveLength(1);
    expect(await db.prisma.article.count()).toBe(before);
  });
});

describe('OpenAPI document', () => {
  it('describes every route handler under app/api/v1, method by method', async () => {
    const { openApiDocument } = await import('../../lib/http/openapi');
    const described = new Set(
      Object.entries(openApiDocument.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry === 'route.ts') {
          const route = '/' + path.relative('app', path.dirname(full)).replace(/\[(\w+)\]/g, '{$1}');
          for (const [, method] of readFileSync(full, 'utf8').matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${method} ${route}`);
        }
      }
    };
    walk('app/api/v1');
    expect(found.length).toBeGreaterThan(10);
    for (const entry of found) expect(described, entry).toContain(entry);
    expect(openApiDocument.openapi).toBe('3.1.0');
  });
});

describe('reading articles', () => {
  it('pages article metadata newest first, follows `next` to the end, and filters by outlet', async () => {
    const all = await db.prisma.article.findMany({ orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: number[] = [];
    let query: string | null = '?pageSize=2';
    let pages = 0;
    while (query) {
      const response = await call('/api/v1/articles', 'GET', { query });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { articles: { id: number; text?: string }[]; total: number; page: number; pageSize: number; pageCount: number; next: string | null };
      pages += 1;
      expect(body).toMatchObject({ total: all.length, page: pages, pageSize: 2, pageCount: Math.ceil(all.length / 2) });
      expect(body.articles.length).toBeLessThanOrEqual(2);
      expect(body.articles[0]).not.toHaveProperty('text');
      seen.push(...body.articles.map((a) => a.id));
      query = body.next ? body.next.slice(body.next.indexOf('?')) : null;
    }
    expect(seen).toEqual(all.map((a) => a.id));

    const voaOnly = (await (await call('/api/v1/articles', 'GET', { query: '?outlet=voa' })).json()) as { articles: { outlet: string }[]; total: number; next: null };
    expect(voaOnly.total).toBe(await db.prisma.article.count({ where: { outlet: { slug: 'voa' } } }));
    expect(voaOnly.articles.map((a) => a.outlet)).toEqual(Array(voaOnly.total).fill('voa'));
    expect(voaOnly.next).toBeNull();
    const nobody = (await (await call('/api/v1/articles', 'GET', { query: '?outlet=no-such-outlet' })).json()) as { articles: unknown[]; total: number };
    expect(nobody).toMatchObject({ articles: [], total: 0 });
  });

  it('refuses a page or page size that is not a positive whole number (at most 500) with 400', async () => {
    for (const query of ['?page=0', '?page=abc', '?pageSize=501', '?pageSize=1.5']) {
      const response = await call('/api/v1/articles', 'GET', { query });
      expect(response.status, query).toBe(400);
      expect((await problemOf(response)).detail).toMatch(/page/i);
    }
    // an empty value is no value, as a form sends it
    expect((await call('/api/v1/articles', 'GET', { query: '?outlet=&page=' })).status).toBe(200);
  });
});

describe('reading claims', () => {
  it('pages claims with the documented default page size, and answers malformed parameters with 400 instead of ignoring them', async () => {
    const ok = (await (await call('/api/v1/claims', 'GET', { query: '?sort=coverage&pageSize=' })).json()) as { pageSize: number; claims: unknown[]; total: number };
    expect(ok.pageSize).toBe(100);
    expect(ok.claims.length).toBe(Math.min(100, ok.total));
    for (const [query, field] of [['?pageSize=9999', 'pageSize'], ['?sort=bogus', 'sort'], ['?stance=maybe', 'stance'], ['?page=abc', 'page'], ['?cols=VOA!', 'cols'], ['?cols=voa,nobody', 'cols'], ['?stance=omits&outlet=nobody', 'outlet']]) {
      const response = await call('/api/v1/claims', 'GET', { query });
      expect(response.status, query).toBe(400);
      const problem = await problemOf(response);
      expect(Object.keys(problem.errors ?? {}), query).toEqual([field]);
      expect(problem.detail, query).toMatch(new RegExp(`^${field}: `));
    }
  });

  it('lets an editor’s token read drafts, by id and in the list with status=draft, and nobody else', async () => {
    const draft = await db.prisma.claim.create({ data: { text: 'API 草稿说法', status: 'draft' } });
    try {
      const byId = (token?: string) => call(`/api/v1/claims/${draft.id}`, 'GET', { token, params: { id: String(draft.id) } });
      const editorRead = await byId(tokens.editor);
      expect(editorRead.status).toBe(200);
      expect(await editorRead.json()).toMatchObject({ id: draft.id, status: 'draft' });
      expect((await byId()).status).toBe(404);
      expect((await byId(tokens.reader)).status).toBe(404);
      expect((await byId(tokens.revoked)).status).toBe(401);

      const list = await call('/api/v1/claims', 'GET', { token: tokens.editor, query: '?status=draft' });
      expect(list.status).toBe(200);
      const drafts = (await list.json()) as { claims: { id: number; status: string }[]; next: string | null };
      expect(drafts.claims.map((c) => c.id)).toContain(draft.id);
      expect(drafts.claims.every((c) => c.status === 'draft')).toBe(true);
      const all = (await (await call('/api/v1/claims', 'GET', { token: tokens.editor, query: '?status=all&pageSize=500' })).json()) as { total: number };
      expect(all.total).toBe(await db.prisma.claim.count());
      const published = (await (await call('/api/v1/claims', 'GET', { token: tokens.editor, query: '?pageSize=500' })).json()) as { claims: { status: string }[] };
      expect(published.claims.every((c) => c.status === 'published')).toBe(true);

      const anonymous = await call('/api/v1/claims', 'GET', { query: '?status=draft' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      expect((await call('/api/v1/claims', 'GET', { token: tokens.reader, query: '?status=draft' })).status).toBe(403);
      const bad = await call('/api/v1/claims', 'GET', { token: tokens.editor, query: '?status=secret' });
      expect(bad.status).toBe(400);
      expect(Object.keys((await problemOf(bad)).errors ?? {})).toEqual(['status']);
    } finally {
      await db.prisma.claim.delete({ where: { id: draft.id } });
    }
  });
});
