import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchContext } from './context';
import { httpOperations } from './http-operations';

// A stand-in server on this machine: answers every path with a body as long as the path, but
// /api/v1/outlets fails and /articles?page=100 redirects.
const requested: string[] = [];
let server: Server;
let base: URL;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(request.url ?? '');
    requested.push(path);
    if (path === '/api/v1/outlets') response.writeHead(500).end('down');
    else if (path === '/articles?page=100') response.writeHead(302, { location: '/articles' }).end();
    else response.writeHead(200).end('x'.repeat(Buffer.byteLength(path)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// only what the HTTP operations read of the context
const ctx = {
  publishedIds: [7, 1000],
  articleIds: [3],
  words: ['合作', '稀土'],
  bigOutlet: 'outlet-001',
  searchQueries: [{ length: '2', kind: 'rare', queries: ['普京'] }],
} as unknown as BenchContext;

describe('httpOperations', () => {
  it('names the pages and routes as the README and earlier figures do', () => {
    expect(httpOperations(base, ctx, new Map()).map((op) => op.name)).toEqual([
      'GET /',
      'GET /?sort=contested&page=2',
      'GET /claims/<id>',
      'GET /outlets/outlet-001',
      'GET /articles/<id>',
      'GET /articles?page=100',
      'GET /search?q=<word>',
      'GET /search?q=<rare name>',
      'GET /search?q=<2-char word, no hit>',
      'GET /api/v1/claims?page=1',
      'GET /api/v1/claims?page=1, not kept',
      'GET /api/v1/claims/<id>',
      'GET /api/v1/outlets',
    ]);
  });

  it('holds every page to p95 < 300 ms, and the claim list to p95 < 200 ms', () => {
    const stats = (p95: number) => ({ runs: 1, median: 1, p95, min: 1, max: 1, errors: 0, truncated: false });
    for (const op of httpOperations(base, ctx, new Map())) {
      if (op.name.endsWith('not kept')) {
        expect(op.target, 'a figure, not a target').toBeUndefined();
        continue;
      }
      const limit = op.name === 'GET /api/v1/claims?page=1' ? 200 : 300;
      expect(op.target?.(stats(limit - 1), new Map()), op.name).toEqual({ ok: true, text: `p95 < ${limit} ms` });
      expect(op.target?.(stats(limit), new Map()).ok, op.name).toBe(false);
    }
  });

  it('asks for the paths, going round the claims and words, and keeps the largest body of each', async () => {
    const bytes = new Map<string, number>();
    const ops = new Map(httpOperations(base, ctx, bytes).map((op) => [op.name, op]));
    requested.length = 0;
    for (const name of ['GET /claims/<id>', 'GET /claims/<id>', 'GET /claims/<id>', 'GET /search?q=<word>', 'GET /search?q=<word>', 'GET /search?q=<rare name>']) {
      await ops.get(name)!.run();
    }
    expect(requested).toEqual(['/claims/7', '/claims/1000', '/claims/7', '/search?q=合作', '/search?q=稀土', '/search?q=普京']);
    expect(bytes.get('GET /claims/<id>')).toBe('/claims/1000'.length);
    expect(bytes.get('GET /search?q=<word>')).toBe(Buffer.byteLength('/search?q=稀土'));
    // the claim list not kept: a URL the server has not answered before, each call
    requested.length = 0;
    for (let i = 0; i < 2; i++) await ops.get('GET /api/v1/claims?page=1, not kept')!.run();
    expect(requested).toEqual(['/api/v1/claims?page=1&run=1', '/api/v1/claims?page=1&run=2']);
  });

  it('fails on an error status, and takes a redirect as the answer', async () => {
    const ops = new Map(httpOperations(base, ctx, new Map()).map((op) => [op.name, op]));
    await expect(ops.get('GET /api/v1/outlets')!.run()).rejects.toThrow('HTTP 500 for /api/v1/outlets');
    await expect(ops.get('GET /articles?page=100')!.run()).resolves.toBe(0);
  });
});
