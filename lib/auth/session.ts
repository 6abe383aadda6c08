// Edge glue: turns the request's session cookie into an Actor. The only auth module that
// touches Next.js; everything it returns is checked by lib/auth/actor.ts at each write.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { actorFromSessionUser, type Actor } from './actor';
import { getAuth } from './config';

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?claimgrid\.session_token=/;

/**
 * The signed-in actor, memoised per request (the header, every page and its metadata ask).
 * Only the account page and the header use it directly: everything else calls getActor.
 */
export const getActorForPasswordChange = cache(async function getActorForPasswordChange(): Promise<Actor | null> {
  const requestHeaders = await headers();
  // Anonymous readers carry no session cookie: answer without a database round trip.
  if (!SESSION_COOKIE.test(requestHeaders.get('cookie') ?? '')) return null;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  // Better Auth reads the session and its user from the database on every call (no cookie
  // cache is configured), so role and disabled are fresh: a change by an admin applies at once.
  return actorFromSessionUser(session.user);
});

/**
 * Who is asking. A user who signed in with an admin's one-time password is sent to /account to
 * choose their own first, from every page, action and route that asks (every operation refuses
 * them anyway: lib/auth/actor.ts).
 */
export async function getActor(): Promise<Actor | null> {
  const actor = await getActorForPasswordChange();
  if (actor?.mustChangePassword) redirect('/account');
  return actor;
}
