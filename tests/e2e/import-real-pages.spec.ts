// Importing pages as real sites publish them: metadata read from JSON-LD and Open Graph (and
// the review says where each field came from), a page without a date that the editor dates,
// a second article of a stored site matched to its outlet, and correcting an article's
// metadata after import, then deleting it (it has no quotes).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn } from './support/accounts';

const fixture = (name: string) => readFileSync(`lib/importer/fixtures/${name}`, 'utf8');

async function upload(page: Page, name: string, html: string) {
  await page.getByLabel(/Article files/).setInputFiles([{ name, mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') }]);
  const item = page.locator(`li[data-import-file="${name}"]`);
  await expect(item.getByLabel('Title')).toBeVisible({ timeout: 20_000 });
  return item;
}

test('JSON-LD metadata, a missing date supplied by the editor, and pressing Extract after choosing a file', async ({ page }) => {
  await signIn(page, createAccount('editor', 'Web importer'));
  await page.goto('/import');

  const news = await upload(page, 'meridian.html', fixture('jsonld-news-en.html'));
  await expect(news.getByLabel('Title')).toHaveValue('Leaders meet in Astana as regional bloc expands');
  await expect(news.getByLabel('Author')).toHaveValue('Jane Okafor、Tomas Lindqvist');
  await expect(news.getByLabel('Published (UTC)')).toHaveValue(/^2024-07-04T09:15(:00)?$/);
  await expect(news.locator('[data-field-source]').first()).toHaveText('from: json-ld');
  await expect(news.getByLabel('New outlet name')).toHaveValue('The Meridian Post');
  await expect(news.getByLabel('Slug')).toHaveValue('meridianpost-example');
  // The paste box is empty: Extract adds nothing (the file was extracted when chosen).
  await page.getByRole('button', { name: 'Extract', exact: true }).click();
  await expect(page.getByText('Paste an article first')).toBeVisible();
  await expect(page.locator('li[data-import-file]')).toHaveCount(1);
  await news.getByRole('button', { name: 'Save article' }).click();
  await expect(news.locator('[data-import-status="imported"]')).toBeVisible();

  const undated = await upload(page, 'undated.html', fixture('no-date-zh.html'));
  await expect(undated.getByText('No publication date found')).toBeVisible();
  await expect(undated.getByLabel('New outlet name')).toHaveValue('远山评论');
  await undated.getByLabel('Slug').fill('yuanshan');
  await undated.getByLabel('Published (UTC)').fill('2024-07-08T08:00:00');
  await undated.getByRole('button', { name: 'Save article' }).click();
  await expect(undated.locator('[data-import-status="imported"]')).toBeVisible();
  await undated.getByRole('link', { name: '观察：扩员之后的上合组织' }).click();
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2024-07-08T08:00:00.000Z');
});

test('a second article of a stored site is matched to its outlet; metadata is corrected after import; an unquoted article is deleted', async ({ page }) => {
  await signIn(page, createAccount('editor', 'Outlet matcher'));
  await page.goto('/import');
  const first = await upload(page, 'dw-1.html', fixture('og-only-zh.html'));
  await first.getByLabel('Slug').fill('deutsche-welle');
  await first.getByRole('button', { name: 'Save article' }).click();
  await expect(first.locator('[data-import-status="imported"]')).toBeVisible();

  // Another dw.com story that calls its site something else: matched by the homepage.
  const second = fixture('og-only-zh.html')
    .replaceAll('德国之声', 'DW 中文')
    .replace('a-69580001', 'a-69580002')
    .replace('上海合作组织峰会周四', '上海合作组织峰会本周四');
  const item = await upload(page, 'dw-2.html', second);
  await expect(item.getByLabel('Outlet')).toHaveValue('deutsche-welle');
  await expect(item.getByLabel('New outlet name')).toHaveCount(0);
  await item.getByRole('button', { name: 'Save article' }).click();
  await expect(item.locator('[data-import-status="imported"]')).toBeVisible();

  await item.locator('[data-import-status] a').click();
  await expect(page.getByText('德国之声', { exact: true }).first()).toBeVisible();
  await page.getByText('Edit article details').click();
  await page.getByLabel('Title').fill('上合组织峰会开幕（更正）');
  await page.getByLabel('Author').fill('李华');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Details saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('上合组织峰会开幕（更正）');

  await page.getByRole('button', { name: 'Delete article' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

test('an article with quotes says why it cannot be deleted', async ({ page }) => {
  await signIn(page, createAccount('editor', 'Careful editor'));
  // A seed article: the starter claims quote every one of them.
  const list = (await (await page.request.get('/api/v1/articles?outlet=bbc')).json()) as { articles: { id: number }[] };
  await page.goto(`/articles/${list.articles[0]!.id}`);
  await page.getByText('Edit article details').click();
  await expect(page.getByTestId('cannot-delete-article')).toContainText(/cannot be deleted: it has \d+ quotes?/);
  await expect(page.getByRole('button', { name: 'Delete article' })).toHaveCount(0);
});
