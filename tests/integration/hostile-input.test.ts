// Hostile input through the real route handlers on a real PostgreSQL: every case is a 4xx
// problem+json and nothing is stored. Deeply nested markup, NUL characters in import metadata
// (dry run and real import alike), non-http(s) links, and bodies over the size limit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiToken } from '../../lib/data/writes/api-tokens';
import { MAX_JSON_BODY } from '../../lib/http/read-body';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

vi.mock('@/lib/auth/session', () => ({ getActor: async () => null }));

let db: TestDatabase;
let token: string;
let articles: typeof import('../../app/api/v1/articles/route');
let claims: typeof import('../../app/api/v1/claims/route');
let exportRoute: typeof import('../../app/api/v1/export/route');
const BASE = 'http://localhost:3000';
const saved = { DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  const editor = await createActor(db.prisma, { email: 'hostile@example.org', name: 'Hostile', role: 'editor' });
  token = (await createApiToken(db.prisma, { actor: editor, input: { name: 'test' } })).token;
  articles = await import('../../app/api/v1/articles/route');
  claims = await import('../../app/api/v1/claims/route');
  exportRoute = await import('../../app/api/v1/export/route');
});

afterAll(async () => {
  const { getPrisma } = await import('../../lib/db/prisma');
  await getPrisma().$disconnect();
  if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.DATABASE_URL;
  await db?.drop();
});

function post(body: unknown) {
  return articles.POST(
    new Request(`${BASE}/api/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return (await response.json()) as { detail: string; errors?: Record<string, string[]>; reason?: string };
}

const counts = async () => ({ articles: await db.prisma.article.count(), outlets: await db.prisma.outlet.count() });

const source = (extra = '') =>
  `---\ntitle: "接口导入的文章${extra}"\ndate: 2024-07-06T10:00:00Z\nfrom: https://www.voachinese.com/a/hostile${extra}.html\n---\n习近平与普京再次在上合组织峰会期间会面，这是通过接口导入的测试文章正文${extra}。\n\n第二段：峰会在阿斯塔纳举行。`;

describe('deeply nested HTML', () => {
  it('is refused with 422 and a clear reason, not a stack overflow', async () => {
    const before = await counts();
    const html = `<html><head><title>深层嵌套</title></head><body>${'<div>'.repeat(5000)}美国之音报道：这是一段足够长的正文内容。${'</div>'.repeat(5000)}</body></html>`;
    for (const dryRun of [true, false]) {
      const problem = await problemOf(await post({ filename: 'deep.html', source: html, dryRun }), 422);
      expect(problem.detail).toMatch(/deep\.html: the markup nests elements more than 512 levels deep/);
      expect(problem.reason).toBe('too-deep');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('NUL and control characters in import metadata', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['filename', { filename: 'a\u0000.md' }],
    ['title', { overrides: { title: 'a\u0000b' } }],
    ['author', { overrides: { author: 'x\u0000y' } }],
    ['url', { overrides: { url: 'https://www.voachinese.com/a/\u0000.html' } }],
    ['outlet name', { overrides: { outlet: { slug: 'nul-outlet', name: 'NUL\u0000 Outlet' } } }],
    ['outlet homepage', { overrides: { outlet: { slug: 'nul-outlet', name: 'Outlet', homepage: 'https://nul\u0000.example' } } }],
  ];

  it.each(cases)('refuses a NUL in the %s with 422, in a dry run exactly as in a real import', async (_field, input) => {
    const before = await counts();
    for (const dryRun of [true, false]) {
      const problem = await problemOf(await post({ filename: 'nul.md', source: source('nul'), ...input, dryRun }), 422);
      expect(JSON.stringify(problem.errors)).toMatch(/Control characters are not allowed here/);
    }
    expect(await counts()).toEqual(before);
  });

  it('drops a NUL that front matter smuggles into the author or the URL instead of failing at the insert', async () => {
    const smuggled = `---\ntitle: "前言里的空字符"\nauthor: "张\\0三"\ndate: 2024-07-06T10:00:00Z\nurl: "https://www.voachinese.com/a/\\0.html"\nfrom: https://www.voachinese.com/a/front-matter.html\n---\n习近平与普京再次在上合组织峰会期间会面，这是前言里带空字符的测试文章正文。`;
    const dry = await post({ filename: 'front.md', source: smuggled, dryRun: true });
    expect(dry.status).toBe(200);
    const preview = await dry.json();
    const real = await post({ filename: 'front.md', source: smuggled });
    expect(real.status).toBe(201);
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { id: (await real.json()).articleId } });
    expect(stored.author).toBe('张三');
    expect(stored.url).toBe('https://www.voachinese.com/a/front-matter.html');
    expect(preview).toMatchObject({ author: stored.author, url: stored.url });
  });
});

describe('links other than http(s)', () => {
  const schemes = ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x'];

  it.each(schemes)('refuses %s as the article URL and as an outlet homepage', async (url) => {
    const before = await counts();
    for (const dryRun of [true, false]) {
      const asUrl = await problemOf(await post({ filename: 'link.md', source: source('link'), overrides: { url }, dryRun }), 422);
      expect(asUrl.errors?.['overrides.url'] ?? asUrl.errors?.url).toBeDefined();
      const asHomepage = await problemOf(
        await post({ filename: 'link.md', source: source('link'), overrides: { outlet: { slug: 'evil', name: 'Evil', homepage: url } }, dryRun }),
        422,
      );
      expect(JSON.stringify(asHomepage.errors)).toContain('Use an http:// or https:// address');
    }
    expect(await counts()).toEqual(before);
  });

  it('accepts http and https', async () => {
    const response = await post({ filename: 'ok.md', source: source('ok'), overrides: { url: 'http://www.voachinese.com/a/ok.html', outlet: { slug: 'ok-outlet', name: 'OK', homepage: 'https://ok.example' } } });
    expect(response.status).toBe(201);
  });

  it('keeps a stored javascript: homepage out of the JSON and ClaimReview exports', async () => {
    await db.prisma.outlet.update({ where: { slug: 'voa' }, data: { homepage: 'javascript:alert(1)' } });
    await db.prisma.article.updateMany({ where: { outlet: { slug: 'voa' } }, data: { url: 'data:text/html,x' } });
    for (const format of ['json', 'claimreview']) {
      const response = await exportRoute.GET(new Request(`${BASE}/api/v1/export?format=${format}`));
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text, format).not.toMatch(/javascript:|data:text/);
    }
  });
});

describe('bodies over the limit', () => {
  it('answers 413 from Content-Length, and stops reading a body without one at the limit', async () => {
    const huge = (declare: boolean) => {
      let sent = 0;
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > 600 * 1024 * 1024) return controller.close();
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }, { highWaterMark: 0 });
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      if (declare) headers['content-length'] = String(600 * 1024 * 1024);
      return { request: new Request(`${BASE}/api/v1/claims`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit), sent: () => sent };
    };
    const before = await db.prisma.claim.count();
    const declared = huge(true);
    await problemOf(await claims.POST(declared.request), 413);
    expect(declared.sent()).toBeLessThanOrEqual(64 * 1024);
    const streamed = huge(false);
    await problemOf(await claims.POST(streamed.request), 413);
    expect(streamed.sent()).toBeLessThanOrEqual(MAX_JSON_BODY + 2 * 64 * 1024);
    expect(await db.prisma.claim.count()).toBe(before);
  });
});
