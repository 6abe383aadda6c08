// Next.js Proxy (the former middleware): runs before every request is routed. It refuses
// what would otherwise crash inside Next.js with a 500 (a path whose percent-encoding does not
// decode, a server action posted from another origin) and bodies that declare themselves too
// large, each as an RFC 9457 problem; and it gives every response its security headers, with
// a fresh CSP nonce that Next.js copies onto its own scripts. Authorisation is not done here:
// it sits where each write happens (lib/operations, lib/http/api-write).
import { NextResponse, type NextRequest } from 'next/server';
import { problemResponse } from '@/lib/http/problem';
import { MAX_JSON_BODY } from '@/lib/http/read-body';
import { declaresTooLargeBody, hasMalformedPath, hasNulCharacter, isCrossOriginAction, isServerActionRequest, rawPathOf } from '@/lib/http/request-guards';
import { securityHeaders } from '@/lib/http/security-headers';

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest) {
  const path = rawPathOf(request.url);
  const nonce = btoa(crypto.randomUUID());
  const headers = securityHeaders({
    nonce,
    publicUrl: process.env.BETTER_AUTH_URL ?? '',
    dev: process.env.NODE_ENV === 'development',
    api: path.startsWith('/api/'),
  });

  if (hasMalformedPath(path)) {
    return withHeaders(problemResponse(400, 'The address contains malformed percent-encoding.', { code: 'malformed_path' }), headers);
  }
  if (hasNulCharacter(request.url)) {
    return withHeaders(problemResponse(400, 'The address contains a NUL character.', { code: 'malformed_path' }), headers);
  }
  if (declaresTooLargeBody(request.headers.get('content-length'), MAX_JSON_BODY)) {
    return withHeaders(problemResponse(413, `The body is larger than ${MAX_JSON_BODY} bytes.`, { code: 'too_large', headers: { connection: 'close' } }), headers);
  }
  if (isServerActionRequest(request.method, request.headers) && isCrossOriginAction(request.headers)) {
    return withHeaders(problemResponse(403, 'This form was sent from another site.', { code: 'cross_origin' }), headers);
  }

  // Next.js reads the nonce from the request's CSP header while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', headers['content-security-policy']!);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}
