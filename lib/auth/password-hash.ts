// How account passwords are hashed and checked: Better Auth's own scrypt hasher, used by our
// writes (createUser, setUserPassword, the first-admin link) and by Better Auth itself
// (lib/auth/auth.ts), so every stored hash is one format.
//
// The test suite lowers scrypt's work factor through setPasswordHashCost (tests/setup): a
// sign-in costs a production hash each time (Better Auth hashes even for an unknown email), and
// the integration tests sign in hundreds of times. Nothing else calls it, so a server or CLI
// always hashes with Better Auth's defaults.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { hashPassword as betterAuthHash, verifyPassword as betterAuthVerify } from 'better-auth/crypto';

/** Better Auth's scrypt parameters (@better-auth/utils/password), but N. */
const R = 16;
const P = 1;
const KEY_LENGTH = 64;

/** scrypt's N, or undefined for Better Auth's own (N = 16384). */
let testCost: number | undefined;

/**
 * Hash new passwords and check them with scrypt's N = cost instead of Better Auth's 16384, in
 * this process only (undefined: Better Auth's again). For the tests: a hash made at one cost
 * does not check at another.
 */
export function setPasswordHashCost(cost: number | undefined): void {
  if (cost !== undefined && (!Number.isInteger(cost) || cost < 2 || (cost & (cost - 1)) !== 0)) throw new Error(`scrypt's cost must be a power of 2, not ${cost}`);
  testCost = cost;
}

function scryptKey(password: string, salt: string, cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // as Better Auth derives it: NFKC password, the salt's hex text as the salt
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: cost, r: R, p: P, maxmem: 256 * cost * R }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** "salt:key" in hex, as Better Auth stores it. */
export async function hashPassword(password: string): Promise<string> {
  if (testCost === undefined) return betterAuthHash(password);
  const salt = randomBytes(16).toString('hex');
  return `${salt}:${(await scryptKey(password, salt, testCost)).toString('hex')}`;
}

export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  if (testCost === undefined) return betterAuthVerify({ hash, password });
  const [salt, key] = hash.split(':');
  if (!salt || !key) throw new Error('Invalid password hash');
  const expected = Buffer.from(key, 'hex');
  const actual = await scryptKey(password, salt, testCost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
