// What a phone downloads on a first visit: no page waits for a web font, and each of the main
// pages stays within the transfer budget (bytes on the wire, compressed, every request counted).
import { expect, test, type Page } from '@playwright/test';

const PAGE_BUDGET_BYTES = 300 * 1024;
const FONT_BUDGET_BYTES = 0;

type Weight = { total: number; fonts: number; fontUrls: string[]; prefetches: string[] };

async function firstVisit(page: Page, url: string): Promise<Weight> {
  const weight: Weight = { total: 0, fonts: 0, fontUrls: [], prefetches: [] };
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    // a router fetch of another page's payload, with no navigation asked for
    if (request.headers()['next-router-prefetch'] || /[?&]_rsc=/.test(request.url())) weight.prefetches.push(request.url());
  });
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
        weight.total += bytes;
        if (request.resourceType() === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(request.url())) {
          weight.fonts += bytes;
          weight.fontUrls.push(request.url());
        }
      }),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return weight;
}

async function ids(page: Page): Promise<{ claim: number; article: number }> {
  const claims = (await (await page.request.get('/api/v1/claims')).json()).claims as { id: number }[];
  const articles = (await (await page.request.get('/api/v1/articles')).json()).articles as { id: number }[];
  return { claim: claims[0]!.id, article: articles[0]!.id };
}

for (const [name, path] of [
  ['the claim table', () => '/'],
  ['a claim page', (i: { claim: number }) => `/claims/${i.claim}`],
  ['an article page', (i: { article: number }) => `/articles/${i.article}`],
] as const) {
  test(`${name} loads no web font and stays within ${PAGE_BUDGET_BYTES / 1024} KiB on a first visit`, async ({ browser }) => {
    // a phone-sized, cache-less first visit, Chinese interface
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const url = (path as (i: { claim: number; article: number }) => string)(await ids(page));
    const weight = await firstVisit(page, url);
    expect(weight.total, "the visit was measured").toBeGreaterThan(10_000);
    expect(weight.fontUrls, 'web fonts requested').toEqual([]);
    expect(weight.fonts).toBeLessThanOrEqual(FONT_BUDGET_BYTES);
    expect(weight.total, `${url} transferred ${weight.total} bytes`).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    // no page on screen is fetched ahead (components/link.tsx): each would be a server render
    expect(weight.prefetches, 'pages prefetched').toEqual([]);
    // text is painted in a system font: the computed font stack names no web font
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).not.toMatch(/Variable/);
    await context.close();
  });
}
