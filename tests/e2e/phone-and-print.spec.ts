// Phones and print (issue 13): tagging a touch selection on a 390 px phone, with the form's
// Save in view; and the printed report's matrix, whose stance labels must fit their cells for
// 5 to 12 outlets on A4, in English and Chinese (element boxes under print media at the A4
// page's content width).
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn } from './support/accounts';
import { e2eDatabaseUrl } from './support/ports';

test('an editor tags a touch selection at 390 px, with Save in view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await signIn(page, createAccount('editor', 'Phone Editor'));
  const list = (await (await page.request.get('/api/v1/articles')).json()) as { articles: { id: number; outlet: string }[] };
  const voa = list.articles.find((a) => a.outlet === 'voa')!;
  await page.goto(`/articles/${voa.id}`);
  await expect(page.locator('[data-article-annotator]')).toHaveAttribute('data-annotator-ready', 'true');

  // A touch user's selection: no mouse-up, only selection changes as the handles move.
  const quote = '多方面合作及改进的前景';
  await page.evaluate((needle) => {
    const root = document.querySelector('[data-article-root]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const selection = window.getSelection()!;
      const range = document.createRange();
      // first a word, then the handle dragged to the end of the phrase
      range.setStart(node, at);
      range.setEnd(node, at + 2);
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      selection.extend(node, at + needle.length);
      document.dispatchEvent(new Event('selectionchange'));
      return;
    }
    throw new Error('quote not found');
  }, quote);
  const tag = page.getByRole('button', { name: 'Tag selection' });
  await expect(tag).toBeInViewport();
  await tag.tap();

  const form = page.getByRole('dialog', { name: 'Tag the selected quote' });
  await expect(form.locator('[data-selected-quote]')).toHaveText(quote);
  // The panel fits the screen, and Save is in view without scrolling.
  const box = (await form.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await form.getByLabel('New claim from selection').check();
  await form.getByLabel('Claim text').fill('习普会谈讨论了多方面合作的前景');
  await form.getByRole('radio', { name: /States/ }).check();
  const save = form.getByRole('button', { name: 'Save' });
  await expect(save).toBeInViewport({ ratio: 1 });
  await save.tap();
  await expect(form).toHaveCount(0);
  await expect(page.locator('mark.evidence', { hasText: quote }).first()).toHaveAttribute('data-stance', 'states');
  await context.close();
});

/** Outlets with long names, made directly in the database (the report shows any outlet chosen in cols). */
async function ensureOutlets(count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const existing = (await client.query<{ slug: string }>('SELECT slug FROM outlets ORDER BY id')).rows.map((r) => r.slug);
    for (let i = existing.length; i < count; i++) {
      const language = i % 2 ? 'zh-Hant' : 'zh-Hans';
      const name = i % 2 ? `國際廣播電台第${i}頻道` : `International Broadcasting Corporation ${i}`;
      await client.query(`INSERT INTO outlets (slug, name, language) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`, [`print-${i}`, name, language]);
    }
    return (await client.query<{ slug: string }>('SELECT slug FROM outlets ORDER BY id LIMIT $1', [count])).rows.map((r) => r.slug);
  } finally {
    await client.end();
  }
}

/** Every matrix label that does not fit inside its cell. */
async function overflowingLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.report-matrix td [data-stance]')].flatMap((badge) => {
      const cell = badge.closest('td')!.getBoundingClientRect();
      const label = badge.querySelector('[data-stance-label]') as HTMLElement;
      const b = badge.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      const fits =
        b.left >= cell.left - 0.5 && b.right <= cell.right + 0.5 && l.left >= b.left - 0.5 && l.right <= b.right + 0.5 && label.scrollWidth <= Math.ceil(l.width) + 0.5 && l.height < 40;
      return fits ? [] : [`${label.textContent} in ${Math.round(cell.width)}px (label ${Math.round(l.width)}px, scroll ${label.scrollWidth}px)`];
    }),
  );
}

for (const count of [5, 12]) {
  for (const locale of ['en', 'zh-Hans'] as const) {
    test(`the printed matrix fits every stance label on A4: ${count} outlets, ${locale}`, async ({ browser }) => {
      const slugs = await ensureOutlets(count);
      // A4 minus the report's 16 mm side margins: 178 mm = 673 CSS px.
      const context = await browser.newContext({ viewport: { width: 673, height: 1000 }, locale: locale === 'en' ? 'en-GB' : 'zh-CN' });
      await context.addCookies([{ name: 'claimgrid-locale', value: locale, url: test.info().project.use.baseURL! }]);
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(`/report?cols=${slugs.join(',')}`);
      const badges = page.locator('.report-matrix td [data-stance]');
      await expect(badges.first()).toBeVisible();
      expect(await page.locator('.report-matrix thead th[lang]').count()).toBe(count);
      const labels = await badges.locator('[data-stance-label]').allTextContents();
      expect(labels.length).toBeGreaterThan(count);
      if (locale === 'zh-Hans') expect(labels.join('')).toMatch(/[\u4e00-\u9fff]/);
      expect(await overflowingLabels(page)).toEqual([]);
      // Every table lies within the page's width.
      const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.report-matrix')].map((t) => t.getBoundingClientRect().right)));
      expect(widest).toBeLessThanOrEqual(673);
      await context.close();
    });
  }
}

test('on a phone the filters fold away above the claims, and a filtered address carries no empty fields', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  const fold = page.locator('details[data-fold-on-phone]');
  await expect(fold).toHaveAttribute('data-fold-ready', 'true');
  await expect(fold).toHaveJSProperty('open', false);
  await expect(page.getByRole('search')).toBeHidden();
  await fold.locator('summary').tap();
  await page.getByLabel('Stance', { exact: true }).selectOption('contradicts');
  await page.getByRole('button', { name: 'Apply' }).tap();
  await expect(page).toHaveURL(/\/\?stance=contradicts$/);
  // A filter in use keeps the filters open.
  await expect(fold).toHaveAttribute('data-fold-ready', 'true');
  await expect(fold).toHaveJSProperty('open', true);
  // An old address with empty fields is cleaned up.
  await page.goto('/?q=&stance=&outlet=voa&topic=&kind=&sort=newest');
  await expect(page).toHaveURL(/\/\?outlet=voa$/);
  await context.close();
});

test('times show in the reader’s time zone, after a hydration that matches the server', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const list = (await (await page.request.get('/api/v1/articles')).json()) as { articles: { id: number; outlet: string; publishedAt: string }[] };
  const article = list.articles[0]!;
  const html = await (await page.request.get(`/articles/${article.id}`)).text();
  expect(html).toContain(`${article.publishedAt.slice(0, 16).replace('T', ' ')} UTC`);
  await page.goto(`/articles/${article.id}`);
  const time = page.locator(`time[datetime="${article.publishedAt}"]`).first();
  await expect(time).toContainText(/GMT\+8/);
  expect(errors.filter((e) => /hydrat/i.test(e))).toEqual([]);
  await context.close();
});

test('the grid’s quote popover is never cut off by the table’s edge', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto('/');
  const cells = page.locator('td.cg-cell:not([data-stance="unchecked"]) a');
  await expect(cells.first()).toBeVisible();
  // The last cell with a quote sits at the grid's bottom and, in a wide row, by its right edge.
  for (const cell of [cells.first(), cells.last()]) {
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const visible = await tip.evaluate((element) => {
      const box = element.getBoundingClientRect();
      // The tip ignores the pointer (pointer-events: none); let hit testing see it for a moment.
      (element as HTMLElement).style.pointerEvents = 'auto';
      const corners = [
        [box.left + 3, box.top + 3],
        [box.right - 3, box.top + 3],
        [box.left + 3, box.bottom - 3],
        [box.right - 3, box.bottom - 3],
      ];
      // What is painted at each inner corner belongs to the tip: nothing clips or covers it.
      const seen = corners.map(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return Boolean(hit && element.contains(hit));
      });
      (element as HTMLElement).style.pointerEvents = '';
      return seen;
    });
    expect(visible).toEqual([true, true, true, true]);
  }
});
