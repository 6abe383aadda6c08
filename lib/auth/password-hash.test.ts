import { hashPassword as betterAuthHash, verifyPassword as betterAuthVerify } from 'better-auth/crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, setPasswordHashCost, verifyPassword } from './password-hash';

// unit test files share a process: leave Better Auth's cost behind
afterEach(() => setPasswordHashCost(undefined));

describe('password hashes', () => {
  it("are Better Auth's own when no cost is set, both ways", async () => {
    const ours = await hashPassword('lantern orbit meadow 7');
    expect(await betterAuthVerify({ hash: ours, password: 'lantern orbit meadow 7' })).toBe(true);
    const theirs = await betterAuthHash('lantern orbit meadow 8');
    expect(await verifyPassword({ hash: theirs, password: 'lantern orbit meadow 8' })).toBe(true);
    expect(await verifyPassword({ hash: theirs, password: 'lantern orbit meadow 7' })).toBe(false);
  });

  it('at a lowered cost keep the salt:key format and check only the right password, at that cost', async () => {
    setPasswordHashCost(16);
    const hash = await hashPassword('Ｌantern orbit meadow 9'); // a full-width L: NFKC makes it L
    expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(hash).not.toBe(await hashPassword('Ｌantern orbit meadow 9')); // salted
    expect(await verifyPassword({ hash, password: 'Lantern orbit meadow 9' })).toBe(true);
    expect(await verifyPassword({ hash, password: 'lantern orbit meadow 9' })).toBe(false);
    setPasswordHashCost(32);
    expect(await verifyPassword({ hash, password: 'Lantern orbit meadow 9' })).toBe(false);
  });

  it('refuses a cost scrypt cannot take', () => {
    for (const cost of [0, 1, 3, 1000, 2.5]) expect(() => setPasswordHashCost(cost)).toThrow(/power of 2/);
  });
});
