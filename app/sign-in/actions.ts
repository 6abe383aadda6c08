'use server';
// Signing out: the header's button posts this form (a server action, so it works without
// JavaScript and the pages carry no auth client code). Better Auth ends the session and its
// Next.js cookie plugin clears the cookie; the reader lands on the claim table.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/config';

export async function signOutAction(): Promise<never> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect('/');
}
