import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsBrotli, createStaticBrotli, STATIC_PREFIX, type StaticBrotli } from './static-brotli';

describe('acceptsBrotli', () => {
  it('reads the Accept-Encoding list, its q values and repeated headers', () => {
    expect(acceptsBrotli('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsBrotli('br;q=0.5, gzip')).toBe(true);
    expect(acceptsBrotli(['gzip', 'BR'])).toBe(true);
    expect(acceptsBrotli('gzip, deflate')).toBe(false);
    expect(acceptsBrotli('br;q=0, gzip')).toBe(false);
    expect(acceptsBrotli('brotli')).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe('createStaticBrotli', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgrid-static-br-'));
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;
  const style = `.a{color:red}\n`.repeat(200);
  let server: http.Server;
  let base: string;
  let brotli: StaticBrotli;

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'chunks'), { recursive: true });
    writeFileSync(path.join(dir, 'chunks', 'app-1a2b.js'), script);
    writeFileSync(path.join(dir, 'chunks', 'app-1a2b.css'), style);
    writeFileSync(path.join(dir, 'chunks', 'tiny.js'), 'export {};\n');
    writeFileSync(path.join(dir, 'chunks', 'data.json'), JSON.stringify({ big: 'x'.repeat(5000) }));
    brotli = createStaticBrotli(dir);
    await brotli.ready;
    server = http.createServer((req, res) => {
      const pathname = (req.url ?? '/').split('?')[0]!;
      if (!brotli.serve(req, res, pathname)) {
        res.writeHead(299, { 'content-type': 'text/plain' });
        res.end('left to Next.js');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  function get(pathname: string, encoding: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method, headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('serves scripts and stylesheets Brotli-compressed, byte for byte the files, cached as immutable', async () => {
    for (const [name, text, type] of [
      ['app-1a2b.js', script, 'application/javascript; charset=utf-8'],
      ['app-1a2b.css', style, 'text/css; charset=utf-8'],
    ] as const) {
      const res = await get(`${STATIC_PREFIX}chunks/${name}`, 'gzip, deflate, br');
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.body.length).toBeLessThan(Buffer.byteLength(text) / 3);
      expect(zlib.brotliDecompressSync(res.body).toString('utf8')).toBe(text);
    }
    expect(brotli.size().files).toBe(2);
  });

  it('answers HEAD with the headers alone', async () => {
    const res = await get(`${STATIC_PREFIX}chunks/app-1a2b.js`, 'br', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });

  it('leaves to Next.js a browser without br, tiny files, other types, unknown paths and other methods', async () => {
    expect((await get(`${STATIC_PREFIX}chunks/app-1a2b.js`, 'gzip')).status).toBe(299);
    expect((await get(`${STATIC_PREFIX}chunks/app-1a2b.js`, 'br;q=0')).status).toBe(299);
    expect((await get(`${STATIC_PREFIX}chunks/tiny.js`, 'br')).status).toBe(299);
    expect((await get(`${STATIC_PREFIX}chunks/data.json`, 'br')).status).toBe(299);
    expect((await get(`${STATIC_PREFIX}chunks/missing.js`, 'br')).status).toBe(299);
    expect((await get(`${STATIC_PREFIX}chunks/app-1a2b.js`, 'br', 'POST')).status).toBe(299);
  });

  it('holds nothing for a folder that does not exist', async () => {
    const none = createStaticBrotli(path.join(dir, 'no-such-folder'));
    await none.ready;
    expect(none.size()).toEqual({ files: 0, bytes: 0 });
  });
});
