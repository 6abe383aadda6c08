// The app's absolute origin for links a page writes out (exports, structured data): the
// configured BETTER_AUTH_URL, else the host the request came to.
import 'server-only';
import { headers } from 'next/headers';

export async function appOrigin(): Promise<string> {
  if (process.env.BETTER_AUTH_URL) return process.env.BETTER_AUTH_URL;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  return `${h.get('x-forwarded-proto') ?? 'http'}://${host}`;
}
