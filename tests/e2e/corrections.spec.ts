// Correcting mistakes (issue 13): a deleted claim is listed for editors and comes back with its
// quotes and omission marks; editing a claim's value flags its cells "needs re-review" in the
// table and on the claim page until an editor confirms them.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAccount, createToken, signIn } from './support/accounts';

async function claimWithQuotes(request: APIRequestContext, headers: Record<string, string>, text: string) {
  const articles = (await (await request.get('/api/v1/articles')).json()).articles as { id: number; outlet: string }[];
  const voa = articles.find((a) => a.outlet === 'voa')!;
  const bbc = articles.find((a) => a.outlet === 'bbc')!;
  const body = ((await (await request.get(`/api/v1/articles/${voa.id}`)).json()) as { text: string }).text;
  const created = await request.post('/api/v1/claims', { headers, data: { text, kind: 'quantity', value: 9, comparator: 'eq', status: 'published' } });
  expect(created.status()).toBe(201);
  const claim = (await created.json()) as { id: number; version: number };
  const chars = [...body];
  const start = 40 + (Date.now() % 200);
  const quote = await request.post(`/api/v1/claims/${claim.id}/evidence`, {
    headers,
    data: { articleId: voa.id, stance: 'states', start, end: start + 8, exact: chars.slice(start, start + 8).join(''), statedValue: '9' },
  });
  expect(quote.status(), await quote.text()).toBe(201);
  const mark = await request.put(`/api/v1/claims/${claim.id}/reviews/${bbc.id}`, { headers, data: { verdict: 'omits' } });
  expect(mark.status(), await mark.text()).toBe(200);
  return claim;
}

test('an editor restores a deleted claim with its quotes and omission marks', async ({ page, request }) => {
  const editor = createAccount('editor', 'Restorer');
  const headers = { authorization: `Bearer ${createToken(editor)}` };
  const text = `Nine boats were seen ${Date.now()}`;
  const claim = await claimWithQuotes(request, headers, text);

  await signIn(page, editor);
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole('button', { name: 'Delete claim' }).click();
  await page.getByRole('button', { name: 'Delete claim' }).last().click();
  await expect(page).toHaveURL(/\/$/);

  // readers do not see it
  const anonymous = await request.get(`/claims/${claim.id}`);
  expect(anonymous.status()).toBe(404);

  await page.goto('/review');
  await page.getByRole('link', { name: 'Deleted claims' }).click();
  await expect(page).toHaveURL(/\/claims\/deleted$/);
  await page.locator(`li[data-deleted-claim="${claim.id}"]`).getByRole('link', { name: text }).click();
  await expect(page.locator(`[data-deleted-claim="${claim.id}"]`)).toContainText('This claim was deleted');
  await expect(page.getByTestId('claim-history').locator('li[data-action="delete"][data-entity="claim"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Restore this claim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  await expect(page.locator('section[data-outlet="voa"]')).toHaveAttribute('data-stance', 'states');
  await expect(page.locator('section[data-outlet="voa"] [data-evidence-id]')).toHaveCount(1);
  await expect(page.locator('section[data-outlet="bbc"]')).toHaveAttribute('data-stance', 'omits');
  // the quote is back: its old deletion offers no second restore
  await expect(page.locator('[data-quote-back]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Restore this quote' })).toHaveCount(0);
});

test('changing a value from 9 to 10 flags its cells for re-review until an editor confirms them', async ({ page, request }) => {
  const editor = createAccount('editor', 'Reviewer');
  const headers = { authorization: `Bearer ${createToken(editor)}` };
  const text = `Nine ships docked ${Date.now()}`;
  const claim = await claimWithQuotes(request, headers, text);

  await signIn(page, editor);
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole('button', { name: 'Edit claim', exact: true }).click();
  await page.locator('#claim-value').fill('10');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const voa = page.locator('section[data-outlet="voa"]');
  await expect(voa).toHaveAttribute('data-stance', 'rereview');
  await expect(voa.locator('[data-needs-rereview]')).toContainText('The claim changed after these were recorded');
  await expect(page.locator('section[data-outlet="bbc"]')).toHaveAttribute('data-stance', 'rereview');

  // the table shows it too
  await page.goto(`/?q=${encodeURIComponent(text)}`);
  await expect(page.locator(`tr[data-claim-id="${claim.id}"] td[data-outlet="voa"]`)).toHaveAttribute('data-stance', 'rereview');

  // and the review queue lists it
  await page.goto('/review');
  await expect(page.locator(`[data-rereview-cell="${claim.id}:voa"]`)).toBeVisible();

  await page.goto(`/claims/${claim.id}`);
  await voa.locator('[data-confirm-cell="voa"]').click();
  await expect(voa).toHaveAttribute('data-stance', 'states');
  await expect(page.locator('section[data-outlet="bbc"]')).toHaveAttribute('data-stance', 'rereview');
  await page.goto(`/?q=${encodeURIComponent(text)}`);
  await expect(page.locator(`tr[data-claim-id="${claim.id}"] td[data-outlet="voa"]`)).toHaveAttribute('data-stance', 'states');
});
