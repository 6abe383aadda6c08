// Who may read drafts through the read API: a caller whose bearer token belongs to an editor
// or admin (they can write drafts, so they can read them). No token reads published claims;
// a token that is presented but unknown or revoked is a 401, as on the write routes.
import { can } from '../auth/actor';
import type { Db } from '../db/prisma';
import { resolveApiCaller } from './api-write';

export async function resolveDraftAccess(db: Db, request: Request): Promise<{ drafts: boolean } | { response: Response }> {
  const caller = await resolveApiCaller(db, request);
  if ('response' in caller) return caller;
  return { drafts: can(caller.actor, 'drafts:read') };
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
