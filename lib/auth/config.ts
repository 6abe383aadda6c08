// The auth settings for this process, from the environment that `npm start` prepares
// (scripts/start.ts writes a stable secret to the data folder when none is configured).
import { getPrisma } from '../db/prisma';
import { clientAddressHeaderName } from '../http/client-address-header';
import { createAuth, type Auth } from './auth';

const globalForAuth = globalThis as unknown as { claimgridAuth?: Auth };

export function authBaseUrl(): string {
  return process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

export function getAuth(): Auth {
  if (globalForAuth.claimgridAuth) return globalForAuth.claimgridAuth;
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret) throw new Error('BETTER_AUTH_SECRET is not set (npm start sets one).');
  const baseURL = authBaseUrl();
  const port = new URL(baseURL).port || '80';
  const extra = (process.env.CLAIMGRID_TRUSTED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  globalForAuth.claimgridAuth = createAuth({
    db: getPrisma(),
    secret,
    baseURL,
    trustedOrigins: [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`, ...extra],
    signInLimit: {
      window: Number(process.env.CLAIMGRID_SIGNIN_WINDOW ?? 60),
      max: Number(process.env.CLAIMGRID_SIGNIN_MAX ?? 5),
    },
    accountLimit: {
      windowSeconds: Number(process.env.CLAIMGRID_ACCOUNT_SIGNIN_WINDOW ?? 900),
      max: Number(process.env.CLAIMGRID_ACCOUNT_SIGNIN_MAX ?? 10),
    },
    clientAddressHeader: clientAddressHeaderName(),
  });
  return globalForAuth.claimgridAuth;
}
