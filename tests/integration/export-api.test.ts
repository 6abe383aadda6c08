// GET /api/v1/export through its route handler against a seeded database: a streamed file
// with the right media type and file name per format, 400 for a bad format, 404 for an
// unknown claim or outlet, and the dump for admins only.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { validateAnnotationCollection } from '../validators/web-annotation';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));

let db: TestDatabase;
let GET: (request: Request) => Promise<Response>;
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, BETTER_AUTH_URL: process.env.BETTER_AUTH_URL };

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  delete process.env.BETTER_AUTH_URL;
  ({ GET } = await import('../../app/api/v1/export/route'));
});

afterAll(async () => {
  const { getPrisma } = await import('../../lib/db/prisma');
  await getPrisma().$disconnect();
  Object.assign(process.env, savedEnv);
  if (savedEnv.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  if (savedEnv.BETTER_AUTH_URL === undefined) delete process.env.BETTER_AUTH_URL;
  await db?.drop();
});

const get = (query: string) => GET(new Request(`http://app.test/api/v1/export?${query}`));
const today = () => new Date().toISOString().slice(0, 10);

describe('GET /api/v1/export', () => {
  it.each([
    ['csv', 'text/csv; charset=utf-8', 'csv'],
    ['json', 'application/json', 'json'],
    ['md', 'text/markdown; charset=utf-8', 'md'],
    ['claimreview', 'application/ld+json', 'jsonld'],
    ['annotations', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', 'jsonld'],
  ])('streams %s as a download', async (format, contentType, extension) => {
    const response = await get(`format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="claimgrid-${format}-${today()}.${extension}"`);
    expect(response.body).toBeInstanceOf(ReadableStream);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(1000);
    if (format !== 'csv' && format !== 'md') JSON.parse(text);
  });

  it('links back to the origin it was asked on, and takes the claim table’s filters', async () => {
    const collection = await (await get('format=annotations&outlet-page=voa')).json();
    expect(validateAnnotationCollection(collection)).toEqual([]);
    expect(collection.id).toBe('http://app.test/api/v1/export?format=annotations&outlet-page=voa');
    const document = await (await get('format=json&contested=1&cols=bbc,epochtimes')).json();
    expect(document.query).toMatchObject({ contested: true, cols: ['bbc', 'epochtimes'] });
    expect(document.outlets.map((o: { slug: string }) => o.slug)).toEqual(['bbc', 'epochtimes']);
    const one = await (await get('format=json&claim=3')).json();
    expect(one.claims.map((c: { id: number }) => c.id)).toEqual([3]);
  });

  it('annotation targets resolve: each TextPositionSelector selects its quote in the text at target.source', async () => {
    const { GET: getText } = await import('../../app/api/v1/articles/[id]/text/route');
    const collection = await (await get('format=annotations&outlet-page=voa')).json();
    expect(collection.total).toBeGreaterThan(0);
    for (const annotation of collection.first.items.slice(0, 5)) {
      const { source, selector } = annotation.target;
      const id = /\/api\/v1\/articles\/(\d+)\/text$/.exec(source.id)![1]!;
      const response = await getText(new Request(source.id), { params: Promise.resolve({ id }) });
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-language')).toBe(source.language);
      const text = Array.from(await response.text());
      const [quote, position] = selector;
      expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(source.via).toMatch(/^https?:\/\//);
    }
    const missing = await getText(new Request('http://app.test/api/v1/articles/999999/text'), { params: Promise.resolve({ id: '999999' }) });
    expect(missing.status).toBe(404);
  });

  it('answers a bad request with a 400 problem', async () => {
    for (const query of ['', 'format=xlsx', 'format=csv&claim=x', 'format=csv&outlet-page=A%20B']) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect((await response.json()).status).toBe(400);
    }
  });

  it('answers an unknown claim with a 404 problem', async () => {
    const response = await get('format=csv&claim=999999');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });

  it('answers an unknown outlet slug in cols, outlet or outlet-page with a 400 problem naming it, instead of exporting every outlet', async () => {
    for (const [query, key] of [
      ['format=json&cols=bbc,nobody', 'cols'],
      ['format=json&stance=states&outlet=nobody', 'outlet'],
      ['format=csv&outlet-page=nobody', 'outlet-page'],
    ] as const) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      const problem = await response.json();
      expect(problem.errors, query).toEqual({ [key]: ['no outlet with slug "nobody"'] });
      expect(problem.detail, query).toBe(`${key}: no outlet with slug "nobody"`);
    }
  });

  it('gives the dump to admins only', async () => {
    for (const actor of [null, { userId: 1, email: 'e@x', name: 'E', role: 'editor' as const, disabled: false }, { userId: 2, email: 'a@x', name: 'A', role: 'admin' as const, disabled: true }]) {
      session.actor = actor;
      const response = await get('format=dump');
      expect(response.status).toBe(403);
      expect((await response.json()).detail).toMatch(/admins/);
    }
    session.actor = { userId: 3, email: 'admin@x', name: 'Admin', role: 'admin', disabled: false };
    const response = await get('format=dump');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="claimgrid-dump-${today()}.json"`);
    const dump = await response.json();
    expect(dump).toMatchObject({ format: 'claimgrid-dump', version: 2 });
    expect(dump.tables.articles).toHaveLength(5);
    session.actor = null;
  });

  it("gives the dump to an admin's API token, not to an editor's, a revoked or an unknown one", async () => {
    const { createApiToken } = await import('../../lib/data/writes/api-tokens');
    const { createActor } = await import('./write-fixtures');
    const admin = await createActor(db.prisma, { email: 'dump-admin@example.org', name: 'Dump Admin', role: 'admin' });
    const editor = await createActor(db.prisma, { email: 'dump-editor@example.org', name: 'Dump Editor', role: 'editor' });
    const adminToken = (await createApiToken(db.prisma, { actor: admin, input: { name: 'backups' } })).token;
    const editorToken = (await createApiToken(db.prisma, { actor: editor, input: { name: 'x' } })).token;
    const withToken = (token: string) => GET(new Request('http://app.test/api/v1/export?format=dump', { headers: { authorization: `Bearer ${token}` } }));
    const response = await withToken(adminToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ format: 'claimgrid-dump', version: 2 });
    expect((await withToken(editorToken)).status).toBe(403);
    expect((await withToken('cg_unknown')).status).toBe(401);
    // a token only reads the dump while its owner is still an admin
    await db.prisma.user.update({ where: { id: admin.userId }, data: { role: 'editor' } });
    expect((await withToken(adminToken)).status).toBe(403);
  });
});
