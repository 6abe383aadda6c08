import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies('10.0.0.1, 192.168.0.0/16, ::1');

  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', '1.2.3.4, 5.6.7.8', none)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', undefined, none)).toBe('203.0.113.7');
  });

  it('is the peer when the peer is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', proxies)).toBe('203.0.113.7');
  });

  it('reads X-Forwarded-For from the right, skipping trusted proxies, when the peer is one', () => {
    expect(clientAddress('10.0.0.1', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // a client-sent value on the left is ignored: the proxy appended the real address
    expect(clientAddress('10.0.0.1', '1.2.3.4, 198.51.100.1', proxies)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.1', '198.51.100.1, 192.168.4.4', proxies)).toBe('198.51.100.1');
    expect(clientAddress('::1', ['198.51.100.1', '10.0.0.1'], proxies)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.1', 'garbage', proxies)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', undefined, proxies)).toBe('10.0.0.1');
  });

  it('refuses a setting that is not addresses or ranges', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.internal')).toThrow(/CLAIMGRID_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.0/x')).toThrow(/CLAIMGRID_TRUSTED_PROXIES/);
    expect(parseTrustedProxies(' ').size).toBe(0);
  });
});
