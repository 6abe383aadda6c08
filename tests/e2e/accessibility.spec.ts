// axe-core on every kind of page (no serious or critical violations), for readers, and for an
// admin in English and Chinese. One page per test, so each test's work (and its time budget)
// is one page load and one analysis however busy the machine is.
import { expect, test, type Browser, type BrowserContextOptions } from '@playwright/test';
import { LOCALE_COOKIE } from '../../lib/i18n/locale';
import { createAccount, signIn } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/axe';

type Ids = { claim: number; article: number };

async function seedIds(browser: Browser): Promise<Ids> {
  const context = await browser.newContext();
  try {
    const articles = (await (await context.request.get('/api/v1/articles')).json()).articles as { id: number }[];
    const claims = (await (await context.request.get('/api/v1/claims')).json()).claims as { id: number }[];
    return { claim: claims[0]!.id, article: articles[0]!.id };
  } finally {
    await context.close();
  }
}

const q = encodeURIComponent;

const readerPages: { name: string; url: (ids: Ids) => string; phone?: boolean }[] = [
  { name: 'claim table', url: () => '/' },
  { name: 'claim table, contested', url: () => '/?contested=1&sort=contested' },
  { name: 'claim table at phone width', url: () => '/', phone: true },
  { name: 'claim page', url: (ids) => `/claims/${ids.claim}` },
  { name: 'article page', url: (ids) => `/articles/${ids.article}` },
  { name: 'article page with a search', url: (ids) => `/articles/${ids.article}?q=${q('习近平')}` },
  { name: 'article list', url: () => '/articles' },
  { name: 'outlet page', url: () => '/outlets/voa' },
  { name: 'search (Simplified query)', url: () => `/search?q=${q('习近平')}` },
  { name: 'search (another query)', url: () => `/search?q=${q('普京')}` },
  { name: 'sign-in', url: () => '/sign-in' },
  { name: 'report of contested claims', url: () => '/report?contested=1' },
  { name: 'report of one claim', url: (ids) => `/report?claim=${ids.claim}` },
];

test.describe('readers', () => {
  let ids: Ids;
  test.beforeAll(async ({ browser }) => {
    ids = await seedIds(browser);
  });
  for (const { name, url, phone } of readerPages) {
    test(`${name} passes axe-core`, async ({ page }) => {
      if (phone) await page.setViewportSize({ width: 390, height: 844 });
      const target = url(ids);
      await page.goto(target);
      await expectNoSeriousA11yViolations(page, target);
    });
  }
});

test.describe('an admin', () => {
  let ids: Ids;
  let signedIn: BrowserContextOptions['storageState'];
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(60_000);
    ids = await seedIds(browser);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, createAccount('admin', 'Axe Admin'));
    signedIn = await context.storageState();
    await context.close();
  });

  const adminPages: { url: (ids: Ids) => string; locale?: 'zh-Hans' }[] = [
    { url: () => '/' },
    { url: (ids) => `/claims/${ids.claim}` },
    { url: (ids) => `/articles/${ids.article}` },
    { url: () => '/account' },
    { url: () => '/import' },
    { url: () => '/admin/users' },
    { url: () => '/account', locale: 'zh-Hans' },
    { url: () => '/import', locale: 'zh-Hans' },
    { url: () => '/report?contested=1', locale: 'zh-Hans' },
  ];
  for (const { url, locale } of adminPages) {
    const label = `${url({ claim: 0, article: 0 }).replace(/\/0\b/, '/:id')}${locale ? ` in ${locale}` : ''}`;
    test(`${label} passes axe-core`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ storageState: signedIn });
      if (locale) await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
      const page = await context.newPage();
      const target = url(ids);
      await page.goto(target);
      if (locale) await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('signed-in-as')).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${target} (admin${locale ? `, ${locale}` : ''})`);
      if (target.startsWith('/report')) {
        // the report's cover says which claims it holds in the interface language
        await expect(page.locator('.report-cover > p').first()).toHaveText('已发布的说法：有争议（一家媒体陈述，另一家反驳）；最新在前。');
      }
      await context.close();
    });
  }
});
