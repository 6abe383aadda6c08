// Admins manage accounts in the UI: add an editor, change a role (which says it was saved),
// disable an account (which then cannot sign in, and is told why); non-admins are kept out.
import { expect, test } from '@playwright/test';
import { createAccount, signIn, signOut, usersCli } from './support/accounts';

test('an admin adds an editor, changes roles and disables an account', async ({ page }) => {
  const admin = createAccount('admin', 'Chief');
  await signIn(page, admin);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();

  const email = `new-editor-${Date.now()}@example.org`;
  await page.getByLabel('email').fill(email);
  await page.getByLabel('name').fill('New Editor');
  await page.getByLabel('password').fill('short');
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.locator('#password-error')).toContainText('at least 8');
  await page.getByLabel('password').fill('password123');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.locator('#password-error')).toContainText('too easy to guess');
  await page.getByLabel('password').fill('a long enough password');
  await page.getByRole('button', { name: 'Add user' }).click();
  const row = page.locator(`tr[data-user-email="${email}"]`);
  await expect(row).toBeVisible();

  await row.getByLabel(`Role of ${email}`).selectOption('reader');
  await expect(row.getByRole('status').first()).toHaveText('Saved: the role is now reader.');
  // saved on the server: a fresh load shows it
  await expect(async () => {
    await page.reload();
    await expect(page.locator(`tr[data-user-email="${email}"]`).getByLabel(`Role of ${email}`)).toHaveValue('reader', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.locator(`tr[data-user-email="${email}"]`).getByRole('button', { name: /Disable/ }).click();
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toContainText('Disabled');
  await signOut(page);

  // The disabled account cannot sign in: with the right password it is told that it is
  // disabled; a wrong password gets the generic message.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role="alert"]')).toContainText('Email or password is incorrect.');
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role="alert"]')).toHaveText('This account is disabled. Ask an admin to enable it.');
});

test('a role change applies to a session already open, and disabling the account ends it', async ({ page }) => {
  const editor = createAccount('editor', 'Changing Role');
  await signIn(page, editor);
  await expect(page.getByTestId('signed-in-as')).toContainText('(editor)');
  usersCli('role', '--email', editor.email, '--role', 'reader');
  await page.reload();
  await expect(page.getByTestId('signed-in-as')).toContainText('(reader)');
  usersCli('disable', '--email', editor.email);
  await page.reload();
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('editors and readers cannot manage users', async ({ page }) => {
  await signIn(page, createAccount('editor'));
  await page.goto('/admin/users');
  await expect(page.getByText('Only admins can manage users.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add user' })).toHaveCount(0);
});

test('errors from the server come in the interface language', async ({ page }) => {
  await signIn(page, createAccount('admin', 'Chinese Chief'));
  await page.goto('/admin/users');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '用户', exact: true })).toBeVisible();
  await page.getByLabel('电子邮箱').fill(`zh-${Date.now()}@example.org`);
  await page.getByLabel('姓名').fill('新编辑');
  await page.getByLabel('密码').fill('short');
  await page.getByRole('button', { name: '添加用户' }).click();
  await expect(page.locator('#password-error')).toHaveText('请至少使用 8 个字符。');
});
