// A much-quoted claim stays readable: the claim page shows the first quotes of each outlet and
// a link to all of them; editors get omission marks for the newest articles only.
import { expect, test } from '@playwright/test';
import { validateClaimReview } from '../validators/claim-review';
import { createAccount, createToken, signIn } from './support/accounts';

test('a claim quoted many times in one outlet shows five quotes and a link to all of them', async ({ page, request }) => {
  const editor = createAccount('editor', 'Quoter');
  const headers = { authorization: `Bearer ${createToken(editor)}` };
  const articles = (await (await request.get('/api/v1/articles')).json()).articles as { id: number; outlet: string }[];
  const voa = articles.find((a) => a.outlet === 'voa')!;
  const text = ((await (await request.get(`/api/v1/articles/${voa.id}`)).json()) as { text: string }).text;

  const created = await request.post('/api/v1/claims', { headers, data: { text: `多次引用的说法 ${Date.now()}`, status: 'published' } });
  expect(created.status()).toBe(201);
  const claim = (await created.json()) as { id: number };
  // six quotes of different passages, six characters each, from the start of the text
  const chars = [...text];
  for (let i = 0; i < 6; i++) {
    const start = i * 10;
    const response = await request.post(`/api/v1/claims/${claim.id}/evidence`, {
      headers,
      data: { articleId: voa.id, stance: 'states', start, end: start + 6, exact: chars.slice(start, start + 6).join('') },
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  await page.goto(`/claims/${claim.id}`);
  const section = page.locator('section[data-outlet="voa"]');
  await expect(section.locator('[data-evidence-id]')).toHaveCount(5);
  await section.getByRole('link', { name: 'Show all 6 quotes' }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}\\?quotes=voa#outlet-voa$`));
  await expect(page.locator('section[data-outlet="voa"] [data-evidence-id]')).toHaveCount(6);
  await expect(page.locator('section[data-outlet="voa"] [data-show-all-quotes]')).toHaveCount(0);

  // an editor sees omission marks for the outlets' articles (one each in the seed)
  await signIn(page, editor);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.locator('section[data-outlet="bbc"] [data-omission-article]')).toHaveCount(1);
  await expect(page.locator('section[data-outlet="bbc"] [data-older-articles]')).toHaveCount(0);
});

test('a published claim’s page carries its ClaimReview as JSON-LD, naming the page as its url', async ({ request, baseURL }) => {
  const response = await request.get('/claims/5');
  expect(response.status()).toBe(200);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  const review = JSON.parse(scripts[0]![1]!);
  expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: `${baseURL}/claims/5` });
  expect(validateClaimReview(review)).toEqual([]);
});

test('a quantity claim’s value table has a row per stated value, naming its outlets, each with its agreement', async ({ page, request }) => {
  const list = (await (await request.get('/api/v1/claims?pageSize=100')).json()) as { claims: { id: number; value: number | null; unit: string | null }[] };
  const claim = list.claims.find((c) => c.value === 10 && c.unit === 'member states')!;
  await page.goto(`/claims/${claim.id}`);
  const rows = page.getByTestId('value-table').locator('tbody tr');
  // the seed's two quotes (other specs may add more to this claim: a row each new value)
  const row = (outlet: string, stance: string) => rows.filter({ has: page.locator(`th a[href="#outlet-${outlet}"]`) }).filter({ has: page.locator(`[data-stance="${stance}"]`) });
  await expect(row('epochtimes', 'states')).toHaveCount(1);
  await expect(row('epochtimes', 'states')).toHaveAttribute('data-agreement', 'agrees');
  await expect(row('kanzhongguo', 'contradicts')).toHaveCount(1);
  await expect(row('kanzhongguo', 'contradicts')).toHaveAttribute('data-agreement', 'disagrees');
  await expect(row('kanzhongguo', 'contradicts').locator('td').nth(1)).toContainText('9');
  // one row per stated value and stance: never more rows than quotes
  const quotes = await page.locator('[data-evidence-id]').count();
  expect(await rows.count()).toBeLessThanOrEqual(quotes);
});
