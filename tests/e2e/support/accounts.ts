// Accounts for end-to-end specs, made the way an operator makes them: with the users CLI while
// the app runs, which finds the e2e server's embedded database through its data folder.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { e2eDataDir } from './ports';

export type Account = { email: string; password: string; role: 'admin' | 'editor' | 'reader' };

/**
 * `npm run users -- <args>` against the e2e server's data folder; returns what it printed on
 * stdout. A CLI run is a whole Node process (seconds on a busy machine), so the calling test's
 * time budget grows by what the run took: the test's timeout scales with its work.
 */
export function usersCli(...args: string[]): string {
  const started = Date.now();
  try {
    return execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/users.ts', ...args], {
      env: { ...process.env, DATABASE_URL: '', CLAIMGRID_DATA_DIR: e2eDataDir },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } finally {
    extendTimeout(Date.now() - started);
  }
}

function extendTimeout(ms: number): void {
  let info;
  try {
    info = test.info();
  } catch {
    return; // not inside a test or hook: nothing to extend
  }
  if (info.timeout > 0) info.setTimeout(info.timeout + ms);
}

export function createAccount(role: Account['role'], name: string = role): Account {
  const local = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || role;
  const email = `${local}-${randomBytes(4).toString('hex')}@example.org`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  usersCli('add', '--email', email, '--role', role, '--name', name, '--password', password);
  return { email, password, role };
}

/** A personal API token for the account, made with the users CLI as an operator would. */
export function createToken(account: Account): string {
  // stdout is the token alone (the message goes to stderr), as in TOKEN=$(npm run -s users -- token …)
  const token = usersCli('token', '--email', account.email, '--name', 'e2e').trim();
  if (!/^cg_\S+$/.test(token)) throw new Error(`not a token: ${token}`);
  return token;
}

export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}
