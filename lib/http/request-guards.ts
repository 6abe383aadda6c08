// Checks a request passes before Next.js routes it (proxy.ts calls them): a path whose
// percent-encoding does not decode, a body that declares itself too large, and a server
// action posted from another origin. Each would otherwise end in a 500 inside Next.js
// (URIError while matching route parameters; "Invalid Server Actions request"). Pure.

/** Whether some segment of the raw (still encoded) path is not valid percent-encoded UTF-8. */
export function hasMalformedPath(rawPathname: string): boolean {
  for (const segment of rawPathname.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Whether the path or query carries a NUL (%00): no address of the app has one, and PostgreSQL
 * cannot compare text with it, so a lookup by such a slug or filter would fail with a 500.
 */
export function hasNulCharacter(url: string): boolean {
  const { pathname, search } = new URL(url);
  return /%00/i.test(pathname) || /%00/i.test(search) || url.includes('\u0000');
}

/** The path as the client sent it (`new URL()` keeps percent-escapes as they were). */
export function rawPathOf(url: string): string {
  return new URL(url).pathname;
}

/** Whether the declared Content-Length exceeds `limit`; a malformed one counts as too large. */
export function declaresTooLargeBody(contentLength: string | null, limit: number): boolean {
  if (contentLength === null) return false;
  if (!/^\s*\d+\s*$/.test(contentLength)) return true;
  return Number(contentLength) > limit;
}

type HeaderSource = { get(name: string): string | null };

/** A POST that Next.js would treat as a server action (a `Next-Action` header or a multipart form). */
export function isServerActionRequest(method: string, headers: HeaderSource): boolean {
  if (method.toUpperCase() !== 'POST') return false;
  return headers.get('next-action') !== null || /^multipart\/form-data\b/i.test(headers.get('content-type') ?? '');
}

/**
 * Next.js's own CSRF rule for server actions, decided before Next.js throws: an Origin header
 * must name the host the request was sent to (X-Forwarded-Host or Host). No Origin passes,
 * as in Next.js (browsers always send one on POST; other clients carry no ambient cookies).
 */
export function isCrossOriginAction(headers: HeaderSource): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file:) and garbage
  }
  if (originHost === '') return true;
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return originHost !== forwardedHost && originHost !== headers.get('host');
}
