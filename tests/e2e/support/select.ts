// Selecting article text the way a person does: a mouse drag over the rendered characters.
import type { Page } from '@playwright/test';

/** Drags the mouse from just before the first character of `text` to just after its last. */
export async function dragSelect(page: Page, text: string) {
  const box = await page.evaluate((needle) => {
    const root = document.querySelector('[data-article-root]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const charRect = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const first = charRect(at);
      const last = charRect(at + needle.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
