// Readers take claim reports elsewhere: from the claim table (with its filters), a claim page
// and an outlet page, in each format, and as a printable report.
import { expect, test } from '@playwright/test';

test('the claim table exports its current view; claim and outlet pages export theirs', async ({ page, request }) => {
  await page.goto('/?contested=1');
  const rows = await page.locator('table[aria-label="Claims by outlet"] tbody tr').count();
  const csvHref = await page.getByTestId('export-links').locator('a[data-format="csv"]').getAttribute('href');
  expect(csvHref).toContain('contested=1');
  const csv = await request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="claimgrid-csv-/);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString('utf8').trim().split(/\r?\n/);
  expect(lines[0]).toContain('claim_id');
  expect(lines.length - 1).toBe(rows * 5); // one row per claim x outlet

  await page.locator('table[aria-label="Claims by outlet"] tbody tr').first().locator('th a').click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  const jsonLink = page.getByTestId('export-links').locator('a[data-format="json"]');
  await expect(jsonLink).toHaveAttribute('href', /claim=\d+/);
  const jsonHref = await jsonLink.getAttribute('href');
  const json = await request.get(jsonHref!);
  expect(json.status()).toBe(200);
  expect((await json.text()).length).toBeGreaterThan(100);

  await page.goto('/outlets/bbc');
  await expect(page.getByTestId('export-links').locator('a[data-format="md"]')).toHaveAttribute('href', /outlet-page=bbc/);
  const md = await request.get((await page.getByTestId('export-links').locator('a[data-format="md"]').getAttribute('href'))!);
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain('BBC中文');

  await page.goto('/?contested=1');
  await page.getByTestId('export-links').locator('a[data-format="report"]').click();
  await expect(page).toHaveURL(/\/report\?contested=1/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
