// Readers' journeys: a filtered, shared and reloaded view of the claim table; search across
// scripts down to the passage in the article; and the interface language switch
// (the axe-core checks of every page live in accessibility.spec.ts).
import { expect, test } from '@playwright/test';

test('filter to contested claims, share the URL, reload it: the same view', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  const all = await page.locator('table[aria-label="Claims by outlet"] tbody tr').count();
  await page.getByLabel(/Contested only/).check();
  await page.getByLabel('Sort').selectOption('contested');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/contested=1/);
  await expect(page).toHaveURL(/sort=contested/);
  const rows = page.locator('table[aria-label="Claims by outlet"] tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(all);
  const texts = await rows.locator('th').allInnerTexts();
  // every row has an outlet stating and another contradicting
  for (let i = 0; i < count; i++) {
    const stances = await rows.nth(i).locator('td[data-stance]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-stance')));
    expect(stances.some((s) => s === 'states' || s === 'mixed')).toBe(true);
    expect(stances.some((s) => s === 'contradicts' || s === 'mixed')).toBe(true);
  }

  // Shared: another reader opens the same URL in a fresh browser context.
  const shared = page.url();
  const other = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await other.goto(shared);
  await expect(other.getByLabel(/Contested only/)).toBeChecked();
  expect(await other.locator('table[aria-label="Claims by outlet"] tbody tr th').allInnerTexts()).toEqual(texts);
  await other.reload();
  expect(await other.locator('table[aria-label="Claims by outlet"] tbody tr th').allInnerTexts()).toEqual(texts);
  await other.close();
});

test('columns can be hidden and reordered, and arrow keys move between cells', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?cols=voa,bbc');
  const headers = page.locator('table[aria-label="Claims by outlet"] thead th[data-outlet]');
  expect(await headers.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-outlet')))).toEqual(['voa', 'bbc']);
  const firstCell = page.locator('tbody tr').first().locator('td[data-col="1"] a');
  await firstCell.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('tbody tr').first().locator('td[data-col="2"] a')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('tbody tr').nth(1).locator('td[data-col="2"] a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/\d+#outlet-bbc$/);
});

test('the column chooser adds a hidden outlet and keeps the view', async ({ page }) => {
  await page.goto('/?sort=contested&cols=voa');
  // other specs may have added outlets by importing: count them from the summary
  await page.getByText(/^Columns \(1 of \d+\)/).click();
  await page.getByLabel('Add a column').selectOption('bbc');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/\?sort=contested&cols=voa%2Cbbc$/);
  const headers = page.locator('table[aria-label="Claims by outlet"] thead th[data-outlet]');
  await expect(headers).toHaveCount(2);
  expect(await headers.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-outlet')))).toEqual(['voa', 'bbc']);
  // the outlets still hidden are offered, the ones shown are not
  await page.getByText(/^Columns \(2 of \d+\)/).click();
  const offered = await page.getByLabel('Add a column').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(expect.arrayContaining(['epochtimes', 'kanzhongguo', 'rfa']));
  expect(offered).not.toContain('voa');
  expect(offered).not.toContain('bbc');
});

test('search 习近平 and reach the Kanzhongguo article passage (written 習近平)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search claims and articles').fill('习近平');
  await page.getByRole('button', { name: 'Search' }).click();
  const result = page.locator('li[data-outlet="kanzhongguo"]');
  await expect(result).toBeVisible();
  await expect(result.locator('mark.search-hit').first()).toHaveText('習近平');
  await result.locator('a[data-passage]').first().click();
  await expect(page).toHaveURL(/\/articles\/\d+\?q=.*#hit-0$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('習借「上合」再會普京');
  const hit = page.locator('#hit-0');
  await expect(hit).toBeInViewport();
  await expect(page.locator('mark.search-hit').first()).toHaveText('習近平');
  await expect(page.getByTestId('search-hits')).toContainText('matches');
});

test('switch the interface to Chinese and back; content keeps its language', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' })).toBeVisible();
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '说法' })).toBeVisible();
  // stance labels follow the interface; the claims themselves stay as written
  await expect(page.locator('td[data-stance="states"]').first()).toContainText('陈述');
  await expect(page.locator('tbody')).toContainText('至少9次访问俄罗斯');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' })).toBeVisible();
});

test('the interface follows the browser language when nothing was chosen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('link', { name: '說法' })).toBeVisible();
  await context.close();
});
