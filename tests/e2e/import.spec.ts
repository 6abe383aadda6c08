// Editors bring in new articles: upload files, review and correct what was extracted, save;
// bad files get a clear message and save nothing; the same file twice is a duplicate.
import { expect, test } from '@playwright/test';
import { createAccount, signIn } from './support/accounts';

const ARTICLE = `---
title: "上合峰会后中俄关系的新观察"
date: 2024-07-08T02:00:00Z
author: 测试记者
from: https://www.rfa.org/mandarin/e2e-import-test.html
---
<script>alert('imported script')</script>
中俄领导人在阿斯塔纳会面后，分析人士继续讨论两国关系的走向。

第二段：上海合作组织在本次峰会上接纳白俄罗斯为第十个成员国。`;

test('an editor uploads, reviews, corrects and saves an article; bad and repeated files are handled', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await signIn(page, createAccount('editor', 'Importer'));
  await page.goto('/import');
  await page.getByLabel(/Article files/).setInputFiles([
    { name: 'observation.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE, 'utf8') },
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d]) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);

  const good = page.locator('li[data-import-file="observation.md"]');
  await expect(good.getByLabel('Title')).toHaveValue('上合峰会后中俄关系的新观察');
  await expect(good.getByLabel('Author')).toHaveValue('测试记者');
  await expect(good.locator('[data-import-body]')).toContainText('第二段：上海合作组织');
  await expect(good).toContainText('1 script element(s) were removed');
  await expect(page.locator('li[data-import-file="photo.txt"]').getByRole('alert')).toContainText('binary');
  await expect(page.locator('li[data-import-file="empty.txt"]').getByRole('alert')).toContainText('empty');

  await good.getByLabel('Title').fill('上合峰会后中俄关系的新观察（更正）');
  await good.getByRole('button', { name: 'Save article' }).click();
  await expect(good.locator('[data-import-status="imported"]')).toBeVisible();
  await good.getByRole('link', { name: /更正/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('上合峰会后中俄关系的新观察（更正）');
  await expect(page.locator('main')).not.toContainText("alert('imported script')");

  // the same file again is recognised
  await page.goto('/import');
  await page.getByLabel(/Article files/).setInputFiles([{ name: 'observation.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE, 'utf8') }]);
  const again = page.locator('li[data-import-file="observation.md"]');
  await again.getByRole('button', { name: 'Save article' }).click();
  await expect(again.locator('[data-import-status="duplicate"]')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('a file of 1.5 MiB (under the 2 MiB limit) is read and previewed, not failed by the request size', async ({ page }) => {
  await signIn(page, createAccount('editor', 'Big Importer'));
  await page.goto('/import');
  const paragraph = '中俄领导人在阿斯塔纳会面后，分析人士继续讨论两国关系的走向，以及上海合作组织的扩大。';
  const big = `${ARTICLE.replace('e2e-import-test', 'e2e-import-big')}\n\n${Array.from({ length: Math.ceil((1.5 * 1024 * 1024) / Buffer.byteLength(paragraph)) }, (_, i) => `${i}：${paragraph}`).join('\n\n')}`;
  expect(Buffer.byteLength(big)).toBeGreaterThan(1.5 * 1024 * 1024);
  await page.getByLabel(/Article files/).setInputFiles([{ name: 'big.md', mimeType: 'text/markdown', buffer: Buffer.from(big, 'utf8') }]);
  const item = page.locator('li[data-import-file="big.md"]');
  await expect(item.getByLabel('Title')).toHaveValue('上合峰会后中俄关系的新观察', { timeout: 20_000 });
});
