// Guessable passwords are refused on every path that sets one: the admin UI's createUser
// (through runOperation), and the users CLI's `add` and `password`. Better Auth's own
// change-password is covered in auth.test.ts.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { PASSWORD_TOO_WEAK } from '../../lib/auth/password-strength';
import { runOperation } from '../../lib/operations';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { createActor } from './write-fixtures';

const run = promisify(execFile);
let db: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  admin = await createActor(db.prisma, { email: 'root@example.org', name: 'Root', role: 'admin' });
});

afterAll(async () => {
  await db?.drop();
});

async function users(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/users.ts', ...args], { env: { ...process.env, DATABASE_URL: db.url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('weak passwords', () => {
  it('are refused by the admin UI with a message on the password field', async () => {
    for (const password of ['password1', '12345678', 'qwertyuiop', 'iloveyou1']) {
      const result = await runOperation(db.prisma, admin, 'createUser', { email: 'ana.lee@example.org', name: 'Ana Lee', role: 'editor', password });
      expect(result, password).toMatchObject({ ok: false, error: { status: 422, fieldErrors: { password: [PASSWORD_TOO_WEAK] } } });
    }
    expect(await db.prisma.user.count({ where: { email: 'ana.lee@example.org' } })).toBe(0);
    const strong = await runOperation(db.prisma, admin, 'createUser', { email: 'ana.lee@example.org', name: 'Ana Lee', role: 'editor', password: 'lantern orbit meadow 7' });
    expect(strong.ok).toBe(true);
  });

  it('are refused by `users add` and `users password`, and generated ones pass', async () => {
    const add = await users('add', '--email', 'cli@example.org', '--role', 'editor', '--password', 'password123');
    expect(add.code).not.toBe(0);
    expect(add.stderr).toContain(PASSWORD_TOO_WEAK);
    expect(await db.prisma.user.count({ where: { email: 'cli@example.org' } })).toBe(0);
    expect((await users('add', '--email', 'cli@example.org', '--role', 'editor')).code).toBe(0);
    const before = await db.prisma.account.findFirstOrThrow({ where: { user: { email: 'cli@example.org' } } });
    const change = await users('password', '--email', 'cli@example.org', '--password', '11111111');
    expect(change.code).not.toBe(0);
    expect(change.stderr).toContain(PASSWORD_TOO_WEAK);
    expect((await db.prisma.account.findFirstOrThrow({ where: { id: before.id } })).password).toBe(before.password);
    expect((await users('password', '--email', 'cli@example.org', '--password', 'lantern orbit meadow 8')).code).toBe(0);
  }, 60_000);
});
