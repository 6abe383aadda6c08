// Personal API tokens: how they look, how they are hashed for storage, and how a request
// presents one. Pure; lookup and storage live in lib/data.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'cg_';

/** A new token: "cg_" + 32 random bytes, base64url. Shown once; only its hash is stored. */
export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 10) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return null;
  const token = match[1]!;
  return token.startsWith(PREFIX) && token.length <= 100 ? token : null;
}
