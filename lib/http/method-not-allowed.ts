// 405 for the methods a route does not implement: an RFC 9457 problem with the Allow header
// (RFC 9110 section 15.5.6), instead of Next's empty 405 without one. A route file exports the
// handlers this returns for every method it lacks, OPTIONS included: Next builds its automatic
// OPTIONS answer from the exported handlers, so it would otherwise list these 405s as allowed.
import { problemResponse } from './problem';

/** The methods a route file can export (HEAD is answered from GET when GET exists). */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const ROUTE_METHODS: readonly RouteMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

type Handler = (request: Request) => Response;
type OtherMethods<A extends RouteMethod> = Record<Exclude<RouteMethod, A> | 'OPTIONS' | (A extends 'GET' ? never : 'HEAD'), Handler>;

/** The Allow header value for a route implementing `allowed`. */
export function allowHeader(allowed: readonly RouteMethod[]): string {
  const methods = new Set<string>([...allowed, 'OPTIONS']);
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort().join(', ');
}

export function otherMethods<const A extends RouteMethod>(allowed: readonly A[]): OtherMethods<A> {
  const allow = allowHeader(allowed);
  const notAllowed: Handler = (request) =>
    problemResponse(405, `${request.method} is not allowed on ${new URL(request.url).pathname}; it allows ${allow}.`, { headers: { allow } });
  const handlers: Record<string, Handler> = {
    OPTIONS: () => new Response(null, { status: 204, headers: { allow } }),
  };
  for (const method of ROUTE_METHODS) if (!(allowed as readonly string[]).includes(method)) handlers[method] = notAllowed;
  if (!(allowed as readonly string[]).includes('GET')) handlers.HEAD = notAllowed;
  return handlers as OtherMethods<A>;
}
