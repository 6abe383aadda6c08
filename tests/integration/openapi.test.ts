// The OpenAPI document against the code, both ways:
// - `redocly lint` (the CLI from npm, rules in redocly.yaml) passes it with no error and no
//   warning, offline: the CLI runs with every network connection refused;
// - every operation it describes is called through its real route handler against a seeded
//   PostgreSQL, and each live response, errors included, must have its status described and
//   its body valid (ajv, JSON Schema 2020-12) against the schema given for that status and
//   media type. Every described status must also be produced here, so none is left stale.
// - every JSON body sent to an operation that accepted it (2xx) must be valid against the
//   request body schema, which is generated from the zod schema the operation parses with.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createApiToken } from '../../lib/data/writes/api-tokens';
import { openApiDocument } from '../../lib/http/openapi';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';
import { testTempDir } from '../support/temp-dir';

vi.mock('server-only', () => ({}));
// The export's dump also accepts an admin's session cookie; these calls use tokens only.
vi.mock('@/lib/auth/session', () => ({ getActor: async () => null }));

type Doc = { paths: Record<string, Record<string, Operation>>; components: { responses: Record<string, ResponseDef> } };
type Operation = { operationId: string; requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, ResponseDef | { $ref: string }> };
type ResponseDef = { description: string; content?: Record<string, { schema: object }>; $ref?: string };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const doc = openApiDocument as unknown as Doc;
const BASE = 'http://localhost:3000';
let db: TestDatabase;
const tokens: Record<string, string> = {};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openApiDocument as object, 'openapi.json');
const pointer = (...segments: string[]) => segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
/** The validator of the schema at this pointer into the document, compiled once (ajv compiles every new schema object again). */
const validators = new Map<string, ValidateFunction>();
function validatorAt(...segments: string[]): ValidateFunction {
  const ref = `openapi.json#/${pointer(...segments)}`;
  if (!validators.has(ref)) validators.set(ref, ajv.compile({ $ref: ref }));
  return validators.get(ref)!;
}

/** What each operation answered: status codes seen. */
const seen = new Map<string, Set<string>>();

function matchTemplate(url: string): { template: string; params: Record<string, string> } {
  const { pathname } = new URL(url, BASE);
  for (const template of Object.keys(doc.paths)) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)'))}$`);
    const match = pattern.exec(pathname);
    if (match) return { template, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) };
  }
  throw new Error(`no described path matches ${pathname}`);
}

const modules = new Map<string, Record<string, Handler>>();
async function routeModule(template: string): Promise<Record<string, Handler>> {
  if (!modules.has(template)) {
    const file = path.join(process.cwd(), 'app', template.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
    modules.set(template, (await import(file)) as Record<string, Handler>);
  }
  return modules.get(template)!;
}

type CallOptions = { token?: string; body?: unknown; raw?: string; type?: string; headers?: Record<string, string> };

/** Calls the route handler and checks the response against the document; returns it (body unread if not JSON). */
async function call(method: string, url: string, options: CallOptions = {}): Promise<{ status: number; body: unknown; response: Response }> {
  const { template, params } = matchTemplate(url);
  const operation = doc.paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is described`).toBeDefined();
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const hasBody = options.body !== undefined || options.raw !== undefined;
  if (hasBody) headers['content-type'] = options.type ?? 'application/json';
  const request = new Request(`${BASE}${url}`, { method, headers, body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined) });
  const handler = (await routeModule(template))[method];
  if (!handler) throw new Error(`no handler for ${method} ${template}`);
  const response = await handler(request, { params: Promise.resolve(params) });
  const status = String(response.status);
  const name = `${method} ${template}`;
  if (!seen.has(operation!.operationId)) seen.set(operation!.operationId, new Set());
  seen.get(operation!.operationId)!.add(status);

  if (response.ok && options.body !== undefined && operation!.requestBody) {
    const validateBody = validatorAt('paths', template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
    expect(validateBody(options.body) ? [] : validateBody.errors, `${name}: the body it accepted against its request schema`).toEqual([]);
  }

  const described = operation!.responses[status];
  expect(described, `${name} answered ${status}, which the document does not describe`).toBeDefined();
  const responsePointer = '$ref' in described! && described.$ref
    ? described.$ref.slice(1).split('/').slice(1)
    : ['paths', template, method.toLowerCase(), 'responses', status];
  const definition = ('$ref' in described! && described.$ref ? doc.components.responses[described.$ref.split('/').pop()!] : described) as ResponseDef;
  const contentType = response.headers.get('content-type');
  if (!definition.content) {
    expect(await response.text(), `${name} ${status} has no described body`).toBe('');
    return { status: response.status, body: null, response };
  }
  const mediaTypes = Object.keys(definition.content);
  const base = (type: string) => type.split(';')[0]!.trim();
  const mediaType = mediaTypes.find((t) => t === contentType?.replace(/; charset=utf-8$/, '')) ?? mediaTypes.find((t) => base(t) === base(contentType ?? '') && !t.includes('profile'));
  expect(mediaType, `${name} ${status}: content-type ${contentType} is not one of ${mediaTypes.join(', ')}`).toBeDefined();
  const text = await response.text();
  const isJson = /json/.test(mediaType!);
  const body = isJson ? JSON.parse(text) : text;
  const validate = validatorAt(...responsePointer, 'content', mediaType!, 'schema');
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${name} ${status} body against its schema`).toEqual([]);
  return { status: response.status, body, response };
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  const editor = await createActor(db.prisma, { email: 'oa-editor@example.org', name: 'OA Editor', role: 'editor' });
  const reader = await createActor(db.prisma, { email: 'oa-reader@example.org', name: 'OA Reader', role: 'reader' });
  const admin = await createActor(db.prisma, { email: 'oa-admin@example.org', name: 'OA Admin', role: 'admin' });
  for (const [name, actor] of Object.entries({ editor, reader, admin }) as [string, Actor][]) {
    tokens[name] = (await createApiToken(db.prisma, { actor: { ...actor, role: 'admin' }, input: { name: 'openapi test', userId: actor.userId } })).token;
  }
  const revoked = await createApiToken(db.prisma, { actor: editor, input: { name: 'old' } });
  await db.prisma.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  tokens.revoked = revoked.token;
});

afterAll(async () => {
  const { getPrisma } = await import('../../lib/db/prisma');
  await getPrisma().$disconnect();
  await db?.drop();
});

describe('redocly lint', () => {
  it('passes the served document with no error and no warning, without touching the network', () => {
    const dir = testTempDir('openapi');
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument, null, 2));
    const result = spawnSync(
      process.execPath,
      ['--require', path.resolve('tests/setup/no-network.cjs'), path.resolve('node_modules/@redocly/cli/bin/cli.js'), 'lint', file, '--config', path.resolve('redocly.yaml'), '--format', 'json'],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true', NO_COLOR: '1' },
        timeout: 60_000,
      },
    );
    expect(result.stderr).not.toContain('NETWORK-ATTEMPT');
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(result.status).toBe(0);
  });
});

describe('every described operation, live', () => {
  const big = (bytes: number) => JSON.stringify({ text: 'x'.repeat(bytes) });
  const voaArticle = () => db.prisma.article.findFirstOrThrow({ where: { outlet: { slug: 'voa' } }, select: { id: true, text: true } });

  it('reads: outlets, articles, article text, claims, evidence, the document', async () => {
    const article = await voaArticle();
    const evidence = await db.prisma.evidence.findFirstOrThrow({ where: { claim: { status: 'published' } } });
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { status: 'published' } });
    const draft = await db.prisma.claim.create({ data: { text: 'OpenAPI 草稿', status: 'draft' } });

    expect((await call('GET', '/api/v1/outlets')).status).toBe(200);
    expect((await call('GET', '/api/v1/outlets', { token: tokens.revoked })).status).toBe(401);
    expect((await call('GET', '/api/v1/articles?pageSize=2&outlet=voa')).status).toBe(200);
    expect((await call('GET', '/api/v1/articles?page=0')).status).toBe(400);
    expect((await call('GET', '/api/v1/articles', { token: tokens.revoked })).status).toBe(401);
    expect((await call('GET', `/api/v1/articles/${article.id}`)).status).toBe(200);
    expect((await call('GET', '/api/v1/articles/999999')).status).toBe(404);
    expect((await call('GET', `/api/v1/articles/${article.id}`, { token: tokens.revoked })).status).toBe(401);
    expect((await call('GET', `/api/v1/articles/${article.id}/text`)).body).toBe(article.text);
    expect((await call('GET', '/api/v1/articles/999999/text')).status).toBe(404);
    expect((await call('GET', `/api/v1/articles/${article.id}/text`, { token: tokens.revoked })).status).toBe(401);
    const { response: listed } = await call('GET', '/api/v1/claims?pageSize=3&cols=voa,bbc');
    expect(listed.status).toBe(200);
    expect((await call('GET', '/api/v1/claims?pageSize=3&cols=voa,bbc', { headers: { 'if-none-match': listed.headers.get('etag')! } })).status).toBe(304);
    expect((await call('GET', '/api/v1/claims?status=draft', { token: tokens.editor })).status).toBe(200);
    expect((await call('GET', '/api/v1/claims?cols=voa,nobody')).status).toBe(400);
    expect((await call('GET', '/api/v1/claims?status=all')).status).toBe(401);
    expect((await call('GET', '/api/v1/claims?status=all', { token: tokens.reader })).status).toBe(403);
    expect((await call('GET', `/api/v1/claims/${claim.id}`)).status).toBe(200);
    expect((await call('GET', `/api/v1/claims/${draft.id}`, { token: tokens.editor })).status).toBe(200);
    expect((await call('GET', `/api/v1/claims/${draft.id}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/claims/${claim.id}`, { token: tokens.revoked })).status).toBe(401);
    expect((await call('GET', `/api/v1/evidence/${evidence.id}`)).status).toBe(200);
    expect((await call('GET', '/api/v1/evidence/999999')).status).toBe(404);
    expect((await call('GET', `/api/v1/evidence/${evidence.id}`, { token: tokens.revoked })).status).toBe(401);
    expect((await call('GET', '/api/v1/openapi.json')).body).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
    expect((await call('GET', '/api/v1/openapi.json', { token: tokens.revoked })).status).toBe(401);
  });

  it('exports: every format, the dump for an admin, and the errors', async () => {
    for (const format of ['csv', 'json', 'md', 'claimreview', 'annotations']) expect((await call('GET', `/api/v1/export?format=${format}&claim=5`)).status).toBe(200);
    expect((await call('GET', '/api/v1/export?format=dump', { token: tokens.admin })).status).toBe(200);
    expect((await call('GET', '/api/v1/export?format=dump', { token: tokens.editor })).status).toBe(403);
    expect((await call('GET', '/api/v1/export?format=xlsx')).status).toBe(400);
    expect((await call('GET', '/api/v1/export?format=csv&outlet-page=nobody')).status).toBe(400);
    expect((await call('GET', '/api/v1/export?format=csv&claim=999999')).status).toBe(404);
    expect((await call('GET', '/api/v1/export?format=csv', { token: tokens.revoked })).status).toBe(401);
  });

  it('claims: create, change, delete, and every way each can fail', async () => {
    const { editor, reader } = tokens;
    expect((await call('POST', '/api/v1/claims', { token: editor, raw: '{"text": ' })).status).toBe(400);
    expect((await call('POST', '/api/v1/claims', { body: { text: 'x' } })).status).toBe(401);
    expect((await call('POST', '/api/v1/claims', { token: reader, body: { text: 'x' } })).status).toBe(403);
    expect((await call('POST', '/api/v1/claims', { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('POST', '/api/v1/claims', { token: editor, raw: 'text=x', type: 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call('POST', '/api/v1/claims', { token: editor, body: { text: '' } })).status).toBe(422);
    const created = await call('POST', '/api/v1/claims', { token: editor, body: { text: 'OpenAPI 测试说法', topics: ['openapi'], kind: 'fact' } });
    expect(created.status).toBe(201);
    const claim = created.body as { id: number; version: number };
    expect(created.response.headers.get('location')).toBe(`/api/v1/claims/${claim.id}`);
    const url = `/api/v1/claims/${claim.id}`;

    expect((await call('PATCH', url, { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('PATCH', url, { body: { version: 1 } })).status).toBe(401);
    expect((await call('PATCH', url, { token: reader, body: { version: 1 } })).status).toBe(403);
    expect((await call('PATCH', '/api/v1/claims/999999', { token: editor, body: { version: 1, gloss: 'x' } })).status).toBe(404);
    expect((await call('PATCH', url, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('PATCH', url, { token: editor, raw: 'x', type: 'text/plain' })).status).toBe(415);
    expect((await call('PATCH', url, { token: editor, body: { version: 'one' } })).status).toBe(422);
    expect((await call('PATCH', url, { token: editor, body: { version: claim.version, gloss: 'changed' } })).status).toBe(200);
    const stale = await call('PATCH', url, { token: editor, body: { version: claim.version, gloss: 'stale' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ changedBy: 'OA Editor', currentVersion: claim.version + 1 });

    expect((await call('DELETE', url, { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('DELETE', `${url}?version=1`)).status).toBe(401);
    expect((await call('DELETE', `${url}?version=1`, { token: reader })).status).toBe(403);
    expect((await call('DELETE', '/api/v1/claims/999999?version=1', { token: editor })).status).toBe(404);
    expect((await call('DELETE', `${url}?version=1`, { token: editor })).status).toBe(409);
    expect((await call('DELETE', url, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('DELETE', url, { token: editor })).status).toBe(415);
    expect((await call('DELETE', `${url}?version=abc`, { token: editor })).status).toBe(422);
    expect((await call('DELETE', `${url}?version=${claim.version + 1}`, { token: editor })).status).toBe(200);
    // a deleted claim comes back through POST /claims/{id}/restore
    expect((await call('POST', `${url}/restore`)).status).toBe(401);
    expect((await call('POST', `${url}/restore`, { token: reader })).status).toBe(403);
    expect((await call('POST', '/api/v1/claims/abc/restore', { token: editor })).status).toBe(422);
    expect((await call('POST', '/api/v1/claims/999999/restore', { token: editor })).status).toBe(404);
    expect((await call('POST', `${url}/restore`, { token: editor })).status).toBe(200);
    expect((await call('POST', `${url}/restore`, { token: editor })).status).toBe(409);
  });

  it('quotes and omission marks: create, change, delete, mark, clear, and their failures', async () => {
    const { editor, reader } = tokens;
    const article = await voaArticle();
    const claim = (await call('POST', '/api/v1/claims', { token: editor, body: { text: 'OpenAPI 引文说法' } })).body as { id: number };
    const route = `/api/v1/claims/${claim.id}/evidence`;
    const quote = { articleId: article.id, stance: 'states', exact: '访俄次数超过任何一个国家的领导人' };

    expect((await call('POST', route, { token: editor, raw: '[' })).status).toBe(400);
    expect((await call('POST', route, { body: quote })).status).toBe(401);
    expect((await call('POST', route, { token: reader, body: quote })).status).toBe(403);
    expect((await call('POST', '/api/v1/claims/999999/evidence', { token: editor, body: quote })).status).toBe(404);
    expect((await call('POST', route, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('POST', route, { token: editor, raw: 'x', type: 'text/plain' })).status).toBe(415);
    const ambiguous = await call('POST', route, { token: editor, body: { articleId: article.id, stance: 'states', exact: '习近平' } });
    expect(ambiguous.status).toBe(422);
    expect((ambiguous.body as { candidates: unknown[] }).candidates.length).toBeGreaterThan(1);
    const created = await call('POST', route, { token: editor, body: quote });
    expect(created.status).toBe(201);
    expect((await call('POST', route, { token: editor, body: quote })).status).toBe(409);
    const evidence = created.body as { id: number; version: number };
    const url = `/api/v1/evidence/${evidence.id}`;

    expect((await call('PATCH', url, { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('PATCH', url, { body: { version: 1 } })).status).toBe(401);
    expect((await call('PATCH', url, { token: reader, body: { version: 1 } })).status).toBe(403);
    expect((await call('PATCH', '/api/v1/evidence/999999', { token: editor, body: { version: 1, note: 'x' } })).status).toBe(404);
    expect((await call('PATCH', url, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('PATCH', url, { token: editor, raw: 'x', type: 'text/plain' })).status).toBe(415);
    expect((await call('PATCH', url, { token: editor, body: { version: 1, stance: 'maybe' } })).status).toBe(422);
    expect((await call('PATCH', url, { token: editor, body: { version: evidence.version, note: 'checked' } })).status).toBe(200);
    expect((await call('PATCH', url, { token: editor, body: { version: evidence.version, note: 'stale' } })).status).toBe(409);

    // Omission marks: the article with the quote cannot be marked as omitting the claim.
    const bbc = await db.prisma.article.findFirstOrThrow({ where: { outlet: { slug: 'bbc' } }, select: { id: true } });
    const review = `/api/v1/claims/${claim.id}/reviews/${bbc.id}`;
    const omits = { verdict: 'omits', note: 'read it' };
    expect((await call('PUT', review, { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('PUT', review, { body: omits })).status).toBe(401);
    expect((await call('PUT', review, { token: reader, body: omits })).status).toBe(403);
    expect((await call('PUT', `/api/v1/claims/999999/reviews/${bbc.id}`, { token: editor, body: omits })).status).toBe(404);
    expect((await call('PUT', `/api/v1/claims/${claim.id}/reviews/${article.id}`, { token: editor, body: omits })).status).toBe(409);
    expect((await call('PUT', review, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('PUT', review, { token: editor, raw: 'x', type: 'text/plain' })).status).toBe(415);
    expect((await call('PUT', review, { token: editor, body: { verdict: 'maybe' } })).status).toBe(422);
    expect((await call('PUT', review, { token: editor, body: omits })).status).toBe(200);
    expect((await call('DELETE', review)).status).toBe(401);
    expect((await call('DELETE', review, { token: reader })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/claims/${claim.id}/reviews/abc`, { token: editor })).status).toBe(422);
    expect((await call('DELETE', review, { token: editor })).status).toBe(200);
    expect((await call('DELETE', review, { token: editor })).status).toBe(404);

    expect((await call('DELETE', url, { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('DELETE', `${url}?version=1`)).status).toBe(401);
    expect((await call('DELETE', `${url}?version=1`, { token: reader })).status).toBe(403);
    expect((await call('DELETE', '/api/v1/evidence/999999?version=1', { token: editor })).status).toBe(404);
    expect((await call('DELETE', `${url}?version=1`, { token: editor })).status).toBe(409);
    expect((await call('DELETE', url, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('DELETE', url, { token: editor })).status).toBe(415);
    expect((await call('DELETE', `${url}?version=abc`, { token: editor })).status).toBe(422);
    expect((await call('DELETE', `${url}?version=${evidence.version + 1}`, { token: editor })).status).toBe(200);
  });

  it('article import: imported, duplicate, and its failures', async () => {
    const { editor, reader } = tokens;
    const source = `---\ntitle: "OpenAPI 导入的文章"\ndate: 2024-07-06T10:00:00Z\nfrom: https://www.voachinese.com/a/openapi-import.html\n---\n习近平与普京再次在上合组织峰会期间会面，这是通过接口导入、用来核对接口文档的测试文章正文。\n\n第二段：峰会在阿斯塔纳举行。`;
    const body = { filename: 'openapi.md', source };
    expect((await call('POST', '/api/v1/articles', { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('POST', '/api/v1/articles', { body })).status).toBe(401);
    expect((await call('POST', '/api/v1/articles', { token: reader, body })).status).toBe(403);
    expect((await call('POST', '/api/v1/articles', { token: editor, body: { filename: 'big.txt', source: '长'.repeat(800_000) } })).status).toBe(413);
    expect((await call('POST', '/api/v1/articles', { token: editor, raw: 'x', type: 'text/plain' })).status).toBe(415);
    expect((await call('POST', '/api/v1/articles', { token: editor, body: { filename: 'x.txt', source: '  ' } })).status).toBe(422);
    expect((await call('POST', '/api/v1/articles', { token: editor, body })).status).toBe(201);
    expect((await call('POST', '/api/v1/articles', { token: editor, body })).status).toBe(200);
  });

  it('the evidence finder: suggestions both ways, dismissals, and their failures', async () => {
    const { editor, reader } = tokens;
    const article = await voaArticle();
    const claim = (await call('POST', '/api/v1/claims', { token: editor, body: { text: '习近平已访问俄罗斯至少9次' } })).body as { id: number };
    const route = `/api/v1/claims/${claim.id}/suggestions`;
    const found = await call('GET', `${route}?limit=3`, { token: editor });
    expect(found.status).toBe(200);
    expect((await call('GET', `${route}?limit=99`, { token: editor })).status).toBe(400);
    expect((await call('GET', route)).status).toBe(401);
    expect((await call('GET', route, { token: reader })).status).toBe(403);
    expect((await call('GET', '/api/v1/claims/999999/suggestions', { token: editor })).status).toBe(404);

    const dismiss = `${route}/dismiss`;
    const passage = { articleId: article.id, start: 0, end: 5 };
    expect((await call('POST', dismiss, { token: editor, raw: '{' })).status).toBe(400);
    expect((await call('POST', dismiss, { body: passage })).status).toBe(401);
    expect((await call('POST', dismiss, { token: reader, body: passage })).status).toBe(403);
    expect((await call('POST', '/api/v1/claims/999999/suggestions/dismiss', { token: editor, body: passage })).status).toBe(404);
    expect((await call('POST', dismiss, { token: editor, raw: big(6 * 1024 * 1024) })).status).toBe(413);
    expect((await call('POST', dismiss, { token: editor, raw: 'x', type: 'text/plain' })).status).toBe(415);
    expect((await call('POST', dismiss, { token: editor, body: { ...passage, start: -1 } })).status).toBe(422);
    expect((await call('POST', dismiss, { token: editor, body: passage })).status).toBe(204);

    const other = `/api/v1/articles/${article.id}/suggestions`;
    expect((await call('GET', other, { token: editor })).status).toBe(200);
    expect((await call('GET', other)).status).toBe(401);
    expect((await call('GET', other, { token: reader })).status).toBe(403);
    expect((await call('GET', '/api/v1/articles/999999/suggestions', { token: editor })).status).toBe(404);
  });

  it('produced every status the document describes, for every operation', () => {
    const missing: string[] = [];
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const got = seen.get(operation.operationId) ?? new Set();
        for (const status of Object.keys(operation.responses)) if (!got.has(status)) missing.push(`${method.toUpperCase()} ${template} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
