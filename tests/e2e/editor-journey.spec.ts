// The editors' loop end to end: an editor signs in, tags a sentence of the VOA article as a
// new claim, marks the BBC article as omitting it, publishes it and signs out; a reader then
// sees the claim in the table with those two cells, and the changes in the claim's history.
// Also: text is always rendered as text, even markup that reached the database some other way.
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { createAccount, signIn, signOut } from './support/accounts';
import { e2eDatabaseUrl } from './support/ports';
import { dragSelect } from './support/select';

const SENTENCE = '普京周三将举行一系列的双边会谈';

test('an editor tags a claim and an omission; a reader sees both cells and the history', async ({ page, request }) => {
  const articles = (await (await request.get('/api/v1/articles')).json()).articles as { id: number; outlet: string }[];
  const voa = articles.find((a) => a.outlet === 'voa')!;
  const bbc = articles.find((a) => a.outlet === 'bbc')!;
  const editor = createAccount('editor', 'Journey Editor');

  await signIn(page, editor);
  await page.goto(`/articles/${voa.id}`);
  await expect(page.locator('[data-article-annotator]')).toHaveAttribute('data-annotator-ready', 'true');
  await dragSelect(page, SENTENCE);

  const form = page.getByRole('dialog', { name: 'Tag the selected quote' });
  await expect(form.locator('[data-selected-quote]')).toHaveText(SENTENCE);
  await form.getByLabel('New claim from selection').check();
  await form.getByLabel('Claim text').fill('普京在阿斯塔纳上合峰会期间举行一系列双边会谈');
  await form.getByRole('radio', { name: /States/ }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);

  // Open the new claim from the article's list of claims, once the page has refreshed.
  await page.getByRole('complementary').getByRole('link', { name: /普京在阿斯塔纳上合峰会期间/ }).click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  const claimUrl = new URL(page.url()).pathname;
  await expect(page.locator('section[data-outlet="voa"]')).toHaveAttribute('data-stance', 'states');

  // Mark the BBC article as checked and not mentioning it, then publish.
  await page.locator(`li[data-omission-article="${bbc.id}"]`).getByRole('button', { name: /Mark as omitting/ }).click();
  await expect(page.locator('section[data-outlet="bbc"]')).toHaveAttribute('data-stance', 'omits');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();
  await signOut(page);

  // A reader (no account) sees the claim in the table with those two cells.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?q=' + encodeURIComponent('普京在阿斯塔纳上合峰会期间'));
  const row = page.getByRole('table', { name: 'Claims by outlet' }).locator('tbody tr', { hasText: '普京在阿斯塔纳上合峰会期间' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td[data-outlet="voa"]')).toHaveAttribute('data-stance', 'states');
  await expect(row.locator('td[data-outlet="bbc"]')).toHaveAttribute('data-stance', 'omits');
  await expect(row.locator('td[data-outlet="rfa"]')).toHaveAttribute('data-stance', 'unchecked');

  // ... and the changes in the claim's history, with who made them.
  await page.goto(claimUrl);
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  const history = page.getByTestId('claim-history');
  await expect(history.locator('[data-entity="claim"][data-action="create"]')).toContainText('Journey Editor');
  await expect(history.locator('[data-entity="evidence"][data-action="create"]')).toContainText(SENTENCE);
  await expect(history.locator('[data-entity="review"][data-action="create"]')).toContainText('习近平疫情后首次外访');
  await expect(history.locator('[data-entity="claim"][data-action="update"]')).toContainText('status');
});

test('markup stored in a claim or a note is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  let claimId: number;
  try {
    // Straight into the database: the app's own validation refuses markup (tested elsewhere),
    // so this is data that arrived another way, e.g. an old dump.
    claimId = (await client.query<{ id: number }>(
      `INSERT INTO claims (text, status, search_text) VALUES ($1, 'published', $2) RETURNING id`,
      [payload, payload],
    )).rows[0]!.id;
    const evidence = (await client.query<{ id: number; article_id: number; exact: string; prefix: string; suffix: string; start: number; end: number; stance: string }>(
      `SELECT * FROM evidence ORDER BY id LIMIT 1`,
    )).rows[0]!;
    await client.query(
      `INSERT INTO evidence (claim_id, article_id, stance, exact, prefix, suffix, start, "end", note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [claimId, evidence.article_id, evidence.stance, evidence.exact, evidence.prefix, evidence.suffix, evidence.start, evidence.end, payload],
    );
  } finally {
    await client.end();
  }

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const url of ['/', `/claims/${claimId}`, `/search?q=${encodeURIComponent('onerror')}`]) {
    await page.goto(url);
    await expect(page.getByText(payload).first()).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});
