import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('allows only nonced scripts, forbids framing and sniffing', () => {
    const headers = securityHeaders({ nonce: 'abc123==', publicUrl: 'http://localhost:3000' });
    expect(headers['content-security-policy']).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('sends HSTS and upgrades insecure requests only when the public URL is https', () => {
    expect(securityHeaders({ nonce: 'n', publicUrl: 'http://localhost:3000' })['strict-transport-security']).toBeUndefined();
    const https = securityHeaders({ nonce: 'n', publicUrl: 'https://claims.example.org' });
    expect(https['strict-transport-security']).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
    expect(https['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('lets API responses load nothing, and dev mode eval', () => {
    expect(contentSecurityPolicy({ nonce: 'n', publicUrl: '', api: true })).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(contentSecurityPolicy({ nonce: 'n', publicUrl: '', dev: true })).toContain("'unsafe-eval'");
  });
});
