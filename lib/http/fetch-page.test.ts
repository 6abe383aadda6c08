// fetchPage against a local server the test starts. Loopback is refused unless
// CLAIMGRID_IMPORT_ALLOW_PRIVATE=1 (set here only in the tests that need it).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../importer';
import { fetchPage, isPublicAddress, MAX_REDIRECTS } from './fetch-page';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const hop = Number(url.searchParams.get('hop') ?? 0);
    if (url.pathname === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<html><head><title>测试</title></head><body><p>正文</p></body></html>');
    }
    if (url.pathname === '/big5') {
      res.writeHead(200, { 'content-type': 'text/html; charset=big5' });
      return res.end(Buffer.from([0xa4, 0xa4, 0xa4, 0xe5])); // 中文 in Big5
    }
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: hop >= Number(url.searchParams.get('until')) ? '/article' : `/redirect?hop=${hop + 1}&until=${url.searchParams.get('until')}` });
      return res.end();
    }
    if (url.pathname === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a'));
    }
    if (url.pathname === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.CLAIMGRID_IMPORT_ALLOW_PRIVATE;
});

describe('fetchPage with CLAIMGRID_IMPORT_ALLOW_PRIVATE=1', () => {
  const allow = () => (process.env.CLAIMGRID_IMPORT_ALLOW_PRIVATE = '1');

  it('fetches a page and names it after its host', async () => {
    allow();
    const page = await fetchPage(`${base}/article`);
    expect(page.html).toContain('<p>正文</p>');
    expect(page.filename).toBe('127.0.0.1.html');
  });

  it('decodes the charset the server declares', async () => {
    allow();
    expect((await fetchPage(`${base}/big5`)).html).toBe('中文');
  });

  it(`follows up to ${MAX_REDIRECTS} redirects, and refuses more`, async () => {
    allow();
    expect((await fetchPage(`${base}/redirect?hop=1&until=${MAX_REDIRECTS}`)).url).toBe(`${base}/article`);
    await expect(fetchPage(`${base}/redirect?hop=0&until=${MAX_REDIRECTS + 1}`)).rejects.toThrow(/redirects/);
  });

  it('refuses a page over the size limit, a redirect to another scheme, and an HTTP error', async () => {
    allow();
    await expect(fetchPage(`${base}/huge`)).rejects.toThrow(/limit/);
    await expect(fetchPage(`${base}/to-file`)).rejects.toThrow(/only http and https/);
    await expect(fetchPage(`${base}/missing`)).rejects.toThrow(/HTTP 404/);
  });
});

describe('fetchPage without the option', () => {
  it('refuses loopback, by name and by address', async () => {
    await expect(fetchPage(`${base}/article`)).rejects.toThrow(/private, loopback or reserved/);
    await expect(fetchPage(`http://localhost:${new URL(base).port}/article`)).rejects.toThrow(/private, loopback or reserved/);
    await expect(fetchPage('http://[::1]/')).rejects.toThrow(/private, loopback or reserved/);
  });

  it('refuses other schemes before any request', async () => {
    await expect(fetchPage('ftp://example.com/a')).rejects.toThrow(/only http and https/);
  });

  it('tells public from private, link-local and mapped addresses', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1::1')).toBe(true);
    for (const a of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });
});
