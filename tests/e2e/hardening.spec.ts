// The running app against hostile requests and for its security headers: every page and API
// answer carries the CSP (with a fresh nonce that Next.js puts on its scripts, so pages still
// hydrate), no-framing, nosniff and referrer headers; malformed addresses, oversized bodies and
// cross-origin server actions get a 4xx problem; one account cannot be brute-forced by
// rotating X-Forwarded-For.
import { expect, test, type APIResponse } from '@playwright/test';
import { createAccount } from './support/accounts';

function expectSecurityHeaders(response: APIResponse | { headers(): Record<string, string> }, kind: 'page' | 'api') {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === 'page') expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else expect(csp).toMatch(/^default-src 'none'/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // the e2e server's public URL is http://127.0.0.1: no HSTS
  expect(headers['strict-transport-security']).toBeUndefined();
}

test('pages and API answers carry the security headers', async ({ request }) => {
  for (const path of ['/', '/claims/1', '/articles', '/sign-in', '/no-such-page']) expectSecurityHeaders(await request.get(path), 'page');
  for (const path of ['/api/v1/outlets', '/api/v1/claims/1', '/api/v1/claims/999999', '/api/v1/nothing', '/api/v1/openapi.json']) expectSecurityHeaders(await request.get(path), 'api');
});

test('a page hydrates under the CSP: Next.js scripts carry the nonce, nothing is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/sign-in');
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()['content-security-policy']!)![1]!;
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
  // Client code runs: the sign-in form answers a wrong password without a page load.
  await page.getByLabel('Email').fill('nobody@example.org');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role="alert"]')).toContainText('Email or password is incorrect.');
  await page.goto('/');
  await expect(page.locator('main')).toBeVisible();
  expect(violations).toEqual([]);
});

test('malformed addresses, oversized bodies and cross-origin server actions get a 4xx problem', async ({ request }) => {
  const problem = async (response: APIResponse, status: number) => {
    expect(response.status(), response.url()).toBe(status);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    expect((await response.json()).status).toBe(status);
  };
  for (const path of ['/api/v1/claims/%FF', '/claims/%FF', '/articles/%FF', '/outlets/%FF', '/api/v1/evidence/%ED%A0%80', '/outlets/%00']) await problem(await request.get(path), 400);
  for (const path of ['/api/v1/claims/%FF', '/api/v1/evidence/%FF']) await problem(await request.patch(path, { data: { version: 1 } }), 400);
  await problem(await request.post('/api/v1/claims', { headers: { 'content-type': 'application/json', authorization: 'Bearer cg_x' }, data: 'x'.repeat(6 * 1024 * 1024) }), 413);
  await problem(await request.post('/claims/1', { headers: { 'next-action': '7f0000000000000000000000000000000000000000', origin: 'https://evil.example', 'content-type': 'text/plain' }, data: '[]' }), 403);
});

test('rotating X-Forwarded-For does not get around the sign-in limit of one account', async ({ request, baseURL }) => {
  const account = createAccount('editor', 'Target');
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await request.post('/api/auth/sign-in/email', {
      headers: { origin: baseURL!, 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `203.0.113.${i}` },
      data: { email: account.email, password: `wrong-${i}` },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.slice(10)).toEqual([429, 429]);
  const right = await request.post('/api/auth/sign-in/email', { headers: { origin: baseURL! }, data: { email: account.email, password: account.password } });
  expect(right.status()).toBe(429);
});

test("Better Auth's update-user is closed: a name with markup cannot be set", async ({ request, baseURL }) => {
  const account = createAccount('editor', 'Plain Name');
  const signedIn = await request.post('/api/auth/sign-in/email', { headers: { origin: baseURL! }, data: { email: account.email, password: account.password } });
  expect(signedIn.status()).toBe(200);
  const update = await request.post('/api/auth/update-user', { headers: { origin: baseURL! }, data: { name: '<img src=x onerror=alert(1)> admin' } });
  expect(update.status()).toBe(404);
  const session = await request.get('/api/auth/get-session');
  expect((await session.json()).user.name).toBe('Plain Name');
});
