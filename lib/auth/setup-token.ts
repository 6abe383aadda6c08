// The one-time link that creates the first admin in the browser (`/setup?token=…`): what a
// token looks like, how it is hashed for storage and how long it lives. Pure; storage lives in
// lib/data/writes/create-setup-token.ts and lib/data/redeem-setup-token.ts.
import { createHash, randomBytes } from 'node:crypto';

/** Better Auth's verifications table holds the hash under this identifier. */
export const SETUP_TOKEN_IDENTIFIER = 'claimgrid:first-admin';
/** A link printed at start-up stays usable for a day. */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function generateSetupToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSetupToken(token) };
}

export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap shape check before any lookup: 32 random bytes in base64url. */
export function isSetupTokenShape(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function setupUrl(baseUrl: string, token: string): string {
  return new URL(`/setup?token=${encodeURIComponent(token)}`, baseUrl).toString();
}
