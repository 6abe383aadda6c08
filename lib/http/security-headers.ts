// The security headers of every response (proxy.ts sets them): a Content-Security-Policy that
// lets only scripts carrying this response's nonce run (Next.js puts the nonce on its own
// scripts when it finds it in the request's CSP header), no framing anywhere, no MIME
// sniffing, a referrer policy, and HSTS when the public URL is https. Pure.

export type SecurityHeaderOptions = {
  /** base64 nonce, fresh per request */
  nonce: string;
  /** the app's public URL (BETTER_AUTH_URL): https turns on HSTS and upgrade-insecure-requests */
  publicUrl: string;
  /** `next dev` needs eval for React's error overlays */
  dev?: boolean;
  /** API responses are data, never documents: nothing may load from them */
  api?: boolean;
};

export const HSTS_MAX_AGE = 60 * 60 * 24 * 365;

function isHttps(url: string): boolean {
  return /^https:\/\//i.test(url);
}

export function contentSecurityPolicy({ nonce, publicUrl, dev = false, api = false }: SecurityHeaderOptions): string {
  if (api) return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts a nonced script loads (Next.js chunks) may run; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React style attributes and the print report's <style> are inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (isHttps(publicUrl)) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy(options),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  if (isHttps(options.publicUrl)) headers['strict-transport-security'] = `max-age=${HSTS_MAX_AGE}; includeSubDomains`;
  return headers;
}
