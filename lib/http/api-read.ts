// The read API's shells. Drafts: a caller whose bearer token belongs to an editor or admin may
// read them (they can write them). A token that is presented but unknown or revoked is a 401 on
// every route, as on the write routes. Reads that need a signed-in editor (the evidence finder)
// check the permission first, then run the data function, whose authorisation and not-found
// errors come back as RFC 9457 problems like the writes'.
import { authorize, type Actor, type Permission } from '../auth/actor';
import type { Db } from '../db/prisma';
import { toOperationError } from '../operations/to-operation-error';
import { resolveApiCaller } from './api-write';
import { jsonResponse, problemResponse } from './problem';
import { readScopeOf } from '../data/reads/read-scope';

export async function resolveDraftAccess(db: Db, request: Request): Promise<{ drafts: boolean } | { response: Response }> {
  const caller = await resolveApiCaller(db, request);
  if ('response' in caller) return caller;
  return { drafts: readScopeOf(caller.actor).includeDrafts === true };
}

/**
 * Public reads need no token, but one that is presented and unknown or revoked is a 401 on
 * every route, so a client learns its token is dead instead of silently reading as anonymous.
 */
export async function refuseBadToken(db: Db, request: Request): Promise<Response | null> {
  if (!request.headers.has('authorization')) return null;
  const caller = await resolveApiCaller(db, request);
  return 'response' in caller ? caller.response : null;
}

/**
 * Checks the caller holds `permission` before anything else (so a caller without it learns
 * nothing about ids or parameters), then runs the read; a read may answer a Response itself
 * (a 400 for malformed query parameters).
 */
export async function runApiRead(db: Db, request: Request, permission: Permission, read: (actor: Actor) => Promise<unknown>): Promise<Response> {
  const caller = await resolveApiCaller(db, request);
  if ('response' in caller) return caller.response;
  try {
    authorize(caller.actor, permission);
    const result = await read(caller.actor);
    return result instanceof Response ? result : jsonResponse(result);
  } catch (error) {
    const mapped = toOperationError(error);
    if (!mapped) throw error;
    const headers: Record<string, string> = mapped.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    return problemResponse(mapped.status, mapped.message, { code: mapped.code, ...(mapped.fieldErrors ? { errors: mapped.fieldErrors } : {}), headers });
  }
}
