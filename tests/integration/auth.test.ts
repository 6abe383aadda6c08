// Email + password sign-in through Better Auth's real HTTP handler on a real PostgreSQL:
// accounts made by our CLI/admin code sign in, failures share one generic message, disabled
// accounts get no session, sessions live in the database, and sign-in is rate limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_PASSWORD_LIMIT, createAuth, type Auth } from '../../lib/auth/auth';
import { createUser } from '../../lib/data/writes/create-user';
import { updateUser } from '../../lib/data/writes/update-user';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

const BASE = 'http://localhost:3999';
let db: TestDatabase;
let auth: Auth;

/** The header the HTTP server fills with the client's address (lib/http/client-address-header.ts). */
const CLIENT = 'x-test-client-address';

function signIn(target: Auth, email: string, password: string, ip = '203.0.113.7', extra: Record<string, string> = {}) {
  return target.handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, [CLIENT]: ip, ...extra },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  auth = createAuth({ db: db.prisma, secret: 'x'.repeat(32), baseURL: BASE, signInLimit: { window: 60, max: 1000 }, clientAddressHeader: CLIENT });
  await createUser(db.prisma, { email: 'editor@example.org', name: 'Ed', role: 'editor', password: 'correct horse battery staple' });
  await createUser(db.prisma, { email: 'off@example.org', name: 'Off', role: 'editor', password: 'correct horse battery staple' });
});

afterAll(async () => {
  await db?.drop();
});

describe('sign-in', () => {
  it('signs in with the right password, stores the session in PostgreSQL and resolves it from the cookie', async () => {
    const response = await signIn(auth, 'Editor@Example.org', 'correct horse battery staple');
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
    expect(account.password).not.toContain('correct horse battery staple');
  });

  it('gives the same generic message for a wrong password and an unknown email', async () => {
    const wrong = await signIn(auth, 'editor@example.org', 'wrong password');
    const unknown = await signIn(auth, 'nobody@example.org', 'correct horse battery staple');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).message).toBe((await unknown.json()).message);
  });

  it('refuses a disabled account even with the right password', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'off@example.org' } });
    await updateUser(db.prisma, { id: user.id, disabled: true });
    const before = await db.prisma.session.count();
    const response = await signIn(auth, 'off@example.org', 'correct horse battery staple');
    // The right password learns that the account is disabled; a wrong one only the generic failure.
    expect(response.status).toBe(403);
    expect((await response.json()).code).toBe('ACCOUNT_DISABLED');
    const wrong = await signIn(auth, 'off@example.org', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).code).not.toBe('ACCOUNT_DISABLED');
    expect(await db.prisma.session.count()).toBe(before);
  });

  it('ends the sessions of a user who is disabled', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'editor@example.org' } });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);
    const admin = await createUser(db.prisma, { email: 'admin@example.org', name: 'Ad', role: 'admin', password: 'correct horse battery staple' });
    await updateUser(db.prisma, { id: user.id, disabled: true });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    await updateUser(db.prisma, { id: user.id, disabled: false });
    // the last active admin cannot lock everyone out
    await expect(updateUser(db.prisma, { id: admin.id, role: 'editor' })).rejects.toThrow(/last active admin/);
  });

  it('rate limits repeated sign-in attempts from one address', async () => {
    const limited = createAuth({ db: db.prisma, secret: 'x'.repeat(32), baseURL: BASE, signInLimit: { window: 60, max: 3 }, clientAddressHeader: CLIENT });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(limited, 'editor@example.org', 'wrong password', '198.51.100.9')).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // the right password does not get through either while limited
    expect((await signIn(limited, 'editor@example.org', 'correct horse battery staple', '198.51.100.9')).status).toBe(429);
    // another address is not affected
    expect((await signIn(limited, 'editor@example.org', 'correct horse battery staple', '198.51.100.10')).status).toBe(200);
  });
});

describe('setUserPassword', () => {
  it('replaces the password and ends existing sessions', async () => {
    const { setUserPassword } = await import('../../lib/data/writes/create-user');
    const user = await createUser(db.prisma, { email: 'reset@example.org', name: 'Reset', role: 'editor', password: 'old tangerine kettle' });
    expect((await signIn(auth, 'reset@example.org', 'old tangerine kettle', '203.0.113.50')).status).toBe(200);
    await setUserPassword(db.prisma, user.id, 'brand new orbit lantern');
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await signIn(auth, 'reset@example.org', 'old tangerine kettle', '203.0.113.50')).status).toBe(401);
    expect((await signIn(auth, 'reset@example.org', 'brand new orbit lantern', '203.0.113.50')).status).toBe(200);
  });
});

describe('an admin reset: a one-time password that must be replaced', () => {
  const ip = '203.0.115.1';
  async function cookieOf(response: Response) {
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  const changePassword = (cookie: string, currentPassword: string, newPassword: string, address: string) =>
    auth.handler(
      new Request(`${BASE}/api/auth/change-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE, cookie, [CLIENT]: address },
        body: JSON.stringify({ currentPassword, newPassword, revokeOtherSessions: true }),
      }),
    );

  it('signs in with the one-time password, refuses everything until the user sets their own, then works; the one-time password is dead', async () => {
    const { resetUserPassword } = await import('../../lib/data/writes/reset-user-password');
    const { createApiToken, findActorByApiToken } = await import('../../lib/data/writes/api-tokens');
    const { actorFromSessionUser } = await import('../../lib/auth/actor');
    const { runOperation } = await import('../../lib/operations');
    const user = await createUser(db.prisma, { email: 'one-time@example.org', name: 'One Time', role: 'editor', password: 'old saffron kettle 12' });
    const editor = actorFromSessionUser({ ...user, role: 'editor' });
    const { token } = await createApiToken(db.prisma, { actor: editor, input: { name: 'script' } });

    const { password: oneTime } = await resetUserPassword(db.prisma, { id: user.id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    expect((await signIn(auth, 'one-time@example.org', 'old saffron kettle 12', ip)).status).toBe(401);
    const cookie = await cookieOf(await signIn(auth, 'one-time@example.org', oneTime, ip));

    // The session's actor may do nothing an editor may (pages are sent to /account by lib/auth/session.ts).
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    const actor = actorFromSessionUser(session!.user);
    expect(actor.mustChangePassword).toBe(true);
    const refused = await runOperation(db.prisma, actor, 'createClaim', { text: '一个说法' });
    expect(refused).toMatchObject({ ok: false, error: { status: 403, message: 'Choose a new password on your account page first.' } });
    // API tokens are left alone by a reset (README: accounts and security).
    const tokenActor = await findActorByApiToken(db.prisma, token);
    expect(tokenActor).toMatchObject({ userId: user.id, role: 'editor' });
    expect((await runOperation(db.prisma, tokenActor, 'createClaim', { text: '令牌写的说法' })).ok).toBe(true);

    // The one-time password cannot become the user's own.
    const same = await changePassword(cookie, oneTime, oneTime, '203.0.115.2');
    expect(same.status).toBe(400);
    expect((await same.json()).code).toBe('PASSWORD_UNCHANGED');
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);

    const changed = await changePassword(cookie, oneTime, 'amber falcon quarry 31', '203.0.115.3');
    expect(changed.status).toBe(200);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    const fresh = await auth.api.getSession({ headers: new Headers({ cookie: await cookieOf(changed) }) });
    const freed = actorFromSessionUser(fresh!.user);
    expect(freed.mustChangePassword).toBe(false);
    expect((await runOperation(db.prisma, freed, 'createClaim', { text: '自己写的说法' })).ok).toBe(true);

    expect((await signIn(auth, 'one-time@example.org', oneTime, ip)).status).toBe(401);
    expect((await signIn(auth, 'one-time@example.org', 'amber falcon quarry 31', ip)).status).toBe(200);
  });

  it('a password the admin sets at the terminal (users password) asks for no change', async () => {
    const { setUserPassword } = await import('../../lib/data/writes/create-user');
    const user = await createUser(db.prisma, { email: 'terminal@example.org', name: 'Terminal', role: 'reader', password: 'old saffron kettle 13' });
    await setUserPassword(db.prisma, user.id, 'violet quarry engine 7', { oneTime: true });
    await setUserPassword(db.prisma, user.id, 'violet quarry engine 8');
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
  });
});

describe('who is asking: X-Forwarded-For is not trusted', () => {
  it('limits 30 wrong passwords sent with 30 different X-Forwarded-For values (the address comes from the server, not the header)', async () => {
    const limited = createAuth({ db: db.prisma, secret: 'x'.repeat(32), baseURL: BASE, signInLimit: { window: 60, max: 5 }, accountLimit: { max: 1000, windowSeconds: 900 }, clientAddressHeader: CLIENT });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await signIn(limited, 'nobody-xff@example.org', 'wrong password', '198.51.100.77', { 'x-forwarded-for': `10.1.${i}.7`, 'x-real-ip': `10.2.${i}.7` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
  });
});

describe('per-account sign-in limit', () => {
  const accountLimit = { max: 10, windowSeconds: 900 };
  const instance = () => createAuth({ db: db.prisma, secret: 'x'.repeat(32), baseURL: BASE, signInLimit: { window: 60, max: 1000 }, accountLimit, clientAddressHeader: CLIENT });

  it('locks an account after 10 failures from any mix of addresses and app instances, even for the right password', async () => {
    await createUser(db.prisma, { email: 'target@example.org', name: 'Target', role: 'editor', password: 'quiet meadow lantern 42' });
    const [one, two] = [instance(), instance()];
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signIn(i % 2 ? one : two, 'Target@example.org', `wrong-${i}`, `198.18.${i}.1`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    const locked = await signIn(one, 'target@example.org', 'quiet meadow lantern 42', '198.18.200.1');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await locked.json()).message).toBe('Too many failed sign-ins for this account; try again later.');
    // another account is not affected
    expect((await signIn(one, 'editor@example.org', 'correct horse battery staple', '198.18.200.1')).status).toBe(200);
  });

  it('forgets the failures after a successful sign-in, and when the window has passed', async () => {
    await createUser(db.prisma, { email: 'forgetful@example.org', name: 'Forgetful', role: 'editor', password: 'quiet meadow lantern 43' });
    const auth1 = instance();
    for (let i = 0; i < 9; i++) expect((await signIn(auth1, 'forgetful@example.org', 'nope', `198.19.${i}.1`)).status).toBe(401);
    expect((await signIn(auth1, 'forgetful@example.org', 'quiet meadow lantern 43')).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await signIn(auth1, 'forgetful@example.org', 'nope', `198.19.${i}.2`)).status).toBe(401);
    expect((await signIn(auth1, 'forgetful@example.org', 'quiet meadow lantern 43')).status).toBe(200);
    // a window that has run out
    await db.prisma.signInFailure.upsert({
      where: { email: 'forgetful@example.org' },
      create: { email: 'forgetful@example.org', failures: 50, windowStart: new Date(Date.now() - 3600_000) },
      update: { failures: 50, windowStart: new Date(Date.now() - 3600_000) },
    });
    expect((await signIn(auth1, 'forgetful@example.org', 'quiet meadow lantern 43')).status).toBe(200);
  });
});

describe('Better Auth endpoints the app does not use', () => {
  async function sessionCookie(email: string, password: string) {
    const response = await signIn(auth, email, password, '203.0.113.99');
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  it('answer 404 over HTTP, every one of them; the ones in use still answer', async () => {
    const { HTTP_ENDPOINTS } = await import('../../lib/auth/auth');
    const user = await createUser(db.prisma, { email: 'prober@example.org', name: 'Prober', role: 'editor', password: 'quiet meadow lantern 44' });
    const cookie = await sessionCookie('prober@example.org', 'quiet meadow lantern 44');
    const endpoints = Object.values(auth.api as Record<string, { path?: string; options?: { method?: string | string[] } }>)
      .filter((e) => typeof e.path === 'string')
      .map((e) => ({ path: e.path!.replace(/:(\w+)/g, 'x'), method: [e.options?.method ?? 'GET'].flat()[0]! }));
    expect(endpoints.length).toBeGreaterThan(20);
    const unused = endpoints.filter((e) => !HTTP_ENDPOINTS.has(e.path));
    expect(unused.map((e) => e.path)).toEqual(expect.arrayContaining(['/update-user', '/delete-user', '/change-email', '/reset-password', '/sign-up/email', '/list-sessions', '/revoke-sessions']));
    for (const { path, method } of unused) {
      const response = await auth.handler(
        new Request(`${BASE}/api/auth${path}${method === 'GET' ? '?token=x&callbackURL=/' : ''}`, {
          method: method === '*' ? 'POST' : method,
          headers: { 'content-type': 'application/json', origin: BASE, cookie, [CLIENT]: '203.0.113.99' },
          body: method === 'GET' ? undefined : JSON.stringify({ name: '<img src=x onerror=alert(1)> admin', email: 'new@example.org', password: 'quiet meadow lantern 44', newPassword: 'x', token: 'x' }),
        }),
      );
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: 'Prober', email: 'prober@example.org' });
    const session = await auth.handler(new Request(`${BASE}/api/auth/get-session`, { headers: { cookie, [CLIENT]: '203.0.113.99' } }));
    expect(session.status).toBe(200);
    expect((await session.json()).user.email).toBe('prober@example.org');
  });

  it('change-password refuses a guessable new password and accepts a strong one', async () => {
    await createUser(db.prisma, { email: 'changer@example.org', name: 'Changer', role: 'editor', password: 'quiet meadow lantern 45' });
    const cookie = await sessionCookie('changer@example.org', 'quiet meadow lantern 45');
    // Each try comes from its own address (the per-address limit has its own test below).
    let tries = 0;
    const change = (newPassword: string) =>
      auth.handler(
        new Request(`${BASE}/api/auth/change-password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: BASE, cookie, [CLIENT]: `203.0.114.${++tries}` },
          body: JSON.stringify({ currentPassword: 'quiet meadow lantern 45', newPassword }),
        }),
      );
    for (const weak of ['password1', '12345678', 'changer2024']) {
      const response = await change(weak);
      expect(response.status, weak).toBe(400);
      expect((await response.json()).code).toBe('PASSWORD_TOO_WEAK');
    }
    expect((await signIn(auth, 'changer@example.org', 'password1', '203.0.113.98')).status).toBe(401);
    expect((await change('orbit tangerine kettle 9')).status).toBe(200);
    expect((await signIn(auth, 'changer@example.org', 'orbit tangerine kettle 9', '203.0.113.98')).status).toBe(200);
  });
  it('change-password allows CHANGE_PASSWORD_LIMIT tries per address and minute, then answers 429', async () => {
    await createUser(db.prisma, { email: 'typo@example.org', name: 'Typo', role: 'editor', password: 'quiet meadow lantern 46' });
    const cookie = await sessionCookie('typo@example.org', 'quiet meadow lantern 46');
    const wrongCurrent = () =>
      auth.handler(
        new Request(`${BASE}/api/auth/change-password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: BASE, cookie, [CLIENT]: '203.0.115.7' },
          body: JSON.stringify({ currentPassword: 'not the current one', newPassword: 'orbit tangerine kettle 10' }),
        }),
      );
    // more than Better Auth's default of 3 per 10 s: users behind one address (no proxy naming
    // the client) do not lock each other out of changing passwords
    for (let i = 0; i < CHANGE_PASSWORD_LIMIT.max; i++) expect((await wrongCurrent()).status, `try ${i + 1}`).not.toBe(429);
    expect((await wrongCurrent()).status).toBe(429);
  });
});
