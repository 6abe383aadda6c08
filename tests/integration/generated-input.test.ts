// Generated input (fast-check) against every write route handler, the import, every operation
// behind the server actions and proxy.ts, on a real PostgreSQL: whatever arrives, the answer is
// never a 5xx (nor a thrown error), and every refusal is an RFC 9457 problem.
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createApiToken } from '../../lib/data/writes/api-tokens';
import { OPERATION_NAMES, runOperation } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

vi.mock('@/lib/auth/session', () => ({ getActor: async () => null }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { pattern: string; params: string[]; methods: Record<string, Handler> };

let db: TestDatabase;
let token: string;
let admin: Actor;
let routes: Route[];
const BASE = 'http://localhost:3000';
const saved = process.env.DATABASE_URL;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  admin = await createActor(db.prisma, { email: 'fuzz@example.org', name: 'Fuzz', role: 'admin' });
  token = (await createApiToken(db.prisma, { actor: admin, input: { name: 'fuzz' } })).token;
  const load = async (pattern: string, params: string[], module: Promise<Record<string, unknown>>) => ({ pattern, params, methods: (await module) as Record<string, Handler> });
  routes = [
    await load('/api/v1/claims', [], import('../../app/api/v1/claims/route')),
    await load('/api/v1/claims/[id]', ['id'], import('../../app/api/v1/claims/[id]/route')),
    await load('/api/v1/claims/[id]/evidence', ['id'], import('../../app/api/v1/claims/[id]/evidence/route')),
    await load('/api/v1/evidence/[id]', ['id'], import('../../app/api/v1/evidence/[id]/route')),
    await load('/api/v1/claims/[id]/reviews/[articleId]', ['id', 'articleId'], import('../../app/api/v1/claims/[id]/reviews/[articleId]/route')),
    await load('/api/v1/articles', [], import('../../app/api/v1/articles/route')),
    await load('/api/v1/export', [], import('../../app/api/v1/export/route')),
  ];
});

afterAll(async () => {
  const { getPrisma } = await import('../../lib/db/prisma');
  await getPrisma().$disconnect();
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  await db?.drop();
});

// --- what arrives -----------------------------------------------------------------------------

const nasty = fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', '\uFFFD', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '%FF', '0', '-1', '1e309', 'NaN', '9'.repeat(40), '2147483648', '1', '2', '3', '习近平', '普京', "'; DROP TABLE claims; --", '\r\n', '\u202E', 'https://www.voachinese.com/a/x.html');
/** Text, with the hostile values above half the time. */
const text = fc.oneof({ arbitrary: nasty, weight: 3 }, fc.string(), fc.string({ unit: 'grapheme', maxLength: 50 }), fc.string({ unit: 'binary', maxLength: 30 }));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.integer({ min: 1, max: 30 }));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(text, scalar, { maxKeys: 3 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, value);

const claimBody = fc.record(
  { text: maybe(text), gloss: maybe(text), topics: maybe(fc.array(text, { maxLength: 3 })), kind: maybe(fc.constantFrom('fact', 'quantity', 'x')), value: scalar, comparator: maybe(fc.constantFrom('gte', 'lte', 'eq', 'x')), unit: maybe(text), asOf: maybe(fc.constantFrom('2024-07-05', '2024-02-30', '')), status: maybe(fc.constantFrom('draft', 'published')), version: scalar },
  { requiredKeys: [] },
);
const evidenceBody = fc.record(
  { articleId: maybe(fc.integer({ min: 1, max: 6 })), stance: maybe(fc.constantFrom('states', 'contradicts')), exact: maybe(fc.constantFrom('习近平', '普京', '上海合作组织', '\u0000')), prefix: maybe(text), suffix: maybe(text), start: scalar, end: scalar, statedValue: maybe(text), note: maybe(text), version: scalar, verdict: maybe(fc.constantFrom('omits', 'x')) },
  { requiredKeys: [] },
);
const IMPORT_SOURCES = fc.constantFrom(
  `---\ntitle: "生成的文章"\ndate: 2024-07-06T10:00:00Z\nfrom: https://www.voachinese.com/a/gen.html\n---\n习近平与普京再次在上合组织峰会期间会面，这是生成的测试文章正文。`,
  `---\ntitle: "生成的文章"\ndate: 2024-07-06T10:00:00Z\nfrom: https://www.voachinese.com/a/gen.html\n---\n习近平与普京再次在上合组织峰会期间会面，这是生成的测试文章正文。`,
  `<html><head><title>标题</title></head><body>${'<div>'.repeat(5000)}美国之音报道：正文${'</div>'.repeat(5000)}</body></html>`,
  '<p>'.repeat(3000),
  '---\ntitle: "\\0 标题"\nauthor: "\\0"\nurl: "https://www.voachinese.com/a/\\0"\ndate: 2024-07-06T10:00:00Z\n---\n习近平与普京再次在上合组织峰会期间会面，这是生成的测试文章正文。',
);
const importBody = fc.record(
  {
    filename: maybe(fc.constantFrom('a.md', 'a\u0000.md', 'x.html', 'y.txt', 'z.pdf')),
    source: fc.oneof({ arbitrary: IMPORT_SOURCES, weight: 4 }, text),
    dryRun: maybe(fc.boolean()),
    overrides: maybe(
      fc.record(
        { title: maybe(text), author: maybe(text), url: maybe(text), publishedAt: maybe(fc.constantFrom('2024-07-06T10:00:00Z', 'x')), language: maybe(fc.constantFrom('zh-Hans', 'zh-Hant')), outlet: maybe(fc.record({ slug: maybe(fc.constantFrom('voa', 'new-outlet', 'Bad Slug')), name: maybe(text), homepage: maybe(text) }, { requiredKeys: [] })) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(value, claimBody, evidenceBody, importBody);
const bodyFor = (pattern: string) => (pattern.endsWith('/articles') ? importBody : pattern.includes('evidence') || pattern.includes('reviews') ? evidenceBody : claimBody);
const param = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }).map(String), weight: 3 }, nasty, fc.string({ maxLength: 12 }));
const contentType = fc.oneof({ arbitrary: fc.constant('application/json'), weight: 6 }, fc.constantFrom('application/json; charset=utf-8', 'application/problem+json', 'text/plain', 'multipart/form-data', ''));
const authorization = fc.oneof({ arbitrary: fc.constant('valid'), weight: 6 }, fc.constant(null), fc.constantFrom('Bearer', 'Bearer cg_x', 'Basic abc', `Bearer ${'a'.repeat(5000)}`));
const query = fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, fc.dictionary(fc.constantFrom('version', 'format', 'claim', 'outlet-page', 'q', 'page', 'pageSize', 'sort', 'cols', 'stance', 'outlet'), text, { maxKeys: 3 }).map((q) => `?${new URLSearchParams(q as Record<string, string>)}`));
/** Mostly the body the route expects, with hostile fields; sometimes garbage that is not JSON. */
const rawBodyFor = (pattern: string) =>
  fc.oneof({ arbitrary: bodyFor(pattern).map((b) => JSON.stringify(b)), weight: 6 }, value.map((b) => JSON.stringify(b) ?? 'null'), fc.string({ maxLength: 200 }), fc.constantFrom('{"text":', '\u0000', ''));

async function expectNoServerError(response: Response, label: string) {
  expect(response.status, label).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.headers.get('content-type'), label).toContain('application/problem+json');
    const problem = await response.json();
    expect(problem.status, label).toBe(response.status);
  } else {
    await response.arrayBuffer();
  }
}

// --- properties -------------------------------------------------------------------------------

describe('generated input', () => {
  it('never makes a write route, the import or the export answer 5xx', async () => {
    const targets = routes.flatMap((route) => Object.keys(route.methods).filter((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m)).map((method) => ({ route, method })));
    const request = fc
      .constantFrom(...targets)
      .chain(({ route, method }) => fc.record({ route: fc.constant(route), method: fc.constant(method), values: fc.array(param, { minLength: 2, maxLength: 2 }), raw: rawBodyFor(route.pattern), type: contentType, auth: authorization, search: query }));
    await fc.assert(
      fc.asyncProperty(request, async ({ route, method, values, raw, type, auth, search }) => {
        const params = Object.fromEntries(route.params.map((name, i) => [name, values[i]!]));
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (auth) headers.authorization = auth === 'valid' ? `Bearer ${token}` : auth;
        const hasBody = method !== 'GET' && !(method === 'DELETE' && raw.length % 2);
        const label = `${method} ${route.pattern}${search} ${JSON.stringify(params)} ${type} ${raw.slice(0, 300)}`;
        const response = await route.methods[method]!(new Request(`${BASE}${route.pattern}${search}`, { method, headers, body: hasBody ? raw : undefined }), { params: Promise.resolve(params) });
        await expectNoServerError(response, label);
      }),
      { numRuns: RUNS * 6 },
    );
  }, 600_000);

  it('never makes an operation behind the server actions throw, whatever the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATION_NAMES), body, async (name, input) => {
        const result = await runOperation(db.prisma, admin, name, input);
        if (!result.ok) expect(result.error.status, `${name} ${JSON.stringify(input)?.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 600_000);

  it('never makes proxy.ts throw, and answers every path it refuses with a problem', async () => {
    const { proxy } = await import('../../proxy');
    const segment = fc.oneof(fc.string({ maxLength: 8 }).map(encodeURIComponent), fc.constantFrom('%FF', '%ED%A0%80', '%', '%zz', '%E4%B8', 'claims', '1'));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 5 }), fc.constantFrom('GET', 'POST', 'PATCH'), async (segments, method) => {
        const response = proxy(new NextRequest(`${BASE}/${segments.join('/')}`, { method }));
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) await expectNoServerError(response, segments.join('/'));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
