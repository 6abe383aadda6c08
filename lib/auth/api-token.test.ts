import { describe, expect, it } from 'vitest';
import { bearerToken, generateApiToken, hashApiToken } from './api-token';

describe('API tokens', () => {
  it('are random, prefixed, and stored only as a SHA-256 hash', () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashApiToken(a.token));
    expect(a.hash).not.toContain(a.token.slice(3));
    expect(a.token.startsWith(a.prefix)).toBe(true);
  });

  it('are read from an Authorization: Bearer header only', () => {
    const { token } = generateApiToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer   ${token} `)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken('Bearer not-a-claimgrid-token')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
