// proxy.ts, called the way Next.js calls it: malformed paths, oversized declared bodies and
// cross-origin server actions are answered with problem+json before routing, and every
// answer (refusals included) carries the security headers. The e2e spec hardening.spec.ts
// checks the same against the running server.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '../../proxy';

const BASE = 'http://127.0.0.1:3000';

function run(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`${BASE}${path}`, { method: init.method ?? 'GET', headers: init.headers }));
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect((await response.json()).status).toBe(status);
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('proxy', () => {
  it('answers malformed percent-encoding in a path with 400', async () => {
    for (const path of ['/api/v1/claims/%FF', '/claims/%FF', '/articles/%FF', '/outlets/%FF', '/api/v1/evidence/%ED%A0%80', '/api/v1/claims/%FF/evidence', '/api/v1/claims/1/reviews/%C0']) {
      await expectProblem(run(path), 400);
      await expectProblem(run(path, { method: 'PATCH', headers: { 'content-type': 'application/json' } }), 400);
    }
  });

  it('answers a NUL in the path or query with 400 (no lookup could use it)', async () => {
    for (const path of ['/outlets/%00', '/api/v1/articles?outlet=%00', '/?q=%00', '/search?q=x%00']) await expectProblem(run(path), 400);
  });

  it('answers a declared body over the limit with 413', async () => {
    await expectProblem(run('/api/v1/claims', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(600 * 1024 * 1024) } }), 413);
  });

  it('answers a server action from another origin with 403, and lets a same-origin one through', async () => {
    const action = { 'next-action': '7f00', host: '127.0.0.1:3000', 'content-type': 'text/plain' };
    await expectProblem(run('/claims/1', { method: 'POST', headers: { ...action, origin: 'https://evil.example' } }), 403);
    await expectProblem(run('/', { method: 'POST', headers: { ...action, origin: 'null' } }), 403);
    const same = run('/claims/1', { method: 'POST', headers: { ...action, origin: BASE } });
    expect(same.headers.get('x-middleware-next')).toBe('1');
  });

  it('gives pages a fresh nonce in the CSP and hands it to Next.js in the request', () => {
    const first = run('/');
    const second = run('/');
    const csp = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(run('/api/v1/claims').headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });

  it('sends HSTS only when the public URL is https', () => {
    const saved = process.env.BETTER_AUTH_URL;
    try {
      process.env.BETTER_AUTH_URL = 'http://127.0.0.1:3000';
      expect(run('/').headers.get('strict-transport-security')).toBeNull();
      process.env.BETTER_AUTH_URL = 'https://claims.example.org';
      expect(run('/api/v1/outlets').headers.get('strict-transport-security')).toMatch(/^max-age=/);
    } finally {
      if (saved === undefined) delete process.env.BETTER_AUTH_URL;
      else process.env.BETTER_AUTH_URL = saved;
    }
  });
});
