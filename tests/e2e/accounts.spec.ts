// The way in and accounts (issue 13): the first admin made with the one-time link that
// `npm start` prints while no admin exists (here printed by `npm run users -- setup-link`, the
// same lib function), changing one's own password on /account, an admin's reset to a one-time
// password, and the header's links by role.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { createAccount, signIn, signOut, usersCli } from './support/accounts';
import { e2eDatabaseUrl } from './support/ports';

/** Runs `body` with no active admin (other specs made some), then gives the admins back their role. */
async function withoutAdmins(body: () => Promise<void>) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  const demoted = await client.query<{ id: number }>(`UPDATE users SET role = 'editor' WHERE role = 'admin' AND NOT disabled RETURNING id`);
  try {
    await body();
  } finally {
    await client.query(`UPDATE users SET role = 'admin' WHERE id = ANY($1::int[])`, [demoted.rows.map((r) => r.id)]);
    await client.end();
  }
}

test('the first admin is made in the browser with the one-time setup link, which then stops working', async ({ page }) => {
  const email = `first-admin-${randomBytes(4).toString('hex')}@example.org`;
  const password = 'violet harbour engine 42';
  await withoutAdmins(async () => {
    const link = usersCli('setup-link', '--url', 'http://example.invalid').split('\n')[0]!.trim();
    expect(link).toMatch(/^http:\/\/example\.invalid\/setup\?token=[\w-]{43}$/);
    const path = new URL(link).pathname + new URL(link).search;

    await page.goto('/setup?token=' + 'x'.repeat(43));
    await expect(page.locator('[data-setup-refused]')).toContainText('not valid');

    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Create the first admin' })).toBeVisible();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Name').fill('First Admin');
    await page.getByLabel('Password').fill('password123');
    await page.getByRole('button', { name: 'Create admin' }).click();
    await expect(page.locator('#setup-password-error')).toContainText('too easy to guess');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create admin' }).click();
    await expect(page.getByRole('status')).toContainText(`The admin ${email} was created`);

    // Single use: the same link now refuses (an admin exists).
    await page.goto(path);
    await expect(page.locator('[data-setup-refused]')).toContainText('An admin already exists');
    await expect(page.getByLabel('Password')).toHaveCount(0);
  });

  await signIn(page, { email, password, role: 'admin' });
  await expect(page.getByTestId('signed-in-as')).toContainText('(admin)');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Import', 'Review', 'Users', 'Account']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  // While an admin exists the CLI makes no link either.
  expect(() => usersCli('setup-link')).toThrow(/an admin exists already/);
});

test('the header shows each role what it may use', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.goto('/');
  for (const name of ['Import', 'Review', 'Users', 'Account']) await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);
  await signIn(page, createAccount('reader'));
  await expect(nav.getByRole('link', { name: 'Account', exact: true })).toBeVisible();
  for (const name of ['Import', 'Review', 'Users']) await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);
  await signOut(page);
  await signIn(page, createAccount('editor'));
  for (const name of ['Import', 'Review', 'Account']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
});

test('everyone changes their own password on /account, with the current one', async ({ page }) => {
  const reader = createAccount('reader', 'Pw Changer');
  await signIn(page, reader);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Password' })).toBeVisible();
  const fill = async (current: string, next: string, again = next) => {
    await page.getByLabel('Current password').fill(current);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('New password again').fill(again);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  const newPassword = 'copper lantern meadow 58';
  await fill(reader.password, newPassword, 'something else entirely');
  await expect(page.locator('#pw-error')).toHaveText('The two new passwords differ.');
  await fill('not my password at all', newPassword);
  await expect(page.locator('#pw-error')).toHaveText('The current password is not right.');
  await fill(reader.password, 'password123');
  await expect(page.locator('#pw-error')).toContainText('too easy to guess');
  await fill(reader.password, newPassword);
  await expect(page.locator('#pw-error')).toHaveText('Your password was changed.');
  await signOut(page);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(reader.email);
  await page.getByLabel('Password').fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role="alert"]')).toHaveText('Email or password is incorrect.');
  await signIn(page, { ...reader, password: newPassword });
});

test('an admin resets a password to a one-time password shown once, which the user must replace before anything else', async ({ page, browser }) => {
  const editor = createAccount('editor', 'Forgetful');
  await signIn(page, createAccount('admin', 'Resetting Admin'));
  await page.goto('/admin/users');
  const row = page.locator(`tr[data-user-email="${editor.email}"]`);
  await row.getByRole('button', { name: /Reset password/ }).click();
  await expect(row.getByRole('group')).toContainText(`Reset the password of ${editor.email}?`);
  await row.getByRole('group').getByRole('button', { name: 'Reset password' }).click();
  const shown = row.locator('[data-one-time-password] code');
  await expect(shown).toHaveText(/^[\w]{5}(-[\w]{5}){3}$/);
  const oneTime = (await shown.textContent())!;

  // Shown once: a reload does not show it again.
  await page.reload();
  await expect(page.locator('[data-one-time-password]')).toHaveCount(0);

  // Signed in with it, the editor must choose a password of their own before anything else.
  const other = await browser.newPage();
  await signIn(other, { ...editor, password: oneTime });
  await expect(other).toHaveURL(/\/account$/);
  await expect(other.locator('[data-must-change-password]')).toContainText('An admin reset your password');
  const nav = other.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Import', exact: true })).toHaveCount(0);
  for (const path of ['/import', '/review', '/', '/articles']) {
    await other.goto(path);
    await expect(other, path).toHaveURL(/\/account$/);
  }
  const change = async (current: string, next: string) => {
    await other.getByLabel('Current password').fill(current);
    await other.getByLabel('New password', { exact: true }).fill(next);
    await other.getByLabel('New password again').fill(next);
    await other.getByRole('button', { name: 'Change password' }).click();
  };
  await change(oneTime, oneTime);
  await expect(other.locator('#pw-error')).toHaveText('Choose a new password, not the one-time password you were given.');
  const own = 'granite willow parcel 73';
  await change(oneTime, own);
  // Then the app opens: the home page, and the editor's import page.
  await expect(other).toHaveURL(/\/$/);
  await expect(nav.getByRole('link', { name: 'Import', exact: true })).toBeVisible();
  await other.goto('/import');
  await expect(other).toHaveURL(/\/import$/);
  await expect(other.getByRole('heading', { name: 'Import articles' })).toBeVisible();
  await signOut(other);

  // The one-time password no longer works; the editor's own does.
  await other.goto('/sign-in');
  await other.getByLabel('Email').fill(editor.email);
  await other.getByLabel('Password').fill(oneTime);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.locator('form [role="alert"]')).toHaveText('Email or password is incorrect.');
  await signIn(other, { ...editor, password: own });
  await expect(other).toHaveURL(/\/$/);
  await other.close();
});
