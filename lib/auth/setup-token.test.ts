import { describe, expect, it } from 'vitest';
import { generateSetupToken, hashSetupToken, isSetupTokenShape, setupUrl } from './setup-token';

describe('setup token', () => {
  it('is 32 random bytes, stored only as its SHA-256', () => {
    const a = generateSetupToken();
    const b = generateSetupToken();
    expect(a.token).not.toBe(b.token);
    expect(isSetupTokenShape(a.token)).toBe(true);
    expect(a.hash).toBe(hashSetupToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });

  it('refuses other shapes before any lookup', () => {
    for (const bad of [undefined, '', 'short', 'x'.repeat(44), `${'a'.repeat(42)}=`, ['a'.repeat(43)]]) {
      expect(isSetupTokenShape(bad)).toBe(false);
    }
  });

  it('builds the link on the configured origin', () => {
    expect(setupUrl('http://localhost:3000', 'abc')).toBe('http://localhost:3000/setup?token=abc');
    expect(setupUrl('https://claims.example.org/', 'a-b_c')).toBe('https://claims.example.org/setup?token=a-b_c');
  });
});
