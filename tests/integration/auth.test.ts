// Email + password sign-in through Better Auth's real HTTP handler on a real PostgreSQL:
// accounts made by our CLI/admin code sign in, failures share one generic message, disabled
// accounts get no session, sessions live in the database, and sign-in is rate limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '../../lib/auth/auth';
import { createUser } from '../../lib/data/create-user';
import { updateUser } from '../../lib/data/update-user';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

const BASE = 'http://localhost:3999';
let db: TestDatabase;
let auth: Auth;

function signIn(target: Auth, email: string, password: string, ip = '203.0.113.7') {
  return target.handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  auth = createAuth({ db: db.prisma, secret: 'x'.repeat(32), baseURL: BASE, signInLimit: { window: 60, max: 1000 } });
  await createUser(db.prisma, { email: 'editor@example.org', name: 'Ed', role: 'editor', password: 'correct horse' });
  await createUser(db.prisma, { email: 'off@example.org', name: 'Off', role: 'editor', password: 'correct horse' });
});

afterAll(async () => {
  await db?.drop();
});

describe('sign-in', () => {
  it('signs in with the right password, stores the session in PostgreSQL and resolves it from the cookie', async () => {
    const response = await signIn(auth, 'Editor@Example.org', 'correct horse');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^claimgrid\.session_token=/);
    expect(await db.prisma.session.count()).toBe(1);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0]! }) });
    expect(session?.user.email).toBe('editor@example.org');
  });

  it('stores only a hash of the password', async () => {
    const account = await db.prisma.account.findFirstOrThrow({ where: { user: { email: 'editor@example.org' } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain('correct horse');
  });

  it('gives the same generic message for a wrong password and an unknown email', async () => {
    const wrong = await signIn(auth, 'editor@example.org', 'wrong password');
    const unknown = await signIn(auth, 'nobody@example.org', 'correct horse');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).message).toBe((await unknown.json()).message);
  });

  it('refuses a disabled account even with the right password', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'off@example.org' } });
    await updateUser(db.prisma, { id: user.id, disabled: true });
    const before = await db.prisma.session.count();
    const response = await signIn(auth, 'off@example.org', 'correct horse');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.prisma.session.count()).toBe(before);
  });

  it('ends the sessions of a user who is disabled', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'editor@example.org' } });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);
    const admin = await createUser(db.prisma, { email: 'admin@example.org', name: 'Ad', role: 'admin', password: 'correct horse' });
    await updateUser(db.prisma, { id: user.id, disabled: true });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    await updateUser(db.prisma, { id: user.id, disabled: false });
    // the last active admin cannot lock everyone out
    await expect(updateUser(db.prisma, { id: admin.id, role: 'editor' })).rejects.toThrow(/last active admin/);
  });

  it('rate limits repeated sign-in attempts from one address', async () => {
    const limited = createAuth({ db: db.prisma, secret: 'x'.repeat(32), baseURL: BASE, signInLimit: { window: 60, max: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(limited, 'editor@example.org', 'wrong password', '198.51.100.9')).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // the right password does not get through either while limited
    expect((await signIn(limited, 'editor@example.org', 'correct horse', '198.51.100.9')).status).toBe(429);
    // another address is not affected
    expect((await signIn(limited, 'editor@example.org', 'correct horse', '198.51.100.10')).status).toBe(200);
  });
});

describe('setUserPassword', () => {
  it('replaces the password and ends existing sessions', async () => {
    const { setUserPassword } = await import('../../lib/data/create-user');
    const user = await createUser(db.prisma, { email: 'reset@example.org', name: 'Reset', role: 'editor', password: 'old password' });
    expect((await signIn(auth, 'reset@example.org', 'old password', '203.0.113.50')).status).toBe(200);
    await setUserPassword(db.prisma, user.id, 'brand new password');
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await signIn(auth, 'reset@example.org', 'old password', '203.0.113.50')).status).toBe(401);
    expect((await signIn(auth, 'reset@example.org', 'brand new password', '203.0.113.50')).status).toBe(200);
  });
});
