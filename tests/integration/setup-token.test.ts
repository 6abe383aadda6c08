// The first-admin link on a real PostgreSQL: made only while no active admin exists, stored
// hashed, single use, expiring, and refused once an admin exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSetupToken, SETUP_TOKEN_IDENTIFIER, SETUP_TOKEN_TTL_MS } from '../../lib/auth/setup-token';
import { createSetupToken } from '../../lib/data/writes/create-setup-token';
import { createUser } from '../../lib/data/writes/create-user';
import { checkSetupToken, redeemSetupToken } from '../../lib/data/writes/redeem-setup-token';
import { updateUser } from '../../lib/data/writes/update-user';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

let db: TestDatabase;
const admin = (email: string) => ({ email, name: 'First', password: 'correct horse battery staple' });

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('first-admin setup link', () => {
  it('stores only the hash, single use: the first redemption makes an admin, the second is refused', async () => {
    const created = await createSetupToken(db.prisma);
    expect(created).not.toBeNull();
    const rows = await db.prisma.verification.findMany({ where: { identifier: SETUP_TOKEN_IDENTIFIER } });
    expect(rows.map((r) => r.value)).toEqual([hashSetupToken(created!.token)]);
    expect(JSON.stringify(rows)).not.toContain(created!.token);

    expect(await checkSetupToken(db.prisma, created!.token)).toEqual({ ok: true });
    const first = await redeemSetupToken(db.prisma, { token: created!.token, input: admin('first@example.org') });
    expect(first.ok && first.user.role).toBe('admin');
    const again = await redeemSetupToken(db.prisma, { token: created!.token, input: admin('second@example.org') });
    expect(again).toEqual({ ok: false, reason: 'admin_exists' });
    expect(await db.prisma.verification.count({ where: { identifier: SETUP_TOKEN_IDENTIFIER } })).toBe(0);
  });

  it('is not made, and the page refuses, while an active admin exists', async () => {
    expect(await createSetupToken(db.prisma)).toBeNull();
    expect(await checkSetupToken(db.prisma, 'a'.repeat(43))).toEqual({ ok: false, reason: 'admin_exists' });
  });

  it('refuses an expired, a replaced and a made-up token; a taken email keeps the token', async () => {
    const first = await db.prisma.user.findUniqueOrThrow({ where: { email: 'first@example.org' } });
    await createUser(db.prisma, { email: 'editor@example.org', name: 'Ed', role: 'editor', password: 'correct horse battery staple' });
    // no active admin again: the only admin is disabled (directly, as updateUser keeps the last one)
    await db.prisma.user.update({ where: { id: first.id }, data: { disabled: true } });

    const old = await createSetupToken(db.prisma, { now: new Date(Date.now() - SETUP_TOKEN_TTL_MS - 1000) });
    expect(await checkSetupToken(db.prisma, old!.token)).toEqual({ ok: false, reason: 'invalid_token' });
    expect(await redeemSetupToken(db.prisma, { token: old!.token, input: admin('x@example.org') })).toEqual({ ok: false, reason: 'invalid_token' });

    const replaced = await createSetupToken(db.prisma);
    const newest = await createSetupToken(db.prisma);
    expect(await checkSetupToken(db.prisma, replaced!.token)).toEqual({ ok: false, reason: 'invalid_token' });
    expect(await checkSetupToken(db.prisma, 'b'.repeat(43))).toEqual({ ok: false, reason: 'invalid_token' });
    expect(await checkSetupToken(db.prisma, 'short')).toEqual({ ok: false, reason: 'invalid_token' });

    expect(await redeemSetupToken(db.prisma, { token: newest!.token, input: admin('editor@example.org') })).toEqual({ ok: false, reason: 'email_taken' });
    const made = await redeemSetupToken(db.prisma, { token: newest!.token, input: admin('new-admin@example.org') });
    expect(made.ok).toBe(true);
    await updateUser(db.prisma, { id: first.id, disabled: false });
  });
});
