// A reader's first journey on the seeded app: the claim table, a claim page, and the
// article behind a quote with the quote highlighted.
import { expect, test } from '@playwright/test';

const OUTLETS = ['kanzhongguo', 'rfa', 'epochtimes', 'voa', 'bbc'];
const OUTLET_NAMES = ['看中國', '自由亚洲电台', '大纪元', '美国之音', 'BBC中文'];
const VISITS_CLAIM = '至少9次访问俄罗斯';
const VOA_QUOTE = '习近平自2013年以来已经至少9次访问俄罗斯';
// The curated stances in seeds/claims.json; BBC's only article (2022) predates the claim's date.
const EXPECTED: Record<string, { stance: string; label: string }> = {
  kanzhongguo: { stance: 'states', label: 'States' },
  rfa: { stance: 'omits', label: 'Omits' },
  epochtimes: { stance: 'omits', label: 'Omits' },
  voa: { stance: 'states', label: 'States' },
  bbc: { stance: 'predates', label: 'Predates' },
};

test('the claim table shows every outlet and the "9 times" claim with the right stance in each cell', async ({ page }) => {
  // The grid is server-rendered and then hydrated: a mismatch would surface as an error here.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Claims by outlet' });
  await expect(table).toBeVisible();

  const headers = table.locator('thead th[data-outlet]');
  await expect(headers).toHaveCount(5);
  expect((await headers.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-outlet')))).sort()).toEqual([...OUTLETS].sort());
  for (const name of OUTLET_NAMES) await expect(table.locator('thead')).toContainText(name);

  const row = table.locator('tbody tr', { hasText: VISITS_CLAIM });
  await expect(row).toHaveCount(1);
  for (const [slug, expected] of Object.entries(EXPECTED)) {
    const cell = row.locator(`td[data-outlet="${slug}"]`);
    await expect(cell, slug).toHaveAttribute('data-stance', expected.stance);
    // the label is text, not colour alone
    await expect(cell.getByRole('link'), slug).toContainText(expected.label);
  }

  // focusing a cell shows its quote in the grid's one popover, which describes the cell's link;
  // Escape dismisses it
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  const voaLink = row.locator('td[data-outlet="voa"]').getByRole('link');
  await voaLink.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(VOA_QUOTE);
  await expect(voaLink).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(voaLink).not.toHaveAttribute('aria-describedby');

  // the claim's own line counts the outlets that state, contradict and omit it
  const stances = Object.values(EXPECTED).map((e) => e.stance as string);
  const count = (...of: string[]) => stances.filter((s) => of.includes(s)).length;
  const counts = row.locator('th[scope="row"] [data-counts]');
  await expect(counts).toHaveAttribute('data-counts', [count('states', 'mixed'), count('contradicts', 'mixed'), count('omits')].join(','));
  await expect(counts).toContainText('All outlets:');

  // the summary row counts each outlet's stances over the view
  const summary = table.locator('tr[data-summary] td[data-outlet="voa"]');
  await expect(summary).toContainText(/\d/);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('from the claim page a reader reaches the VOA article with the quote highlighted', async ({ page }) => {
  await page.goto('/');
  await page.locator('table tbody tr', { hasText: VISITS_CLAIM }).locator('th a').click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(VISITS_CLAIM);

  const voa = page.locator('section[data-outlet="voa"]');
  await expect(voa).toHaveAttribute('data-stance', 'states');
  // the quote is shown inside its paragraph, highlighted
  const quoteMark = voa.locator('blockquote mark');
  await expect(quoteMark).toHaveText(VOA_QUOTE);
  const paragraph = await voa.locator('blockquote p').innerText();
  expect(paragraph.length).toBeGreaterThan(VOA_QUOTE.length);
  expect(paragraph).toContain('俄罗斯卫星通讯社');

  await voa.getByRole('link', { name: /习普借上合组织峰会再聚首/ }).click();
  await expect(page).toHaveURL(/\/articles\/\d+#e-\d+$/);
  const hash = new URL(page.url()).hash;
  const target = page.locator(`mark${hash}`);
  await expect(target).toHaveText(VOA_QUOTE);
  await expect(target).toHaveAttribute('data-stance', 'states');
  await expect(target).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('习普借上合组织峰会再聚首');
});

test('at phone width the table becomes one card per claim', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Claims by outlet' })).toBeHidden();
  const card = page.getByRole('list', { name: 'Claims' }).locator(':scope > li', { hasText: VISITS_CLAIM });
  await expect(card).toBeVisible();
  await expect(card.locator('[data-outlet="voa"]')).toHaveAttribute('data-stance', 'states');
  await expect(card.locator('[data-outlet="rfa"]')).toContainText('Omits');
});

// A phone's own browser (its user agent says Mobile): the server sends the cards alone, with the
// filters folded, instead of also the grid that CSS would hide on the phone.
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

test("a phone's request gets the cards alone, with the filters folded", async ({ browser, request }) => {
  const html = await (await request.get('/', { headers: { 'user-agent': PHONE_UA } })).text();
  expect(html).not.toContain('<table');
  expect(html).toContain(VISITS_CLAIM);
  // the grid's quote popovers stay off a phone's page (the cards show stances)
  expect(html).not.toContain(VOA_QUOTE);
  // a desktop's request gets the grid alone (a narrow window swaps it for the cards once the page
  // runs), and its quotes once, as the grid's data, not as a popover in every cell
  const desktop = await (await request.get('/')).text();
  expect(desktop).toContain('<table');
  expect(desktop).not.toContain('aria-label="Claims"');
  expect(desktop).not.toContain('role="tooltip"');
  expect(desktop).toContain(VOA_QUOTE);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, userAgent: PHONE_UA });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('table')).toHaveCount(0);
  const card = page.getByRole('list', { name: 'Claims' }).locator(':scope > li', { hasText: VISITS_CLAIM });
  await expect(card).toBeVisible();
  await expect(card.locator('[data-outlet="voa"]')).toHaveAttribute('data-stance', 'states');
  // the introduction speaks of cards, not of hovering over cells and arrow keys
  await expect(page.getByText(/Each card shows a claim/)).toBeVisible();
  await expect(page.getByText(/Hover or focus a cell/)).toHaveCount(0);
  // folded as sent, so nothing moves when the page comes alive
  await expect(page.locator('details[data-fold-on-phone]')).not.toHaveAttribute('open');
  await page.getByText('Filter and sort').click();
  await expect(page.getByLabel('Search claims')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('the read API answers with the documented shapes, and unknown ids with a JSON 404', async ({ request }) => {
  const claims = await (await request.get('/api/v1/claims')).json();
  const visits = claims.claims.find((c: { text: string }) => c.text.includes(VISITS_CLAIM));
  expect(Object.keys(visits.cells).sort()).toEqual([...OUTLETS].sort());
  expect(visits.cells.voa.stance).toBe('states');
  expect(visits.cells.voa.evidence[0]).toMatchObject({ stance: 'states', exact: VOA_QUOTE });

  const outlets = await (await request.get('/api/v1/outlets')).json();
  expect(outlets.outlets.map((o: { slug: string }) => o.slug).sort()).toEqual([...OUTLETS].sort());
  expect(outlets.outlets[0]).toHaveProperty('name');

  const articles = (await (await request.get('/api/v1/articles')).json()).articles as Record<string, unknown>[];
  const voa = articles.find((a) => a.outlet === 'voa')!;
  expect(voa).toMatchObject({ title: expect.stringContaining('习普借上合组织峰会再聚首'), language: 'zh-Hans', author: null });
  expect(voa.url).toMatch(/^https:\/\/www\.voachinese\.com\//);
  expect(new Date(voa.publishedAt as string).toISOString()).toBe(voa.publishedAt);
  const article = await (await request.get(`/api/v1/articles/${voa.id}`)).json();
  const evidence = visits.cells.voa.evidence[0];
  // offsets are code points into the article text
  expect([...article.text].slice(evidence.start, evidence.end).join('')).toBe(VOA_QUOTE);

  const missing = await request.get('/api/v1/claims/999999');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toContain('application/problem+json');
  expect((await missing.json()).status).toBe(404);
  expect((await request.get('/api/v1/articles/nope')).status()).toBe(404);
});
