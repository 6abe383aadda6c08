// Edge glue: turns the request's session cookie into an Actor. The only auth module that
// touches Next.js; everything it returns is checked by lib/auth/actor.ts at each write.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import type { Actor, Role } from './actor';
import { getAuth } from './config';

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?claimgrid\.session_token=/;

/** Memoised per request: the header, every page and its metadata ask for the same actor. */
export const getActor = cache(async function getActor(): Promise<Actor | null> {
  const requestHeaders = await headers();
  // Anonymous readers carry no session cookie: answer without a database round trip.
  if (!SESSION_COOKIE.test(requestHeaders.get('cookie') ?? '')) return null;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  // Better Auth reads the session and its user from the database on every call (no cookie
  // cache is configured), so role and disabled are fresh: a change by an admin applies at once.
  const { user } = session;
  return { userId: Number(user.id), email: user.email, name: user.name, role: user.role as Role, disabled: Boolean(user.disabled) };
});
