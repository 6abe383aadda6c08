// The article reader maps a text selection back to code-point offsets in the stored
// article text. The annotator mirrors the mapped offsets in data-selection-start/-end on
// its root for everyone, so this needs no sign-in: the test selects text with DOM ranges
// (found by text, not by the data attributes the mapping uses) and compares the stored
// text at the reported offsets with what was selected. The editor's journey (tag a
// selection with a claim, edit and delete it, mark an omission) signs in as an editor.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAccount, signIn } from './support/accounts';
import { dragSelect } from './support/select';

type ArticleSummary = { id: number; outlet: string };
type Article = { id: number; text: string; evidence: { id: number; exact: string; start: number; end: number }[] };

let article: Article;

test.beforeAll(async ({ request }) => {
  const list = (await (await request.get('/api/v1/articles')).json()) as { articles: ArticleSummary[] };
  const voa = list.articles.find((a) => a.outlet === 'voa');
  expect(voa, 'the seeded VOA article').toBeTruthy();
  article = (await (await request.get(`/api/v1/articles/${voa!.id}`)).json()) as Article;
});

async function openArticle(page: Page) {
  await page.goto(`/articles/${article.id}`);
  // Hydrated: the annotator has attached its selection listener.
  await expect(page.locator('[data-article-annotator]')).toHaveAttribute('data-annotator-ready', 'true');
}

/**
 * Selects from the `startOffset`-th UTF-16 unit after the first occurrence of `startText`
 * to the `endOffset`-th after the first occurrence of `endText` (each looked up in the
 * article's text nodes) and returns what was selected, with "\n\n" between paragraphs.
 */
async function select(page: Page, startText: string, startOffset: number, endText: string, endOffset: number): Promise<string> {
  return page.evaluate(
    ({ startText, startOffset, endText, endOffset }) => {
      const root = document.querySelector('[data-article-root]')!;
      const find = (needle: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(needle);
          if (at >= 0) return { node, at };
        }
        throw new Error(`text not found: ${needle}`);
      };
      const start = find(startText);
      const end = find(endText);
      const range = document.createRange();
      range.setStart(start.node, start.at + startOffset);
      range.setEnd(end.node, end.at + endOffset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      // The selected text per paragraph, joined the way the stored text separates paragraphs.
      const pieces: string[] = [];
      for (const paragraph of root.querySelectorAll('p')) {
        if (!range.intersectsNode(paragraph)) continue;
        const part = document.createRange();
        part.selectNodeContents(paragraph);
        if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
        if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
        pieces.push(part.toString());
      }
      return pieces.join('\n\n');
    },
    { startText, startOffset, endText, endOffset },
  );
}

/** Keyboard access to highlights: "Next highlight" walks the quotes in reading order. */
async function walkTo(page: Page, mark: Locator) {
  for (let i = 0; i < 40 && !(await mark.first().evaluate((el) => el === document.activeElement)); i++) {
    await page.getByRole('button', { name: 'Next highlight →' }).click();
  }
  await expect(mark.first()).toBeFocused();
}

async function expectMapped(page: Page, selected: string) {
  const annotator = page.locator('[data-article-annotator]');
  await expect(annotator).toHaveAttribute('data-selection-start', /^\d+$/);
  const start = Number(await annotator.getAttribute('data-selection-start'));
  const end = Number(await annotator.getAttribute('data-selection-end'));
  const codePoints = [...article.text];
  expect(codePoints.slice(start, end).join('')).toBe(selected);
  // Where the selected string occurs once, the offsets must be that occurrence.
  const at = article.text.indexOf(selected);
  if (at >= 0 && at === article.text.lastIndexOf(selected)) {
    expect(start).toBe([...article.text.slice(0, at)].length);
  }
  expect(await annotator.getAttribute('data-selection-error')).toBeNull();
}

test('a selection inside one paragraph maps to its code-point offsets', async ({ page }) => {
  await openArticle(page);
  const selected = await select(page, '俄罗斯卫星通讯社', 0, '俄罗斯卫星通讯社', '俄罗斯卫星通讯社'.length);
  expect(selected).toBe('俄罗斯卫星通讯社');
  await expectMapped(page, selected);
});

test('a selection across a highlight boundary maps to one span', async ({ page }) => {
  await openArticle(page);
  // From plain text into the highlighted "9 times" quote.
  const quote = '习近平自2013年以来已经至少9次访问俄罗斯';
  await expect(page.locator('mark.evidence', { hasText: quote })).toHaveCount(1);
  const selected = await select(page, '（Sputnik）统计，', '（Sputnik）'.length, quote, 3);
  expect(selected).toBe('统计，习近平');
  await expectMapped(page, selected);
});

test('a selection from a highlight into the next paragraph keeps the paragraph break', async ({ page }) => {
  await openArticle(page);
  const quote = '习近平与普京多年来已经会见了超过40次';
  await expect(page.locator('mark.evidence', { hasText: quote })).toHaveCount(1);
  const selected = await select(page, quote, '习近平与普京'.length, '路透社报道说', '路透社'.length);
  expect(selected).toBe('多年来已经会见了超过40次。\n\n路透社');
  await expectMapped(page, selected);
});

test('a whole paragraph selected by element boundaries maps to the paragraph', async ({ page }) => {
  await openArticle(page);
  const selected = await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('[data-article-root] p')].find((p) => p.textContent!.startsWith('路透社报道说'))!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    return paragraph.textContent!;
  });
  await expectMapped(page, selected);
});

test('a collapsed selection or one leaving the article reports no offsets', async ({ page }) => {
  await openArticle(page);
  const annotator = page.locator('[data-article-annotator]');
  await select(page, '俄罗斯卫星通讯社', 0, '俄罗斯卫星通讯社', 3);
  await expect(annotator).toHaveAttribute('data-selection-start', /^\d+$/);
  await select(page, '俄罗斯卫星通讯社', 2, '俄罗斯卫星通讯社', 2);
  await expect(annotator).not.toHaveAttribute('data-selection-start');

  // From the page title into the article text: refused, with a message.
  await page.evaluate(() => {
    const title = document.querySelector('h1')!.firstChild!;
    const root = document.querySelector('[data-article-root]')!;
    const range = document.createRange();
    range.setStart(title, 0);
    range.setEnd(root.querySelector('p')!.firstChild!.firstChild!, 2);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect(annotator).toHaveAttribute('data-selection-error', /inside the article/);
  await expect(annotator).not.toHaveAttribute('data-selection-start');
});

test('a reader opens a highlight with the keyboard and sees its claim read-only', async ({ page }) => {
  await openArticle(page);
  const quote = '习近平自2013年以来已经至少9次访问俄罗斯';
  const mark = page.locator('mark.evidence', { hasText: quote });
  await walkTo(page, mark);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Quote' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('link', { name: /至少9次访问俄罗斯/ })).toHaveAttribute('href', /^\/claims\/\d+$/);
  await expect(dialog.locator('[data-stance="states"]')).toContainText('States');
  // Readers get no edit controls.
  await expect(dialog.getByRole('button', { name: /save|delete/i })).toHaveCount(0);
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  // Focus moved into the dialog; Escape closes it and gives focus back to the highlight.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(mark).toBeFocused();

  // A click opens it too.
  await mark.click();
  await expect(page.getByRole('dialog', { name: 'Quote' })).toBeVisible();
});

test.describe('an editor', () => {
  test('tags a selection with a new claim, edits the quote and deletes it', async ({ page }) => {
    const editor = createAccount('editor');
    await signIn(page, editor);
    await openArticle(page);
    await expect(page.locator('[data-article-annotator]')).toHaveAttribute('data-can-edit', 'true');

    const quote = '访俄次数超过任何一个国家的领导人';
    await dragSelect(page, quote);
    const form = page.getByRole('dialog', { name: 'Tag the selected quote' });
    await expect(form).toBeVisible();
    await expect(form.locator('[data-selected-quote]')).toHaveText(quote);
    // Focus moved into the dialog (the claim search box).
    await expect(form.getByRole('combobox', { name: 'Find a claim' })).toBeFocused();

    // The stance is required.
    await form.getByLabel('New claim from selection').check();
    await expect(form.getByLabel('Claim text')).toHaveValue(quote);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Choose whether the quote states or contradicts the claim.')).toBeVisible();

    await form.getByLabel('Kind').selectOption('quantity');
    await form.getByRole('radio', { name: /States/ }).check();
    await form.getByLabel('Note (optional)').fill('e2e: new claim from a selection');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);

    const mark = page.locator('mark.evidence', { hasText: quote });
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveAttribute('data-stance', 'states');
    await expect(mark).toHaveText(quote);

    // Open it, switch the stance.
    await mark.click();
    const details = page.getByRole('dialog', { name: 'Quote' });
    await expect(details.getByRole('link', { name: quote })).toBeVisible();
    await details.getByRole('radio', { name: /Contradicts/ }).check();
    await details.getByRole('button', { name: 'Save changes' }).click();
    await expect(details).toHaveCount(0);
    await expect(mark).toHaveAttribute('data-stance', 'contradicts');

    // Delete it, with a confirmation; the highlight goes away.
    await mark.focus();
    await page.keyboard.press('Enter');
    await details.getByRole('button', { name: 'Delete…' }).click();
    await expect(details.getByRole('button', { name: 'Delete quote' })).toBeFocused();
    await details.getByRole('button', { name: 'Delete quote' }).click();
    await expect(details).toHaveCount(0);
    await expect(page.locator('mark.evidence', { hasText: quote })).toHaveCount(0);
    // and says so, naming where it can be brought back from
    await expect(page.locator('[data-annotator-notice]')).toHaveText("Quote deleted. It stays in the claim's history, from where it can be restored.");
  });

  test('tags a keyboard selection with an existing claim found by search', async ({ page }) => {
    const editor = createAccount('editor');
    await signIn(page, editor);
    await openArticle(page);

    const quote = '多方面合作及改进的前景';
    await select(page, quote, 0, quote, quote.length);
    // Releasing Shift after extending a selection with Shift+arrows opens the form.
    await page.keyboard.down('Shift');
    await page.keyboard.up('Shift');
    const form = page.getByRole('dialog', { name: 'Tag the selected quote' });
    await expect(form.locator('[data-selected-quote]')).toHaveText(quote);

    const search = form.getByRole('combobox', { name: 'Find a claim' });
    await expect(search).toBeFocused();
    // Traditional input finds the Simplified claim.
    await search.fill('上合組織');
    const options = form.getByRole('option');
    await expect(options.first()).toBeVisible();
    await search.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(form.locator('[data-picked-claim]')).toContainText('上合组织');
    // the server tags the Simplified claim text so a screen reader reads it as Simplified Chinese
    await expect(form.locator('[data-picked-claim]')).toHaveAttribute('lang', 'zh-Hans');
    await form.getByRole('radio', { name: /Contradicts/ }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);

    const mark = page.locator('mark.evidence', { hasText: quote });
    await expect(mark).toHaveAttribute('data-stance', 'contradicts');

    // Escape closes a dialog and gives focus back.
    await walkTo(page, mark);
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: 'Quote' });
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(mark).toBeFocused();

    // Clean up so other specs see the seeded article.
    await page.keyboard.press('Enter');
    await details.getByRole('button', { name: 'Delete…' }).click();
    await details.getByRole('button', { name: 'Delete quote' }).click();
    await expect(page.locator('mark.evidence', { hasText: quote })).toHaveCount(0);
  });

  test('a stale edit is refused with a reload offer', async ({ page, context }) => {
    const editor = createAccount('editor');
    await signIn(page, editor);
    await openArticle(page);
    const other = await context.newPage();
    await openArticle(other);

    const quote = '习近平与普京多年来已经会见了超过40次';
    await page.locator('mark.evidence', { hasText: quote }).click();
    await other.locator('mark.evidence', { hasText: quote }).click();
    const note = `e2e ${Date.now()}`;
    const otherDetails = other.getByRole('dialog', { name: 'Quote' });
    await otherDetails.getByLabel('Note (optional)').fill(note);
    await otherDetails.getByRole('button', { name: 'Save changes' }).click();
    await expect(otherDetails).toHaveCount(0);

    const details = page.getByRole('dialog', { name: 'Quote' });
    await details.getByLabel('Note (optional)').fill('stale edit');
    await details.getByRole('button', { name: 'Save changes' }).click();
    const alert = details.getByRole('alert');
    await expect(alert).toContainText('Changed by');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(details).toHaveCount(0);
    await page.locator('mark.evidence', { hasText: quote }).click();
    await expect(page.getByRole('dialog', { name: 'Quote' }).getByLabel('Note (optional)')).toHaveValue(note);
  });

  test('marks a claim as not mentioned and clears it', async ({ page }) => {
    const editor = createAccount('editor');
    await signIn(page, editor);
    await openArticle(page);
    const panel = page.locator('[data-omissions-panel]');
    await expect(panel.getByRole('heading', { name: 'Claims this article omits' })).toBeVisible();

    const search = panel.getByRole('combobox', { name: 'Claim not mentioned here' });
    // A claim the VOA article neither states nor has been checked for; typed in Traditional.
    await search.fill('輪值主席');
    await expect(panel.getByRole('option')).toHaveCount(1);
    await panel.getByRole('option').first().click();
    const picked = await panel.locator('[data-picked-claim]').getAttribute('data-picked-claim');
    await panel.getByRole('button', { name: 'Mark as not mentioned' }).click();
    const entry = panel.locator(`[data-omitted-claim="${picked}"]`);
    await expect(entry).toBeVisible();

    await entry.getByRole('button', { name: /^Clear/ }).click();
    await expect(entry).toHaveCount(0);
  });
});
