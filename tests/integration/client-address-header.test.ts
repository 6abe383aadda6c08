// The header that carries the client's address, on a real Node HTTP server: it is the socket's
// peer whatever X-Forwarded-For says, unless the peer is a trusted proxy; a client cannot send
// it itself. (Next.js's route handlers see only this header; Better Auth's limit reads it.)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../../lib/http/client-address';
import { installClientAddressHeader } from '../../lib/http/client-address-header';

let trustLoopback = false;
let header: string;
let server: http.Server;
let port: number;

beforeAll(async () => {
  const none = parseTrustedProxies('');
  const loopback = parseTrustedProxies('127.0.0.1, ::1');
  header = installClientAddressHeader({ has: (a) => (trustLoopback ? loopback : none).has(a), size: 0 });
  server = http.createServer((request, response) => {
    response.end(JSON.stringify(request.headers[header] ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function seen(headers: Record<string, string>): Promise<string | null> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return response.json();
}

describe('client address header', () => {
  it('is the peer, whatever X-Forwarded-For and X-Real-IP say, when no proxy is trusted', async () => {
    trustLoopback = false;
    expect(header).toMatch(/^x-claimgrid-client-[0-9a-f]{24}$/);
    expect(await seen({})).toBe('127.0.0.1');
    for (let i = 0; i < 5; i++) expect(await seen({ 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `203.0.113.${i}` })).toBe('127.0.0.1');
  });

  it('cannot be sent by the client', async () => {
    trustLoopback = false;
    expect(await seen({ [header]: '198.51.100.1' })).toBe('127.0.0.1');
  });

  it("is the forwarded client when the peer is a trusted proxy", async () => {
    trustLoopback = true;
    expect(await seen({ 'x-forwarded-for': '1.2.3.4, 198.51.100.23' })).toBe('198.51.100.23');
    expect(await seen({})).toBe('127.0.0.1');
  });

  it('is installed once per process', () => {
    expect(installClientAddressHeader(parseTrustedProxies(''))).toBe(header);
  });
});
