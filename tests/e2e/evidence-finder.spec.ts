// The evidence finder in the editors' hands (issue 12, "Done means"): a claim made from a VOA
// sentence finds the same fact in Kanzhongguo's Traditional characters and the editor accepts
// it as `states`; a claim that the SCO has 9 member states finds Epoch Times' 10 as
// `contradicts`; in the review queue an outlet with verdict `none` is marked as omitting with
// the keyboard alone; the table shows all three cells. Readers never see suggestions or the
// queue. The new pages pass axe and fit a 390 px phone.
import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn, type Account } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { dragSelect } from './support/select';

const FORTY = '习近平与普京多年来已经会见了超过40次';
const FORTY_HANT = '習近平與普京多年來已經會見了超過40次';
const NINE = '上海合作组织有9个成员国';

type ArticleSummary = { id: number; outlet: string };
let articles: ArticleSummary[];
let editor: Account;
let fortyId: number;
let nineId: number;

test.beforeAll(async ({ request }) => {
  articles = (await (await request.get('/api/v1/articles')).json()).articles;
  editor = createAccount('editor', 'Finder Editor');
});

const articleOf = (outlet: string) => articles.find((a) => a.outlet === outlet)!.id;

/** Makes a new claim from a selection in an outlet's article; returns the panel of what was found. */
async function newClaimFromSelection(page: Page, outlet: string, selection: string, claimText: string, kind: string) {
  await page.goto(`/articles/${articleOf(outlet)}`);
  await expect(page.locator('[data-article-annotator]')).toHaveAttribute('data-annotator-ready', 'true');
  await dragSelect(page, selection);
  const form = page.getByRole('dialog', { name: 'Tag the selected quote' });
  await form.getByLabel('New claim from selection').check();
  await form.getByLabel('Claim text').fill(claimText);
  await form.getByLabel('Kind').selectOption(kind);
  await form.getByRole('radio', { name: /States/ }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  const panel = page.locator('[data-new-claim-suggestions]');
  await expect(panel).toHaveAttribute('aria-busy', 'false');
  return panel;
}

test.describe.serial('an editor works the finder', () => {
  test('a VOA sentence finds Kanzhongguo in Traditional characters; accepted as states', async ({ page }) => {
    await signIn(page, editor);
    const panel = await newClaimFromSelection(page, 'voa', FORTY, FORTY, 'fact');
    fortyId = Number(await panel.getAttribute('data-new-claim-suggestions'));
    // the new claim's own outlet is settled by its quote; the others are searched
    await expect(panel.locator('[data-suggestions-outlet="voa"]')).toHaveCount(0);
    const kanzhongguo = panel.locator('[data-suggestions-outlet="kanzhongguo"]');
    await expect(kanzhongguo.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'likely');
    const top = kanzhongguo.locator('[data-suggestion]').first();
    await expect(top.locator('[data-suggested-passage]')).toContainText(FORTY_HANT);
    await expect(top.locator('[data-suggested-stance]')).toHaveAttribute('data-suggested-stance', 'states');
    await expect(top.locator('[data-suggestion-reason]')).toContainText(/^Why: it holds \S/);
    await top.getByRole('button', { name: /Accept as states/ }).click();
    await expect(panel.locator('[data-settled-outlet="kanzhongguo"]')).toBeVisible();
    // stored as ordinary evidence, exactly anchored: the claim page shows the quote in Kanzhongguo
    await page.goto(`/claims/${fortyId}`);
    const cell = page.locator('section[data-outlet="kanzhongguo"]');
    await expect(cell).toHaveAttribute('data-stance', 'states');
    await expect(cell.locator('mark')).toContainText(FORTY_HANT);
    // outlets with nothing found say so, with one click to mark them
    const suggested = page.getByTestId('suggested-evidence');
    await expect(suggested.locator('[data-suggestions-outlet="rfa"] [data-verdict]')).toHaveAttribute('data-verdict', 'none');
    await expect(suggested.locator('[data-suggestions-outlet="rfa"]')).toContainText('No passage found in 1 article');
    // the reason speaks the reader's language
    await page.context().addCookies([{ name: 'claimgrid-locale', value: 'zh-Hans', url: page.url() }]);
    await page.reload();
    await expect(page.getByTestId('suggested-evidence').locator('[data-suggestion-reason]').first()).toContainText(/^依据：(含有|共同词语很少)/);
  });

  test('a claim of 9 SCO member states finds Epoch Times giving 10 as contradicts; accepted', async ({ page }) => {
    await signIn(page, editor);
    const panel = await newClaimFromSelection(page, 'kanzhongguo', '由九個常任理事國組成', NINE, 'quantity');
    nineId = Number(await panel.getAttribute('data-new-claim-suggestions'));
    const epoch = panel.locator('[data-suggestions-outlet="epochtimes"] [data-suggestion]', { hasText: '上合组织目前有10个成员国' });
    await expect(epoch).toHaveCount(1);
    await expect(epoch.locator('[data-suggested-stance]')).toHaveAttribute('data-suggested-stance', 'contradicts');
    await expect(epoch).toContainText('10个');
    await epoch.getByRole('button', { name: /Accept as contradicts/ }).click();
    await expect(panel.locator('[data-settled-outlet="epochtimes"]')).toBeVisible();
  });

  test('in the review queue an outlet with verdict none is marked as omitting with the keyboard', async ({ page }) => {
    await signIn(page, editor);
    await page.goto('/');
    await expect(page.getByTestId('review-link')).toContainText(/Review queue: \d+ open cells/);
    await page.getByTestId('review-link').click();
    await expect(page).toHaveURL(/\/review$/);
    // filter with the form (the filters live in the URL)
    await page.getByLabel('Outlet').selectOption('rfa');
    await page.getByLabel('Verdict').selectOption('none');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/outlet=rfa/);
    await expect(page).toHaveURL(/verdict=none/);
    await expect(page.getByTestId('review-keys')).toContainText('mark omits');

    const target = page.locator(`[data-review-cell][data-claim-id="${fortyId}"][data-outlet="rfa"]`);
    await expect(target).toHaveAttribute('data-verdict', 'none');
    // each claim's text carries its script's tag, decided on the server (the seed claims are Chinese)
    await expect(target.locator('a[href^="/claims/"]').first()).toHaveAttribute('lang', /^zh-Han[st]$/);
    // j moves from cell to cell until the claim's RFA cell has focus; o marks it
    await page.keyboard.press('j');
    for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('j');
    await expect(target).toBeFocused();
    await page.keyboard.press('o');
    await expect(page.locator('[data-review-status]')).toContainText('Marked as omitting the claim');
    await expect(target).toHaveCount(0);
    // focus stays in the list, on the cell that took its place (if any)
    if ((await page.locator('[data-review-cell]').count()) > 0) await expect(page.locator('[data-review-cell]:focus')).toHaveCount(1);
  });

  test('the table shows all three cells', async ({ page }) => {
    await signIn(page, editor);
    await page.setViewportSize({ width: 1400, height: 900 });
    const table = page.getByRole('table', { name: 'Claims by outlet' });
    await page.goto('/?q=' + encodeURIComponent(FORTY));
    const forty = table.locator('tbody tr', { hasText: FORTY });
    await expect(forty.locator('td[data-outlet="kanzhongguo"]')).toHaveAttribute('data-stance', 'states');
    await expect(forty.locator('td[data-outlet="rfa"]')).toHaveAttribute('data-stance', 'omits');
    await page.goto('/?q=' + encodeURIComponent(NINE));
    const nine = table.locator('tbody tr', { hasText: NINE });
    await expect(nine.locator('td[data-outlet="epochtimes"]')).toHaveAttribute('data-stance', 'contradicts');
    // and the claim's history records the accepted quote like any other
    await page.goto(`/claims/${nineId}`);
    await expect(page.getByTestId('claim-history').locator('[data-entity="evidence"][data-action="create"]').first()).toBeVisible();
  });
});

test('readers see no suggestions and no queue', async ({ page }) => {
  // anonymous: the queue asks to sign in
  await page.goto('/review');
  await expect(page).toHaveURL(/\/sign-in/);
  const reader = createAccount('reader', 'Finder Reader');
  await signIn(page, reader);
  await page.goto('/review');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('review-link')).toHaveCount(0);
  const claims = (await (await page.request.get('/api/v1/claims')).json()).claims as { id: number }[];
  await page.goto(`/claims/${claims[0]!.id}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('suggested-evidence')).toHaveCount(0);
  await page.goto(`/articles/${articleOf('voa')}`);
  await expect(page.locator('[data-article-annotator]')).toHaveAttribute('data-annotator-ready', 'true');
  await expect(page.getByTestId('article-suggestions')).toHaveCount(0);
});

test.describe('accessibility and phones', () => {
  test('the review queue passes axe', async ({ page }) => {
    await signIn(page, editor);
    await page.goto('/review');
    await expect(page.locator('[data-review-cell]').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/review');
  });

  test('the claim page with suggestions passes axe', async ({ page }) => {
    await signIn(page, editor);
    const claims = (await (await page.request.get('/api/v1/claims')).json()).claims as { id: number }[];
    await page.goto(`/claims/${claims[0]!.id}`);
    await expect(page.getByTestId('suggested-evidence').locator('[data-claim-suggestions]')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'claim page with suggestions');
  });

  test('the article page with suggested claims passes axe', async ({ page }) => {
    await signIn(page, editor);
    await page.goto(`/articles/${articleOf('rfa')}`);
    await expect(page.getByTestId('article-suggestions').locator('[data-suggestions-loaded="true"]')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'article page with suggested claims');
  });

  test('the queue and the suggestions fit a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, editor);
    const claims = (await (await page.request.get('/api/v1/claims')).json()).claims as { id: number }[];
    for (const path of ['/review', `/claims/${claims[0]!.id}`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
