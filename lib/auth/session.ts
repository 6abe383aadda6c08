// Edge glue: turns the request's session cookie into an Actor. The only auth module that
// touches Next.js; everything it returns is checked by lib/auth/actor.ts at each write.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { actorFromSessionUser, type Actor } from './actor';
import { getAuth } from './config';
import { PATH_HEADER } from './path-header';

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?claimgrid\.session_token=/;

/**
 * Memoised per request: the header, every page and its metadata ask for the same actor.
 * A user who signed in with an admin's one-time password is sent to /account to choose their
 * own before any other page (every write refuses them anyway: lib/auth/actor.ts).
 */
export const getActor = cache(async function getActor(): Promise<Actor | null> {
  const requestHeaders = await headers();
  // Anonymous readers carry no session cookie: answer without a database round trip.
  if (!SESSION_COOKIE.test(requestHeaders.get('cookie') ?? '')) return null;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  // Better Auth reads the session and its user from the database on every call (no cookie
  // cache is configured), so role and disabled are fresh: a change by an admin applies at once.
  const actor = actorFromSessionUser(session.user);
  if (actor.mustChangePassword) {
    // Only pages, actions and routes that pass through proxy.ts carry the path.
    const path = requestHeaders.get(PATH_HEADER);
    if (path !== null && path !== '/account') redirect('/account');
  }
  return actor;
});
