// Issue 13, words and imports: topics named per interface language (shown in the filter and
// on claim pages, falling back to the canonical name, which filters keep using), and an
// English page imported as English (not zh-Hans) whose language an editor can correct.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createAccount, signIn, signOut } from './support/accounts';

test('an English page is imported as English, and its language is corrected on the article page', async ({ page }) => {
  await signIn(page, createAccount('editor', 'English importer'));
  await page.goto('/import');
  const html = readFileSync('lib/importer/fixtures/chinese-quotes-en.html', 'utf8');
  await page.getByLabel(/Article files/).setInputFiles([{ name: 'slogan.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') }]);
  const item = page.locator('li[data-import-file="slogan.html"]');
  await expect(item.getByLabel('Title')).toHaveValue('What Beijing means by ‘new quality productive forces’', { timeout: 20_000 });
  const language = item.getByLabel('Language');
  await expect(language).toHaveValue('en');
  await expect(language.locator('option:checked')).toHaveText('English (en)');
  await expect(language.locator('option')).toHaveCount(22);
  await item.getByRole('button', { name: 'Save article' }).click();
  await expect(item.locator('[data-import-status="imported"]')).toBeVisible();
  await item.getByRole('link', { name: 'What Beijing means by ‘new quality productive forces’' }).click();

  await expect(page.locator('[data-article-language]')).toHaveText('English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await page.getByText('Edit article details').click();
  await page.locator('select[name="language"]').selectOption('zh-Hant');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Details saved.')).toBeVisible();
  await expect(page.locator('[data-article-language]')).toHaveText('Traditional Chinese');
});

test('editors name a topic per language; the filter and claim pages show the name, the address keeps the canonical one', async ({ page }) => {
  await signIn(page, createAccount('editor', 'Topic namer'));
  await page.goto('/');
  await page.getByRole('link', { name: 'All topics' }).click();
  await expect(page.getByRole('heading', { name: 'Topics', level: 1 })).toBeVisible();
  const row = page.locator('li[data-topic]').first();
  const topic = (await row.getAttribute('data-topic'))!;
  await row.getByLabel('English name').fill('Summit talks');
  await row.getByLabel('Simplified Chinese name').fill('峰会会谈');
  await row.getByRole('button', { name: 'Save names' }).click();
  await expect(row.getByRole('status')).toHaveText('Names saved.');
  await expect(row.getByRole('link', { name: 'Summit talks' })).toHaveAttribute('href', `/?topic=${topic}`);

  try {
    await page.goto('/');
    const filter = page.getByLabel('Topic', { exact: true });
    await expect(filter.locator(`option[value="${topic}"]`)).toHaveText('Summit talks');
    await filter.selectOption(topic);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]topic=${topic}(&|$)`));
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await page.locator('tbody tr a[href^="/claims/"]').first().click();
    await expect(page.locator(`a[data-topic="${topic}"]`)).toHaveText('Summit talks');

    // In Simplified Chinese the Chinese name; in Traditional (not named) the canonical name.
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.locator(`a[data-topic="${topic}"]`)).toHaveText('峰会会谈');
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.locator(`a[data-topic="${topic}"]`)).toHaveText(topic);
    await page.getByRole('button', { name: 'English' }).click();

    // Readers see the names, not the form.
    await signOut(page);
    await page.goto('/topics');
    await expect(page.locator(`li[data-topic="${topic}"]`).getByRole('link', { name: 'Summit talks' })).toBeVisible();
    await expect(page.getByLabel('English name')).toHaveCount(0);
  } finally {
    // Leave the seed's topics unnamed for the other specs.
    await signIn(page, createAccount('editor', 'Topic unnamer'));
    await page.goto('/topics');
    const again = page.locator(`li[data-topic="${topic}"]`);
    await again.getByLabel('English name').fill('');
    await again.getByLabel('Simplified Chinese name').fill('');
    await again.getByRole('button', { name: 'Save names' }).click();
    await expect(again.getByRole('status')).toHaveText('Names saved.');
  }
});
